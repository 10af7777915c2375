"""The gate stops spelling out long multi-word tails, and still matches wherever a term does."""

from __future__ import annotations

import re

import pytest

from claimtracker.extract import gate as gate_module
from claimtracker.extract.gate import gate

# terms whose tails multiply past the first words: each pronoun with each office
_OFFICES = ("(?:chair|seat|portfolio|mandate|bench|desk|ministry|command|office|chairmanship|secretariat"
            "|directorship|presidency|governorship|stewardship)")
TERMS = [rf"relinquish (?:his|her|their|its) {_OFFICES}", rf"surrender (?:his|her|their|its) {_OFFICES}",
         "relish", "surge"]


def _gated(test: str) -> re.Pattern:
    # the form every user gives a gate: a lookahead, then a word-end test after it
    return re.compile(rf"(?<![\w'-])(?=(?:{test})(?![\w-]))")


def test_long_tails_are_cut_at_a_word_break():
    cut = gate(TERMS)
    full = gate(TERMS, depth=10_000)
    assert len(cut) < len(full)
    assert gate_module._REST_OF_WORD in cut and gate_module._REST_OF_WORD not in full


@pytest.mark.parametrize("text", [
    "The governor may relinquish her portfolio before the spring session.",
    "Rebels would never surrender their command, a spokesman said.",
    "Some relish the fight; prices could surge again.",
    "Ministers may relinquish its desk soon",  # at the very end of the text
])
def test_the_cut_gate_matches_wherever_a_term_does(text):
    terms = re.compile(rf"(?<![\w'-])(?:{'|'.join(TERMS)})(?![\w-])")
    cut = _gated(gate(TERMS))
    found = {m.start() for m in terms.finditer(text)}
    assert found
    assert found <= {m.start() for m in cut.finditer(text)}


def test_the_cut_gate_lets_few_other_words_through():
    cut = _gated(gate(TERMS))
    # past the cut any word passes ("her garden"), but the first words must still be there:
    # "relied", "surgeon", "relishing", "relinquish nothing" are turned away
    text = "They relied on surveys; the surgeon will relinquish her garden, relinquish nothing, relishing it."
    assert [text[m.start():m.start() + 15] for m in cut.finditer(text)] == ["relinquish her "]


def test_a_gate_built_after_forgetting_is_the_same_and_the_memo_is_emptied():
    # the builders remember terms while a language's patterns are built (`gate.forget` after)
    terms = ["(?:the |a )?(?:meeting|summit) of (?:\\w+ ){0,2}leaders", "talks? (?:with|between) \\w+",
             "(?<!two )leaders (?:will |are to )?meet"]
    first = gate(terms)
    assert gate_module._expand.cache_info().currsize > 0
    gate_module.forget()
    assert gate_module._expand.cache_info().currsize == 0 and gate_module.closing.cache_info().currsize == 0
    assert gate(terms) == first
    assert re.compile(f"(?:{first})").match("the summit of Gulf leaders")
