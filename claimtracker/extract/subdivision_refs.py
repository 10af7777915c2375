"""A state's, province's or region's own legislature, referred to by its kind alone: "the state
assembly", "the provincial assembly", "the regional legislative assembly". A story about
Balochistan says "the provincial assembly could vote on a new chief minister", and its reader (and
the golds) lists the Provincial Assembly of Balochistan.

The kind word (state, provincial, regional ...) is what tells such a body from the country's own
("parliament", "the assembly" are the state's and are left to the other rules). The region is the
one the text names most often among those `subdivisions.json` lists (`subdivisions.py`); a text
naming none, or two as often, refers to no known region and gets nothing here. "The state
government" read the same way was measured and dropped: the golds list the region's government
for 3 such texts and leave it out of 8 (a state government that acts is mostly named).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from claimtracker.extract.gazetteer_checks import ActorHit
from claimtracker.models import ActorRef

_UNITS = r"state|regional|provincial|territorial|prefectural|county|cantonal"
_REF = re.compile(
    rf"\b[Tt]he (?:{_UNITS}) (?:legislature|(?:legislative )?assembly|parliament)\b"
    r"(?! (?:[A-Z]|building|seat|election|polls?|constituency|speaker|member))")


class RegionRefs:
    """The kind-word references of a text, read against the regions' spellings."""

    def __init__(self, regions: Mapping[str, Mapping[str, str]]) -> None:
        # a region's spelling -> its bodies' gazetteer ids by kind ("government", "legislature")
        self._regions = dict(regions)
        self._pattern: re.Pattern[str] | None = None  # the spellings' pattern, once compiled

    def _names(self) -> re.Pattern[str] | None:
        # compiled on the first text with a reference: most texts (and every Arabic one) have none
        if self._pattern is None and self._regions:
            names = sorted(self._regions, key=len, reverse=True)
            self._pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        return self._pattern

    def refer(self, text: str, hits: list[ActorHit], actor_of: Callable[[str], ActorRef | None]) -> list[ActorHit]:
        """`hits` with one more hit for each kind-word reference to the text's region's legislature."""
        refs = list(_REF.finditer(text))
        names = self._names() if refs else None
        if names is None:
            return hits
        bodies = self._main_region(text, names)
        actor_id = bodies.get("legislature") if bodies is not None else None
        actor = actor_of(actor_id) if actor_id else None
        if actor is None:
            return hits
        taken = [(h.start, h.end) for h in hits]
        # the span read is the kind word and the body's noun, after "the "
        extra = [ActorHit(actor, m.start() + 4, m.end()) for m in refs
                 if not any(s < m.end() and m.start() < e for s, e in taken)]
        if not extra:
            return hits
        return sorted(hits + extra, key=lambda h: (h.start, h.end))

    def _main_region(self, text: str, names: re.Pattern[str]) -> Mapping[str, str] | None:
        """The bodies of the region the text names most often, if one is named more than any other."""
        counts: Counter[tuple[tuple[str, str], ...]] = Counter()
        for m in names.finditer(text):
            counts[tuple(sorted(self._regions[m.group()].items()))] += 1
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return dict(top[0][0])
