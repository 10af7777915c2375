"""Which countries a claim names as a party to it ("Turkey is preparing an operation",
«إعلان موسكو»), not as a place ("in Syria", «إلى موسكو») or as the country of another actor
("Turkey's central bank"): those become the claim's actors (`drafts.draft`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimtracker.extract.document import CountrySpan, Doc, within
from claimtracker.models import ActorRef, Mention

__all__ = ["recurring_states", "states_acting"]

# «يزور», «سيزور», «زارت»: an Arabic visit verb, whose object is the place visited
_VISIT_AR = r"[وف]?[يتس]?[يت]زور|[وف]?زار|[وف]?زارت"
_LOCATIVE = re.compile(
    r"(?:\b(?:in|to|at|from|into|across|inside|near|of|for|visit|visiting|visited|toward|towards)|"
    rf"(?<!\w)(?:في|إلى|الى|إلي|من|عن|داخل|نحو|لدى|زيارة|زيارته|{_VISIT_AR}))\s*$",
    re.IGNORECASE,
)
# "Pakistan Prime Minister Imran Khan", "Turkey's central bank": the country names whose actor it is.
_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w.-]*){0,3}\s*|['’]s\s+(?:[a-z]+\s+){0,2}")
_GAP_WORD = re.compile(r"[^\W\d_][\w.-]*")
# «يزور وزير الخارجية التركي هاكان فيدان بغداد»: the place a visit verb takes after its subject
_VISITED_AR = re.compile(rf"(?<!\w)(?:{_VISIT_AR})(?:[^\S\n]+[^\s،,.:;؛!?؟«»\"()]+){{1,7}}[^\S\n]+$")
# what joins a name to the one before it in a list ("Qatar and the UAE", «وقطر»: the و is in the span)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|،\s*)?(?:the\s+)?", re.IGNORECASE)
# "Kathmandu, June 14:", «القاهرة - »: the dateline names where the story was filed.
_DATELINE = re.compile(r"\s*(?:,|:|\(|[-–—]\s)")


def _modifies_actor(doc: Doc, c: CountrySpan, titles: frozenset[str]) -> bool:
    for a in within(doc.actors, c.end, c.end + 40):
        if a.actor.kind == "country":
            continue
        gap = doc.text[c.end : a.start]
        if not _MODIFIER_GAP.fullmatch(gap):
            continue
        # the words between end on a title ("Prime Minister"), or there are none ("Turkey's")
        words = _GAP_WORD.findall(gap)
        if not words or words[-1] in titles or words[-1].capitalize() in titles:
            return True
    return any(a.start <= c.start and c.end <= a.end and a.actor.kind != "country" for a in doc.actors)


def _at_line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def states_acting(doc: Doc, countries: Sequence[CountrySpan], gazetteer) -> list[ActorRef]:
    """Countries named (or by their capital) as a party in the claim, not as a place.

    "Turkey is preparing an operation" and «إعلان موسكو» make the state an actor; "in Syria",
    «إلى موسكو» and «بموسكو» are where things happen.
    """
    out = []
    place_end = -1  # the end of the last name read as a place
    for c in countries:
        if c.via not in ("name", "capital"):
            continue
        word = doc.text[c.start : c.end]
        # a name joined to a place in a list shares its preposition: «إلى السعودية وقطر والإمارات»,
        # "to Saudi Arabia, Qatar and the UAE" are all where the trip goes
        if place_end >= 0 and _JOINED.fullmatch(doc.text, place_end, c.start) \
                and (doc.lang == "en" or word[:1] == "و" or doc.text[place_end:c.start].strip() == "،"):
            place_end = c.end
            continue
        if doc.lang == "ar" and word[:1] in "بل" and word[1:2] != "ل":
            place_end = c.end
            continue
        if _LOCATIVE.search(doc.text[max(0, c.start - 14) : c.start]) \
                or (doc.lang == "ar" and _VISITED_AR.search(doc.text[max(0, c.start - 90) : c.start])):
            place_end = c.end
            continue
        if c.via == "capital" and _at_line_start(doc.text, c.start) and _DATELINE.match(doc.text, c.end):
            continue
        if doc.lang == "en" and _modifies_actor(doc, c, gazetteer.titles.head_words("en")):
            continue
        ref = gazetteer.acting_actor(doc.text, c.code, c.start, c.end, c.via)
        if ref is not None:
            out.append(ref)
    return out


def recurring_states(mentions: Sequence[Mention]) -> list[ActorRef]:
    """The states acting in two or more of the text's claims, in order of first claim.

    The article's actors are the names read in its sentences, and a state a claim names as a party
    (`states_acting`) is not among them unless read so on its own. A state party to one claim is as
    often a passing counterpart as one the story is about (every claim state added: actor F1 down
    in both languages); one party to two is mostly one the golds list (docs/extraction.md, session 75).
    """
    counts = Counter(a.actor_id for m in mentions for a in m.actors if a.kind == "country")
    out: dict[str, ActorRef] = {}
    for m in mentions:
        for a in m.actors:
            if a.kind == "country" and counts[a.actor_id] > 1:
                out.setdefault(a.actor_id, a)
    return list(out.values())
