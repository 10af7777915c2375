"""Session 56: a state acts through its embassy, its ambassador, a minister named by two words of
office, and a delegation whose leader stands between it and its verb. Sentences and names written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


@pytest.mark.parametrize("text", [
    "Peru's ambassador is due to visit the northern port in early March.",
    "Peru's embassy has asked to meet the port authority before the vote.",
    "A Peruvian deputy trade minister is expected in the capital next month.",
    "A Peruvian delegation led by a vice minister of energy will arrive next week.",
    "The Peruvian delegation, headed by Vice Minister Rosa Quispe, will arrive on Monday.",
])
def test_a_state_acts_through_its_envoys_and_delegations(text):
    assert ("Peru", "PE") in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    # an embassy that only speaks reports, as "officials said" does
    "The port will reopen next week, Peru's embassy said.",
    # the leader's own relative clause is not the delegation's verb
    "The talks were led by a delegation of Peruvian experts who will return next week.",
])
def test_a_state_that_only_reports_or_is_described_is_not_an_actor(text):
    assert ("Peru", "PE") not in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    "Peruvian officials are weighing new port fees for foreign trawlers.",
    "Peruvian officials are expected to attend the handover in early May.",
    "Peruvian negotiators are to meet their counterparts in the capital next week.",
])
def test_are_before_what_a_plural_body_does_makes_its_state_act(text):
    assert ("Peru", "PE") in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    "Peruvian officials were not available for comment on the port fees.",
    "Peruvian officials are being questioned about the port fees.",
])
def test_are_before_anything_else_does_not(text):
    assert ("Peru", "PE") not in article_actors(text, "en")


@pytest.mark.parametrize(("text", "actor"), [
    ("Niue will elect its assembly on May 2, the electoral officer said.", ("Niue", "NU")),
    ("Aruban and Venezuelan officials will meet in Willemstad on Monday.", ("Aruba", "AW")),
    ("Curacao will reopen its airport to Venezuelan flights next month.", ("Curaçao", "CW")),
    ("The Isle of Man will press London for a decision next week.", ("Isle of Man", "IM")),
])
def test_self_governing_territories_are_states_of_their_own(text, actor):
    assert actor in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    # French overseas departments stay France's; Jersey is also a word and half of New Jersey
    "Mayotte will receive 200 more police officers next month, the interior ministry said.",
    "New Jersey will vote on the bill next week.",
])
def test_departments_and_word_like_territories_stay_out(text):
    codes = {c for _, c in article_actors(text, "en")}
    assert not codes & {"YT", "JE"}, codes
