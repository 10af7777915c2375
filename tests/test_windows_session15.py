"""Session 15 windows: a deadline ("parties have until Monday to") is a claim of its own, up to its
day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract

PUB = date(2026, 6, 17)  # a Wednesday


def test_a_deadline_after_a_dated_event_is_its_own_claim():
    text = ("Headline\n\nVoters will elect a new parliament on Saturday, October 3, and parties have until "
            "Monday to submit candidate lists, the commission said.")
    ex = extract(text, published=PUB, lang="en", resources=Resources.load())
    deadline = [m for m in ex.mentions if m.is_forward and "until Monday" in m.quote]
    assert deadline and "October 3" not in deadline[0].quote
    w = deadline[0].expected
    assert w is not None and w.end == date(2026, 6, 22)
