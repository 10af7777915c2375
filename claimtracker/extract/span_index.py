"""Which spans (the sentences of a text) hold which positions: the cheap filter, the claim loop and
the question scan each ask it, once per signal. Spans that come in text order without overlapping,
as `split_text` makes them, place a position with one bisect; others are read one by one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from operator import le


def sentences_ordered(starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether the spans [starts[i], ends[i]) come in text order without overlapping (as the
    sentences of `split_text` do): then a position lies in at most one, found by one bisect."""
    return all(map(le, ends[:-1], starts[1:]))


def held_positions(positions: Iterable[int], starts: Sequence[int], ends: Sequence[int], ordered: bool) -> set[int]:
    """The indices of the spans holding one of the positions (`filter.Holding` for plain offsets)."""
    if not ordered:
        found = sorted(positions)
        return {i for i, (s, e) in enumerate(zip(starts, ends, strict=True))
                if (k := bisect_left(found, s)) < len(found) and found[k] < e}
    held = set()
    for p in positions:
        i = bisect_right(starts, p) - 1
        if i >= 0 and p < ends[i]:
            held.add(i)
    return held


def inside_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-overlapping `spans`."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]
