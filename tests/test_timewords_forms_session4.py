"""Forms fixed for unseen news (fourth session): a day "of the same month" after a dated phrase,
and "as early as" that does not reach across a comma into another clause's time phrase.
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


def windows(text: str, lang: str, lex: TimeLexicon, pub: date | None = PUB) -> list[tuple]:
    out = find_times(text, lang, pub, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text
    return [(h.window.start, h.window.end, h.window.text) for h in out]


@pytest.mark.parametrize("text,expected", [
    # "on the 14th of the same month" is the month named before, not the publication month
    ("The ballot, first set for January 9, was pushed back to the 23rd of the same month.",
     (D(2026, 1, 23), D(2026, 1, 23), "the 23rd of the same month")),
    ("The auction opens on March 2 and bids close on the 16th of that month.",
     (D(2026, 3, 16), D(2026, 3, 16), "on the 16th of that month")),
    ("Hearings resume on December 1, with a ruling expected on the 11th of that same month.",
     (D(2025, 12, 11), D(2025, 12, 11), "on the 11th of that same month")),
])
def test_day_of_the_same_month_follows_the_month_named_before(lex, text, expected):
    assert windows(text, "en", lex)[-1] == expected


def test_same_month_with_no_month_before_has_no_dates(lex):
    assert windows("The panel will report on the 20th of the same month.", "en", lex) == [
        (None, None, "on the 20th of the same month")]


def test_day_alone_still_reads_the_publication_month(lex):
    # the same-month form must not swallow a bare "on the 20th"
    assert windows("The panel will report on the 20th.", "en", lex) == [
        (D(2025, 10, 20), D(2025, 10, 20), "on the 20th")]


def test_arabic_same_month_follows_the_month_named_before(lex):
    text = "كان مقررا أن يبدأ المؤتمر في الخامس من آذار المقبل لكنه أرجئ إلى 19 من الشهر ذاته"
    assert windows(text, "ar", lex)[-1] == (D(2026, 3, 19), D(2026, 3, 19), "19 من الشهر ذاته")


@pytest.mark.parametrize("text,expected", [
    # the phrase after the comma belongs to another clause: it keeps its own window
    ("The bank could cut rates as early as spring, provided a wage deal due later this month holds.",
     (D(2025, 10, 15), D(2025, 10, 31), "later this month")),
    ("Talks may resume as early as 2027, if the coalition passes a budget next week.",
     (D(2025, 10, 20), D(2025, 10, 26), "next week")),
])
def test_as_early_as_does_not_cross_a_comma(lex, text, expected):
    assert windows(text, "en", lex)[-1] == expected


def test_as_early_as_with_words_between_still_opens_the_window(lex):
    assert windows("The pact could be signed as early as the summit next week.", "en", lex)[-1] == (
        D(2025, 10, 20), None, "as early as the summit next week")
