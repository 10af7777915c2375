"""Session 25: «خلال عام 2027» is that year, not a year from publication; weekdays followed by the
week they fall in ("on Monday and Tuesday next week", «يوم الاثنين من الأسبوع المقبل») are those days
of that week. Sentences are written for these tests. Publication date 2027-03-08 is a Monday."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2027, 3, 8)  # Monday
D = date


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def spans(text: str, lang: str, lex: TimeLexicon) -> list[tuple]:
    return [(h.window.start, h.window.end) for h in find_times(text, lang, PUB, lex)]


@pytest.mark.parametrize(("text", "expected"), [
    ("على أن تنسحب القوة تدريجيا خلال عام 2028.", [(D(2028, 1, 1), D(2028, 12, 31))]),
    ("ومن المتوقع أن تنسحب القوة خلال عام.", [(D(2027, 3, 8), D(2028, 3, 8))]),
])
def test_within_a_year_and_within_the_year_named(text, expected, lex):
    assert spans(text, "ar", lex) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The talks will be held on Monday and Tuesday next week.", "en", [(D(2027, 3, 15), D(2027, 3, 16))]),
    ("The envoy will arrive on Thursday of next week.", "en", [(D(2027, 3, 18), D(2027, 3, 18))]),
    ("وتعقد المحادثات يومي الاثنين والثلاثاء من الأسبوع المقبل.", "ar", [(D(2027, 3, 15), D(2027, 3, 16))]),
    ("ويصل المبعوث يوم الخميس الأسبوع المقبل.", "ar", [(D(2027, 3, 18), D(2027, 3, 18))]),
])
def test_weekdays_of_the_next_week(text, lang, expected, lex):
    assert spans(text, lang, lex) == expected


def test_a_weekday_and_next_week_apart_stay_two_phrases(lex):
    assert spans("The vote is on Monday, and the talks resume next week.", "en", lex) == [
        (D(2027, 3, 8), D(2027, 3, 8)), (D(2027, 3, 15), D(2027, 3, 21))]
