"""A party's branch named in full, then by the party's bare name: "Scottish Labour leader Anas
Sarwar said … a Labour government would review the sale". In a text that names the branch, the
bare one-word name ("Labour", "Conservatives", "Greens") is the branch, not the national party the
gazetteer gives the word to: the golds list only the branch, and the national party had been a
wrong actor in every such text of the eval sets (docs/extraction.md, "Session 72").
"""

from __future__ import annotations

from claimtracker.extract.gazetteer_checks import ActorHit
from claimtracker.models import ActorRef

Span = tuple[ActorHit, int, int]  # the hit, its first and past-last token index


def branch_short_forms(text: str, spans: list[Span], chambers: frozenset[str]) -> list[Span]:
    """`spans` with each one-word organisation's name that ends a two-word organisation's name of
    the same country found in the text ("Labour" and "Scottish Labour") read as that longer one; a
    word two such names end on (Scottish and Welsh Labour in one text) is left as it was, and so is
    a legislature's word (`chambers`: "Belize's Senate … Senate President" is one chamber)."""
    longer: dict[tuple[str, str | None], set[str]] = {}
    by_id: dict[str, ActorRef] = {}
    for hit, i, j in spans:
        last = text[hit.start:hit.end].rsplit(None, 1)[-1]
        if hit.actor.kind == "org" and j - i == 2 and last not in chambers:
            longer.setdefault((last, hit.actor.country), set()).add(hit.actor.actor_id)
            by_id[hit.actor.actor_id] = hit.actor
    if not longer:
        return spans
    out: list[Span] = []
    for hit, i, j in spans:
        if hit.actor.kind == "org" and j - i == 1:
            ids = longer.get((text[hit.start:hit.end], hit.actor.country), set())
            if len(ids) == 1 and hit.actor.actor_id not in ids:
                hit = ActorHit(by_id[next(iter(ids))], hit.start, hit.end)
        out.append((hit, i, j))
    return out
