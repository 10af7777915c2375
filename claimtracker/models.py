"""Plain data passed between the stages: read -> extract -> link -> store.

Extraction returns these; the store writes them; nothing here touches a database or a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("prediction", "speculation", "assertion")
FORWARD_KINDS = ("prediction", "speculation")
ATTRIBUTION_KINDS = ("named", "anonymous", "observers", "outlet", "official_statement")
EVENT_TYPES = (
    "meeting", "summit", "visit", "agreement", "election", "ceasefire", "sanction",
    "military", "resignation", "appointment", "statement", "other",
)
# A claim's status is the status of its latest status event. `overdue` is not a status: it is
# derived (an open claim whose window has passed) and shown in the review queue.
STATUSES = ("open", "confirmed", "partly_confirmed", "refuted", "expired", "withdrawn")
RESOLVED_STATUSES = ("confirmed", "partly_confirmed", "refuted")


def certainty_label(value: float) -> str:
    """The scorer's buckets: low < 0.4 <= medium < 0.7 <= high."""
    if value < 0.4:
        return "low"
    if value < 0.7:
        return "medium"
    return "high"


@dataclass(frozen=True, slots=True)
class Window:
    """When a claim expects its event: inclusive dates; either end may be open."""

    start: date | None
    end: date | None
    text: str | None = None

    def to_json(self) -> dict:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A person, organisation or country-level actor, as the gazetteer or a title pattern knows it."""

    actor_id: str  # stable slug, e.g. "vladimir-putin"
    name: str  # canonical English name
    kind: str  # person | org | country
    country: str | None = None  # ISO 3166-1 alpha-2 of the state it represents
    name_ar: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "name_ar": self.name_ar, "kind": self.kind, "country": self.country}


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # one of ATTRIBUTION_KINDS
    text: str | None = None

    def to_json(self) -> dict:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in one text that states a claim."""

    quote: str  # verbatim slice of the original text: text[start:end]
    start: int
    end: int
    kind: str  # one of KINDS
    certainty: float  # 0..1
    event_type: str  # one of EVENT_TYPES
    actors: tuple[ActorRef, ...] = ()
    countries: tuple[str, ...] = ()
    expected: Window | None = None
    attribution: Attribution | None = None
    negated: bool = False

    @property
    def certainty_label(self) -> str:
        return certainty_label(self.certainty)

    @property
    def is_forward(self) -> bool:
        return self.kind in FORWARD_KINDS

    def to_json(self) -> dict:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "event_type": self.event_type,
            "actors": [a.to_json() for a in self.actors],
            "countries": list(self.countries),
            "expected": self.expected.to_json() if self.expected else None,
            "certainty": round(self.certainty, 3),
            "certainty_label": self.certainty_label,
            "negated": self.negated,
            "attributed_to": self.attribution.to_json() if self.attribution else None,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one text (the JSON contract of ../shared/eval/score.py)."""

    language: str
    actors: tuple[ActorRef, ...] = ()
    countries: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict:
        return {
            "language": self.language,
            "actors": [a.to_json() for a in self.actors],
            "countries": list(self.countries),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(slots=True)
class ArticleInput:
    """An article as read from a source, before extraction."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None
    source: str | None = None  # file path, URL or "pasted"
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class ReadFailure:
    """A source that could not be read, with the reason a person can act on."""

    source: str
    reason: str
