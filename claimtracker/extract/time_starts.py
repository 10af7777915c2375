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
from re import _constants as sre
from re import _parser as sre_parse

# A word is told by its first R1 characters and the next word by its first R2: longer prefixes
# tell more patterns apart but make the tables larger and slower to build.
R1 = 4
R2 = 3
# Digits are one class for the patterns ("\d", "[12]\d", "2026"): both sides read them as "0".
DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_STATES = 100_000  # a pattern whose analysis grows past this many states is left unfiltered


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
        final = _sequence(list(parsed), {(0, "", "")}, pairs)
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


def _sequence(items, states: set[_State], pairs: set) -> set[_State]:
    for op, av in items:
        if not states:
            break
        states = _node(op, av, states, pairs)
    return states


def _node(op, av, states: set[_State], pairs: set) -> set[_State]:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return _sequence(av[3], states, pairs)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, states, pairs)
    if op is sre.BRANCH:
        out: set[_State] = set()
        for branch in av[1]:
            out |= _sequence(branch, states, pairs)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        for _ in range(low):
            states = _sequence(body, states, pairs)
        out = set(states)
        rounds = low
        # every state reached after one more round, until none is new (the states are finite: the
        # words are cut at R1 and R2 characters)
        while states and (high is sre.MAXREPEAT or rounds < high):
            states = _sequence(body, states, pairs) - out
            out |= states
            rounds += 1
            if rounds > 64:
                raise _Unknown
        return out
    letters, blank = _characters(op, av)
    return _step(states, letters, blank, pairs)


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


def start_table(runs: list[Runs | None], start_words: Iterable[str]) -> dict[str, tuple[int, dict[str, int]]]:
    """Starter word, spelled backwards -> (bits of the patterns that can match there whatever comes
    next, next word's first 1 to R2 characters -> bits of those that can match then).

    Bit i is pattern i of the grammar; `runs` holds each pattern's `first_two_runs`. An entry for
    the next word holds the patterns of its shorter prefixes and of the first part, so the scan
    reads only the longest prefix there is. A starter with no pattern at all is left out; a
    pattern whose runs are not known is counted everywhere.
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
    table: dict[str, tuple[int, dict[str, int]]] = {}
    entries: dict[str, tuple[int, dict[str, int]] | None] = {}
    for word in start_words:
        if not word or not _WORD.fullmatch(word):
            continue  # never one word of the text
        w1 = DIGIT.sub("0", word)[:R1]
        if w1 not in entries:  # the clitic forms of a word, and words alike in their first letters, share one
            entries[w1] = _entry(w1, unknown, single, pairs.get(w1, {}))
        if entries[w1] is not None:
            table[word[::-1]] = entries[w1]
    return table


def _entry(w1: str, unknown: int, single: dict[str, int], nexts: dict[str, int]) -> tuple[int, dict[str, int]] | None:
    base = unknown
    for j in range(1, len(w1) + 1):
        base |= single.get(w1[:j], 0)
    out: dict[str, int] = {}
    for w2, bits in nexts.items():
        for j in range(1, len(w2)):
            bits |= nexts.get(w2[:j], 0)
        out[w2] = base | bits
    return (base, out) if base or out else None


def table_bits(table: dict[str, tuple[int, dict[str, int]]]) -> frozenset[int]:
    """Every bits value the scan may read from `table`."""
    entries = {id(e): e for e in table.values()}.values()  # words of one entry share it
    return frozenset(bits for base, nexts in entries for bits in (base, *nexts.values()))


def kind_matchers(values: frozenset[int], patterns: tuple,
                  matchers: Callable[[int], tuple]) -> tuple[int, dict[int, tuple]]:
    """(bits of a kind's patterns, those bits of any of `values` (`table_bits`) -> the kind's (match,
    pattern) pairs to try, in grammar order); `matchers` takes bits in the kind's own numbering."""
    mask = 0
    for p in patterns:
        mask |= 1 << p.index
    return mask, {bits: matchers(sum(1 << k for k, p in enumerate(patterns) if bits >> p.index & 1))
                  for bits in {v & mask for v in values}}
