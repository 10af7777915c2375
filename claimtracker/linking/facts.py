"""What scoring reads of a claim, worked out once per claim profile rather than per comparison.

A batch scores each claim against dozens of mentions, and a profile changes only by being
replaced (`ClaimProfile.absorb`), so its spans, actor sets and folded quotes are computed the
first time a profile is scored and kept on it (see `ClaimProfile.facts`).

Dates are held as proleptic ordinals: day arithmetic on ints gives the same answers as on dates
with timedeltas, and is several times cheaper in the scoring loop.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.linking.model import ClaimProfile

Span = tuple[int, int]  # first and last day, as ordinals


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    return normalize_text(text)


def day(d: date | None) -> int | None:
    return None if d is None else d.toordinal()


def span(start: date | None, end: date | None) -> Span | None:
    """A window as a span of days; a missing end is the other end."""
    if start is None and end is None:
        return None
    first, last = start or end, end or start
    if first is None or last is None:  # not reached: one end is there
        return None
    return (first.toordinal(), last.toordinal())


def gap_days(a: Span, b: Span) -> int:
    """Days between two spans; 0 or less when they overlap."""
    return max(b[0] - a[1], a[0] - b[1])


class ClaimFacts(NamedTuple):
    spans: tuple[Span, ...]  # the windows its forecasts gave, else its latest window
    first_start: int | None  # earliest start of its spans
    last_end: int | None  # latest end of its spans
    seen: Span | None  # first to last seen
    last_seen: int | None
    first_seen: int | None
    core: frozenset[str]  # core actors, or every actor for a claim whose starter named none
    named: frozenset[str]  # every actor, core or not
    quotes: dict[str, tuple[str, ...]]  # language -> its distinct quotes, folded


def claim_facts(claim: ClaimProfile) -> ClaimFacts:
    # Distinct spans only: the scores take minima, maxima and any() over them. A claim's
    # forecasts mostly repeat one window, so the windows are made distinct first.
    spans = tuple(dict.fromkeys(s for a, b in dict.fromkeys(claim.windows) if (s := span(a, b)) is not None))
    if not spans:
        latest = span(claim.expected_from, claim.expected_to)
        spans = (latest,) if latest else ()
    quotes: dict[str, dict[str, None]] = {}
    for q in claim.quotes:
        quotes.setdefault(q.lang, {})[folded(q.text)] = None
    first, last = claim.first_seen_at, claim.last_seen_at
    return ClaimFacts(
        spans=spans,
        first_start=min([s[0] for s in spans]) if spans else None,
        last_end=max([s[1] for s in spans]) if spans else None,
        seen=span(first, last),
        last_seen=None if last is None else last.toordinal(),
        first_seen=None if first is None else first.toordinal(),
        core=claim.core_actor_ids or claim.actor_ids,
        named=claim.core_actor_ids | claim.actor_ids,
        quotes={lang: tuple(texts) for lang, texts in quotes.items()},
    )
