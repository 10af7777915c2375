"""Whether a claim with no event word of its own is about the event an earlier claim named.

A claim without an event word takes an event type from an earlier claim (`drafts.inherit`). That
is right for two kinds of claim:

- the earlier event is a standing state of affairs the whole story is about (an election campaign,
  a war, a truce, a sanctions regime): "the ruling party is likely to keep its majority" is about
  the election, «قد لا تتجاوز المشاركة 40 في المئة» too;
- the claim refers back to a single gathering, trip or deal with words only such an event takes:
  it "takes place", "lasts two days", has a date, a venue, an agenda, participants, "both sides".

A single event (a meeting, a visit, a summit, a deal, a statement) does not carry over to a claim
that speaks of something else: after "the minister will travel to X", "the state will not raise
fees" or "exports may resume in January" are economic measures, `other` in the annotation
guideline. The word lists are lexicon data (`head` in `data/lexicons/events_*.json`:
`standing_types`, `refers_back`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtracker.text import normalize_text


@dataclass(frozen=True, slots=True)
class ReferRules:
    standing: frozenset[str] = frozenset()  # event types a story keeps talking about
    refers_back: re.Pattern | None = None  # words only an event named before takes

    @classmethod
    def from_spec(cls, spec: dict) -> ReferRules:
        terms = sorted((t for t in spec.get("refers_back", []) if t), key=len, reverse=True)
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(terms)})(?!\w)") if terms else None
        return cls(frozenset(spec.get("standing_types", [])), pattern)


def carried_type(claim_text: str, earlier_type: str, rules: ReferRules) -> str:
    """The event type of a claim with no event word, whose nearest related earlier claim is
    about `earlier_type`: that type when it carries over, else `other`."""
    if earlier_type == "other":
        return earlier_type
    if earlier_type in rules.standing:
        return earlier_type
    if rules.refers_back is not None and rules.refers_back.search(normalize_text(claim_text)):
        return earlier_type
    return "other"
