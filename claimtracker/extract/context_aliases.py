"""Aliases that need their country in the text: an everyday word ("Congress", "Labour", «البرلمان»),
a short acronym ("DPP", "PiS") or a name made only of words many states' bodies share ("Democratic
Progressive Party") stands for the gazetteer's body only when the text names that body's country;
otherwise it is the like body of the state the text is about ("Congress" in a story about Peru is
"Congress of Peru"), or nothing. `ActorChecks` (`gazetteer_checks.py`) takes these methods from
`ContextAliases`; `Gazetteer` holds the tables they read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimtracker.extract.country_lists import possessive_owner
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import sentence_bounds, surface_ar
from claimtracker.extract.shared_names import state_body
from claimtracker.models import ActorRef

if TYPE_CHECKING:
    from claimtracker.extract.countries import CountryFinder
    from claimtracker.extract.gazetteer_checks import ActorHit


@trait
class ContextAliases:
    """The context check on aliases; mixed into `ActorChecks`."""

    # set by `Gazetteer.__init__`
    countries: CountryFinder
    _context: dict[str, frozenset[str]]
    _generic_en: frozenset[str]
    _home_parties: dict[tuple[str, str], ActorRef]
    _legislatures: frozenset[str]

    def _needs_context(self, text: str, hit: ActorHit, lang: str, tokens, i: int, j: int) -> str | None:
        """Whether an alias may name a like body of another country, and how.

        "acronym" (DPP, PiS), "word" (Congress, Labour, «البرلمان»), "descriptive" (a name made only of
        words many countries' bodies share: Democratic Progressive Party), or None.
        """
        if hit.actor.country is None or hit.actor.kind != "org":
            return None
        surface = text[hit.start:hit.end]
        if lang == "ar":
            norm = " ".join(t.text for t in tokens[i:j])  # the tokens are normalised already
            return "word" if any(f in self._context["ar"] for f in surface_ar(norm)) else None
        if surface in self._context["en"]:
            return "word"
        if 2 <= len(surface) <= 5 and surface.isalpha() and sum(c.isupper() for c in surface) >= 2:
            return "acronym"
        words = surface.split()
        if len(words) > 1 and all(w in self._generic_en for w in words):
            return "descriptive"
        return None

    def _in_context(self, text: str, tokens, spans, country_hits, lang: str):
        """Acronym and everyday-word aliases stand for their actor only when its country is named.

        "the DPP" in a text about Malawi is not Taiwan's party; "Congress" in a text about Peru is
        not the US Congress. The country may come from a country name, capital or adjective, or from
        another actor found by a name that needs no such check. Otherwise a descriptive name is the
        like body of the country the text is about ("Democratic Progressive Party", MW), so is a
        legislature's one-word name ("Congress" -> "Congress of Peru"), and an acronym follows its
        full name there; anything else is dropped.
        """
        gated = [self._needs_context(text, h, lang, tokens, i, j) for h, i, j in spans]
        if not any(gated):
            return spans
        present = {h.code for h in country_hits}
        present.update(h.actor.country for (h, _, _), g in zip(spans, gated, strict=True) if not g and h.actor.country)
        main: str | None | bool = False
        moved: dict[str, ActorRef] = {}  # gazetteer id -> the like body of the text's country
        out = []
        for (hit, i, j), why in zip(spans, gated, strict=True):
            if why and lang == "en" and text[hit.start:hit.end] in self._legislatures \
                    and hit.actor.country in present:
                # a legislature's one word ("Congress") is the gazetteer's body of a country the text
                # names only elsewhere (a "U.S. Chamber of Commerce" aside in a Mexican story) when that
                # country is named in its sentence or is what the text is about
                if main is False:
                    main = text_country(country_hits)
                if hit.actor.country != main and (
                        not _named_in_sentence(text, hit.start, hit.actor.country, country_hits)
                        # "Honduras' National Congress will vote on the treaty with the United
                        # States, Congress President X said": the sentence is about the state it
                        # names first, the text's own
                        or _first_in_sentence(text, hit.start, country_hits) == main) \
                        and not _body_in_sentence(text, hit.start, hit.actor.country, spans, gated):
                    why = "foreign"
            if not why or (hit.actor.country in present and why != "foreign") \
                    or (why == "acronym" and _listed_with_known_org(text, hit, spans, gated)):
                out.append((hit, i, j))
                continue
            if why == "foreign":
                why = "word"
            if main is False:
                main = text_country(country_hits)
            # "Brazil's Congress": the country that owns it, whatever the text is mostly about
            owner = _possessive_owner(text, hit.start, country_hits) if lang == "en" else None
            ref = moved.get(hit.actor.actor_id) if owner is None else None
            home = owner or main
            if ref is None and home and why in ("descriptive", "word"):
                surface = text[hit.start:hit.end]
                if why == "descriptive":
                    # the words as written: the gazetteer's name may carry its own state ("State
                    # Border Guard Service of Ukraine" for Lithuania's service of that name)
                    name = surface
                elif lang == "en" and surface in self._legislatures:
                    name = f"{surface} of {self.countries.of_name(home)}"  # type: ignore[arg-type]
                else:
                    name = None
                if name:
                    ref = state_body(name, home, None)  # type: ignore[arg-type]
                    if owner is None:
                        moved[hit.actor.actor_id] = ref
                elif lang == "en":
                    ref = self._home_parties.get((surface, home))  # type: ignore[arg-type]
            if ref is not None:
                out.append((hit._replace(actor=ref), i, j))
        return out


def home_parties(actors: Iterable[ActorRef], words: dict[str, list[str]],
                 heads: frozenset[str]) -> dict[tuple[str, str], ActorRef]:
    """(party word, country) -> the one party of that country whose English name holds one of the
    word's forms ("Labour", "NZ" -> New Zealand Labour Party); a word two parties of a country share
    is left out."""
    found: dict[tuple[str, str], list[ActorRef]] = {}
    for ref in actors:
        name = ref.name.split()
        if ref.kind != "org" or not ref.country or len(name) < 2 or name[-1] not in heads:
            continue
        for word, forms in words.items():
            if any(f in name for f in forms):
                found.setdefault((word, ref.country), []).append(ref)
    return {key: refs[0] for key, refs in found.items() if len(refs) == 1}


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def _listed_with_known_org(text: str, hit, spans, gated) -> bool:
    """Whether an acronym is listed next to an organisation found by a name that needs no country
    ("Westinghouse and EDF", "led by EDF, TotalEnergies and Sinohydro"): firms named together are
    firms, whatever country the text is about."""
    for (other, _, _), g in zip(spans, gated, strict=True):
        if g or other.actor.kind != "org" or other is hit:
            continue
        if other.end <= hit.start and _LIST_GAP.fullmatch(text, other.end, hit.start):
            return True
        if hit.end <= other.start and _LIST_GAP.fullmatch(text, hit.end, other.start):
            return True
    return False


def text_country(country_hits, known: Iterable[str | None] = ()) -> str | None:
    """The country a text names most often outside passing lists, its actors' countries counted in
    (the first named on a tie)."""
    counts: dict[str, int] = {}
    for h in country_hits:
        if not h.listed:
            counts[h.code] = counts.get(h.code, 0) + 1
    for code in known:
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _named_in_sentence(text: str, pos: int, code: str | None, country_hits) -> bool:
    """Whether the country `code` is named in the sentence around `pos` (its line, between full stops)."""
    lo, hi = sentence_bounds(text, pos)
    return any(h.code == code and lo < h.start < hi for h in country_hits)


def _first_in_sentence(text: str, pos: int, country_hits) -> str | None:
    """The country named first in the sentence around `pos`."""
    lo, hi = sentence_bounds(text, pos)
    first = min((h for h in country_hits if lo < h.start < hi), key=lambda h: h.start, default=None)
    return first.code if first is not None else None


def _body_in_sentence(text: str, pos: int, code: str | None, spans, gated) -> bool:
    """Whether an actor of the country `code`, found by a name that needs no context, stands in the
    sentence around `pos`: "the State Department will notify Congress" in a story about China is
    the US Congress."""
    lo, hi = sentence_bounds(text, pos)
    return any(not g and h.actor.country == code and lo < h.end and h.start < hi and h.start != pos
               for (h, _, _), g in zip(spans, gated, strict=True))


def _possessive_owner(text: str, start: int, country_hits) -> str | None:
    """The country named with a possessive right before `start` ("Brazil's Congress"), or None."""
    hit = possessive_owner(text, start, country_hits)
    return hit.code if hit is not None else None
