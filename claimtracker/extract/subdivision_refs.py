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

A state's chambers are read the same way ("the state Senate", "the state House of Delegates"), and
so is a bare "the Senate" or "the House" in a story that names one American state twice or more and
no other country acting: there the chamber is the state's, not the United States Congress's. A bare
"the General Assembly" there is the state's legislature when that is its name (Tennessee's), not the
United Nations'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from claimtracker.extract.gazetteer_checks import ActorHit
from claimtracker.models import ActorRef

_UNITS = r"state|regional|provincial|territorial|prefectural|county|cantonal"
_NOT_BODY = r"(?! (?:[A-Z]|building|seat|election|polls?|constituency|speaker|member))"
# each kind of reference, by the body it names (the group's name), in one pass; "the Legislature" with
# its capital is how the American press names a state's own (a country's is "parliament", "Congress");
# a chamber after "state" is the state's ("the state Senate", "the state House of Delegates")
_REFS = re.compile(
    rf"\b[Tt]he (?:(?P<legislature>(?:{_UNITS}) (?:legislature|(?:legislative )?assembly|parliament)|Legislature)"
    r"|state (?:(?P<upper>[Ss]enate)|(?P<lower>[Hh]ouse(?: of (?:Representatives|Delegates))?)))\b" + _NOT_BODY)
# a bare chamber ("the Senate", "the House and Senate") in a story about one state, named twice or
# more, with no other country acting in it: the state's chamber rather than the country's; the words
# before it are tested apart, which is cheaper than a pattern that looks behind at every offset
_BARE = re.compile(rf"(Senate|House|General Assembly)\b(?! of){_NOT_BODY}")
_BARE_AFTER = re.compile(r"\b(?:[Tt]he|House and|Senate and) $")
# "the General Assembly" is a state's whole legislature where that is its name (Tennessee's, not
# Kansas's), and the United Nations' elsewhere
_BARE_BODIES = {"Senate": "upper", "House": "lower", "General Assembly": "legislature"}
_BARE_MIN = 2


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
        """`hits` with one more hit for each kind-word reference to a body of the text's region."""
        # the span read is the kind word and the body's noun, after "the "
        refs = [(m.start() + 4, m.end(), m.lastgroup or "legislature") for m in _REFS.finditer(text)]
        bare = [(m.start(1), m.end(1), _BARE_BODIES[m.group(1)]) for m in _BARE.finditer(text)
                if _BARE_AFTER.search(text, max(0, m.start() - 12), m.start())]
        names = self._names() if refs or bare else None
        if names is None:
            return hits
        main = self._main_region(text, names)
        if main is None:
            return hits
        bodies, times = main
        if bare and times >= _BARE_MIN:
            chambers = [actor_of(bodies[body]) for body in ("upper", "lower") if body in bodies]
            state = {actor.country for actor in chambers if actor is not None}
            if len(state) == 1 and not any(h.actor.kind == "country" and h.actor.country not in state for h in hits):
                named = actor_of(bodies["legislature"]) if "legislature" in bodies else None
                bare = [ref for ref in bare if ref[2] != "legislature"
                        or (named is not None and named.name.endswith(text[ref[0]:ref[1]]))]
                # the country's own chamber, or the United Nations' assembly (of no country), read
                # there gives way; another state's ("Nigeria's Senate ... The Senate") stays
                spans = {(a, b) for a, b, _ in bare}
                hits = [h for h in hits if not ((h.start, h.end) in spans and h.actor.country in (*state, None))]
                refs += bare
        taken = [(h.start, h.end) for h in hits]
        extra = []
        for start, end, body in refs:
            actor = actor_of(bodies[body]) if body in bodies else None
            if actor is not None and not any(s < end and start < e for s, e in taken):
                extra.append(ActorHit(actor, start, end))
        if not extra:
            return hits
        return sorted(hits + extra, key=lambda h: (h.start, h.end))

    def _main_region(self, text: str, names: re.Pattern[str]) -> tuple[Mapping[str, str], int] | None:
        """The bodies of the region the text names most often, if one is named more than any other,
        and how often it is named."""
        counts: Counter[tuple[tuple[str, str], ...]] = Counter()
        for m in names.finditer(text):
            counts[tuple(sorted(self._regions[m.group()].items()))] += 1
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return dict(top[0][0]), top[0][1]
