"""English speakers described after their name: a hyphenated given name read backwards from the
description ("Chen Yu-ting, an analyst at …, said"), more roles of commentators ("a political
scientist", "a pollster"), and "think tank", which holds no reporting verb ("X, an economist at a
think tank, said" is X speaking)."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


def _run(text: str):
    return extract(text, published=date(2026, 9, 1), lang="en", resources=Resources.load())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kang Min-jun, an analyst at a Busan university, said the party might delay the vote until March.", "Kang Min-jun"),
        ("Hsu Wei-lin, a political scientist in Tainan, said the budget would pass before the recess.", "Hsu Wei-lin"),
        ("Rosa Quintero, a pollster in Quito, said the runoff would be close.", "Rosa Quintero"),
    ],
)
def test_a_described_speaker_is_a_named_actor(text, name):
    out = _run(text)
    assert name in [a.name for a in out.actors]
    assert [m.attribution.kind for m in out.mentions if m.is_forward] == ["named"]


def test_a_think_tank_in_the_description_does_not_take_the_verb():
    out = _run("Ines Varela, an economist at a Montevideo think tank, said the central bank could cut rates in May.")
    (m,) = [m for m in out.mentions if m.is_forward]
    assert m.attribution.kind == "named"
    assert m.attribution.text.startswith("Ines Varela")


def test_analysts_still_think_as_observers():
    out = _run("Most analysts think the central bank will cut rates in May.")
    assert [m.attribution.kind for m in out.mentions if m.is_forward] == ["observers"]


def test_a_place_name_after_a_title_can_be_a_given_name():
    out = _run("Defence Minister Wellington Tuilagi said the programme would be delayed by a year.")
    assert "Wellington Tuilagi" in [a.name for a in out.actors]
    assert "NZ" not in out.countries


def test_a_place_after_a_title_and_a_preposition_stays_a_place():
    out = _run("Foreign Minister Winston Peters will visit Wellington next week.")
    assert "NZ" in out.countries
