"""The gate opens counted word runs, optional leading characters and a run before a class of
other characters into trie branches; it must still pass wherever a term matches, and a gated
pattern must find exactly what the plain alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtracker.extract.cues import compile_groups
from claimtracker.extract.gate import gate

# Made up for the test: a counted run before a head noun, an optional leading class, and a word
# run before a class of apostrophes, beside plain terms that share their first letters.
TERMS = [r"(?:[\w-]+ ){1,3}(?:bureau|council)", r"(?:a |the )(?:\w+ ){0,2}wardens", r"[st]?ellers",
         r"[\w-]+['’]s (?:board|bureau)", "council", "sellers", r"\w+ council"]
ALPHABET = "abcdeilnorstuw '’-"


def _plain(terms: list[str]) -> re.Pattern:
    body = "|".join(f"(?:{t})" for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w-])")


def test_counted_runs_open_into_one_branch_per_count():
    g = gate([TERMS[0]])
    # one, two or three words before the noun, each word read by a possessive run
    assert "{1,3}" not in g and "[\\w-]++" in g


def test_a_run_before_a_class_of_other_characters_is_possessive():
    g = gate([TERMS[3]])
    assert g.startswith("[\\w-]++")


def test_an_optional_leading_class_opens_into_its_two_readings():
    g = gate([TERMS[2]])
    # "ellers" alone is led by its own letter, "[st]ellers" by the class
    assert "[st]?" not in g and g.startswith("e(?:l") and "|[st](?:e" in g


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_the_gate_passes_wherever_a_term_matches(text):
    test = re.compile(f"(?:{gate(TERMS)})")
    for t in TERMS:
        for m in re.finditer(f"(?:{t})", text):
            assert test.match(text, m.start()), (t, m.start())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_gated_groups_match_like_the_plain_pattern(text):
    fast = compile_groups([("g", TERMS)], "en")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _plain(TERMS).finditer(text)]


def _closing_by_characters(term: str, i: int) -> int:
    """`closing` read one character at a time, as it was written before it jumped between them."""
    depth, in_class, j = 0, False, i
    while j < len(term):
        ch = term[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            if ch == "]" and term[j - 1] != "[" and term[j - 2 : j] != "[^":
                in_class = False
                if depth == 0:
                    return j + 1
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            if depth == 0:
                return j + 1
        j += 1
    return -1


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab|()[]^\\?:", max_size=40))
def test_closing_and_top_split_read_syntax_as_a_character_walk_does(body):
    from claimtracker.extract.gate import closing, top_split

    for i, ch in enumerate(body):
        if ch in "[(":
            assert closing(body, i) == _closing_by_characters(body, i), (body, i)
    parts = top_split(body)
    if parts is not None:
        assert "|".join(parts) == body
