"""What every match of a regex begins with: its first few characters, read from the parsed regex.

`time_compile` uses it to try, at each position, only the time patterns whose matches can begin
with the characters there (`KindPatterns`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parsed form of a regex, read once at load
from re import _parser as sre_parse  # type: ignore[attr-defined]

START = 3  # characters of a match's beginning that are told apart


def match_starts(pattern: str | sre_parse.SubPattern) -> frozenset[str] | None:
    """Strings of at most START characters, one of which begins every match of `pattern`; None when a
    match may begin with anything.

    Read from the parsed regex: literals and small character sets are followed, anything wider
    ends the string there, and lookarounds are skipped, so the answer may let through starts the
    pattern rejects but never the reverse.
    """
    parsed = sre_parse.parse(pattern) if isinstance(pattern, str) else pattern
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = {text for text, _ in _sequence(parsed)}
    return None if "" in found else frozenset(found)


_Starts = set[tuple[str, bool]]  # (text, whether what follows may add to it)
# A step with more choices than this ("\d") only begins a start: after other characters it ends
# the start there, so that "\d\d" does not make 660 * 660 starts.
_WIDE = 64


@lru_cache(maxsize=1)
def decimal_digits() -> tuple[str, ...]:
    """The characters `\\d` matches in a str pattern: those with str.isdecimal().

    Unicode encodes decimal digits only in runs of ten, 0 to 9, so every run holds a code point
    that is a multiple of ten: testing those, then their neighbours, finds them all in a few ms.
    """
    found: set[int] = set()
    for base in range(0, 0x110000, 10):
        if chr(base).isdecimal():
            found.update(c for c in range(max(0, base - 9), min(0x110000, base + 10)) if chr(c).isdecimal())
    return tuple(chr(c) for c in sorted(found))


def _sequence(items) -> _Starts:
    out: _Starts = {("", True)}
    for op, av in items:
        step = _item(op, av)
        wide = len(step) > _WIDE
        grown: _Starts = set()
        for text, growing in out:
            if not growing or (wide and text):
                grown.add((text, False))
                continue
            for more, more_growing in step:
                joined = text + more
                grown.add((joined[:START], False) if len(joined) >= START else (joined, more_growing))
        out = grown
        if not any(growing for _, growing in out):
            break
    return out


def _item(op, av) -> _Starts:
    if op is sre.LITERAL:
        return {(chr(av), True)}
    if op is sre.IN:
        chars: list[str] = []
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.append(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 16:
                chars.extend(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                # "\d": the numbers of "in 3 days", "5 years ago" start so; told apart from a word
                # start, these patterns are no longer tried before every unit word
                chars.extend(decimal_digits())
            else:
                return {("", False)}  # a category or a negated set: any character
        return {(c, True) for c in chars}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", True)}  # consumes nothing; its condition is not used
    if op is sre.SUBPATTERN:
        return {("", False)} if av[1] & re.IGNORECASE else _sequence(av[3])
    if op is sre.BRANCH:
        return {s for branch in av[1] for s in _sequence(branch)}
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence(body) if high else set()
        # After one round another may follow, so what comes after is unknown.
        out = once if high == 1 else {(text, False) for text, _ in once}
        return out | {("", True)} if low == 0 else out
    return {("", False)}
