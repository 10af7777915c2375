"""Time phrases added in the ninth session, on sentences written for these tests.

- A date followed by a duration is one window from the date to the duration's end.
- A before-word that opens a clause of its own, with the date at the clause's end, ends the window
  the day before that date; a before-word before a bare noun leaves the date to that noun's event.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2025, 10, 15)  # Wednesday


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def windows(text: str, lang: str, lex: TimeLexicon) -> list[tuple]:
    out = find_times(text, lang, PUB, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text, "window text must be the verbatim slice"
    return [(h.window.start, h.window.end, h.window.text) for h in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A World Bank team lands in Dakar on November 4 for ten days of meetings.",
         (date(2025, 11, 4), date(2025, 11, 13), "on November 4 for ten days")),
        ("The assembly sits on Monday for three days.", (date(2025, 10, 20), date(2025, 10, 22), "on Monday for three days")),
    ],
)
def test_a_date_then_its_duration_is_one_window(lex, text, expected):
    assert windows(text, "en", lex) == [expected]


def test_a_duration_after_other_words_extends_the_date_but_keeps_its_words(lex):
    # words stand between: the date and the duration keep their own words, with one window
    assert windows("The envoy flies on 3 November to Oslo on a visit lasting four days.", "en", lex) == [
        (date(2025, 11, 3), date(2025, 11, 6), "on 3 November"), (date(2025, 11, 3), date(2025, 11, 6), "lasting four days")]
    assert windows("ويتوجه الوزير غدا إلى الرباط في زيارة عمل تستمر ثلاثة أيام.", "ar", lex) == [
        (date(2025, 10, 16), date(2025, 10, 18), "غدا"), (date(2025, 10, 16), date(2025, 10, 18), "تستمر ثلاثة أيام")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers hope to pass the levy before the new tax year begins on January 1.",
         (PUB, date(2025, 12, 31), "before the new tax year begins on January 1")),
        ("The reform must clear the Senate before the chamber goes into recess on December 12.",
         (PUB, date(2025, 12, 11), "before the chamber goes into recess on December 12")),
        ("Ministers want a deal before the current accord expires on November 30.",
         (PUB, date(2025, 11, 29), "before the current accord expires on November 30")),
    ],
)
def test_before_a_clause_ending_in_a_date_en(lex, text, expected):
    assert windows(text, "en", lex) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويأمل النواب إقرار القانون قبل أن تنطلق الدورة البرلمانية الجديدة في الثالث من نوفمبر.",
         (PUB, date(2025, 11, 2), "قبل أن تنطلق الدورة البرلمانية الجديدة في الثالث من نوفمبر")),
        ("ويسعى الطرفان إلى اتفاق قبل أن ينتهي العمل بالهدنة يوم 30 نوفمبر.",
         (PUB, date(2025, 11, 29), "قبل أن ينتهي العمل بالهدنة يوم 30 نوفمبر")),
    ],
)
def test_before_a_clause_ending_in_a_date_ar(lex, text, expected):
    assert windows(text, "ar", lex) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a noun: the date is the event's (the reshuffle is tied to the February vote)
        ("The cabinet will change ahead of the general election in February.", "en",
         (date(2026, 2, 1), date(2026, 2, 28), "in February")),
        ("وستعلن الحكومة تعديلا وزاريا قبل الانتخابات البلدية في فبراير المقبل.", "ar",
         (date(2026, 2, 1), date(2026, 2, 28), "في فبراير المقبل")),
        # the clause is a past one, or a reported one: the date is not the before-word's
        ("The bill was drafted before it was tabled on Monday.", "en",
         (date(2025, 10, 20), date(2025, 10, 20), "on Monday")),
        ("The vote comes before the minister said on Friday that talks would go on.", "en",
         (date(2025, 10, 17), date(2025, 10, 17), "on Friday")),
    ],
)
def test_before_a_noun_or_another_clause_leaves_the_date(lex, text, lang, expected):
    assert windows(text, lang, lex) == [expected]


@pytest.mark.parametrize(
    ("text", "anchored", "words"),
    [
        ("ويصل الوفد إلى تونس قبل المؤتمر بيومين.", ("before", "day", 2), "قبل المؤتمر بيومين"),
        ("وتبدأ المشاورات عقب الانتخابات البلدية بثلاثة أسابيع.", ("after", "week", 3), "عقب الانتخابات البلدية بثلاثة أسابيع"),
    ],
)
def test_an_arabic_count_after_its_event_is_anchored_on_it(lex, text, anchored, words):
    hits = find_times(text, "ar", PUB, lex)
    assert [(h.window.start, h.window.end, h.window.text, h.anchored) for h in hits] == [(None, None, words, anchored)]


def test_after_a_pronoun_the_count_is_from_the_date_before(lex):
    # «بعد ذلك بأسبوعين» counts from the date named before it, not from an event
    hits = find_times("وتعقد الجولة الأولى في 3 نوفمبر، على أن تليها الثانية بعد ذلك بأسبوعين.", "ar", PUB, lex)
    assert [h.window.start for h in hits] == [date(2025, 11, 3), date(2025, 11, 17)]


def test_a_count_from_an_event_moves_the_events_window():
    text = ("ومن المقرر أن يعقد المؤتمر الاقتصادي في منتصف ديسمبر المقبل. "
            "ويرجح أن يصل الوزير إلى الرباط قبل المؤتمر بيومين لإجراء مشاورات.")
    out = extract(text, PUB, "ar", Resources.load()).to_json()
    windows = [(m["expected"] or {}).get("from") for m in out["mentions"]] + [
        (m["expected"] or {}).get("to") for m in out["mentions"]]
    # mid-December is the 11th to the 20th: two days before it is the 9th to the 18th
    assert windows == ["2025-12-11", "2025-12-09", "2025-12-20", "2025-12-18"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabinet is expected to name a new governor within days after the old one resigned.",
         (PUB, date(2025, 10, 22), "within days")),
        ("A deal could follow within weeks after the two delegations met in Lomé.",
         (PUB, date(2025, 11, 5), "within weeks")),
    ],
)
def test_a_count_after_a_past_clause_runs_from_now(lex, text, expected):
    assert windows(text, "en", lex) == [expected]


def test_a_count_after_an_event_to_come_stays_anchored(lex):
    hits = find_times("Results are due within three days after the polls close.", "en", PUB, lex)
    assert [(h.window.start, h.anchored) for h in hits] == [(None, ("within", "day", 3))]


def test_a_count_whose_event_ends_its_clause_stays_anchored(lex):
    # the reporting clause after the comma is not the event's
    hits = find_times("Patrols begin within 30 days of signing, the ministry said.", "en", PUB, lex)
    assert [(h.window.start, h.anchored) for h in hits] == [(None, ("within", "day", 30))]
