"""The cheap filter: which sentences have any cue, time, question or past-event word at all.

Every lexicon runs once over the whole normalised text; this module then answers, per sentence,
whether anything was found inside it, by bisecting sorted hit positions. Sentences without a
signal never reach the attribution, event and actor stages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimtracker.text import Normalized


@dataclass(frozen=True, slots=True)
class Positions:
    """Sorted start offsets of hits, for fast "is there any hit in [start, end)" questions."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, starts: Iterable[int]) -> Positions:
        return cls(tuple(sorted(starts)))

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


def any_match(pattern: re.Pattern | None, ntext: str) -> bool:
    return bool(pattern and pattern.search(ntext))


def to_original(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Normalised span -> original span (the inverse direction is `to_normalized`)."""
    return norm.span(start, end)


def to_normalized(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Original span -> the normalised span of the characters it keeps."""
    n = len(norm.offsets)
    if n == norm.original_length:
        # nothing was dropped: the offsets are 0, 1, 2, ..., where a bisect finds the offset
        # itself, clamped to the text
        return (0 if start < 0 else start if start < n else n), (0 if end < 0 else end if end < n else n)
    return bisect_left(norm.offsets, start), bisect_left(norm.offsets, end)


def select(spans: Sequence[tuple[int, int]], signals: Sequence[Positions]) -> list[int]:
    """Indices of the spans that hold at least one hit of any signal."""
    return [i for i, (s, e) in enumerate(spans) if any(p.any_in(s, e) for p in signals)]


def holding(spans: Sequence, positions: Iterable[int]) -> set[int]:
    """Indices of the spans (with .start and .end, e.g. sentences) holding one of the positions:
    `Positions.any_in` for every span at once, one bisect per position instead of per span."""
    return Holding(spans)(positions)


class Holding:
    """`holding` over the same spans for several lists of positions: the spans are read once."""

    __slots__ = ("spans", "starts", "ordered")

    def __init__(self, spans: Sequence):
        self.spans = spans
        self.starts = [s.start for s in spans]
        ends = [s.end for s in spans]
        # overlapping or unsorted spans are looked up one by one
        self.ordered = all(e <= s for e, s in zip(ends[:-1], self.starts[1:], strict=True))

    def __call__(self, positions: Iterable[int]) -> set[int]:
        spans, starts = self.spans, self.starts
        if not self.ordered:
            found = Positions.of(positions)
            return {i for i, s in enumerate(spans) if found.any_in(s.start, s.end)}
        out = set()
        for p in positions:
            i = bisect_right(starts, p) - 1
            if i >= 0 and p < spans[i].end:
                out.add(i)
        return out
