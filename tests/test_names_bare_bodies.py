"""A chamber named without its country ("the Senate", "the Chamber of Deputies") is that body of
the country the text is about, named "<Body> of <Country>" (`institutions.py`, `bare_heads_en`).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def orgs(text: str) -> list[str]:
    return [h.actor.name for h in Gazetteer.load().find_actors(text, "en") if h.actor.kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("MONTEVIDEO - Uruguay's president said the bill would reach the Chamber of Deputies in May.",
     "Chamber of Deputies of Uruguay"),
    ("NAIROBI - Kenya's finance minister will present the budget to the Senate on Thursday.",
     "Senate of Kenya"),
    ("LUSAKA - Zambia's finance minister said the Parliament would vote on the reform next week.",
     "Parliament of Zambia"),
])
def test_bare_chamber_is_the_texts_countrys(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize("text", [
    # a head that is not a chamber, alone: which commission is not said
    "NAIROBI - Kenya's finance minister said the Commission would publish its report.",
    # no "the": a title, not the body ("Senate President")
    "NAIROBI - Senate President Amason Kingi said Kenya would host the talks.",
])
def test_no_bare_chamber(text):
    assert not any(n.startswith(("Commission of", "Senate of")) for n in orgs(text))


def test_the_central_bank_is_the_texts_countrys():
    text = "ACCRA - Ghana's finance minister said inflation had eased. The central bank is expected to cut rates."
    assert "Bank of Ghana" in orgs(text) or "Central Bank of Ghana" in orgs(text)


def test_a_central_bank_without_the_is_no_body():
    text = "ACCRA - Ghana's finance minister said a central bank digital currency was years away."
    assert not any("Bank" in n for n in orgs(text))


def test_the_central_bank_points_back_to_the_bank_named_before():
    text = ("ACCRA - Ghana's finance minister spoke as the European Central Bank met. "
            "The central bank will publish its decision on Thursday.")
    assert "Bank of Ghana" not in orgs(text) and "Central Bank of Ghana" not in orgs(text)


def test_the_central_bank_as_a_kind_is_no_body():
    text = "ACCRA - Ghana's finance minister said the central bank easing cycle was over."
    assert not any("Bank" in n for n in orgs(text))


def test_the_central_bank_of_a_euro_country_is_the_ecb():
    text = "LISBON - Portugal's finance minister said growth had slowed. The central bank is expected to cut rates."
    assert "European Central Bank" in orgs(text)
