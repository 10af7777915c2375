"""Session 15 attribution: economists named by their firm's abbreviation are a named source (the
guideline's "Deutsche Bank economists said"); capitalised words opening a sentence are no firm.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


@pytest.mark.parametrize("text, kind", [
    ("Markets price a first increase in August, while ASB economists expect a hike in November.", "named"),
    ("Regional analysts say the talks could stall again next month.", "observers"),
    ("Most economists expect a hike in November.", "observers"),
])
def test_observers_or_a_firms_economists(text, kind):
    ex = extract("Headline\n\n" + text, published=date(2026, 2, 13), lang="en", resources=Resources.load())
    assert ex.mentions and ex.mentions[0].attribution is not None
    assert ex.mentions[0].attribution.kind == kind
