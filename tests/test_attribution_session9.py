"""A speaker named only by a pronoun, on sentences written for these tests (ninth session).

"“…,” he said" and "She told reporters …" are a person speaking: the previous sentence's source
when one carries over, else a named source with the pronoun's words. Without a reporting verb a
pronoun is no source.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUB = date(2025, 10, 15)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def forward(text: str, res: Resources) -> list[dict]:
    out = extract(text, PUB, "en", res).to_json()
    return [m for m in out["mentions"] if m["kind"] in ("prediction", "speculation")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The harbour board met on Monday. “The new berth will open in March,” he said.", "he said"),
        ('The harbour board met on Monday. "The dredging contract will be signed next week," she added.', "she added"),
        ('"Parliament will vote on the tariff bill next month," she told reporters in Suva.', "she told reporters"),
        ("He said the refinery would restart in January.", "He said"),
    ],
)
def test_a_pronoun_with_a_reporting_verb_is_a_named_source(res, text, words):
    claims = forward(text, res)
    assert claims, text
    assert claims[-1]["attributed_to"] == {"kind": "named", "text": words}


def test_a_pronoun_goes_on_with_the_previous_sources_speaker(res):
    text = ("Sources close to the talks said the ministers would meet in Rabat next week. "
            "“The fisheries deal will be signed there,” one of them said. "
            "“The quotas will follow in April,” he said.")
    claims = forward(text, res)
    assert [c["attributed_to"]["kind"] for c in claims] == ["anonymous", "anonymous", "anonymous"]


def test_a_pronoun_without_a_reporting_verb_is_no_source(res):
    # (the talks the trip is made for are a claim of their own since session 48)
    claims = forward("He will travel to Lomé in May for the fisheries talks.", res)
    assert [c["attributed_to"] for c in claims] == [{"kind": "outlet", "text": None}] * 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The toll road will open in March, a senior official at the Coastal Highways Authority said on Monday.",
         "a senior official at the Coastal Highways Authority said"),
        ("The refinery will restart next month, two officials at the Pointe Noire Refining Company told reporters.",
         "two officials at the Pointe Noire Refining Company told"),
    ],
)
def test_an_unnamed_speakers_workplace_does_not_speak(res, text, words):
    claims = forward(text, res)
    assert claims[-1]["attributed_to"] == {"kind": "anonymous", "text": words}
