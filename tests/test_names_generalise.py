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
