"""Which patterns can match at a starter word, told from that word and the first letters of the next.

The scan tries the patterns of a head's kind at each starter word before the head ("the", "in",
«في»), farthest first. Most of those tries fail: in «في زيارة» or "a deep crisis" the starter is
followed by a word no pattern can continue with. A pattern that matches there and reaches the
head covers the starter word whole and goes on into the next word, so it must have a match whose
first word is the starter and whose second begins as the next word does. Read once from each
pattern (`first_two_runs`), that cuts the tries to those that can succeed: a pattern is left out
at a start only when it cannot match there at all, so which pattern matches first (and so the
result) is the same as when every pattern was tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from claimtracker.extract.build_cache import Rebuilt

# A word is told by its first R1 characters and the next word by its first R2: longer prefixes
# tell more patterns apart but make the tables larger and slower to build.
R1 = 4
R2 = 3
# Digits are one class for the patterns ("\d", "[12]\d", "2026"): both sides read them as "0".
DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_STATES = 100_000  # a pattern whose analysis grows past this many states is left unfiltered
# `word_pairs` follows every word of a match, not two: the long date patterns (a weekday, a day, a
# month, a year, each optional) grow too many states to read at load, and are left unknown
_PAIR_STATES = 3_000
_PAIR_WORK = 20_000  # states followed in all, past which `word_pairs` gives up
_ASKED = 65_536  # start-table answers kept: starters, and the numbers the scan also asks about


@dataclass(frozen=True, slots=True)
class Runs:
    """What a pattern's matches begin with, in words (runs of word characters, digits as "0")."""

    pairs: frozenset[tuple[str, str]]  # (first word's first R1 chars, second word's first R2 chars)
    single: frozenset[str]  # first R1 chars of the word of a match that has only one word


class _Unknown(Exception):
    """The pattern has a part this analysis does not follow (any letter, a back-reference...)."""


def first_two_runs(pattern: str | sre_parse.SubPattern) -> Runs | None:
    """The `Runs` of every match of `pattern`, or None when they cannot be told (then it is always tried).

    Lookarounds are read as matching always, so the answer may let through words the pattern
    rejects but never the reverse. A match with no word at all makes the answer None too.
    """
    parsed = sre_parse.parse(pattern) if isinstance(pattern, str) else pattern
    if parsed.state.flags & re.IGNORECASE:
        return None
    pairs: set[tuple[str, str]] = set()
    try:
        final = _sequence_with(list(parsed), {(0, "", "")}, pairs, _step)
    except _Unknown:
        return None
    single = set()
    for phase, r1, r2 in final:
        if phase == 0:
            return None
        if phase == 3:
            pairs.add((r1, r2))
        else:
            single.add(r1)
    return Runs(frozenset(pairs), frozenset(single))


# A state of the analysis: (phase, first word so far, second word so far). Phase 0: no word yet;
# 1: in the first word; 2: after it; 3: in the second word. A state that has read R2 characters of
# the second word, or the end of it, is finished: it goes to `pairs` and is followed no further.
_State = tuple[int, str, str]


def _sequence_with(items, states: set[_State], pairs: set, step: Callable) -> set[_State]:
    for op, av in items:
        if not states:
            break
        states = _node(op, av, states, pairs, step)
    return states


def _node(op, av, states: set[_State], pairs: set, step: Callable) -> set[_State]:
    """The states after one part of the pattern; `step` reads one character class."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return _sequence_with(av[3], states, pairs, step)
    if op is sre.ATOMIC_GROUP:
        return _sequence_with(av, states, pairs, step)
    if op is sre.BRANCH:
        out: set[_State] = set()
        for branch in av[1]:
            out |= _sequence_with(branch, states, pairs, step)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        for _ in range(low):
            states = _sequence_with(body, states, pairs, step)
        out = set(states)
        rounds = low
        # every state reached after one more round, until none is new (the states are finite: the
        # words are cut at R1 and R2 characters)
        while states and (high is sre.MAXREPEAT or rounds < high):
            states = _sequence_with(body, states, pairs, step) - out
            out |= states
            rounds += 1
            if rounds > 64:
                raise _Unknown
        return out
    letters, blank = _characters(op, av)
    return step(states, letters, blank, pairs)


def _characters(op, av) -> tuple[set[str], bool]:
    """The word characters one step may read (digits as "0"), and whether it may read another character."""
    if op is sre.LITERAL:
        return _one(chr(av))
    if op is sre.IN:
        letters: set[str] = set()
        blank = False
        for kind, value in av:
            if kind is sre.LITERAL:
                more, other = _one(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] <= 64:
                more, other = set(), False
                for c in range(value[0], value[1] + 1):
                    m, o = _one(chr(c))
                    more |= m
                    other = other or o
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                more, other = {"0"}, False
            elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
                more, other = set(), True
            else:
                raise _Unknown  # a negated set, a wide range, \w...: any letter
            letters |= more
            blank = blank or other
        return letters, blank
    raise _Unknown  # ".", [^x], \w, a back-reference...


def _one(c: str) -> tuple[set[str], bool]:
    if DIGIT.match(c):
        return {"0"}, False
    if c.isalnum() or c == "_":
        return {c}, False
    return set(), True


def _step(states: set[_State], letters: set[str], blank: bool, pairs: set) -> set[_State]:
    out: set[_State] = set()
    add = out.add
    for state in states:
        phase, r1, r2 = state
        if blank:
            if phase == 1:
                add((2, r1, ""))
            elif phase == 3:
                pairs.add((r1, r2))
            else:
                add(state)
        if not letters:
            continue
        if phase == 0:
            for c in letters:
                add((1, c, ""))
        elif phase == 1:
            if len(r1) >= R1:
                add(state)
            else:
                for c in letters:
                    add((1, r1 + c, ""))
        else:
            for c in letters:
                word = r2 + c
                if len(word) >= R2:
                    pairs.add((r1, word))
                else:
                    add((3, r1, word))
    if len(out) > _STATES:
        raise _Unknown
    return out


def start_table(runs: list[Runs | None], start_words: Iterable[str]) -> Rebuilt[str, tuple[int, dict[str, int]] | None]:
    """Starter word, spelled backwards -> (bits of the patterns that can match there whatever comes
    next, next word's first 1 to R2 characters -> bits of those that can match then), or None.

    Bit i is pattern i of the grammar; `runs` holds each pattern's `first_two_runs`. An entry for
    the next word holds the patterns of its shorter prefixes and of the first part, so the scan
    reads only the longest prefix there is. A starter with no pattern at all gets None; a
    pattern whose runs are not known is counted everywhere.

    An entry is built when first asked for: the Arabic table, with every clitic form of every
    starter, took a quarter of a second to build at load, and one article reads a few dozen.
    """
    unknown = 0
    single: dict[str, int] = {}
    pairs: dict[str, dict[str, int]] = {}
    for k, r in enumerate(runs):
        if r is None:
            unknown |= 1 << k
            continue
        for w in r.single:
            single[w] = single.get(w, 0) | 1 << k
        for w1, w2 in r.pairs:
            nxt = pairs.setdefault(w1, {})
            nxt[w2] = nxt.get(w2, 0) | 1 << k
    # a word that is never one word of the text has no entry
    words = frozenset(w[::-1] for w in start_words if w and _WORD.fullmatch(w))
    return Rebuilt(_lookup, unknown, single, pairs, words)


def _lookup(unknown: int, single: dict[str, int], pairs: dict[str, dict[str, int]],
            words: frozenset[str]) -> Callable[[str], tuple[int, dict[str, int]] | None]:
    # the clitic forms of a word, and words alike in their first letters, share one entry
    @cache
    def entry(w1: str) -> tuple[int, dict[str, int]] | None:
        return _entry(w1, unknown, single, pairs.get(w1, {}))

    # bounded: the scan also asks for numbers, which are no starters
    @lru_cache(maxsize=_ASKED)
    def lookup(backwards_word: str) -> tuple[int, dict[str, int]] | None:
        if backwards_word not in words:
            return None
        return entry(DIGIT.sub("0", backwards_word[::-1])[:R1])

    return lookup


def _entry(w1: str, unknown: int, single: dict[str, int], nexts: dict[str, int]) -> tuple[int, dict[str, int]] | None:
    base = unknown
    for j in range(1, len(w1) + 1):
        base |= single.get(w1[:j], 0)
    out: dict[str, int] = {}
    for w2, bits in nexts.items():
        for j in range(1, len(w2)):
            bits |= nexts.get(w2[:j], 0)
        out[w2] = bits | base
    if not base and not out:
        return None
    return base, out


def kind_matchers(patterns: tuple) -> tuple[int, Rebuilt[int, tuple]]:
    """(bits of a kind's patterns, those bits of an entry of the start table -> the kind's (match,
    pattern) pairs to try, in grammar order). Built per bits when first asked for, as the table's
    entries are."""
    mask = 0
    for p in patterns:
        mask |= 1 << p.index
    return mask, Rebuilt(_by_bits, patterns)


def _by_bits(patterns: tuple) -> Callable[[int], tuple]:
    made: dict[int, tuple] = {}  # the tuples of one kind shared by every word whose patterns are the same

    @cache  # the bits of a grammar's table entries are a few hundred at most
    def by_bits(bits: int) -> tuple:
        own = sum(1 << k for k, p in enumerate(patterns) if bits >> p.index & 1)  # in the kind's numbering
        if own not in made:
            made[own] = tuple((p.regex.match, p) for k, p in enumerate(patterns) if own >> k & 1)
        return made[own]

    return by_bits


def word_pairs(pattern: str | sre_parse.SubPattern) -> frozenset[tuple[str, str]] | None:
    """Every two words that follow each other in a match of `pattern`: (first R1 characters of the
    one, first R2 of the next), digits as "0"; None when they cannot be told.

    A match that holds a head word after another word holds that pair: where no pattern of the
    head's kind has the word before it paired with it, only a phrase that starts at the head can
    hold it.
    """
    parsed = sre_parse.parse(pattern) if isinstance(pattern, str) else pattern
    if parsed.state.flags & re.IGNORECASE:
        return None
    pairs: set[tuple[str, str]] = set()
    try:
        final = _sequence_with(list(parsed), {(0, "", "")}, pairs, _budgeted(_pair_step, _PAIR_WORK))
    except _Unknown:
        return None
    for phase, before, word in final:
        if phase == 1 and before and len(word) < R2:
            pairs.add((before, word))
    return frozenset(pairs)


def _budgeted(step: Callable, budget: int) -> Callable:
    """`step`, giving up once it has followed `budget` states in all."""
    left = [budget]

    def counted(states: set[_State], letters: set[str], blank: bool, pairs: set) -> set[_State]:
        left[0] -= len(states)
        if left[0] < 0:
            raise _Unknown
        return step(states, letters, blank, pairs)

    return counted


def _pair_step(states: set[_State], letters: set[str], blank: bool, pairs: set) -> set[_State]:
    """`_step` for `word_pairs`: a state is (phase, the word before, this word so far); phase 0 before
    any word, 1 in a word, 2 after one. Each word is kept to R1 characters, and a pair is noted
    when the second has R2 characters or ends."""
    out: set[_State] = set()
    add = out.add
    for state in states:
        phase, before, word = state
        if blank:
            if phase == 1:
                if before and len(word) < R2:
                    pairs.add((before, word))
                add((2, word, ""))
            else:
                add(state)
        if not letters:
            continue
        if phase == 0:
            for c in letters:
                add((1, "", c))
        elif phase == 2:
            for c in letters:
                add((1, before, c))
                if R2 == 1:
                    pairs.add((before, c))
        elif len(word) >= R1:
            add(state)
        else:
            for c in letters:
                longer = word + c
                if before and len(longer) == R2:
                    pairs.add((before, longer))
                add((1, before, longer))
    if len(out) > _PAIR_STATES:
        raise _Unknown
    return out


def head_skip(patterns: tuple | None, pairs_of: Callable[[int], frozenset[tuple[str, str]] | None],
              word: str) -> frozenset[str] | None:
    """The words (first R1 characters, digits as "0") that may stand just before head `word` in a
    phrase, when its patterns (`patterns`, those of its kind) cannot start with it and their pairs
    (`pairs_of(pattern index)`, `word_pairs`) are all known; else None. A phrase that holds such a
    head starts before it, so it holds the word before the head followed by the head: after any
    other word the head is in no phrase ("on" is a head for "later on", and after "later" in no other).
    """
    if patterns is None:
        return None
    known = [pairs_of(p.index) for p in patterns]
    if any(k is None for k in known):
        return None
    key = DIGIT.sub("0", word)
    return frozenset(a for k in known for a, b in k if key.startswith(b))  # type: ignore[union-attr]
