"""Countries named in a text, as ISO 3166-1 alpha-2 codes.

Names come from babel's CLDR territory names (English and Arabic) plus the alias table in
`data/gazetteer/countries.json`, which also holds capitals and venue cities (a capital stands for
its government: "Moscow said"), adjectives and Arabic nisba stems (سوري -> السوري، السورية،
السوريين ...). Phrases mapped to null there ("Latin America", "New Mexico") swallow the words
inside them so that no country is read from them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence, Set
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.between_parties import BetweenParties
from claimtracker.extract.country_lists import cldr_names, mark_lists
from claimtracker.extract.country_subjects_ar import ArabicSubjects
from claimtracker.extract.country_subjects_en import EnglishSubjects
from claimtracker.extract.joint_states import (
    group_members_ar,
    joint_states_ar,
    listed_member_nouns,
    listed_members_ar,
    load_duals,
    load_members,
    meeting_members_ar,
)
from claimtracker.extract.marked_names import marked_names, read_marked
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.phrases import (
    Token,
    phrase_tokens,
    positions,
    sentence_start,
    surface_ar,
    token_after,
    token_index,
    tokenize_words,
)
from claimtracker.extract.state_agents import (
    agents,
    capital_after_verb_ar,
    doers_en,
    kingdom_subjects,
    members_en,
    noun_agents,
)
from claimtracker.extract.state_bodies import bodies_acting_ar, bodies_acting_en, sponsors_ar, sponsors_en
from claimtracker.extract.state_subjects import capital_subject, headline_subjects_en, relative_subjects_ar
from claimtracker.extract.verbs_ar import (
    joined_ar,
    masdar_after_prep,
    past_verb_ar,
    present_verb,
    verb_agreeing,
    verb_at_ar,
)
from claimtracker.text import normalize_text

VIAS = ("name", "capital", "adjective", "actor")
# Arabic nisba endings after the stem (ة is folded to ه by normalisation): m., f., pl. m., pl. f.
_NISBA_ENDINGS = ("", "ه", "ون", "ين", "ات", "ان", "ا")


class CountryHit(NamedTuple):
    # a named tuple: one is built per country word, and a frozen dataclass's constructor cost a microsecond
    code: str
    start: int
    end: int
    via: str  # name | capital | adjective | actor
    # part of an enumeration of three or more countries ("Vietnam, Brazil, Chile and Indonesia"),
    # or an English adjective saying where a company is from ("Chinese firms"): such passing mentions often
    # name countries that are not what the text is about
    listed: bool = False
    # the adjective of a company's nationality ("the British company behind the project"): listed, so
    # no state acts and the text's main state is not read from it, but a country the article names
    firm: bool = False


class CountryFinder(BetweenParties, EnglishSubjects, ArabicSubjects):
    """Finds country names, capitals and adjectives in Arabic or English text."""

    def __init__(self, table: dict, exclude: set[str], duals: frozenset[str] = frozenset(),
                 members: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
        self._indexes: dict[str, NameIndex[tuple[str | None, str]]] = {}
        self._names: dict[str, dict[str, str]] = {"en": {}, "ar": {}}
        self._adjectives_en: dict[str, str] = {}
        self._person_like_en = set(table.get("person_like_en", []))
        self._title_words_en = set(table.get("title_words_en", []))
        self._function_words_en = set(table.get("function_words_en", []))
        self._veto_context_en = {k: [w for w in v] for k, v in table.get("veto_context_en", {}).items()}
        self._ethnic_before_en = frozenset(table.get("ethnic_before_en", []))
        self._outlet_heads_en = frozenset(table.get("outlet_heads_en", []))
        self._outlet_of_en = frozenset(table.get("outlet_of_en", []))
        self._outlet_ar = frozenset(table.get("outlet_heads_ar", [])), frozenset(table.get("outlet_of_ar", []))
        self._region_compounds_en = frozenset(table.get("region_compounds_en", []))
        self._language_compounds_en = frozenset(table.get("language_compounds_en", []))
        self._source_nouns_en = frozenset(table.get("source_nouns_en", []))
        self._source_nouns_ar = frozenset(normalize_text(w) for w in table.get("source_nouns_ar", []))
        self._need_prev_ar = {k: set(v) for k, v in table.get("need_prev_ar", {}).items()}
        self._acting_after_en = frozenset(table.get("acting_after_en", []))
        self._standing_for: dict[str, str] = dict(table.get("capitals_standing_for", {}))
        self._acting_before_en = frozenset(table.get("acting_before_en", []))
        self._after_relative_en = frozenset(table.get("acting_after_relative_en", []))
        self._plural_predicates_en = frozenset(table.get("plural_predicates_en", []))
        self._acting_before_ar = frozenset(normalize_text(w) for w in table.get("acting_before_ar", []))
        self._subject_after_ar = frozenset(normalize_text(w) for w in table.get("subject_after_ar", []))
        self._topic_before_ar = frozenset(normalize_text(w) for w in table.get("topic_before_ar", []))
        self._particles_ar = frozenset(normalize_text(w) for w in table.get("predicate_particles_ar", []))
        self._masculine_ar = frozenset(table.get("masculine_ar", []))
        self._bodies_en = frozenset(table.get("state_bodies_en", []))
        self._reporting_en = frozenset(table.get("reporting_bodies_en", []))
        self._speech_en = frozenset(table.get("speech_verbs_en", []))
        self._bodies_ar = frozenset(normalize_text(w) for w in table.get("state_bodies_ar", []))
        self._qualifiers_ar = frozenset(normalize_text(w) for w in table.get("body_qualifiers_ar", []))
        self._sponsors_en = frozenset(table.get("sponsor_nouns_en", []))
        self._counterparts_en = frozenset(table.get("counterpart_nouns_en", []))
        self._sponsors_ar = frozenset(normalize_text(w) for w in table.get("sponsor_nouns_ar", [])
                                      + table.get("joint_adjectives_ar", []) + table.get("counterpart_nouns_ar", []))
        self._place_before_en = frozenset(table.get("place_before_en", []))
        self._venue_before = {"en": frozenset(table.get("venue_before_en", [])),
                              "ar": frozenset(normalize_text(w) for w in table.get("venue_before_ar", []))}
        self._venue_prefix_ar = tuple(sorted(table.get("venue_prefix_ar", []), key=len, reverse=True))
        self._party_nouns_en = frozenset(table.get("party_nouns_en", []))
        self._of_the_en = frozenset(table.get("of_the_en", []))
        self._party_nouns_ar = frozenset(normalize_text(w) for w in table.get("party_nouns_ar", []))
        self._duals_ar = duals
        self._members_ar = members
        self._firm_nouns_en = frozenset(table.get("firm_nouns_en", []))
        self._agent_phrases = {lang: tuple(phrase_tokens(p.lower() if lang == "en" else normalize_text(p), lang)
                                           for p in table.get(f"agent_phrases_{lang}", []))
                               for lang in ("en", "ar")}
        self._compound_participles_en = frozenset(table.get("compound_participles_en", []))
        self._place_verbs_ar = frozenset(normalize_text(w) for w in table.get("place_verbs_ar", []))
        self._kind_words = {lang: {(w if lang == "en" else normalize_text(w)): frozenset(codes)
                                   for w, codes in table.get(f"state_kind_words_{lang}", {}).items()}
                            for lang in ("en", "ar")}
        self._doers_en = frozenset(table.get("doer_nouns_en", []))
        self._members_en = frozenset(table.get("member_nouns_en", []))
        self._enumerating_en = frozenset(table.get("enumerating_nouns_en", []))
        self._groups_ar = frozenset(normalize_text(w) for w in table.get("group_members_ar", []))
        self._listed_ar = listed_member_nouns(table.get("listed_members_ar", []))
        self._doers_ar = frozenset(normalize_text(w) for w in table.get("doer_nouns_ar", []))
        self._agent_nouns = {"en": frozenset(table.get("agent_nouns_en", [])),
                             "ar": frozenset(normalize_text(w) for w in table.get("agent_nouns_ar", []))}
        self._marked_ar = marked_names(table.get("marked_ar", []))
        self._shared_adjectives = {code: tuple(others) for code, others in table.get("shared_adjectives", {}).items()
                                   if not code.startswith("_")}
        for lang in ("en", "ar"):
            index: NameIndex[tuple[str | None, str]] = NameIndex(lang)
            cldr = cldr_names(lang, exclude)
            blocked = {normalize_text(b) for b in table.get(f"blocked_{lang}", [])}
            for code, names in cldr.items():
                self._names[lang][code] = names[0]
                for name in names:
                    if normalize_text(name) not in blocked:
                        index.add(name, (code, "name"))
            for code, entry in table.get("countries", {}).items():
                if entry.get(f"name_{lang}"):
                    self._names[lang][code] = entry[f"name_{lang}"]
                for name in entry.get(lang, []):
                    index.add(name, (code, "name"))
                for name in entry.get(f"capitals_{lang}", []):
                    index.add(name, (code, "capital"))
                if lang == "en" and entry.get("adj_en"):
                    self._adjectives_en[code] = entry["adj_en"][0]
                for adj in entry.get(f"adj_{lang}", []):
                    if lang == "ar":
                        for ending in _NISBA_ENDINGS:
                            index.add(adj + ending, (code, "adjective"))
                            index.add("ال" + adj + ending, (code, "adjective"))
                    else:
                        index.add(adj, (code, "adjective"))
            for phrase in table.get(f"stop_{lang}", []):
                index.add(phrase, (None, "stop"))
            if lang == "ar":
                for key in self._marked_ar:
                    index.add(key, (key, "marked"))  # the code is read from the word's marks in `find`
            self._indexes[lang] = index
        # a frozenset: its membership test is a fast method call, a dict keys view's a slot wrapper
        self._starters = {lang: frozenset(index.starters()) for lang, index in self._indexes.items()}

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> CountryFinder:
        return _load_cached(Path(data_dir).resolve())

    def country_name(self, code: str, lang: str = "en") -> str | None:
        return self._names.get(lang, {}).get(code)

    def of_name(self, code: str) -> str | None:
        """The English name as it follows "of" in a body's name: "the Philippines", "Jordan"."""
        name = self._names["en"].get(code)
        return f"the {name}" if name and code in self._of_the_en else name

    def adjective_en(self, code: str) -> str | None:
        """The English nationality adjective ("Jordanian"), or None where the data has none."""
        return self._adjectives_en.get(code)

    def codes(self) -> list[str]:
        return sorted(self._names["en"])

    def stands_for(self, text: str, start: int, end: int, via: str | None) -> str | None:
        """The gazetteer id of the body a capital stands for instead of its state ("Brussels": the
        EU), read through an Arabic clitic («وبروكسل»); None for every other hit."""
        if via != "capital":
            return None
        return next((self._standing_for[w] for w in surface_ar(text[start:end]) if w in self._standing_for), None)

    def is_venue(self, text: str, start: int, lang: str) -> bool:
        """Whether the country word at `start` names a place things happen in ("in Switzerland",
        «في سويسرا», «بسويسرا») by the word or clitic before it."""
        i = start
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        glued = text[i:start]
        if lang == "ar" and glued:
            return glued in self._venue_prefix_ar
        words = text[max(0, i - 12):i].split()
        if not words or glued:
            return False
        last = words[-1].lower() if lang == "en" else normalize_text(words[-1])
        return last in self._venue_before.get(lang, frozenset())

    def is_country_phrase(self, phrase: str, lang: str) -> bool:
        """True when the phrase is a country name, capital or adjective (for name heuristics)."""
        return phrase in self._indexes[lang]

    def starters(self, lang: str) -> Set[str]:
        """Every text word that `find` looks at."""
        return self._starters["ar" if lang == "ar" else "en"]

    def find(self, text: str, lang: str, tokens: list[Token] | None = None,
             words: list[str] | None = None, at: list[int] | None = None) -> list[CountryHit]:
        """`words` (the tokens' texts) and `at` (sorted token positions including every one whose word
        is in `starters`) save the work when the caller has done it once for several finders."""
        lang = "ar" if lang == "ar" else "en"
        if tokens is None:
            tokens, words = tokenize_words(text, lang)
        elif words is None:
            words = list(map(itemgetter(0), tokens))
        index = self._indexes[lang]
        if at is None:
            at = positions(words, self._starters[lang])
        hits: list[CountryHit] = []
        matches = list(index.find(text, tokens, words, at))
        for k, m in enumerate(matches):
            code, via = m.payloads[0]
            if via == "marked":
                code, via = read_marked(self._marked_ar[code], text, m.start, m.end)  # type: ignore[index]
            if code is None:
                continue
            if lang == "en" and not self._keep_en(text, tokens, m.i, m.j):
                continue
            if lang == "ar" and not self._keep_ar(tokens, m.i, m.j) and not self._in_state_list_ar(tokens, matches, k):
                continue
            firm = via == "adjective" and lang == "en" and self._of_firm_en(text, tokens, m.j)
            # where the sources are ("diplomats in Brussels", «مصادر دبلوماسية في جنيف»): background too
            sources = via in ("name", "capital") and self._sources_in(tokens, m.i, lang)
            hits.append(CountryHit(code, m.start, m.end, via, firm or sources, firm))
        return mark_lists(text, self._own_adjectives(hits) if self._shared_adjectives else hits)

    def _own_adjectives(self, hits: list[CountryHit]) -> list[CountryHit]:
        """Adjectives two states share ("Dominican": the Dominican Republic's and Dominica's) read as
        the other state's where the text names that one and not the adjective's own."""
        named = {h.code for h in hits if h.via in ("name", "capital")}
        out = []
        for h in hits:
            others = self._shared_adjectives.get(h.code) if h.via == "adjective" else None
            if others and h.code not in named:
                other = next((o for o in others if o in named), None)
                if other is not None:
                    h = h._replace(code=other)
            out.append(h)
        return out

    def _sources_in(self, tokens: list[Token], i: int, lang: str) -> bool:
        """A place named as where a report's sources are: "diplomats in Brussels said", "officials
        based in Nairobi", «أفادت مصادر دبلوماسية غربية في جنيف» (up to two adjectives between)."""
        if lang == "en":
            k = i - 1
            if k >= 1 and tokens[k].text == "in":
                k -= 1
                if k >= 1 and tokens[k].text == "based":
                    k -= 1
                return tokens[k].text.lower() in self._source_nouns_en
            return False
        if i < 2 or tokens[i - 1].text != "في":
            return False
        return any(f in self._source_nouns_ar for k in range(max(0, i - 4), i - 1)
                   for f in surface_ar(tokens[k].text))

    def _of_firm_en(self, text: str, tokens: list[Token], j: int) -> bool:
        """An English nationality adjective that only says where companies are from ("the French
        company Thales", "Korean firms"): like a passing list, no state acting and not the state
        the text is about, though a country the article names (`CountryHit.firm`). Arabic golds list
        such a state («شركة صينية»: in 26 of 35 seen articles), so an Arabic one counts as any other
        mention."""
        return (j < len(tokens) and tokens[j].text.lower() in self._firm_nouns_en
                and text[tokens[j - 1].end:tokens[j].start] == " ")

    def acting(self, text: str, lang: str, tokens: list[Token] | None = None,
               inside: Sequence[tuple[int, int]] = (), hits: list[CountryHit] | None = None,
               actor_codes: Sequence[str] = ()) -> list[CountryHit]:
        """Country names in the place of an acting subject: a state as an actor.

        English: the name before a verb ("Turkey will", "Qatar hosted"), also across a relative
        clause ("Croatia, which has objected, will back") or a second subject ("Turkey and Qatar
        will"), or after "by"/"between"; Arabic: the name after a verb agreeing with it (أعلنت تركيا،
        تستضيف قطر) or after بين. Adjectives, names in passing lists, a name after a preposition
        ("relations with India have") and names inside the spans `inside` (organisations: "the Bank
        of Thailand is") are left out. A capital acts only as a subject before its verb ("Beijing
        has yet to", «أن القاهرة لن»), never as a dateline (`state_subjects.py`); bodies, sponsors
        and joint bodies named by a state are `state_bodies.py`'s. `actor_codes` are the countries
        of the text's other actors (one per mention), which tell which kingdom «المملكة» is.
        """
        lang = "ar" if lang == "ar" else "en"
        if tokens is None:
            tokens = tokenize_words(text, lang)[0]
        if hits is None:
            hits = self.find(text, lang, tokens)
        starts = {h.start: h for h in hits}
        out: list[CountryHit] = []
        for h in hits:
            # a capital names a state's government too ("Moscow said"), but as often a venue or,
            # for Brussels, the EU: it acts only as the subject right before a finite verb ("Beijing
            # has yet to", "Lima and Quito eye", «الرباط ومدريد تستعدان», «أكد أن القاهرة لن تقبل»),
            # never at a line's start before a comma or dash (a dateline) nor after a preposition
            capital = h.via == "capital"
            if not capital and h.via != "name":
                continue
            i = token_index(tokens, h.start, 1)
            if i is None or any(s <= h.start and h.end <= e for s, e in inside):
                continue
            if h.listed:
                # a list after "a meeting with" names its sides ("an informal meeting with Greece,
                # Turkey and Britain"), though a list is otherwise a mention in passing
                if lang == "en" and self._with_party_en(text, tokens, i, starts):
                    out.append(h)
                continue
            if lang == "ar" and self._with_party_ar(text, tokens, i):
                out.append(h)  # «اتفاق مع موسكو»: the other side of the undertaking, a capital too
                continue
            if capital and not capital_subject(text, h):
                continue
            j = token_after(tokens, i, h.end)
            prev = tokens[i - 1].text if i > 0 else ""
            if lang == "en" and self._compound_agent_en(text, tokens, j):
                out.append(h)  # "the U.S.-backed route", "a Kenya-led mission": the state backs or leads it
            elif lang == "en":
                # "investors from the United Arab Emirates could": the article does not end the phrase
                if prev.lower() in self._place_before_en or (
                        prev.lower() == "the" and i > 1 and tokens[i - 2].text.lower() in self._place_before_en):
                    if prev.lower() in ("with", "the") and self._with_party_en(text, tokens, i, starts):
                        out.append(h)  # "talks with Russia": the other side (country_subjects_en)
                    continue
                by_owner = prev == "by" and text[h.end:h.end + 2] in ("'s", "\u2019s")  # "led by Angola's state firm X"
                if (prev in self._acting_before_en and not by_owner) or self._verb_after_en(text, tokens, j, starts) \
                        or (prev == "and" and (self._second_party(text, tokens, i - 1)
                                               or self._plural_second_en(text, tokens, i, j, starts))) \
                        or self._listed_party_en(text, tokens, h.start) or self._with_party_en(text, tokens, i, starts):
                    out.append(h)
            elif not capital and prev and tokens[i - 1].start not in starts and not masdar_after_prep(prev) \
                    and any(verb_agreeing(f) or f in self._acting_before_ar
                            or (h.code in self._masculine_ar and f[:1] in "يس" and present_verb(f))
                            for f in surface_ar(prev)):
                # (a country before, «بين تونس والجزائر», is no verb though it may start with ت)
                out.append(h)
                if prev not in self._acting_before_ar:
                    # states joined to the subject share its verb («أعلنت تركيا وقطر»); after بين the
                    # second one acts only in a joint undertaking (`_second_party`)
                    out.extend(joined_ar(tokens, j, starts)[0])
            elif capital and self._capital_party_ar(text, tokens, i):
                out.append(h)  # «المفاوضات بين واشنطن وطهران»: a capital as a side of a joint undertaking
            elif capital and capital_after_verb_ar(text, tokens, h, self._place_verbs_ar):
                out.append(h)  # «تستضيف الدوحة», «لم تعلن أنقرة»: the verb first, the capital its subject
                out.extend(joined_ar(tokens, j, starts)[0])  # «أن تبدأ الدوحة وبروكسل»: both its subject
            elif tokens[i].text.startswith("و") and self._second_party(text, tokens, i):
                out.append(h)  # «بين دول المجلس واليابان», «المفاوضات بين واشنطن وطهران»: the second side
            elif any(f in self._topic_before_ar for f in surface_ar(prev)):
                # «أما واشنطن، فقال سفيرها»: the state is the topic the clause after ف is about; a
                # verb carries three letters at least after ف («فهي», a pronoun, describes it)
                joined, k = joined_ar(tokens, j, starts)
                if k < len(tokens) and text[tokens[k - 1].end:tokens[k].start].strip() in ("", "،", ",") \
                        and tokens[k].text.startswith("ف") and len(tokens[k].text) > 3:
                    out.append(h)
                    out.extend(joined)
            elif sentence_start(text, h.start) or any(f in self._subject_after_ar for f in surface_ar(prev)):
                # «تونس تدرس», «العراق وتركيا يستأنفان»: a state opening the sentence as the subject of
                # a verb; after the complementiser the same («قال إن قطر ستعلن», «أكد أن مصر لن تقبل»)
                joined, k = joined_ar(tokens, j, starts)
                if verb_at_ar(text, tokens, k, self._particles_ar):
                    out.append(h)
                    out.extend(joined)
        if lang == "en":
            out += bodies_acting_en(text, tokens, hits, self._bodies_en | self._reporting_en,
                                    self._place_before_en, lambda t, toks, k: self._body_acts_en(t, toks, k, starts))
            out += sponsors_en(tokens, hits, self._sponsors_en, self._counterparts_en)
            out += headline_subjects_en(text, tokens, [h for h in hits if not h.listed])
            out += agents(text, lang, tokens, hits, self._agent_phrases["en"], self._bodies_en)
            out += noun_agents(text, lang, tokens, hits, self._agent_nouns["en"])
            out += doers_en(text, tokens, hits, self._doers_en)
            out += members_en(text, tokens, hits, self._members_en, self._enumerating_en)
            out += [CountryHit(c, s, e, "name") for c, s, e in kingdom_subjects(
                text, lang, tokens, hits, self._kind_words["en"],
                lambda i, j: j < len(tokens) and tokens[j].text in self._acting_after_en, actor_codes)]
        else:
            out += bodies_acting_ar(text, tokens, hits, self._bodies_ar,
                                    past_verb_ar,
                                    lambda t, toks, k: verb_at_ar(t, toks, k, self._particles_ar), self._qualifiers_ar)
            out += sponsors_ar(tokens, hits, self._sponsors_ar, self._doers_ar)
            out += joint_states_ar(text, tokens, [h for h in hits if not h.listed], self._party_nouns_ar,
                                   self._duals_ar)
            out += meeting_members_ar(text, tokens, hits, self._members_ar)
            out += group_members_ar(text, tokens, hits, self._groups_ar)
            out += listed_members_ar(text, tokens, hits, self._listed_ar)
            out += relative_subjects_ar(text, tokens, hits)
            out += agents(text, lang, tokens, hits, self._agent_phrases["ar"], self._bodies_ar)
            out += noun_agents(text, lang, tokens, hits, self._agent_nouns["ar"])
            out += [CountryHit(c, s, e, "name") for c, s, e in kingdom_subjects(
                text, lang, tokens, hits, self._kind_words["ar"],
                lambda i, j: self._subject_ar(text, tokens, i, j), actor_codes)]
        return sorted({x.start: x for x in out}.values(), key=lambda x: x.start)


@lru_cache(maxsize=8)
def _load_cached(data_dir: Path) -> CountryFinder:
    path = data_dir / "gazetteer" / "countries.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return CountryFinder(table, set(table.get("exclude_cldr", [])), load_duals(data_dir), load_members(data_dir))
