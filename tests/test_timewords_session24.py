"""Session 24: weekdays followed by the dates they fall on take the dates («يومي الأربعاء والخميس
17 و18 آذار», "on Wednesday and Thursday, March 17 and 18"), and a start joined to an end by a verb
of lasting or closing is one span («يبدأ الأحد المقبل ويستمر حتى 14 أكتوبر», "opens on Thursday and
closes on April 30"). Sentences are written for these tests. Publication date 2027-03-08 is a Monday.
"""

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
    out = find_times(text, lang, PUB, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text
    return [(h.window.start, h.window.end) for h in out]


@pytest.mark.parametrize(("text", "lang", "window"), [
    ("يعقد المجلس دورته يومي الأربعاء والخميس 17 و18 آذار/مارس الجاري.", "ar", (D(2027, 3, 17), D(2027, 3, 18))),
    ("The council will meet on Wednesday and Thursday, March 17 and 18.", "en", (D(2027, 3, 17), D(2027, 3, 18))),
    ("The council will meet on Wednesday, March 24.", "en", (D(2027, 3, 24), D(2027, 3, 24))),
])
def test_weekdays_take_the_dates_after_them(text, lang, window, lex):
    assert spans(text, lang, lex) == [window]


def test_a_weekday_alone_is_the_next_one(lex):
    assert spans("The council will meet on Wednesday.", "en", lex) == [(D(2027, 3, 10), D(2027, 3, 10))]


@pytest.mark.parametrize(("text", "lang", "window"), [
    ("وقال إن توزيع البطاقات سيبدأ الأحد المقبل ويستمر حتى 24 آذار.", "ar", (D(2027, 3, 14), D(2027, 3, 24))),
    ("تنطلق الحملة الانتخابية يوم 2 أيار وتنتهي في 20 أيار.", "ar", (D(2027, 5, 2), D(2027, 5, 20))),
    ("Distribution of cards will start next Sunday and run until March 24.", "en", (D(2027, 3, 14), D(2027, 3, 24))),
    ("The bond tender opens on Thursday and closes on April 30.", "en", (D(2027, 3, 11), D(2027, 4, 30))),
])
def test_a_start_and_its_end_are_one_span(text, lang, window, lex):
    assert spans(text, lang, lex) == [window]
