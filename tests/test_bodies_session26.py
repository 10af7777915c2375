"""Session 26: a lone English "parliament" that is a clause's subject is the legislature of the
country the text is about, under the chamber's own name where the legislatures table has one; a
state's coast guard named by a common noun as a subject ("Vietnam's coast guard will") is that
state's, as its army or navy is.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


def _names(text: str) -> list[str]:
    return [name for name, _ in article_actors(text, "en")]


_GHANA = "Ghana sells cocoa bills\n\nACCRA, July 15 (Wire) - Ghana's finance ministry said on Monday it expected a deal. "


@pytest.mark.parametrize("sentence", [
    "Parliament will vote on the guarantee on Thursday, the minister said.",
    "The deal could slip into January if parliament fails to adopt the law by December 17.",
    "The motion will be filed when parliament resumes on Monday.",
    "The new parliament is expected to meet in March.",
])
def test_a_lone_parliament_as_subject_is_the_text_countrys(sentence):
    assert "Parliament of Ghana" in _names(_GHANA + sentence)


@pytest.mark.parametrize("sentence", [
    "The minister will present the budget to parliament on Friday.",
    "Protesters gathered outside parliament on Tuesday.",
    "The European Parliament will debate the deal in March.",
    "Togo's parliament will vote on the deal in March.",
])
def test_a_parliament_that_is_no_subject_or_another_states_is_not(sentence):
    assert "Parliament of Ghana" not in _names(_GHANA + sentence)


@pytest.mark.parametrize(("place", "capital", "expected"), [
    ("Papua New Guinea", "PORT MORESBY", "National Parliament of Papua New Guinea"),
    ("Croatia", "ZAGREB", "Croatian Parliament"),
    ("Mozambique", "MAPUTO", "Assembly of the Republic"),
    ("Samoa", "APIA", "Legislative Assembly of Samoa"),
])
def test_the_chamber_keeps_its_own_name(place, capital, expected):
    text = (f"{place} budget vote set\n\n{capital}, May 4 (Wire) - The government of {place} said on "
            "Monday it had sent the budget to lawmakers. Parliament will vote on it on Thursday.")
    assert expected in _names(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vietnam's coast guard will hold its first joint drill in August.", "Vietnam Coast Guard"),
    ("The Japanese coast guard said on Monday it would send two ships.", "Japan Coast Guard"),
])
def test_a_states_coast_guard_as_subject(sentence, expected):
    assert expected in _names("Drill set\n\nHANOI, May 4 (Wire) - " + sentence)


def test_a_coast_guard_in_passing_or_bare_is_no_actor():
    names = _names("Drill set\n\nHANOI, May 4 (Wire) - The bill lets coast guard vessels patrol the zone. "
                   "The coast guard said it was ready.")
    assert not any("Coast Guard" in name for name in names)


_SERBIA = "Serbia vote\n\nBELGRADE, May 4 (Kalemegdan Wire) - "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ruling party could lose its majority, according to a poll by Sumadija Research published on Monday.",
     "Sumadija Research"),
    ("A Cadem survey published on Sunday put the ruling party ahead.", "Cadem"),
    ("The pollster Vox Populi Research said turnout would be low.", "Vox Populi Research"),
    ("A poll by the Nis-based Morava Metrics put the opposition ahead.", "Morava Metrics"),
])
def test_a_polling_firm_named_by_its_poll_is_a_body(sentence, expected):
    assert expected in _names(_SERBIA + sentence)


@pytest.mark.parametrize("sentence", [
    "A Kalemegdan Wire poll showed the ruling party ahead.",
    "A June poll showed the ruling party ahead.",
    "A Serbian poll showed the ruling party ahead.",
])
def test_the_outlets_own_poll_a_month_or_a_place_is_no_pollster(sentence):
    names = _names(_SERBIA + sentence)
    assert not any(word in name for name in names for word in ("Wire", "June", "Serbian"))


def test_a_states_high_commission_is_a_source_not_an_actor():
    names = _names("Visit set\n\nHONIARA, May 4 (Wire) - Foreign Minister Penny Wong will visit Honiara next "
                   "week, the Australian High Commission said.")
    assert "Australian High Commission" not in names


def test_a_given_name_that_is_an_airlines_short_name_stays_a_person():
    names = _names("Fiji budget\n\nSUVA, June 23 (Wire) - Deputy Prime Minister and Finance Minister "
                   "Biman Prasad will present the budget on Friday.")
    assert names == ["Biman Prasad"]
