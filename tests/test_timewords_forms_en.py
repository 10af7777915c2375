"""English forms added for unseen news: counts tied to another event, "after next", "later in the
year", quarter codes without a year, weekends. Sentences are written for these tests.
Publication date 2025-10-15 is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2025, 10, 15)  # Wednesday
D = date


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def one(text: str, lex: TimeLexicon, pub: date | None = PUB):
    out = find_times(text, "en", pub, lex)
    assert len(out) == 1, [h.window for h in out]
    h = out[0]
    assert text[h.start:h.end] == h.window.text
    return h


def window(text: str, lex: TimeLexicon, pub: date | None = PUB) -> tuple:
    h = one(text, lex, pub)
    return h.window.start, h.window.end, h.window.text


@pytest.mark.parametrize("text,expected", [
    ("The envoys meet again the day after tomorrow.", (D(2025, 10, 17), D(2025, 10, 17), "the day after tomorrow")),
    ("The ceasefire took hold the day before yesterday.", (D(2025, 10, 13), D(2025, 10, 13),
                                                          "the day before yesterday")),
])
def test_two_days_away(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,words", [
    ("The commission must certify the result within two weeks of the vote.", "within two weeks of the vote"),
    ("Parliament will convene three days after the election.", "three days after the election"),
    ("Soldiers will cast their ballots two days before the runoff.", "two days before the runoff"),
    ("Results are due within 48 hours of polls closing.", "within 48 hours of polls closing"),
    ("Troops would leave within 30 days of the deal's signing.", "within 30 days of the deal's signing"),
    ("A new cabinet is expected a week after the swearing-in.", "a week after the swearing-in"),
])
def test_count_tied_to_another_event_is_vague(lex, text, words):
    assert window(text, lex) == (None, None, words)


@pytest.mark.parametrize("text,expected", [
    ("Talks resume a week after October 20.", (D(2025, 10, 27), D(2025, 10, 27), "a week after October 20")),
    ("Nominations close two days before November 3.", (D(2025, 11, 1), D(2025, 11, 1), "two days before November 3")),
    ("The count will end within ten days of November 3.", (D(2025, 11, 3), D(2025, 11, 13),
                                                          "within ten days of November 3")),
    ("The board decides within two weeks.", (PUB, D(2025, 10, 29), "within two weeks")),
    ("The envoy returns two weeks from now.", (D(2025, 10, 29), D(2025, 10, 29), "two weeks from now")),
    ("She had resigned two days before.", (D(2025, 10, 13), D(2025, 10, 13), "two days before")),
])
def test_count_from_now_or_from_a_date(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("The summit opens the week after next.", (D(2025, 10, 27), D(2025, 11, 2), "the week after next")),
    ("Lawmakers vote the Friday after next.", (D(2025, 10, 24), D(2025, 10, 24), "the Friday after next")),
    ("Deliveries start the month after next.", (D(2025, 12, 1), D(2025, 12, 31), "the month after next")),
])
def test_after_next(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("Traders see room for a cut later in the year.", (PUB, D(2025, 12, 31), "later in the year")),
    ("The governor may speak later in the month.", (PUB, D(2025, 10, 31), "later in the month")),
    ("Prices had eased earlier in the week.", (D(2025, 10, 13), D(2025, 10, 14), "earlier in the week")),
    ("Output should recover later this month.", (PUB, D(2025, 10, 31), "later this month")),
    ("The reform takes effect early next year.", (D(2026, 1, 1), D(2026, 3, 31), "early next year")),
    ("More layoffs are likely in the coming weeks.", (PUB, D(2025, 11, 5), "in the coming weeks")),
    ("The plant could reopen in the coming months.", (PUB, D(2026, 1, 15), "in the coming months")),
    ("The line should be finished by mid-2027.", (PUB, D(2027, 7, 31), "by mid-2027")),
])
def test_later_and_coming(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("The company expects a rebound in Q4.", (D(2025, 10, 1), D(2025, 12, 31), "in Q4")),
    ("The merger should close by Q4.", (PUB, D(2025, 12, 31), "by Q4")),
    ("Shipments resume in Q2 2026.", (D(2026, 4, 1), D(2026, 6, 30), "Q2 2026")),
    ("Hiring may pick up during H2.", (D(2025, 7, 1), D(2025, 12, 31), "during H2")),
    ("Growth will slow in the first quarter of next year.", (D(2026, 1, 1), D(2026, 3, 31),
                                                            "the first quarter of next year")),
])
def test_quarters(lex, text, expected):
    assert window(text, lex) == expected


def test_quarter_code_alone_is_not_a_time(lex):
    assert find_times("The bank posted strong Q3 results.", "en", PUB, lex) == []


@pytest.mark.parametrize("text,expected", [
    ("The leaders will meet over the weekend.", (D(2025, 10, 18), D(2025, 10, 19), "the weekend")),
    ("Protests are planned at the weekend.", (D(2025, 10, 18), D(2025, 10, 19), "the weekend")),
    ("The ministers confer this weekend.", (D(2025, 10, 18), D(2025, 10, 19), "this weekend")),
])
def test_weekends(lex, text, expected):
    assert window(text, lex) == expected


def test_the_weekend_read_as_past_is_the_one_gone(lex):
    h = one("Rebels seized the town over the weekend.", lex)
    assert (h.past.start, h.past.end) == (D(2025, 10, 11), D(2025, 10, 12))
    assert one("The ministers confer this weekend.", lex).past is None


def test_weekday_after_a_reporting_verb_keeps_its_past_reading(lex):
    # "said on Monday": the pipeline reads a bare weekday beside a reporting verb as the day it was said
    h = one("The minister said on Monday he would travel.", lex)
    assert (h.window.start, h.past.start) == (D(2025, 10, 20), D(2025, 10, 13))


@pytest.mark.parametrize("text,pub,expected", [
    ("Talks should resume in the new year.", PUB, (D(2026, 1, 1), D(2026, 12, 31), "the new year")),
    ("A deal is expected early in the new year.", PUB, (D(2026, 1, 1), D(2026, 3, 31), "early in the new year")),
    ("Rates may fall in the new year.", D(2026, 1, 12), (D(2026, 1, 1), D(2026, 12, 31), "the new year")),
])
def test_the_new_year(lex, text, pub, expected):
    assert window(text, lex, pub) == expected


def test_count_tied_to_an_event_tells_how_to_count(lex):
    assert one("Parliament will convene three days after the election.", lex).anchored == ("after", "day", 3)
    assert one("The board decides within two weeks.", lex).anchored is None


def test_later_in_the_day(lex):
    assert window("The president will address the nation later in the day.", lex) == (PUB, PUB, "later in the day")


def test_the_month_under_way_also_reads_as_past(lex):
    # "had invited him in June", published on 29 June: the past reading is that June too
    h = one("The president had invited him in June.", lex, D(2019, 6, 29))
    assert (h.window.start, h.window.end) == (D(2019, 6, 1), D(2019, 6, 30))
    assert (h.past.start, h.past.end) == (D(2019, 6, 1), D(2019, 6, 30))
