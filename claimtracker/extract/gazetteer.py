"""Known actors (people, organisations) in Arabic and English text, from data files users extend.

The gazetteer is every `data/gazetteer/actors*.json` file (a list of entries with `id`, `name`,
`name_ar`, `kind`, `country`, `aliases_en`, `aliases_ar`), plus rows users added in the database.
Names and aliases match strongly. A person's bare surname (taken from the last word of the name)
matches weakly: it counts when the same actor is named in full elsewhere in the text, when a
title stands before it ("الرئيس بوتين", "Minister Lavrov"), or when it is distinctive enough to
stand alone. People who are not in the gazetteer are caught by the title patterns (`titles.py`).
This module builds the tables and runs the scan; the checks a match passes are in
`gazetteer_checks.py`, when a bare surname stands for its actor in `gazetteer_weak.py`, the
organisations found without an entry in `gazetteer_bodies.py`, a known person spelled another way
in `similar_people.py`; the data files are read by `gazetteer_data.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.context_aliases import home_parties, text_country
from claimtracker.extract.countries import CountryFinder, CountryHit
from claimtracker.extract.gazetteer_bodies import BodyFinders, actor_slug
from claimtracker.extract.gazetteer_checks import (
    PLACE_BEFORE_SURNAME_EN,
    STRONG,
    WEAK,
    ActorHit,
    hyphened,
    is_locative,
)
from claimtracker.extract.gazetteer_data import (
    Alias,
    add_alias,
    entry_ref,
    family_names_ar,
    merge_extra,
    month_words,
    read_entries,
    respelled_ar,
    script,
    surname_ar,
    surname_en,
    surnames_only_ar,
)
from claimtracker.extract.gazetteer_weak import WeakNames
from claimtracker.extract.institutions import InstitutionFinder
from claimtracker.extract.lazy import ByKey
from claimtracker.extract.local_bodies_ar import load_local_words
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.orgs_ar_table import party_ar
from claimtracker.extract.orgs_ar_tails import acronym_article_forms
from claimtracker.extract.party_branches import branch_short_forms
from claimtracker.extract.person_refs import same_person
from claimtracker.extract.phrases import (
    Token,
    positions,
    slugify,
    strip_al,
    surface_ar,
    token_index,
    tokenize_words,
)
from claimtracker.extract.place_names import PlaceNames
from claimtracker.extract.shared_names import SharedNames
from claimtracker.extract.similar_people import SimilarPeople
from claimtracker.extract.span_index import inside_spans
from claimtracker.extract.state_subjects import dateline, dateline_country
from claimtracker.extract.subdivision_refs import RegionRefs
from claimtracker.extract.subdivisions import with_subdivisions
from claimtracker.extract.titles import TitleFinder
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

LANGS = ("ar", "en")
_CENTRAL_BANK = re.compile(r"\bCentral Bank\b|\bReserve Bank\b|^Bank of |^Federal Reserve$|^Bank [A-Z][\w-]+$|^State Bank of "
                           r"|^Bangko Sentral|^Bank Negara|^Banco |^Magyar Nemzeti|^National Bank of |Rastra Bank$|Monetary Authority\b|^Riksbank$|^Norges Bank$|^Banque du |National Bank$"
                           r"|Nationalbank$|^Bangladesh Bank$")


class Gazetteer(BodyFinders, WeakNames):
    """Actors and countries for the extractor; build once with `Gazetteer.load()` and share."""

    def __init__(self, entries: list[dict], countries: CountryFinder, titles: TitleFinder, common: dict,
                 institutions: InstitutionFinder | None = None) -> None:
        self.countries = countries
        self.titles = titles
        self.institutions = institutions or InstitutionFinder({})
        self._last: tuple[str, str, tuple] | None = None
        self._actors: dict[str, ActorRef] = {}
        self._aliases: dict[str, list[str]] = {}
        self._shared = SharedNames(self._actors, self._aliases, countries.of_name)
        # each language's name index, and the words the country, actor and title scans look at,
        # are built when a text in that language first comes: one command-line call reads one
        self._indexes: Mapping[str, NameIndex[Alias]] = ByKey(LANGS, lru_cache(maxsize=None)(self._index))
        self._starters: Mapping[str, frozenset[str]] = ByKey(LANGS, lru_cache(maxsize=None)(self._starters_of))
        self._places = {e["id"] for e in entries if e.get("place")}
        # a state's armed force named in its officer's title («الناطق باسم الجيش السوداني فلان») is a
        # side in what he says: the Arabic golds list it (4 of 6 seen), as English keeps a party's
        self._forces = frozenset(e["id"] for e in entries if e.get("branch") not in (None, "cabinet"))
        self._common = {
            "en": set(common.get("en", [])),
            "ar": {strip_al(normalize_text(w).strip()) for w in common.get("ar", [])},
        }
        # a surname that is a month («دي مايو», "Theresa May") needs its full name or a title right
        # before it: «المحافظة مطلع مايو» is early May in the governorate, not Luigi Di Maio
        self._months = {"en": frozenset(common.get("months_en", [])),
                        "ar": frozenset(strip_al(normalize_text(w).strip()) for w in common.get("months_ar", []))}
        # aliases that are everyday words (Congress, Labour, البرلمان): they need their country in the text
        self._context = {
            "en": frozenset(common.get("context_en", [])),
            "ar": frozenset(normalize_text(w).strip() for w in common.get("context_ar", [])),
        }
        self._generic_en = frozenset(common.get("generic_name_words_en", []))
        self._attributive_en = frozenset(common.get("attributive_nouns_en", []))
        self._event_orgs_en = frozenset(common.get("event_orgs_en", []))
        self._event_before_en = tuple(" " + w for w in common.get("event_before_en", []))
        self._attributive_ar = frozenset(normalize_text(w).strip() for w in common.get("attributive_nouns_ar", []))
        self._event_before_ar = frozenset(normalize_text(w).strip() for w in common.get("event_before_ar", []))
        self._event_orgs_ar = tuple(normalize_text(w).strip() for w in common.get("event_orgs_ar", []))
        self._legislatures = frozenset(common.get("legislature_words_en", []))
        self._heads_after_en = frozenset(common.get("name_heads_after_en", []))
        self._features_after_en = frozenset(common.get("feature_nouns_after_en", []))
        self._continents_ar = frozenset(normalize_text(w).strip() for w in common.get("continent_adjectives_ar", []))
        self._joint_regions_ar = frozenset(normalize_text(w).strip() for w in common.get("joint_regions_ar", []))
        self._national_ar = frozenset(normalize_text(w).strip() for w in common.get("national_adjectives_ar", []))
        # the last words of party and movement names (a party the text names in its own language
        # keeps that name: `written_names.py`)
        self.party_heads = frozenset(common.get("party_heads_en", []))
        self._audience_en = tuple(" " + w for w in common.get("audience_before_en", []))
        self._audience_ar = frozenset(normalize_text(w).strip() for w in common.get("audience_before_ar", []))
        self._organs_en = tuple(common.get("affiliation_organs_en", []))
        self._commentators_en = frozenset(common.get("commentator_roles_en", []))
        issuers = common.get("statement_issuers_en", [])
        self._issuers = re.compile("|".join(issuers)) if issuers else None
        self._statement_before_ar = re.compile(common.get("statement_before_ar", "(?!)"))
        self._not_family_ar = frozenset(normalize_text(w).strip() for w in common.get("not_family_ar", []))
        self._respellings_ar = tuple((a, b) for a, b in common.get("respellings_ar", []))
        self._operations_ar = frozenset(normalize_text(w).strip() for w in common.get("operation_nouns_ar", []))
        # bin, ولد: the word before one is a given name, never a bare surname
        self._links = {"en": frozenset(common.get("name_links_en", [])),
                       "ar": frozenset(normalize_text(w).strip() for w in common.get("name_links_ar", []))}
        # the last word of a monarch's or prince's title: the word after it is no one's surname
        self._royal = {lang: titles.royal_words(lang) for lang in ("en", "ar")}
        self._place_names = PlaceNames(common, self._royal["ar"])
        # the regions' spellings -> their bodies, for "the provincial assembly" (`subdivision_refs.py`)
        regions: dict[str, dict[str, str]] = {}
        for entry in entries:
            for spelling in entry.get("region", []):
                regions.setdefault(spelling, {})[entry["subdivision"]] = entry["id"]
        self.region_refs = RegionRefs(regions)
        for entry in entries:
            ref = entry_ref(entry)
            self._actors[ref.actor_id] = ref
            self._aliases[ref.actor_id] = list(entry.get("_aliases", []))
        # a body the rules name ("Parliament of Lebanon" from «البرلمان») is the row of that English
        # name whatever the row's id, so an article does not list one body twice
        self._named: dict[str, ActorRef] = {}
        for ref in self._actors.values():
            self._named.setdefault(actor_slug(ref.name), ref)
        # English names several actors bear ("Social Democrats": Denmark's, Sweden's, Austria's …)
        bearers: dict[str, set[str]] = {}
        for actor_id, ref in self._actors.items():
            for name in (ref.name, *self._aliases[actor_id]):
                if script(name) == "en":
                    bearers.setdefault(name.casefold(), set()).add(actor_id)
        self._shared_en = frozenset(name for name, ids in bearers.items() if len(ids) > 1)
        # a body's English alias in the rules' own form ("Senate of the United States") is its row too
        for actor_id, ref in self._actors.items():
            if ref.kind == "org":
                for alias in self._aliases[actor_id]:
                    if " of " in alias and script(alias) == "en" and alias.casefold() not in self._shared_en:
                        self._named.setdefault(actor_slug(alias), ref)
        # each country's central bank, for "Chile's central bank" and «البنك المركزي المصري»
        self._central_banks: dict[str, str] = {}
        for ref in sorted(self._actors.values(), key=lambda a: a.actor_id):
            if ref.kind == "org" and ref.country and _CENTRAL_BANK.search(ref.name):
                self._central_banks.setdefault(ref.country, ref.actor_id)
        self._home_parties = home_parties(self._actors.values(), common.get("party_words_en", {}), self.party_heads)
        self._people = SimilarPeople(self._actors, self.titles.written_from_latin)
        self._first_ar = self._people.first_ar
        self._surnames_ar = surnames_only_ar(entries)
        self._families_ar = family_names_ar(entries)

    def _index(self, lang: str) -> NameIndex[Alias]:
        """The names and aliases in `lang` (the actors' script), and the people's bare surnames."""
        index: NameIndex[Alias] = NameIndex(lang)
        for actor_id, ref in self._actors.items():
            # in the order every alias was added when both languages were built at once, so that
            # equally long names tie the same way (`NameIndex` breaks ties by insertion)
            strong = [ref.name] if lang == "en" else [ref.name_ar] if ref.name_ar else []
            strong += [a for a in self._aliases[actor_id] if script(a) == lang]
            if lang == "ar" and ref.kind == "org":
                strong += acronym_article_forms(ref.name, self._aliases[actor_id], strong)
            if lang == "ar":
                strong += respelled_ar(strong, self._respellings_ar)
            for alias in strong:
                add_alias(index, alias, actor_id, STRONG)
            if ref.kind == "person":
                for alias in (surname_en(ref.name) if lang == "en" else surname_ar(ref.name_ar) if ref.name_ar else ()):
                    add_alias(index, alias, actor_id, WEAK)
        return index

    def _starters_of(self, lang: str) -> frozenset[str]:
        return (frozenset(self._indexes[lang].starters()) | self.countries.starters(lang) | self.titles.starters(lang)
                | self.institutions.starters(lang))

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, extra_actors: Iterable[dict] = ()) -> Gazetteer:
        data_dir = Path(data_dir).resolve()
        extra = tuple(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str) for row in extra_actors)
        return _load_cached(data_dir, extra)

    # --- lookups -----------------------------------------------------------------------------

    def actor(self, actor_id: str) -> ActorRef | None:
        return self._actors.get(actor_id)

    def aliases(self, actor_id: str) -> list[str]:
        return list(self._aliases.get(actor_id, []))

    def shared_name(self, name: str) -> bool:
        """Whether several actors bear the name or alias `name` (case aside)."""
        return name.casefold() in self._shared_en

    def all_actors(self) -> list[ActorRef]:
        return sorted(self._actors.values(), key=lambda a: a.actor_id)

    def country_actor(self, code: str) -> ActorRef | None:
        """A state acting in a claim, as an actor ("Russia", kind country)."""
        name = self.countries.country_name(code, "en")
        if not name:
            return None
        return ActorRef(slugify(name), name, "country", code, self.countries.country_name(code, "ar"))

    # --- finding -----------------------------------------------------------------------------

    def find_actors(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[ActorHit]:
        """Known actors and titled people in `text`, in text order (offsets into `text`).

        `tokens` (from `phrases.tokenize(text, lang)`) saves tokenising again when the caller has them.
        """
        lang = "ar" if lang == "ar" else "en"
        if not text:
            return []
        return list(self._scan(text, lang, tokens)[1])

    def affiliated_bodies(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[ActorHit]:
        """The known bodies `find_actors` leaves out because they stand in a named person's title
        («محافظ صندوق الاستثمارات العامة ياسر الرميان»): no actors there, but what a later bare head
        («الصندوق») refers back to."""
        lang = "ar" if lang == "ar" else "en"
        return list(self._scan(text, lang, tokens)[2]) if text else []

    def _scan(self, text: str, lang: str, tokens: list[Token] | None) -> tuple[tuple, tuple, tuple]:
        # find_actors and find_countries on the same text share one scan (country hits, actors);
        # only the last text is kept, so memory stays flat over a stream of articles
        last = self._last
        if last is not None and last[1] == lang and last[0] == text:
            return last[2]
        # the country, actor and title scans share the words and one pass for where to look
        if tokens is None:
            tokens, words = tokenize_words(text, lang)
        else:
            words = list(map(itemgetter(0), tokens))
        at = positions(words, self._starters[lang])
        country_hits = self.countries.find(text, lang, tokens, words, at)
        actors, affiliations = self._find_actors(text, lang, tokens, words, at, country_hits)
        result = (tuple(country_hits), tuple(actors), tuple(affiliations))
        self._last = (text, lang, result)
        return result

    def _people_countries(self, matches) -> list[str]:
        """The country of each person a name match gives alone, as many times as named."""
        out = []
        for m in matches:
            if len(m.payloads) == 1 and m.payloads[0].strength == STRONG:
                ref = self._actors[m.payloads[0].actor_id]
                if ref.kind == "person" and ref.country:
                    out.append(ref.country)
        return out

    def _find_actors(self, text: str, lang: str, tokens, words, at, country_hits) -> tuple[list[ActorHit], list[ActorHit]]:
        """The actors, and the bodies named only in a person's title (`affiliated_bodies`)."""
        matches = self._indexes[lang].find(text, tokens, words, at)
        strong_ids: set[str] = set()
        resolved: list[tuple[int, str | None]] = []
        # the dateline's and the text's country, each read once and only when a shared name needs it
        home_line = cache(lambda: dateline_country(text, lang, tokens, words, country_hits))
        main = cache(lambda: text_country(country_hits))
        # the same with the countries of the people the text names unambiguously counted in: a
        # Lebanese story may name no country at all, yet its president and ministers
        state = cache(lambda: text_country(country_hits, self._people_countries(matches)))
        made: dict[int, ActorRef] = {}  # match index -> the like body of the text's own state
        for k, m in enumerate(matches):
            ids = {a.actor_id for a in m.payloads if a.strength == STRONG}
            if len(ids) > 1:
                ids, own = self._shared.pick(ids, text, m.start, m.end, lang, country_hits, home_line, main, state)
                if own is None and len(ids) > 1 and lang == "en":
                    # "Labour" in a story about New Zealand: that country's party of the word
                    own = self._home_parties.get((text[m.start:m.end], state()))  # type: ignore[arg-type]
                if own is not None:
                    made[k] = own
                    resolved.append((k, own.actor_id))
                    continue
            if len(ids) == 1:
                actor_id = next(iter(ids))
                strong_ids.add(actor_id)
                resolved.append((k, actor_id))
            else:
                resolved.append((k, None))
        heads = self.titles.head_words(lang)
        elected_after = load_local_words(DATA_DIR).not_after  # «انتخابات»: what is elected is no actor
        # starts of names that may be a short form of a person the text names in full: bare surnames
        # whose full name the text does not give, and people found by a title pattern
        surname_only: set[int] = set()
        spans: list[tuple[ActorHit, int, int]] = []  # with first and past-last token index
        covered: frozenset[int] | None = None  # starts of tokens any name or country covers
        for k, actor_id in resolved:
            m = matches[k]
            if actor_id is None:
                actor_id = self._resolve_weak(text, tokens, m, strong_ids, heads, lang, country_hits)
                if actor_id is None:
                    continue
            ref = made.get(k) or self._actors[actor_id]
            before = m.i - 1 if m.i < 1 or tokens[m.i - 1].text not in ("the", "The") else m.i - 2
            if actor_id in self._places and before >= 0 and is_locative(tokens[before].text, lang):
                continue  # "talks in the Kremlin": a place, not the actor
            if lang == "ar" and ref.kind == "org" and m.i > 0 \
                    and not elected_after.isdisjoint(surface_ar(words[m.i - 1])):
                continue  # «انتخابات مجلس النواب»: the chamber is what is elected, not an actor (as a council is)
            if ref.kind == "person" and any(
                    h.start <= m.start and m.end <= h.end and h.via == "capital" for h in country_hits):
                continue  # "in The Hague": a city's name, not William Hague
            if lang == "ar" and ref.kind == "person" and self._place_names.in_town_name_ar(words, m.i, m.j):
                continue  # «دوائر الفقيه بن صالح»: a town's name, not Abdelkader Bensalah
            if lang == "ar" and self._another_states_body(text, tokens, m, ref, country_hits):
                continue  # «حركة التغيير الديمقراطي الموريتانية» is not Zimbabwe's party of that name
            if lang == "ar" and self._national_body(text, tokens, m, ref):
                continue  # «مجلس الأمن القومي»: a state's security council, not the UN's
            if lang == "ar" and self._joint_with_another(text, tokens, m, ref, country_hits):
                continue  # «القمة العربية الصينية»: a joint summit, not the Arab League
            if lang == "en" and ref.kind == "org":
                if covered is None:
                    covered = frozenset(t.start for mm in matches for t in tokens[mm.i:mm.j]) \
                        | frozenset(h.start for h in country_hits)
                if self._tail_of_longer_name(text, tokens, m.i, covered, m.j) or self._head_of_longer_name(text, tokens, m) \
                        or self._head_before_complement(text, tokens, m, covered) \
                        or self.institutions.race_after_chamber(words, m.j) \
                        or self._feature_after(text, tokens, words, m):
                    continue
            if lang == "en" and ref.kind == "person" and m.j - m.i == 1 and self._surname_only(tokens, m, ref, lang):
                abbreviated = text[m.end:m.end + 2] in (". ", ".\u00a0") and text[m.end + 2:m.end + 3].isupper() \
                    and self.titles.abbreviated_title_en(text[m.start:m.end + 1])
                if abbreviated or (before >= 0 and tokens[before].text in PLACE_BEFORE_SURNAME_EN):
                    continue  # "Sen. Dale Wenstrand": a title, not Hun Sen; "a by-election in Kerry": a place
            if ref.kind == "person" and hyphened(text, m.start, m.end) and self._surname_only(tokens, m, ref, lang):
                continue  # "Kempir-Abad", "Kara-Darya": half of a hyphened place's name, no one's surname
            if ref.kind == "person" and self._surname_only(tokens, m, ref, lang) \
                    and self._inside_other_name(
                    text, tokens, m.i, lang, heads, ref):
                continue  # "Robert Dujarric" is not Stephane Dujarric; "حافظ الأسد" is not Bashar
            if lang == "ar" and m.j - m.i == 1 and ref.kind == "person" \
                    and self._noun_with_adjective(text, tokens, m):
                continue  # «مناورات الأسد الإفريقي»: the lion, not Bashar al-Assad
            if ref.kind == "person" and self._surname_only(tokens, m, ref, lang) \
                    and ((ref.name_ar or "") if lang == "ar" else ref.name) not in text:  # a row may have Arabic aliases only
                surname_only.add(m.start)  # a one-word alias too: "Qureshi" may be another Qureshi
            spans.append((ActorHit(ref, m.start, m.end), m.i, m.j))
        spans = self._in_context(text, tokens, spans, country_hits, lang)
        passing: list = []  # named in passing: no actor, and no institution either
        in_passing = self._in_passing_en if lang == "en" else self._in_passing_ar
        kept: list = []
        for s in spans:
            (passing if in_passing(text, tokens, *s) else kept).append(s)
        passing = [(h.start, h.end) for h, _, _ in passing]
        # "Sultan Qaboos University", «قاعدة عين الأسد»: a place's name, not its namesake; a bare
        # surname that names a place once («بمحافظة عفيف», a dateline) is that place all through the text
        placed = {s[0].start for s in kept if s[0].actor.kind == "person" and (
            self._place_names.names_a_place(text, tokens, s[0].start, s[0].end, lang)
            or (s[0].start in surname_only and dateline(text, s[0].start, s[0].end)))}
        place_words = {text[h.start:h.end] for h, _, _ in kept if h.start in placed and h.start in surname_only}
        spans = [s for s in kept if s[0].start not in placed
                 and not (s[0].start in surname_only and text[s[0].start:s[0].end] in place_words)]
        taken = [(h.start, h.end) for h, _, _ in spans]
        orgs = tuple((h.start, h.end, h.actor.country) for h, _, _ in spans if h.actor.kind == "org")
        known_countries = tuple({h.actor.actor_id: h.actor.country for h, _, _ in spans}.values())
        given_only: set[int] = set()  # a prince or king named by the given name alone
        found = self.titles.find(text, lang, tokens, country_hits, taken, orgs, known_countries, words, at)
        # "King Khalid International Airport": a place's name, not its namesake; and so is the
        # name's later short form («مترو أبو قير» … «أبو قير»)
        places = {th.name for th in found if self._place_names.names_a_place(text, tokens, th.start, th.end, lang)}
        for th in found:
            if th.name in places:
                continue
            name = th.name
            ref = ActorRef(actor_slug(name), name, "person", th.country, th.name_ar)
            known = self._actors.get(ref.actor_id) or self._people.find(name, th.name_ar)
            i = token_index(tokens, th.start, 1) or 0
            spans.append((ActorHit(known or ref, th.start, th.end), i, i + 1))
            if known is None and i > 0 and self._after_royal(tokens[i - 1].text, lang):
                given_only.add(th.start)  # a monarch is named by a given name: King Philippe is no short form
            elif known is None:
                surname_only.add(th.start)
        spans = same_person(text, spans, surname_only, lang, given_only)
        self._add_institutions(text, lang, tokens, words, country_hits, spans, at, passing)
        if lang == "en":
            self._add_committees_en(text, tokens, words, country_hits, spans)
            self._add_councils_en(text, tokens, words, country_hits, spans)
            self._add_acronym_orgs(text, tokens, country_hits, spans, [(m.start, m.end) for m in matches])
            self._add_described_orgs(text, tokens, country_hits, spans)
            self._add_pollsters(text, tokens, country_hits, spans)
        self._add_states(text, lang, tokens, country_hits, spans)
        spans.sort(key=lambda s: (s[0].start, s[0].end))
        if lang == "en":
            spans = branch_short_forms(text, [_whole_compound_en(text, sp) for sp in spans], self._legislatures)
        affiliations: list[ActorHit] = []
        if lang == "ar":
            spans, affiliations = self._titled_bodies_ar(text, tokens, spans)
            spans = self._issuers_only_ar(text, spans)
        people = [(p, q) for other, p, q in spans if other.actor.kind == "person"]
        if people:
            kept_spans = []
            for s in spans:
                if s[0].actor.kind != "org" or (lang == "ar" and party_ar(tokens[s[1]].text)) \
                        or (lang == "ar" and s[0].actor.actor_id in self._forces) \
                        or not self._affiliation(text, tokens, *s[1:], people, lang):
                    kept_spans.append(s)
                else:
                    affiliations.append(s[0])
            spans = kept_spans
        if lang != "ar":
            return [h for h, _, _ in spans], affiliations
        return [v for v in (self._state_voice(text, h, country_hits) for h, _, _ in spans) if v is not None], affiliations

    def find_countries(self, text: str, lang: str, tokens: list[Token] | None = None,
                       actors: list[ActorHit] | None = None) -> list[CountryHit]:
        """Country names, capitals and adjectives, plus (via="actor") the countries of the actors.

        A country word inside a person's name ("محمد شياع السوداني") is not a country mention.
        """
        lang = "ar" if lang == "ar" else "en"
        if not text:
            return []
        last = self._last
        country_hits: Sequence[CountryHit]
        if actors is not None and (last is None or last[1] != lang or last[0] != text):
            # the caller has the actors: the country scan alone will do, not the actor and title scans
            country_hits = self.countries.find(text, lang, tokens)
        else:
            country_hits, found, _ = self._scan(text, lang, tokens)
            if actors is None:
                actors = list(found)
        person_spans = sorted((a.start, a.end) for a in actors if a.actor.kind == "person")
        hits = [h for h in country_hits if not inside_spans(h.start, h.end, person_spans)]
        hits += [CountryHit(a.actor.country, a.start, a.end, "actor") for a in actors if a.actor.country]
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


def _whole_compound_en(text: str, span: tuple[ActorHit, int, int]) -> tuple[ActorHit, int, int]:
    """A body's name of two words or more right after a capitalised word and a hyphen is the tail of
    a longer name ("the Kuki-Chin National Front", "the British-Irish Council"): the span becomes
    that whole name's body, of no known country (not the Chin National Front of Myanmar)."""
    hit = span[0]
    k = hit.start
    if hit.actor.kind != "org" or k < 3 or text[k - 1] != "-" or " " not in text[k:hit.end].strip():
        return span
    j = k - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if k - 1 - j < 2 or not text[j].isupper():
        return span
    name = text[j:hit.end]
    return ActorHit(ActorRef(actor_slug(name), name, "org", None), j, hit.end), span[1], span[2]


@lru_cache(maxsize=16)
def _load_cached(data_dir: Path, extra: tuple[str, ...]) -> Gazetteer:
    entries = merge_extra(with_subdivisions(data_dir, read_entries(data_dir)), (json.loads(r) for r in extra))
    common_path = data_dir / "gazetteer" / "common_words.json"
    common = json.loads(common_path.read_text(encoding="utf-8")) if common_path.exists() else {}
    for lang in LANGS:
        common[f"months_{lang}"] = month_words(data_dir, lang)
    return Gazetteer(entries, CountryFinder.load(data_dir), TitleFinder.load(data_dir), common,
                     InstitutionFinder.load(data_dir))

