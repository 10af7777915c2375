"""The start table of the time scan (`time_starts`): which patterns can match at a starter word,
told from that word and the next one's first letters. A pattern it leaves out must never match
there, or the scan would find another phrase than when it tried them all."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtracker.extract.time_starts import R2, first_two_runs, word_pairs
from claimtracker.extract.timewords import _ZEROS, TimeLexicon


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def test_two_words_of_a_plain_pattern():
    runs = first_two_runs(r"(?<!\w)(?:in|at)\s+(?:noon|dusk)(?!\w)")
    assert runs.pairs == {("in", "noo"), ("in", "dus"), ("at", "noo"), ("at", "dus")}
    assert runs.single == frozenset()


def test_an_optional_first_word_also_gives_the_pattern_alone():
    runs = first_two_runs(r"(?<!\w)(?:coming\s+)?fortnight(?:\s+ahead)?")
    assert ("comi", "for") in runs.pairs and ("fort", "ahe") in runs.pairs
    assert runs.single == {"fort"}  # "fortnight" alone, told by its first four letters


def test_digits_are_one_class():
    runs = first_two_runs(r"(?<!\w)(?:[12]\d|3[01])\s+(?:nights)")
    assert runs.pairs == {("00", "nig")}


def test_a_short_second_word_is_kept_whole():
    runs = first_two_runs(r"(?<!\w)dawn\s+(?:of|to)\s+dusk")
    assert runs.pairs == {("dawn", "of"), ("dawn", "to")}


@pytest.mark.parametrize("pattern", [
    r"(?<!\w)\w+\s+hence",  # any word first: cannot be told
    r"(?<!\w)[^\s]+\s+hence",
    r"(?i)(?<!\w)hence",  # case-blind letters are not followed
    r"(?<!\w)(?:eve)?",  # may match no word at all, which would stop the scan at that start
])
def test_what_cannot_be_told_is_none(pattern):
    assert first_two_runs(pattern) is None


def _pieces(lex: TimeLexicon, lang: str) -> list[str]:
    words = lex.grammars[lang].words
    out = [w for key in words.raw if not key.startswith("_") for w in words.words(key)]
    return out + ["1", "15", "2026", "٣", "x", "news", "وال", "و"]


@pytest.mark.parametrize("lang", ["ar", "en"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_pattern_left_out_never_matches_there(lex, lang, data):
    """At every starter followed by another word, each pattern that matches is among those the table offers."""
    g = lex.grammars[lang]
    seps = [" ", "  ", ", ", "\n", " - ", "-"]
    text = "".join(data.draw(st.sampled_from(_pieces(lex, lang))) + data.draw(st.sampled_from(seps))
                   for _ in range(data.draw(st.integers(2, 8))))
    mtext = text.lower()
    words = list(re.finditer(r"\w+", mtext))
    for here, after in zip(words, words[1:], strict=False):
        if here.group()[::-1] not in g.start_words_reversed:
            continue  # the scan starts there only if it is the head's own word, without the table
        entry = g.start_table(here.group()[::-1])
        nxt = mtext[after.start():after.start() + R2]
        if not nxt.isalpha():
            nxt = nxt.translate(_ZEROS)
        if entry is None:
            offered = ()
        else:
            told = entry[1].get
            offered = told(nxt) or told(nxt[:2]) or told(nxt[:1]) or entry[0]
        for kinds in g.regexes.values():
            tried = {p.index for _, p in kinds.by_bits(offered & kinds.mask)} if offered else set()
            matching = {p.index for p in kinds.patterns if p.regex.match(mtext, here.start())}
            assert matching <= tried, (mtext, here.group(), matching - tried)


def test_word_pairs_follow_every_word():
    pairs = word_pairs(r"(?<!\w)(?:much\s+)?later\s+(?:on|still)(?!\w)")
    assert pairs == {("much", "lat"), ("late", "on"), ("late", "sti")}


@pytest.mark.parametrize("lang", ["ar", "en"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_skipped_head_is_in_no_match(lex, lang, data):
    """A head the scan skips (`Grammar.head_skip`, the word before it not among those it holds) is
    covered by no match of its kind's patterns, whatever word start the match begins at."""
    g = lex.grammars[lang]
    skips = {w: s for w in g.head_kinds if (s := g.head_skip(w)) is not None}
    assert skips  # "later on", «فيما بعد»: some heads never start a phrase
    pieces = [*_pieces(lex, lang), *skips, *(w for ws in skips.values() for w in ws)]
    text = " ".join(data.draw(st.sampled_from(pieces)) for _ in range(data.draw(st.integers(2, 8))))
    mtext = text.lower()
    words = list(re.finditer(r"\w+", mtext))
    for k, here in enumerate(words):
        word = here.group()
        if word not in skips or k == 0 or (here.start() and re.match(r"\w", mtext[here.start() - 1])):
            continue
        before = words[k - 1].group()[:4]
        if (before if before.isalpha() else before.translate(_ZEROS)) in skips[word]:
            continue
        for p in g.head_patterns[word].patterns:
            for start in (w.start() for w in words[:k + 1]):
                m = p.regex.match(mtext, start)
                assert not (m and m.end() > here.start()), (mtext, word, p.index)
