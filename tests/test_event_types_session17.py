"""Session 17 event words, English: electing a body's members ("will elect mayors") and an
election campaign opening are election claims. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUB = date(2026, 9, 1)


@pytest.mark.parametrize("text, part, expected", [
    ("Moldova will elect a new parliament on October 4, officials said.", "elect", "election"),
    ("The country will elect mayors and municipal councils on November 8.", "mayors", "election"),
    ("The official campaign opens on October 10, the electoral body said.", "campaign", "election"),
    ("Campaigning starts on September 20 and ends two days before the vote.", "Campaigning", "election"),
    # guard: an advocacy campaign is no election
    ("The union will launch a campaign against the pension reform next week.", "campaign", "other"),
])
def test_election_words(text, part, expected):
    assert forward_event(text, "en", part, PUB) == expected
