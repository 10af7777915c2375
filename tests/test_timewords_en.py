"""English time phrases -> windows, one test per row of the guideline's table (docs/time-windows.md).

Sentences are written for these tests. Publication dates are fixed; 2025-10-15 is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.errors import InputError
from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2025, 10, 15)  # Wednesday


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def hits(text: str, lex: TimeLexicon, pub: date | None = PUB):
    out = find_times(text, "en", pub, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text, "window text must be the verbatim slice"
    return out


def one(text: str, lex: TimeLexicon, pub: date | None = PUB):
    out = hits(text, lex, pub)
    assert len(out) == 1, [h.window for h in out]
    return out[0]


def window(text: str, lex: TimeLexicon, pub: date | None = PUB) -> tuple:
    h = one(text, lex, pub)
    return h.window.start, h.window.end, h.window.text


D = date


@pytest.mark.parametrize("text,expected", [
    ("The vote is today.", (D(2025, 10, 15), D(2025, 10, 15), "today")),
    ("The ministers meet tomorrow in Paris.", (D(2025, 10, 16), D(2025, 10, 16), "tomorrow")),
    ("He resigned yesterday.", (D(2025, 10, 14), D(2025, 10, 14), "yesterday")),
    ("Talks resume the day after tomorrow.", (D(2025, 10, 17), D(2025, 10, 17), "the day after tomorrow")),
])
def test_today_tomorrow(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("The envoy will arrive on Friday.", (D(2025, 10, 17), D(2025, 10, 17), "on Friday")),
    ("Parliament votes Monday on the budget.", (D(2025, 10, 20), D(2025, 10, 20), "Monday")),
    ("The summit opens today, Wednesday, in Doha.", (D(2025, 10, 15), D(2025, 10, 15), "today, Wednesday")),
    ("The deal could be signed on Wednesday.", (D(2025, 10, 15), D(2025, 10, 15), "on Wednesday")),
    ("The bank decides next Tuesday.", (D(2025, 10, 21), D(2025, 10, 21), "next Tuesday")),
    ("The mandate runs out on Thursday midnight.", (D(2025, 10, 16), D(2025, 10, 16), "on Thursday midnight")),
])
def test_weekdays(lex, text, expected):
    assert window(text, lex) == expected


def test_last_weekday_is_before_publication(lex):
    assert window("He met the king last Wednesday.", lex) == (D(2025, 10, 8), D(2025, 10, 8), "last Wednesday")


def test_bare_weekday_offers_the_past_reading_too(lex):
    h = one("The minister told reporters on Monday that talks had stalled.", lex)
    assert (h.window.start, h.past.start) == (D(2025, 10, 20), D(2025, 10, 13))


@pytest.mark.parametrize("text,expected", [
    ("A deal is expected within days.", (PUB, D(2025, 10, 22), "within days")),
    ("A decision is due in the coming days.", (PUB, D(2025, 10, 22), "in the coming days")),
    ("The few coming days will be decisive.", (PUB, D(2025, 10, 22), "The few coming days")),
    ("The next few days will tell.", (PUB, D(2025, 10, 22), "The next few days")),
])
def test_within_days(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("They must answer within 14 days.", (PUB, D(2025, 10, 29), "within 14 days")),
    ("The army was given 48 hours; a reply is due within 48 hours.", (PUB, D(2025, 10, 17), "within 48 hours")),
    ("A truce could hold over the next two weeks.", (PUB, D(2025, 10, 29), "over the next two weeks")),
    ("Results are due within three months.", (PUB, D(2026, 1, 15), "within three months")),
])
def test_within_n_units(lex, text, expected):
    h = hits(text, lex)[-1]
    assert (h.window.start, h.window.end, h.window.text) == expected


def test_n_units_later_counts_from_the_date_before(lex):
    got = hits("Voting takes place on November 2, with a runoff two weeks later.", lex)
    assert [(h.window.start, h.window.text) for h in got] == [
        (D(2025, 11, 2), "on November 2"), (D(2025, 11, 16), "two weeks later")]


def test_no_later_than_is_a_deadline_not_a_vague_later(lex):
    assert window("The vote must be held no later than January 2027.", lex) == (
        PUB, D(2027, 1, 31), "no later than January 2027")


def test_in_n_days_is_one_day(lex):
    assert window("The court rules in 10 days.", lex) == (D(2025, 10, 25), D(2025, 10, 25), "in 10 days")


def test_this_week_runs_to_sunday(lex):
    assert window("An accord may come this week.", lex) == (PUB, D(2025, 10, 19), "this week")


def test_earlier_this_week(lex):
    assert window("The two met earlier this week in Rome.", lex) == (
        D(2025, 10, 13), D(2025, 10, 14), "earlier this week")


def test_next_week_is_monday_to_sunday(lex):
    assert window("The terms could be completed next week.", lex) == (
        D(2025, 10, 20), D(2025, 10, 26), "next week")


@pytest.mark.parametrize("text,expected", [
    ("The PM will visit India next month.", (D(2025, 11, 1), D(2025, 11, 30), "next month")),
    ("Elections are planned in November.", (D(2025, 11, 1), D(2025, 11, 30), "in November")),
    # a named month without a year is its next occurrence on or after the publication month
    ("The vote is set for October.", (D(2025, 10, 1), D(2025, 10, 31), "for October")),
    ("A review is scheduled for February.", (D(2026, 2, 1), D(2026, 2, 28), "for February")),
    ("The bank cuts rates at its September meeting.", (D(2026, 9, 1), D(2026, 9, 30), "at its September")),
    ("A vote is due in May.", (D(2026, 5, 1), D(2026, 5, 31), "in May")),
    ("The census starts in March 2026.", (D(2026, 3, 1), D(2026, 3, 31), "in March 2026")),
])
def test_months(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("Khan is likely to visit early next month.", (D(2025, 11, 1), D(2025, 11, 10), "early next month")),
    ("The talks end mid-November.", (D(2025, 11, 11), D(2025, 11, 20), "mid-November")),
    ("Voting is set for late December.", (D(2025, 12, 21), D(2025, 12, 31), "late December")),
    ("Campaigning begins at the end of January.", (D(2026, 1, 21), D(2026, 1, 31), "the end of January")),
    ("A review comes at the beginning of next month.", (D(2025, 11, 1), D(2025, 11, 10),
                                                        "the beginning of next month")),
])
def test_parts_of_a_month(lex, text, expected):
    assert window(text, lex) == expected


def test_second_week_of_a_month(lex):
    assert window("The visit is tentatively in the second week of November.", lex) == (
        D(2025, 11, 8), D(2025, 11, 14), "the second week of November")


@pytest.mark.parametrize("text,expected", [
    ("Congress could approve the pact by the end of December.", (PUB, D(2025, 12, 31),
                                                               "by the end of December")),
    ("Rates will be cut again by year-end.", (PUB, D(2025, 12, 31), "by year-end")),
    ("A deal is needed by the end of the year.", (PUB, D(2025, 12, 31), "by the end of the year")),
    ("Troops leave by November 30.", (PUB, D(2025, 11, 30), "by November 30")),
    ("The law must pass before November.", (PUB, D(2025, 10, 31), "before November")),
])
def test_by_a_date(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("Abe may dissolve the house as early as Oct. 28.", (D(2025, 10, 28), None, "as early as Oct. 28")),
    ("Abe may dissolve the house as early as the start of the session on Oct. 28.",
     (D(2025, 10, 28), None, "as early as the start of the session on Oct. 28")),
    ("Elections will not be held not before March 2026.", (D(2026, 3, 1), None, "not before March 2026")),
])
def test_as_early_as_is_open_ended(lex, text, expected):
    h = one(text, lex)
    assert (h.window.start, h.window.end, h.window.text) == expected
    assert h.precision == "open"


@pytest.mark.parametrize("text,words", [
    ("A decision will come soon.", "soon"),
    ("The parties should start talks as soon as possible.", "as soon as possible"),
    ("The UN urged a truce in the near future.", "in the near future"),
])
def test_soon_is_open_from_publication(lex, text, words):
    h = one(text, lex)
    assert (h.window.start, h.window.end, h.window.text, h.precision) == (PUB, None, words, "open")


@pytest.mark.parametrize("text,expected", [
    ("The election could be held on Oct. 22 or Oct. 29.", (D(2025, 10, 22), D(2025, 10, 29),
                                                          "on Oct. 22 or Oct. 29")),
    ("Duda would meet party leaders on Tuesday and Wednesday.", (D(2025, 10, 21), D(2025, 10, 22),
                                                                 "on Tuesday and Wednesday")),
    ("The polls are set for February 4 and 18, 2026.", (D(2026, 2, 4), D(2026, 2, 18),
                                                       "for February 4 and 18, 2026")),
    ("Talks run from November 3 to November 7.", (D(2025, 11, 3), D(2025, 11, 7),
                                                 "from November 3 to November 7")),
    ("He was prime minister from 1996 to 1999.", (D(1996, 1, 1), D(1999, 12, 31), "from 1996 to 1999")),
])
def test_x_or_y_spans_both(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("The summit opens on 20 October.", (D(2025, 10, 20), D(2025, 10, 20), "on 20 October")),
    ("The summit opens October 20, 2026.", (D(2026, 10, 20), D(2026, 10, 20), "October 20, 2026")),
    ("The deadline is 2025-11-03.", (D(2025, 11, 3), D(2025, 11, 3), "2025-11-03")),
    ("The deadline is 03/11/2025.", (D(2025, 11, 3), D(2025, 11, 3), "03/11/2025")),
    ("The treaty takes effect on the 4th of January.", (D(2026, 1, 4), D(2026, 1, 4), "on the 4th of January")),
    ("The next round is on the 25th.", (D(2025, 10, 25), D(2025, 10, 25), "on the 25th")),
    ("A truce was agreed for a week from November 4.", (D(2025, 11, 4), D(2025, 11, 10),
                                                        "for a week from November 4")),
])
def test_explicit_dates(lex, text, expected):
    assert window(text, lex) == expected


def test_recent_day_without_year_is_read_as_past(lex):
    # clashes that "began on September 2" are this year's, not next year's
    assert window("The fighting began on September 2.", lex)[:2] == (D(2025, 9, 2), D(2025, 9, 2))


def test_since_takes_the_past_reading(lex):
    assert window("Talks have stalled since January.", lex) == (D(2025, 1, 1), D(2025, 1, 31), "since January")


@pytest.mark.parametrize("text,expected", [
    ("The plant opens in 2026.", (D(2026, 1, 1), D(2026, 12, 31), "in 2026")),
    ("Growth slows in the first half of 2026.", (D(2026, 1, 1), D(2026, 6, 30), "the first half of 2026")),
    ("Sales rise in the second half of next year.", (D(2026, 7, 1), D(2026, 12, 31),
                                                     "the second half of next year")),
    ("The merger closes in Q3 2026.", (D(2026, 7, 1), D(2026, 9, 30), "Q3 2026")),
    ("It reports in the third quarter of 2026.", (D(2026, 7, 1), D(2026, 9, 30), "the third quarter of 2026")),
    ("Elections were due at the end of 2021.", (D(2021, 12, 1), D(2021, 12, 31), "the end of 2021")),
    ("The bank could cut rates this year.", (D(2025, 1, 1), D(2025, 12, 31), "this year")),
    ("A vote is expected this month.", (D(2025, 10, 1), D(2025, 10, 31), "this month")),
    ("A census is planned next year.", (D(2026, 1, 1), D(2026, 12, 31), "next year")),
    ("Talks continue in the coming weeks.", (PUB, D(2025, 11, 5), "in the coming weeks")),
    ("Prices will rise in the coming months.", (PUB, D(2026, 1, 15), "in the coming months")),
    ("A deal could be reached later this year.", (PUB, D(2025, 12, 31), "later this year")),
    ("Four elections were held in the past two years.", (D(2023, 10, 15), PUB, "the past two years")),
])
def test_years_quarters_and_spans(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    # the season under way at publication is this one
    ("Elections are expected in the autumn.", (D(2025, 9, 1), D(2025, 11, 30), "in the autumn")),
    ("Elections are expected in the summer.", (D(2026, 6, 1), D(2026, 8, 31), "in the summer")),
    ("A vote could come next spring.", (D(2026, 3, 1), D(2026, 5, 31), "next spring")),
    ("Troops leave in late summer 2026.", (D(2026, 8, 1), D(2026, 8, 31), "in late summer 2026")),
    ("Output recovers by the end of the fourth quarter.", (PUB, D(2025, 12, 31),
                                                          "by the end of the fourth quarter")),
])
def test_seasons_and_quarters_without_a_year(lex, text, expected):
    assert window(text, lex) == expected


def test_a_dateline_is_not_a_claim_time(lex):
    text = "Headline\nISLAMABAD, June 29 (Agency) The prime minister will visit early next month."
    assert [h.window.text for h in hits(text, lex)] == ["early next month"]


def test_the_arab_spring_is_not_a_season(lex):
    assert hits("The Arab Spring shook the region.", lex) == []


def test_vague_words_keep_text_without_dates(lex):
    h = one("The new date will be communicated later.", lex)
    assert (h.window.start, h.window.end, h.window.text, h.precision) == (None, None, "later", "vague")


def test_without_publication_date_relative_words_have_no_dates(lex):
    h = one("The envoy arrives next week.", lex, pub=None)
    assert (h.window.start, h.window.end, h.window.text) == (None, None, "next week")
    h = one("The vote is on 12 March 2026.", lex, pub=None)
    assert (h.window.start, h.window.end) == (D(2026, 3, 12), D(2026, 3, 12))


def test_a_missing_lexicon_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="time lexicon"):
        TimeLexicon.load(tmp_path)


def test_offsets_point_into_the_original_text(lex):
    text = "Officials said on Tuesday that the “final” round could open on Oct. 22 or Oct. 29."
    got = hits(text, lex)
    assert [text[h.start:h.end] for h in got] == ["on Tuesday", "on Oct. 22 or Oct. 29"]


def test_precision_lets_the_caller_prefer_specific_hits(lex):
    got = hits("This week, officials said the vote is on Friday. Another is next month. A third in 2026.", lex)
    assert [h.precision for h in got] == ["week", "day", "month", "range"]


@pytest.mark.parametrize("text", [
    "May we ask the minister a question?",
    "Protesters may march to the capital.",
    "Theresa May said the deal was dead.",
    "March the troops north, the general said.",
    "Abe said the 12 members of the panel agreed.",
    "April Ryan asked the spokesman about the plan.",
    "The holiday season brought 300 visitors.",
    "He scored 15 goals in 20 games.",
    "The may-day signal was heard.",
    "The Sunday Times reported on Good Friday and Super Tuesday results.",
    "Prices fall after the fall of Kabul and a spring offensive.",
    "The deal must close no sooner than expected, he said later than usual.",
    "",
])
def test_no_false_hits(lex, text):
    assert hits(text, lex) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date names the event, so the claim runs up to the event ("before Brazil's October 4 election" too)
        ("before the November 28 local elections", (date(2025, 10, 15), date(2025, 11, 28), "before the November 28")),
        ("ahead of the December 7 vote", (date(2025, 10, 15), date(2025, 12, 7), "ahead of the December 7")),
        ("before the end of March", (date(2025, 10, 15), date(2026, 3, 31), "before the end of March")),
    ],
)
def test_before_a_date_inside_the_events_name(lex, text, expected):
    assert window(text, lex) == expected
