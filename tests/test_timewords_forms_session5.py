"""Forms fixed for unseen news (fifth session): "last October" and "October last year", half a
month («النصف الثاني من جوان»), the first of a month without «من» («غرة»), feasts on a fixed day
("before Christmas"), and a year naming the event after it ("the 2027 election").
Sentences are written for these tests. Publication date 2025-10-15 is a Wednesday.
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


def spans(text: str, lang: str, lex: TimeLexicon) -> list[tuple]:
    out = find_times(text, lang, PUB, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text
    return [(h.window.start, h.window.end) for h in out]


@pytest.mark.parametrize("text,lang,expected", [
    # a month after "last" is the one gone, not a last day
    ("The two sides signed a truce last September and will meet again soon.", "en", (D(2025, 9, 1), D(2025, 9, 30))),
    ("The talks collapsed last November.", "en", (D(2024, 11, 1), D(2024, 11, 30))),
    ("Turnout fell in March last year.", "en", (D(2024, 3, 1), D(2024, 3, 31))),
    ("A second round is planned for May next year.", "en", (D(2026, 5, 1), D(2026, 5, 31))),
    ("The works should end in the second half of November.", "en", (D(2025, 11, 16), D(2025, 11, 30))),
    ("ويبدأ العمل بالنظام الجديد في النصف الأول من شهر كانون الأول.", "ar", (D(2025, 12, 1), D(2025, 12, 15))),
    ("وستفتح المعابر أمام الشاحنات في غرة نوفمبر.", "ar", (D(2025, 11, 1), D(2025, 11, 1))),
    ("Negotiators hope to close the file before Christmas.", "en", (PUB, D(2025, 12, 24))),
    ("ويأمل الطرفان إنهاء المفاوضات قبل رأس السنة.", "ar", (PUB, D(2025, 12, 31))),
])
def test_new_forms(lex, text, lang, expected):
    assert spans(text, lang, lex)[0] == expected


def test_a_year_before_an_event_noun_dates_it(lex):
    assert spans("The president will not run in the 2028 election.", "en", lex) == [(D(2028, 1, 1), D(2028, 12, 31))]


def test_the_first_of_a_month_in_words_keeps_its_article(lex):
    assert spans("The rules apply on the first of December.", "en", lex)[0] == (D(2025, 12, 1), D(2025, 12, 1))


@pytest.mark.parametrize("text,expected", [
    # "as soon as" opens the date after it, like "as early as"
    ("Aid convoys could enter as soon as next week.", (D(2025, 10, 20), None)),
    ("The crossing may reopen as soon as Monday.", (D(2025, 10, 20), None)),
    # "soon" alone, and "as soon as possible", are still soon
    ("The envoy will return soon.", (PUB, None)),
    ("Talks should resume as soon as possible.", (PUB, None)),
])
def test_as_soon_as_a_date(lex, text, expected):
    assert spans(text, "en", lex) == [expected]
