"""A duration written as an adjective before its noun ("a three-day strike from Monday", "a 48-hour
strike on Tuesday") runs from the day that follows the noun, as "for three days from Monday" does;
with no day to count from ("several 72-hour truces"), or with a verb between ("the five-year plan
will be published on Monday"), it dates nothing. Sentences written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUB = date(2025, 11, 6)  # a Thursday


def _windows(text: str) -> list[tuple[str | None, str | None]]:
    ex = extract("Headline\n\n" + text, PUB, "en", Resources.load())
    return [(m.expected.start.isoformat() if m.expected and m.expected.start else None,
             m.expected.end.isoformat() if m.expected and m.expected.end else None) for m in ex.mentions]


@pytest.mark.parametrize("text, window", [
    ("The dockers' union has called a three-day general strike from Monday.", ("2025-11-10", "2025-11-12")),
    ("The rebels said they would observe a two-week truce starting November 10.", ("2025-11-10", "2025-11-23")),
    ("Port workers will hold a 48-hour strike on Tuesday.", ("2025-11-11", "2025-11-12")),
    ("The minister will begin a five-day visit to Chile on Sunday.", ("2025-11-09", "2025-11-13")),
])
def test_an_adjectival_duration_runs_from_the_day_after_its_noun(text, window):
    assert _windows(text) == [window]


@pytest.mark.parametrize("text, window", [
    ("The five-year plan will be published on Monday.", ("2025-11-10", "2025-11-10")),
    ("The ministry plans a two-week trip next month.", ("2025-12-01", "2025-12-31")),
])
def test_the_day_stays_its_own_when_the_duration_is_not_its_length(text, window):
    assert _windows(text) == [window]


def test_a_length_with_no_day_is_no_time_phrase():
    text = "Previously, the two armies had agreed to several 72-hour truces to allow evacuations."
    ex = extract("Headline\n\n" + text, PUB, "en", Resources.load())
    assert all(m.expected is None for m in ex.mentions)
    assert [m.kind for m in ex.mentions] in ([], ["assertion"])
