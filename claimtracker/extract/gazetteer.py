"""Known actors (people, organisations) in Arabic and English text, from data files users extend.

The gazetteer is every `data/gazetteer/actors*.json` file (a list of entries with `id`, `name`,
`name_ar`, `kind`, `country`, `aliases_en`, `aliases_ar`), plus rows users added in the database.
Names and aliases match strongly. A person's bare surname (taken from the last word of the name)
matches weakly: it counts when the same actor is named in full elsewhere in the text, when a
title stands before it ("الرئيس بوتين", "Minister Lavrov"), or when it is distinctive enough to
stand alone. People who are not in the gazetteer are caught by the title patterns (`titles.py`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz

from claimtracker.config import DATA_DIR
from claimtracker.errors import InputError
from claimtracker.extract.countries import CountryFinder, CountryHit
from claimtracker.extract.gazetteer_data import merge_extra, read_entries, script, surname_ar, surname_en
from claimtracker.extract.institutions import InstitutionFinder
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.phrases import (
    Token,
    ar_keys,
    phrase_tokens,
    positions,
    slugify,
    strip_al,
    surface_ar,
    token_index,
    tokenize_words,
)
from claimtracker.extract.titles import TitleFinder
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

ACTOR_KINDS = ("person", "org", "country")
_CENTRAL_BANK = re.compile(r"\bCentral Bank\b|\bReserve Bank\b|^Bank of |^Federal Reserve$|^Bank [A-Z][\w-]+$|^State Bank of "
                           r"|^Bangko Sentral|^Bank Negara|^Monetary Authority of|^Riksbank$|^Norges Bank$|^Banque du |National Bank$")
_STRONG, _WEAK = "strong", "weak"

class ActorHit(NamedTuple):
    # a named tuple: tens are built per article, and a frozen dataclass's constructor cost a microsecond
    actor: ActorRef
    start: int  # offsets into the original text
    end: int


@dataclass(frozen=True, slots=True)
class _Alias:
    actor_id: str
    strength: str
    first: str  # the alias's first word, as normalised, to compare the surface form with


class Gazetteer:
    """Actors and countries for the extractor; build once with `Gazetteer.load()` and share."""

    def __init__(self, entries: list[dict], countries: CountryFinder, titles: TitleFinder, common: dict,
                 institutions: InstitutionFinder | None = None) -> None:
        self.countries = countries
        self.titles = titles
        self.institutions = institutions or InstitutionFinder({})
        self._last: tuple[str, str, tuple] | None = None
        self._actors: dict[str, ActorRef] = {}
        self._aliases: dict[str, list[str]] = {}
        self._indexes: dict[str, NameIndex[_Alias]] = {"en": NameIndex("en"), "ar": NameIndex("ar")}
        self._places = {e["id"] for e in entries if e.get("place")}
        self._starters: dict[str, frozenset[str]] = {}  # words the country, actor and title scans look at
        self._common = {
            "en": set(common.get("en", [])),
            "ar": {strip_al(normalize_text(w).strip()) for w in common.get("ar", [])},
        }
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
        # the last word of a monarch's or prince's title: the word after it is no one's surname
        self._royal = {lang: titles.royal_words(lang) for lang in ("en", "ar")}
        for entry in entries:
            ref = self._ref(entry)
            self._actors[ref.actor_id] = ref
            self._aliases[ref.actor_id] = list(entry.get("_aliases", []))
        # each country's central bank, for "Chile's central bank" and «البنك المركزي المصري»
        self._central_banks: dict[str, str] = {}
        for ref in sorted(self._actors.values(), key=lambda a: a.actor_id):
            if ref.kind == "org" and ref.country and _CENTRAL_BANK.search(ref.name):
                self._central_banks.setdefault(ref.country, ref.actor_id)
        self._by_first_en: dict[str, list[tuple[str, str]]] = {}
        self._by_first_ar: dict[str, list[tuple[str, str]]] = {}
        self._first_ar: dict[str, str] = {}  # a person's first Arabic word, normalised
        for actor_id, ref in self._actors.items():
            if ref.kind == "person" and ref.name_ar:
                words_ar = normalize_text(ref.name_ar).split()
                if words_ar:
                    self._first_ar[actor_id] = words_ar[0]
            if ref.kind == "person":
                self._by_first_en.setdefault(ref.name.lower().split()[0], []).append((actor_id, ref.name.lower()))
                if ref.name_ar:
                    norm_ar = normalize_text(ref.name_ar)
                    self._by_first_ar.setdefault(norm_ar.split()[0], []).append((actor_id, norm_ar))
        for actor_id, ref in self._actors.items():
            strong: list[tuple[str, str]] = [(ref.name, "en")]
            if ref.name_ar:
                strong.append((ref.name_ar, "ar"))
            strong += [(a, script(a)) for a in self._aliases[actor_id]]
            for alias, lang in strong:
                self._add(alias, lang, actor_id, _STRONG)
            if ref.kind == "person":
                for alias in surname_en(ref.name):
                    self._add(alias, "en", actor_id, _WEAK)
                if ref.name_ar:
                    for alias in surname_ar(ref.name_ar):
                        self._add(alias, "ar", actor_id, _WEAK)
        for lang, index in self._indexes.items():
            self._starters[lang] = (frozenset(index.starters()) | countries.starters(lang) | titles.starters(lang)
                                    | self.institutions.starters(lang))

    def _similar_person(self, name: str, name_ar: str | None) -> ActorRef | None:
        """A known person spelled another way: "Abbas Araqchi" is Abbas Araghchi."""
        if name_ar:
            key, table, wanted = normalize_text(name_ar), self._by_first_ar, 85
        else:
            key, table, wanted = name.lower(), self._by_first_en, 88
        words = key.split()
        if len(words) < 2:
            return None
        best, best_score = None, wanted
        for actor_id, known in table.get(words[0], ()):
            score = fuzz.ratio(key, known)
            if score >= best_score:
                best, best_score = actor_id, score
        return self._actors.get(best) if best else None

    def _add(self, alias: str, lang: str, actor_id: str, strength: str) -> None:
        if lang == "en" and alias[:4].lower() == "the ":
            alias = alias[4:]  # "the Kremlin" is found as "Kremlin"; "the" would start a lookup everywhere
        toks = phrase_tokens(alias, lang)
        if not toks:
            return
        self._indexes[lang].add(alias, _Alias(actor_id, strength, toks[0]))

    @staticmethod
    def _ref(entry: dict) -> ActorRef:
        kind = entry.get("kind") or "person"
        if kind not in ACTOR_KINDS:
            raise InputError(f"gazetteer entry {entry.get('name')!r} has kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}")
        country = entry.get("country") or None
        return ActorRef(
            actor_id=entry.get("id") or entry.get("actor_id") or slugify(entry["name"]),
            name=entry["name"],
            kind=kind,
            country=country.upper() if country else None,
            name_ar=entry.get("name_ar") or None,
        )

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

    def _scan(self, text: str, lang: str, tokens: list[Token] | None) -> tuple[tuple, tuple]:
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
        actors = self._find_actors(text, lang, tokens, words, at, country_hits)
        result = (tuple(country_hits), tuple(actors))
        self._last = (text, lang, result)
        return result

    def _find_actors(self, text: str, lang: str, tokens, words, at, country_hits) -> list[ActorHit]:
        matches = self._indexes[lang].find(text, tokens, words, at)
        strong_ids: set[str] = set()
        resolved: list[tuple[int, str | None]] = []
        text_countries: set[str] | None = None
        for k, m in enumerate(matches):
            ids = {a.actor_id for a in m.payloads if a.strength == _STRONG}
            if len(ids) > 1:
                # one name, several actors ("Labour Party"): the one whose country the text names
                if text_countries is None:
                    text_countries = {h.code for h in country_hits}
                local = {i for i in ids if self._actors[i].country in text_countries}
                ids = local if len(local) == 1 else ids
            if len(ids) == 1:
                actor_id = next(iter(ids))
                strong_ids.add(actor_id)
                resolved.append((k, actor_id))
            else:
                resolved.append((k, None))
        heads = self.titles.head_words(lang)
        spans: list[tuple[ActorHit, int, int]] = []  # with first and past-last token index
        for k, actor_id in resolved:
            m = matches[k]
            if actor_id is None:
                actor_id = self._resolve_weak(text, tokens, m, strong_ids, heads, lang)
                if actor_id is None:
                    continue
            before = m.i - 1 if m.i < 1 or tokens[m.i - 1].text not in ("the", "The") else m.i - 2
            if actor_id in self._places and before >= 0 and _is_locative(tokens[before].text, lang):
                continue  # "talks in the Kremlin": a place, not the actor
            if self._actors[actor_id].kind == "person" and self._surname_only(tokens, m, self._actors[actor_id], lang) \
                    and self._inside_other_name(
                    text, tokens, m.i, lang, heads, self._actors[actor_id]):
                continue  # "Robert Dujarric" is not Stephane Dujarric; "حافظ الأسد" is not Bashar
            spans.append((ActorHit(self._actors[actor_id], m.start, m.end), m.i, m.j))
        spans = self._in_context(text, tokens, spans, country_hits, lang)
        passing: list = []  # named in passing: no actor, and no institution either
        in_passing = self._in_passing_en if lang == "en" else self._in_passing_ar
        kept = []
        for s in spans:
            (passing if in_passing(text, tokens, *s) else kept).append(s)
        passing = [(h.start, h.end) for h, _, _ in passing]
        spans = kept
        taken = [(h.start, h.end) for h, _, _ in spans]
        orgs = tuple((h.start, h.end, h.actor.country) for h, _, _ in spans if h.actor.kind == "org")
        known_countries = tuple({h.actor.actor_id: h.actor.country for h, _, _ in spans}.values())
        for th in self.titles.find(text, lang, tokens, country_hits, taken, orgs, known_countries, words, at):
            name = th.name
            ref = ActorRef(_slug(name), name, "person", th.country, th.name_ar)
            known = self._actors.get(ref.actor_id) or self._similar_person(name, th.name_ar)
            i = token_index(tokens, th.start, 1) or 0
            spans.append((ActorHit(known or ref, th.start, th.end), i, i + 1))
        self._add_institutions(text, lang, tokens, words, country_hits, spans, at, passing)
        spans.sort(key=lambda s: (s[0].start, s[0].end))
        people = [(p, q) for other, p, q in spans if other.actor.kind == "person"]
        if not people:
            return [h for h, _, _ in spans]
        return [h for h, i, j in spans if h.actor.kind != "org" or not self._affiliation(text, tokens, i, j, people, lang)]

    def _add_institutions(self, text, lang, tokens, words, country_hits, spans, at, passing=()) -> None:
        """Central banks, electoral commissions, parliaments the gazetteer does not list (`institutions.py`)."""
        main: list[str | None] = []

        def main_country() -> str | None:
            if not main:
                main.append(_main_country(country_hits, [h.actor.country for h, _, _ in spans]))
            return main[0]

        found = self.institutions.find(text, lang, tokens, words, country_hits, main_country,
                                       lambda code: self.countries.country_name(code, "en"), self._central_banks.get,
                                       at)
        if not found:
            return
        taken = sorted([(h.start, h.end) for h, _, _ in spans] + list(passing))
        refs: dict[str, ActorRef] = {}
        for ih in found:
            if any(s < ih.end and ih.start < e for s, e in taken):
                continue
            # a short form takes the actor of the full name the text gives the same body
            name = self._same_body(text, ih, found)
            ref = refs.get(name)
            if ref is None:
                slug = _slug(name)
                ref = self._actors.get(ih.known or slug)
                if ref is not None and not ih.known and ref.country != ih.country:
                    ref = None  # another country's body of the same name
            if ref is None:
                country_name = self.countries.country_name(ih.country, "en") if ih.country else None
                in_name = country_name and country_name in name
                actor_id = slug if not ih.country or in_name else f"{slug}-{ih.country.lower()}"
                ref = ActorRef(actor_id, name, "org", ih.country, None)
            refs[name] = ref
            i = token_index(tokens, ih.start, 1) or 0
            j = (token_index(tokens, ih.end, 2) or i) + 1
            spans.append((ActorHit(ref, ih.start, ih.end), i, j))
            taken.append((ih.start, ih.end))

    @staticmethod
    def _same_body(text: str, ih, found) -> str:
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
            if words < set(other.name.split()) and (as_written or lang_ar(text[other.start:other.end])):
                return other.name
            if derived and ih.name.startswith("Central Bank") and as_written and "Bank" in other.name.split():
                return other.name
        return ih.name

    def _in_passing_en(self, text: str, tokens, hit: ActorHit, i: int, j: int) -> bool:
        """An organisation named in passing: "UN inspectors", "during the UN General Assembly"."""
        if hit.actor.kind != "org":
            return False
        # "UN inspectors", "U.N. sanctions" (the full stop of the initials stands before the noun)
        if j < len(tokens) and tokens[j].text in self._attributive_en and text[hit.end:tokens[j].start] in (" ", ". "):
            return True
        if self._event_orgs_en.isdisjoint(hit.actor.name.split()):
            return False
        before = text[max(0, hit.start - 24):hit.start].rstrip()
        if before.endswith((" the", " The")):
            before = before[:-4].rstrip()
        return (" " + before).endswith(self._event_before_en)

    def _in_passing_ar(self, text: str, tokens, hit: ActorHit, i: int, j: int) -> bool:
        """«مفتشي الأمم المتحدة»، «على هامش الجمعية العامة»: the noun before the name governs it."""
        if hit.actor.kind != "org" or i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
            return False
        prev = surface_ar(tokens[i - 1].text)
        if not self._attributive_ar.isdisjoint(prev):
            return True
        if self._event_before_ar.isdisjoint(prev):
            return False
        name = normalize_text(text[hit.start:hit.end]).strip()
        return name.startswith(self._event_orgs_ar)

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
            if not why or hit.actor.country in present:
                out.append((hit, i, j))
                continue
            if main is False:
                main = _main_country(country_hits)
            ref = moved.get(hit.actor.actor_id)
            if ref is None and main and why in ("descriptive", "word"):
                surface = text[hit.start:hit.end]
                if why == "descriptive":
                    name = hit.actor.name
                elif lang == "en" and surface in self._legislatures:
                    name = f"{surface} of {self.countries.country_name(main, 'en')}"
                else:
                    name = None
                if name:
                    ref = ActorRef(f"{slugify(name)}-{main.lower()}", name, "org", main, None)
                    moved[hit.actor.actor_id] = ref
            if ref is not None:
                out.append((ActorHit(ref, hit.start, hit.end), i, j))
        return out

    def _surname_only(self, tokens, m, actor: ActorRef, lang: str) -> bool:
        """The match is (part of) the surname alone: "Philippe", «بن صالح», not the given name first."""
        if m.j - m.i == 1:
            return True
        if lang == "ar":
            first = self._first_ar.get(actor.actor_id)
            return first is None or first not in surface_ar(tokens[m.i].text)
        return tokens[m.i].text != actor.name.split()[0]

    def _inside_other_name(self, text: str, tokens, i: int, lang: str, heads: frozenset[str],
                           actor: ActorRef) -> bool:
        """A one-word name that is part of a longer name the gazetteer does not know.

        A neighbour that belongs to the actor's own name ("رجب أردوغان", "Tayyip Erdogan") is fine.
        """
        def joined(a: int, b: int) -> bool:
            return 0 <= a and b < len(tokens) and text[tokens[a].end:tokens[b].start] == " "

        if lang == "ar":
            if not joined(i - 1, i):
                return False
            prev = tokens[i - 1].text
            own = normalize_text(actor.name_ar or "").split()
            if tokens[i].text.startswith("و") and not any(w.startswith("و") for w in own):
                return False  # «بوتين والشرع»: the conjunction starts a second name
            return (prev in self.titles.given_names_ar() and prev not in own
                    and not any(k in heads for k in ar_keys(prev)))

        own_en = set(actor.name.split())
        for alias in self._aliases.get(actor.actor_id, ()):
            own_en.update(alias.split())

        def name_word(k: int) -> bool:
            word = tokens[k].text
            return (word[:1].isupper() and not word.isupper() and word not in heads and word not in own_en
                    and not self.titles.is_stopword(word, "en") and not self.countries.is_country_phrase(word, "en"))

        if joined(i - 1, i) and name_word(i - 1) and not _sentence_start(text, tokens[i - 1].start):
            return True
        if i >= 2 and tokens[i - 1].text in ("Al", "El", "al", "el") and text[tokens[i - 1].end:tokens[i].start] == "-" \
                and joined(i - 2, i - 1) and name_word(i - 2) and not _sentence_start(text, tokens[i - 2].start):
            # "Khalid Al-Mansouri" is not Wassim Mansouri; "Abdelfatah Al-Burhan" is Abdel Fattah al-Burhan
            given = tokens[i - 2].text.lower()
            words = actor.name.lower().split()
            return not any(fuzz.ratio(given, w) >= 75 for w in (*words, "".join(words[:2])))
        return joined(i, i + 1) and name_word(i + 1)

    def _affiliation(self, text, tokens, i: int, j: int, people: list[tuple[int, int]], lang: str) -> bool:
        """An organisation inside a named person's title is their affiliation, not a second actor.

        "المتحدث باسم الكرملين دميتري بيسكوف", "Kremlin spokesman Dmitry Peskov",
        "ديفيد هيل وكيل وزارة الخارجية الأميركية": the actor is the person.
        """
        titles = self.titles.title_spans(text, tokens, max(0, i - 4), min(len(tokens), j + 4))

        def joined(a: int, b: int) -> bool:
            # tokens a..b with nothing but spaces (and 's) between, and no "and"/"و" joining two actors
            for k in range(a, b):
                if text[tokens[k].end:tokens[k + 1].start] not in (" ", "'", "’"):
                    return False
                word = tokens[k + 1].text
                if k + 1 < b and (word in _JOINERS or (lang == "ar" and word.startswith("و"))):
                    return False
            return True

        for ti, tj in titles:
            # title, organisation, (adjective,) person: المتحدث باسم الكرملين دميتري بيسكوف; or a title
            # that runs into the organisation: رئيس المفوضية الوطنية العليا للانتخابات عماد ...
            if ti < i and (i - 2 <= tj <= i or tj <= j) and any(j <= p <= j + 2 and joined(j - 1, p) for p, _ in people):
                return True
            # organisation, title, person: Kremlin spokesman Dmitry Peskov
            if j <= ti <= j + 3 and joined(j - 1, ti) and any(p == tj for p, _ in people):
                return True
            # person, title running into the organisation: ديفيد هيل وكيل وزارة الخارجية الأميركية
            if ti < i <= tj + 1 and any(q == ti or (q == ti - 1 and False) for _, q in people):
                return True
        return False

    def _resolve_weak(self, text, tokens, m, strong_ids, heads, lang) -> str | None:
        ids = {a.actor_id for a in m.payloads}
        if m.i > 0 and all(a.strength == _WEAK for a in m.payloads) and self._after_royal(tokens[m.i - 1].text, lang):
            return None  # "King Philippe" is not Edouard Philippe: a monarch is named by a given name
        after_title = self._after_title(tokens, m.i, heads, lang)
        present = ids & strong_ids
        first = m.payloads[0].first
        if lang == "ar":
            common = strip_al(first) in self._common["ar"] or self.countries.is_country_phrase(first, "ar")
            everyday = common
        else:
            common = m.j - m.i == 1 and first in self._common["en"]
            everyday = m.j - m.i == 1 and self.titles.is_stopword(first, "en")
        if everyday and not after_title:
            return None  # "May", "سلامة": an everyday word unless a title stands before it
        if len(present) == 1:
            return next(iter(present))
        if common and not after_title:
            return None
        if len(ids) != 1:
            return None
        alias = m.payloads[0]
        if after_title:
            return alias.actor_id
        if alias.strength == _STRONG:  # an alias two actors share and neither is named in full
            return None
        if lang == "en":
            return alias.actor_id if (m.j - m.i > 1 or len(first) >= 4) else None
        # Arabic words have no capitals: a bare surname stands alone only when it cannot be an
        # everyday word, i.e. a nisba with its article (الشيباني) or a compound (أبو قصرة).
        if m.j - m.i == 1 and not first.startswith("ال"):
            return None
        return alias.actor_id

    def _after_royal(self, word: str, lang: str) -> bool:
        royal = self._royal[lang]
        if lang == "ar":
            return any(k in royal for k in surface_ar(word))
        return word in royal

    @staticmethod
    def _after_title(tokens: list[Token], i: int, heads: frozenset[str], lang: str) -> bool:
        for back in (1, 2):
            if i - back < 0:
                return False
            word = tokens[i - back].text
            keys = ar_keys(word) if lang == "ar" else (word, word.lower())
            if any(k in heads for k in keys):
                return True
        return False

    def find_countries(self, text: str, lang: str, tokens: list[Token] | None = None,
                       actors: list[ActorHit] | None = None) -> list[CountryHit]:
        """Country names, capitals and adjectives, plus (via="actor") the countries of the actors.

        A country word inside a person's name ("محمد شياع السوداني") is not a country mention.
        """
        lang = "ar" if lang == "ar" else "en"
        if not text:
            return []
        last = self._last
        if actors is not None and (last is None or last[1] != lang or last[0] != text):
            # the caller has the actors: the country scan alone will do, not the actor and title scans
            country_hits = self.countries.find(text, lang, tokens)
        else:
            country_hits, found = self._scan(text, lang, tokens)
            if actors is None:
                actors = list(found)
        person_spans = sorted((a.start, a.end) for a in actors if a.actor.kind == "person")
        hits = [h for h in country_hits if not _inside(h.start, h.end, person_spans)]
        hits += [CountryHit(a.actor.country, a.start, a.end, "actor") for a in actors if a.actor.country]
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


# the same people and bodies come back article after article: their ids are worked out once
_slug = lru_cache(maxsize=16384)(slugify)

_JOINERS = frozenset({"and", "or", "but", "with", "to", "for", "from", "by", "of", "the", "a", "an", "as", "at", "in", "on",
            "مع", "في", "او", "ثم", "من", "الى", "على", "عن"})
_LOCATIVE_AR = frozenset({"في", "داخل", "امام", "الى", "من"})
_LOCATIVE_EN = frozenset({"in", "at", "inside", "outside", "to", "from"})


def _is_locative(word: str, lang: str) -> bool:
    if lang == "en":
        return word in _LOCATIVE_EN
    return word in _LOCATIVE_AR or (len(word) > 2 and word[0] in "بف" and word[1:] in _LOCATIVE_AR)


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


def lang_ar(surface: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in surface)


def _main_country(country_hits, known: Iterable[str | None] = ()) -> str | None:
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


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of the sorted `spans`."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


@lru_cache(maxsize=16)
def _load_cached(data_dir: Path, extra: tuple[str, ...]) -> Gazetteer:
    entries = merge_extra(read_entries(data_dir), (json.loads(r) for r in extra))
    common_path = data_dir / "gazetteer" / "common_words.json"
    common = json.loads(common_path.read_text(encoding="utf-8")) if common_path.exists() else {}
    return Gazetteer(entries, CountryFinder.load(data_dir), TitleFinder.load(data_dir), common,
                     InstitutionFinder.load(data_dir))
