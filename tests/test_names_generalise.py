"""Actor and country finding on wording the data was not tuned on: one test family per rule.

Every sentence here is written for these tests; the people in them are invented unless they are
well-known office holders already in the gazetteer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtracker.extract.gazetteer import ActorHit, Gazetteer
from claimtracker.extract.phrases import lookup_order

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    return [(h.actor.name, text[h.start:h.end]) for h in gaz.find_actors(text, lang)]


def names(hits: list[ActorHit]) -> list[str]:
    return [h.actor.name for h in hits]


# --- ties between equally long readings do not depend on the hash seed -----------------------

_TIE_TEXT = "قال نيد برايس إن سوزان رايس ستصل غدا، وسيلتقي بلينكن وبرايس بعد الظهر."
_TIE_SCRIPT = (
    "from claimtracker.extract.gazetteer import Gazetteer\n"
    f"t = {_TIE_TEXT!r}\n"
    "print([(h.actor.actor_id, h.start) for h in Gazetteer.load().find_actors(t, 'ar')])\n"
)


def test_lookup_order_puts_fewest_clitics_first():
    assert lookup_order("وبرايس") == ("وبرايس", "برايس", "رايس")
    assert lookup_order("بالرئيس")[0] == "بالرئيس"
    assert lookup_order("بالرئيس").index("رئيس") > 0


def test_tied_readings_prefer_fewest_clitics(gaz):
    hits = [h for h in gaz.find_actors(_TIE_TEXT, "ar") if _TIE_TEXT[h.start:h.end] == "وبرايس"]
    assert [h.actor.actor_id for h in hits] == ["ned-price"]


def test_tie_is_the_same_under_two_hash_seeds():
    outs = []
    for seed in ("1", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        run = subprocess.run([sys.executable, "-c", _TIE_SCRIPT], env=env, cwd=REPO, capture_output=True,
                             text=True, timeout=120, check=True)
        outs.append(run.stdout)
    assert outs[0] == outs[1]
    assert "ned-price" in outs[0]


# --- aliases that other countries' bodies share need their country in the text ----------------

def test_acronym_of_a_foreign_party_needs_its_country(gaz):
    text = "In Zambia, the DPP said on Monday that its candidate would register by Friday."
    assert all(h.actor.country != "TW" for h in gaz.find_actors(text, "en"))
    taiwan = "In Taiwan, the DPP said on Monday that its candidate would register by Friday."
    assert any(h.actor.country == "TW" for h in gaz.find_actors(taiwan, "en"))


def test_descriptive_party_name_belongs_to_the_country_of_the_text(gaz):
    text = ("Kenya's Democratic Progressive Party will pick a running mate, and the DPP "
            "said talks in Nairobi would end this week.")
    hits = gaz.find_actors(text, "en")
    assert {h.actor.country for h in hits} == {"KE"}
    assert {h.actor.name for h in hits} == {"Democratic Progressive Party"}
    assert gaz.find_countries(text, "en") and "TW" not in {c.code for c in gaz.find_countries(text, "en")}


def test_one_word_legislature_is_the_texts_country(gaz):
    text = "Chile's finance minister said Congress would vote on the budget in Santiago next week."
    assert ("Congress of Chile", "Congress") in found(gaz, text, "en")
    us = "The White House said Congress would vote on the budget in Washington next week."
    assert any(h.actor.country == "US" and text_of(us, h) == "Congress" for h in gaz.find_actors(us, "en"))


def test_arabic_everyday_alias_needs_its_country(gaz):
    text = "قال رئيس الوزراء البيروفي إن الكونغرس سيصوت على الميزانية الأسبوع المقبل."
    assert all(h.actor.country != "US" for h in gaz.find_actors(text, "ar"))


def text_of(text: str, hit: ActorHit) -> str:
    return text[hit.start:hit.end]


# --- a monarch's title is followed by a given name, not another person's surname -------------

def test_king_before_a_known_surname_is_not_that_person(gaz):
    text = "Prime Minister Edouard Philippe met union leaders. Later King Philippe received the envoys."
    hits = [(h.actor.name, text_of(text, h)) for h in gaz.find_actors(text, "en")]
    assert ("Edouard Philippe", "Philippe") not in hits
    assert ("King Philippe", "Philippe") in hits


def test_king_alone_in_a_text(gaz):
    text = "King Philippe will receive the party leaders at the palace on Thursday, a spokesman said."
    assert [h.actor.name for h in gaz.find_actors(text, "en")] == ["King Philippe"]
