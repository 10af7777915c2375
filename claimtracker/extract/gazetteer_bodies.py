"""Organisations the gazetteer does not list, added to the actors `Gazetteer` found.

State institutions built from their parts (`institutions.py`), bodies the text defines with an
acronym (`acronym_orgs.py`), and, in Arabic news, a ministry named by its state standing for that
state. `Gazetteer` (`gazetteer.py`) takes these methods from `BodyFinders` and holds the data they
read; the checks they share with the name scan come from `ActorChecks` (`gazetteer_checks.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtracker.extract.acronym_orgs import acronym_spans, acting_acronyms, defined_after, find_acronym_orgs
from claimtracker.extract.committees_en import committee_name, find_committees
from claimtracker.extract.context_aliases import text_country
from claimtracker.extract.councils_en import find_councils
from claimtracker.extract.countries import CountryHit
from claimtracker.extract.described_orgs import find_described_orgs
from claimtracker.extract.gazetteer_checks import ActorChecks, ActorHit
from claimtracker.extract.phrases import Token, slugify, token_index
from claimtracker.extract.pollsters_en import pollster_spans
from claimtracker.extract.state_bodies import placed_body_ar
from claimtracker.extract.state_subjects import dateline_country
from claimtracker.models import ActorRef

_DATELINE_VOTES = 3
_WORD = re.compile(r"[^\W\d_]{4,}")

if TYPE_CHECKING:
    from claimtracker.extract.institutions import InstitutionFinder

# the same people and bodies come back article after article: their ids are worked out once
actor_slug = lru_cache(maxsize=16384)(slugify)


def _name_words(name: str) -> set[str]:
    """A name's words of four letters or more, lowercased ("of", "the", "del" say nothing)."""
    return {w.lower() for w in _WORD.findall(name)}


class BodyFinders(ActorChecks):
    """Organisations found without a gazetteer entry; mixed into `Gazetteer`, whose tables they read."""

    # set by `Gazetteer.__init__`
    institutions: InstitutionFinder
    _actors: dict[str, ActorRef]
    _named: dict[str, ActorRef]  # the rows by the slug of their English name
    _aliases: dict[str, list[str]]  # each row's aliases in both scripts
    _central_banks: dict[str, str]
    _issuers: re.Pattern[str] | None  # bodies named only as a statement's issuer are no actors
    _statement_before_ar: re.Pattern[str]

    def _titled_bodies_ar(self, text: str, tokens: list[Token], spans: list) -> tuple[list, list[ActorHit]]:
        """(`spans` less the bodies whose name ends a title phrase, those bodies): «رئيس مجلس الوزراء»
        is the prime minister, named or not, and the cabinet is his title's, no actor of its own."""
        titled = [s for s in spans if s[0].actor.kind == "org" and s[1] > 0 and any(
            ti < s[1] and tj >= s[2] for ti, tj in self.titles.title_spans(text, tokens, max(0, s[1] - 3), s[1], "ar"))]
        if not titled:
            return spans, []
        return [s for s in spans if s not in titled], [s[0] for s in titled]

    def _issuers_only_ar(self, text: str, spans: list) -> list:
        """`spans` less the bodies of `_issuers` (cabinets) that the text names only as the issuer of
        a statement («وفق بيان صادر عن مجلس الوزراء»): that statement is the government's, a source
        the attribution reads, and the annotated sets list no actor for it."""
        if self._issuers is None:
            return spans
        seen: dict[str, bool] = {}  # actor id -> named only as an issuer so far
        for hit, _, _ in spans:
            if hit.actor.kind == "org" and self._issuers.search(hit.actor.name):
                only = self._statement_before_ar.search(text, max(0, hit.start - 30), hit.start) is not None
                seen[hit.actor.actor_id] = seen.get(hit.actor.actor_id, True) and only
        drop = {actor_id for actor_id, only in seen.items() if only}
        return [s for s in spans if s[0].actor.actor_id not in drop] if drop else spans

    def _state_voice(self, text: str, hit: ActorHit, country_hits: list[CountryHit]) -> ActorHit | None:
        """In Arabic news a ministry named by its state («أعلنت وزارة الخارجية القطرية», «الداخلية
        التونسية») speaks for that state: the state is the actor, as when it is named acting. A
        ministry where someone works («مصادر في وزارة الداخلية», «مسؤول بالخارجية») is no actor."""
        ref = hit.actor
        if ref.kind != "org" or not ref.country or not self.institutions.speaks_for_state(ref.name):
            return hit
        if placed_body_ar(text, hit.start, any(hit.start < c.start < hit.end for c in country_hits)):
            return None
        state = self.country_actor(ref.country)
        return hit if state is None else ActorHit(state, hit.start, hit.end)

    def _add_acronym_orgs(self, text: str, tokens: list[Token], country_hits: list[CountryHit], spans: list,
                          known: Sequence[tuple[int, int]] = ()) -> None:
        """Bodies the text defines with their acronym ("the Gang Suppression Force (GSF)"), and the
        acronym's later mentions, where no known actor stands (`acronym_orgs.py`); and bodies named
        only by an abbreviation that acts, where no name the gazetteer knows stands (`known`: "MDC"
        without Zimbabwe in the text is left alone, not made a body of no country)."""
        # "Empresa Siderurgica del Mutun (ESM)": the text's own ESM, not the European Stability
        # Mechanism the gazetteer knows by those letters (a name the gazetteer knows keeps its own)
        orgs = find_acronym_orgs(text, self.institutions.acronym_heads_en)
        redefined = {org.acronym: org.name for org in orgs
                     if not any(h.start < org.end and org.start < h.end for h, _, _ in spans)}
        if redefined:
            spans[:] = [s for s in spans if not self._other_body(s[0], text[s[0].start:s[0].end], redefined)]
        taken = [(h.start, h.end) for h, _, _ in spans]
        for name, code, start, end in acronym_spans(text, orgs, country_hits, taken):
            ref = self._actors.get(actor_slug(name)) or ActorRef(actor_slug(name), name, "org", code)
            i = token_index(tokens, start, 1) or 0
            spans.append((ActorHit(ref, start, end), i, i + 1))
            taken.append((start, end))
        # a body the text names only by an abbreviation, acting ("the FLNKS will not recognise it");
        # one the text defined after a body's name it knows ("Honduras' National Electoral Council
        # (CNE)") is that body
        places = [(h.start, h.end) for h in country_hits]
        defined = {acronym: h.actor for h, _, _ in spans if h.actor.kind == "org"
                   and (acronym := defined_after(text, h.end)) is not None}
        for name, start, end in acting_acronyms(text, self.institutions.described_en.verbs,
                                                self.institutions.non_body_acronyms_en, [*taken, *places, *known]):
            ref = defined.get(name) or ActorRef(actor_slug(name), name, "org", None)
            i = token_index(tokens, start, 1) or 0
            spans.append((ActorHit(ref, start, end), i, i + 1))

    def _other_body(self, hit: ActorHit, surface: str, redefined: dict[str, str]) -> bool:
        """Whether `hit` is a known body's acronym that the text defines for a body whose name shares
        no word with the known one's names ("Superior Electoral Court (TSE)" may be the gazetteer's
        TSE in other words; "Empresa Siderurgica del Mutun (ESM)" is not the European Stability
        Mechanism)."""
        name = redefined.get(surface)
        if name is None or hit.actor.kind != "org":
            return False
        known = {w for n in (hit.actor.name, *self._aliases.get(hit.actor.actor_id, ())) for w in _name_words(n)}
        return known.isdisjoint(_name_words(name))

    def _add_described_orgs(self, text: str, tokens: list[Token], country_hits: list[CountryHit], spans: list) -> None:
        """English bodies introduced by a kind noun ("the energy regulator ANRE") or acting under a
        full name with a head noun ("the National Treasury said"), where no known actor or place
        stands (`described_orgs.py`). A country named inside the name is the body's."""
        titles = self.titles
        heads = titles.head_words("en")

        def no_name(word: str) -> bool:
            return titles.is_stopword(word, "en") or word in heads

        taken = [(h.start, h.end) for h, _, _ in spans]
        places = [(h.start, h.end) for h in country_hits]
        refs: dict[str, ActorRef] = {}
        ends = frozenset(e for _, e in places)
        main: list[str | None] = []
        for org in find_described_orgs(text, tokens, self.institutions.described_en, no_name, ends):
            if any(s < org.end and org.start < e for s, e in taken) or self.institutions.mission(org.name):
                continue  # "the Australian High Commission said": a state's mission, a source
            inside = [h.code for h in country_hits if org.start <= h.start and h.end <= org.end]
            if any(s <= org.start and org.end <= e for s, e in places) \
                    or (any(s < org.end and org.start < e for s, e in places) and not inside):
                continue  # a place ("The United States, the main backer, will"), not a body's name
            name, code = org.name, inside[0] if inside else None
            if code is None and self.institutions.generic_body(name):
                # "the Supreme Court said": the court of the country the text is about
                if not main:
                    main.append(text_country(country_hits, [h.actor.country for h, _, _ in spans]))
                country = self.countries.of_name(main[0]) if main[0] else None
                if country:
                    name, code = f"{name} of {country}", main[0]
            known = self._actors.get(actor_slug(org.full)) if org.full else None  # "the X party": X Party
            # "The CAN's General Secretariat" after "the General Secretariat of the Andean Community
            # (CAN)": the body the text named in full with its of-complement
            known = known or next((h.actor for h, _, _ in spans if h.actor.kind == "org"
                                   and h.actor.name.startswith(f"{org.name} of ")), None)
            ref = refs.get(name) or known or self._actors.get(actor_slug(name)) or ActorRef(actor_slug(name), name, "org", code)
            refs[name] = ref
            i = token_index(tokens, org.start, 1) or 0
            spans.append((ActorHit(ref, org.start, org.end), i, i + 1))
            taken.append((org.start, org.end))

    def _add_pollsters(self, text: str, tokens: list[Token], country_hits: list[CountryHit], spans: list) -> None:
        """Polling firms the text names by their poll ("a poll by Sumadija Research"), where no
        known actor or place stands (`pollsters_en.py`). A shorter organisation inside the firm's
        name is part of it ("Vox" of "Vox Populi Research") and gives way."""
        places = [(h.start, h.end) for h in country_hits]
        found = pollster_spans(text, self.institutions.pollsters_en, places,
                               lambda word: self.titles.is_stopword(word, "en"))
        for name, start, end in found:
            overlapping = [x for x in spans if x[0].start < end and start < x[0].end]
            if not all(start <= h.start and h.end <= end and (h.start, h.end) != (start, end) and h.actor.kind == "org"
                       for h, _, _ in overlapping):
                continue
            for x in overlapping:
                spans.remove(x)
            ref = self._actors.get(actor_slug(name)) or ActorRef(actor_slug(name), name, "org", None)
            i = token_index(tokens, start, 1) or 0
            spans.append((ActorHit(ref, start, end), i, i + 1))

    def _add_institutions(self, text, lang, tokens, words, country_hits, spans, at, passing=()) -> None:
        """Central banks, electoral commissions, parliaments the gazetteer does not list (`institutions.py`)."""
        main: list[str | None] = []

        def main_country() -> str | None:
            if not main:
                main.append(self._main_state(text, lang, tokens, words, country_hits, spans))
            return main[0]

        found = self.institutions.find(text, lang, tokens, words, country_hits, main_country,
                                       self.countries.of_name, self._central_banks.get,
                                       at)
        if not found:
            return
        taken = sorted([(h.start, h.end) for h, _, _ in spans] + list(passing))
        refs: dict[str, ActorRef] = {}
        for ih in found:
            if lang == "ar" and _owner_inside(text, spans, ih):
                # «لجنة التعاون التجاري لدول مجلس التعاون»: the body the rules read in full around the
                # organisation that owns it is the actor, not the owner's name inside it
                spans[:] = [sp for sp in spans if not (ih.start < sp[0].start and sp[0].end <= ih.end)]
                taken = [(s, e) for s, e in taken if not (ih.start < s and e <= ih.end)]
            if any(s < ih.end and ih.start < e for s, e in taken) or self._audience(text, ih.start, lang) \
                    or (lang == "en" and self.institutions.mission(ih.name)):
                continue  # "the Australian High Commission said": a state's mission, a source
            if ih.bare and any(h.start < ih.start and h.actor.kind == "org"
                               and ("Bank" in h.actor.name or "Reserve" in h.actor.name) for h, _, _ in spans):
                continue  # "the European Central Bank ... the central bank will": the bank named before
            if lang == "en" and self._tail_of_longer_name(text, tokens, token_index(tokens, ih.start, 1) or 0,
                                                          frozenset(s for s, _ in taken)
                                                          | frozenset(h.start for h in country_hits)):
                continue  # "the bloc's Mediation and Security Council"
            if lang == "en" and ih.country and not ih.known:
                ih = self._chamber_elsewhere(text, ih, spans)
            # a short form takes the actor of the full name the text gives the same body
            name = same_body(text, ih, found)
            ref = refs.get(name)
            if ref is None:
                slug = actor_slug(name)
                ref = self._actors.get(ih.known or slug) or (None if ih.known else self._named.get(slug))
                if ref is not None and not ih.known and ref.country != ih.country:
                    ref = None  # another country's body of the same name
            country_name = self.countries.country_name(ih.country, "en") if ih.country else None
            if ref is None and lang == "en" and country_name and not ih.known and name.endswith(" Party"):
                # "the Socialist Party" in an Albanian story: the gazetteer's "Socialist Party of
                # Albania", the name such a party has beside its like-named parties abroad
                own = self._named.get(actor_slug(f"{name} of {country_name}"))
                ref = own if own is not None and own.country == ih.country else None
            if ref is None:
                in_name = country_name and country_name in name
                actor_id = slug if not ih.country or in_name else f"{slug}-{ih.country.lower()}"
                ref = ActorRef(actor_id, name, "org", ih.country, None)
            refs[name] = ref
            i = token_index(tokens, ih.start, 1) or 0
            j = (token_index(tokens, ih.end, 2) or i) + 1
            spans.append((ActorHit(ref, ih.start, ih.end), i, j))
            taken.append((ih.start, ih.end))

    def _main_state(self, text, lang, tokens, words, country_hits, spans) -> str | None:
        """The country the text is about: a dateline's country counts as three more mentions (a
        local outlet's «الجيش الوطني» is its own state's, whichever neighbour the story names most)."""
        home = dateline_country(text, lang, tokens, words, country_hits)
        return text_country(country_hits, [h.actor.country for h, _, _ in spans] + [home] * _DATELINE_VOTES)

    def _add_committees_en(self, text, tokens, words, country_hits, spans) -> None:
        """A chamber's committee named by its portfolio ("Parliament's finance committee"), in the
        place of the chamber named as its owner (`committees_en.py`)."""
        pattern, skip, forms = self.institutions.committees_en
        if pattern is None or "ommittee" not in text:
            return
        found = find_committees(text, pattern, skip)
        main = self._main_state(text, "en", tokens, words, country_hits, spans) if found else None
        for c in found:
            owner = [s for s in spans if s[0].actor.kind == "org" and s[0].start <= c.chamber_start
                     and s[0].end == c.chamber_end]
            if owner:
                chamber, start = owner[0][0].actor, owner[0][0].start
                name, code = chamber.name, chamber.country
            else:
                before = text[max(0, c.chamber_start - 12):c.chamber_start]
                if before.split()[-1:] not in ([], ["the"], ["The"]) and before.rstrip(" ")[-1:] not in ".!?:-–—\n\"“":
                    continue  # "the Provincial Parliament's": another chamber than the state's
                code = main
                country = self.countries.country_name(code, "en") if code else None
                if not code or not country:
                    continue
                surface = text[c.chamber_start:c.chamber_end]
                surface = surface[:1].upper() + surface[1:]
                name = self.institutions.chamber_name(surface, code, country)
                start = c.chamber_start
            _replace_with(tokens, spans, committee_name(c.portfolio, name, forms), code, start, c.end)

    def _add_councils_en(self, text, tokens, words, country_hits, spans) -> None:
        """A town's council named by the town's possessive ("Narvik's municipal council"), in the place
        of whatever the town's name was read as (`councils_en.py`)."""
        pattern = self.institutions.councils_en
        if pattern is None or " council" not in text:
            return
        found = [c for c in find_councils(text, pattern)
                 if not any(h.via == "name" and h.start <= c.start < h.end for h in country_hits)]
        # ("Latvia's city council": a country's name is no town)
        code = self._main_state(text, "en", tokens, words, country_hits, spans) if found else None
        for c in found:
            _replace_with(tokens, spans, c.name, code, c.start, c.end)

    def _row(self, name: str, code: str) -> ActorRef | None:
        """The gazetteer row of the English name (or alias) `name` if it is the state `code`'s."""
        slug = actor_slug(name)
        ref = self._actors.get(slug) or self._named.get(slug)
        return ref if ref is not None and ref.country == code else None

    def _chamber_elsewhere(self, text: str, ih, spans: list):
        """"the Chamber of Deputies" given to the text's main state, Austria, which has no row so
        named, after the text named a chamber of another state, Italy's Senate: the other chamber of
        that state's legislature, where the gazetteer has one so named."""
        name_of = self.countries.country_name
        own = name_of(ih.country, "en")
        suffix = f" of {own}"
        if not own or not ih.name.endswith(suffix) or self._row(ih.name, ih.country) \
                or text[max(0, ih.start - 8):ih.start].split()[-1:] not in (["the"], ["The"]):
            return ih  # ("Paraguay's Senate", "the Paraguayan Senate": the chamber's state is named)
        surface = ih.name[:-len(suffix)]
        chamber = self.institutions.legislature_head
        if not any(chamber(w) for w in surface.split()):
            return ih
        for h, _, _ in spans:
            code = h.actor.country
            if h.start < ih.start and h.actor.kind == "org" and code and code != ih.country \
                    and any(chamber(w) for w in h.actor.name.split()):
                other = name_of(code, "en")
                if other and self._row(f"{surface} of {other}", code):
                    return ih._replace(name=f"{surface} of {other}", country=code)
        return ih


def _owner_inside(text: str, spans: list, ih) -> bool:
    """Gazetteer hits overlap the body found at `ih`, and all stand inside it, joined to it by «ل»
    («لدول مجلس التعاون»): an organisation without a country (the GCC, the Arab League) that owns it."""
    inside = [h for h, _, _ in spans if h.start < ih.end and ih.start < h.end]
    return bool(inside) and all(ih.start < h.start and h.end <= ih.end and h.actor.kind == "org"
                                and h.actor.country is None and text.startswith("ل", h.start) for h in inside)


def same_body(text: str, ih, found) -> str:
    """The name under which the text names this institution in full.

    «مفوضية الانتخابات» after «المفوضية العليا المستقلة للانتخابات» is the same commission;
    "Thailand's central bank" is the "Bank of Thailand" the text names.
    """
    words = set(ih.name.split())
    derived = text[ih.start:ih.end] != ih.name
    for other in found:
        if other is ih or other.country != ih.country:
            continue
        as_written = text[other.start:other.end] == other.name or not other.name.isascii()
        if words < set(other.name.split()) and (as_written or _lang_ar(text[other.start:other.end])):
            return other.name
        if derived and ih.name.startswith("Central Bank") and as_written and "Bank" in other.name.split():
            return other.name
    return ih.name


def _lang_ar(surface: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in surface)


def _replace_with(tokens: list[Token], spans: list, name: str, code: str | None, start: int, end: int) -> None:
    """A body the rules named over text[start:end], in the place of every hit that overlaps it."""
    spans[:] = [s for s in spans if not (s[0].start < end and start < s[0].end)]
    i = token_index(tokens, start, 1) or 0
    j = (token_index(tokens, end, 2) or i) + 1
    spans.append((ActorHit(ActorRef(actor_slug(name), name, "org", code, None), start, end), i, j))
