"""Event type from the event lexicons (`data/lexicons/events_*.json`).

Each type has a priority: a specific event word (ceasefire, election, sanction) outweighs a
generic one (visit, meeting, summit), which outweighs a mere announcement or "relations". Among equals the earliest
word wins, because the head of a news clause comes first ("a meeting on the sidelines of the
summit" is a meeting).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtracker.extract.cues import compile_groups, group_labels
from claimtracker.extract.event_refer import ReferRules
from claimtracker.extract.head_rules import HeadRules
from claimtracker.models import EVENT_TYPES


@dataclass(frozen=True, slots=True)
class EventHit:
    event_type: str
    priority: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventLexicon:
    lang: str
    pattern: re.Pattern | None
    groups: tuple[tuple[str, int], ...]  # (event type, priority) of each group g<i>
    labels: tuple = ()  # (event type, priority) by group number: `labels[match.lastindex]`
    head: HeadRules = HeadRules()  # which event word of a claim is its own (event_head.py)
    refer: ReferRules = ReferRules()  # which earlier event a claim with none refers to (event_refer.py)

    @classmethod
    def load(cls, path: Path, lang: str) -> EventLexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        lists: list[tuple[tuple[str, int], list[str]]] = []
        for name, spec in raw.get("types", {}).items():
            if name not in EVENT_TYPES:
                raise ValueError(f"{path.name}: unknown event type {name!r}")
            terms = [f for t in spec.get("terms", []) for f in _forms(t, lang)]
            lists.append(((name, int(spec.get("priority", 2))), terms))
            if spec.get("weak_terms"):
                lists.append(((name, 1), [f for t in spec["weak_terms"] for f in _forms(t, lang)]))
            if spec.get("strong_terms"):
                lists.append(((name, 4), [f for t in spec["strong_terms"] for f in _forms(t, lang)]))
        lists.sort(key=lambda item: -item[0][1])
        pattern = compile_groups([(f"{n}:{p}", terms) for (n, p), terms in lists], lang, article=True)
        groups = tuple(key for key, _ in lists)
        head = raw.get("head", {})
        return cls(lang, pattern, groups, group_labels(pattern, groups), HeadRules.from_spec(head),
                   ReferRules.from_spec(head))

    def find(self, ntext: str, pos: int = 0, endpos: int | None = None) -> list[EventHit]:
        if self.pattern is None:
            return []
        end = len(ntext) if endpos is None else endpos
        hits = []
        for m in self.pattern.finditer(ntext, pos, end):
            name, prio = self.groups[int(m.lastgroup[1:])]  # type: ignore[index]
            hits.append(EventHit(name, prio, m.start(), m.end()))
        return hits


_PLAIN_AR = re.compile(r"[\u0621-\u064A]+")
# attached pronouns after a feminine noun, whose ة is then written ت: «وساطتها», «زيارتهم»
_AR_PRONOUNS = "(?:ه|ها|هم|هما|نا|ي)"


def _forms(term: str, lang: str) -> list[str]:
    """The term and the inflected forms the shared word edges do not cover, in Arabic.

    The common endings (`_AR_ENDING`) follow the last word only, so two forms are added here:
    a feminine noun with an attached pronoun («وساطه» -> «وساطتها»), and the accusative alif of
    the first word of a phrase («تحوير وزاري» -> «تحويرا وزاريا»).
    """
    if lang != "ar":
        return [term]
    first, sep, rest = term.partition(" ")
    if not _PLAIN_AR.fullmatch(first):
        return [term]
    out = [term]
    if not sep and term.endswith("ه") and len(term) > 3:
        out.append(f"{term[:-1]}ت{_AR_PRONOUNS}")
    if sep and not first.startswith("ال") and first[-1] not in "اهي":
        out.append(f"{first}ا {rest}")
    return out


def choose_event(hits: Sequence[EventHit]) -> str | None:
    """The event type of a span from its event words, or None when it has none."""
    if not hits:
        return None
    top = max(h.priority for h in hits)
    return min((h for h in hits if h.priority == top), key=lambda h: h.start).event_type
