"""Session 18 event words, English: winning or losing seats, a majority or a governorship,
an electoral threshold, a party's nominee and candidate lists are election claims. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUB = date(2026, 9, 1)


@pytest.mark.parametrize("text, part, expected", [
    ("Analysts say the ruling party could win both seats in the by-vote.", "both seats", "election"),
    ("No party is likely to win an outright majority, pollsters said.", "majority", "election"),
    ("The opposition is expected to win the governorships of three provinces.", "governorships", "election"),
    ("The far-right party could fall short of the 5% threshold, analysts said.", "threshold", "election"),
    ("The ruling party will choose its nominee at a congress on March 20.", "nominee", "election"),
    ("Parties have until March 6 to register their national lists, the commission said.", "lists", "election"),
    ("The party will name its candidates at a rally in the capital on Sunday.", "candidates", "election"),
    ("The incumbent is widely expected to win a second five-year term.", "term", "election"),
    # guards: ministerial nominees and a bloc's candidate for prime minister are no election
    ("The president will send the names of four ministerial nominees to the Senate next week.", "nominees", "other"),
    ("The largest bloc will name its candidate for prime minister on Sunday.", "candidate", "other"),
])
def test_election_words(text, part, expected):
    assert forward_event(text, "en", part, PUB) == expected
