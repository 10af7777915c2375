"""Session 16: the share of a poll's respondents ("Most of those polled expect", "Nine of those
polled") is the poll's observers, as "economists polled" already was. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


@pytest.mark.parametrize("text", [
    "Most of those polled expect the next increase in April or July.",
    "Eight of those surveyed expect the bank to hold its rate on Thursday.",
])
def test_respondents_of_a_poll_are_observers(text):
    ex = extract("Rates outlook\n\n" + text, published=date(2026, 1, 10), lang="en", resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward and forward[0].attribution.kind == "observers"
