"""State institutions the gazetteer does not list, found by the shape of their names.

English: a run of capitalised institution words ending in a head noun, tied to a country before
it ("Malawi Electoral Commission", "Thai Army") or after it ("Bank of Thailand", "Ministry of
Foreign Affairs of Nepal", "Bank Indonesia"); a country's lowercase central bank ("Chile's central
bank", "the Kenyan central bank"); and, with the country the text is about, a run of two or more
such words naming a body ("Independent High Electoral Commission", "National Assembly")
(`institutions_en.py`, mixed in).

Arabic: «البنك المركزي» / «المصرف المركزي» with a nationality adjective or the text's country, and
electoral commissions («المفوضية العليا المستقلة للانتخابات», «مفوضية الانتخابات») rendered in
English from their adjectives, ministries and high courts (`institutions_ar.py`, mixed in). The
words are in `data/gazetteer/institutions.json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.committees_ar import STARTERS_AR as COMMITTEE_STARTERS_AR
from claimtracker.extract.committees_ar import find_committees
from claimtracker.extract.committees_en import CommitteeWords
from claimtracker.extract.councils_en import council_pattern
from claimtracker.extract.described_orgs import ApposedTables, DescribedTables
from claimtracker.extract.institutions_ar import (
    _COURT_AR,
    _FOREIGN_AR,
    _MINISTRY_AR,
    ArabicInstitutions,
    InstitutionHit,
)
from claimtracker.extract.institutions_en import EnglishInstitutions
from claimtracker.extract.legislature_refs import STARTERS_AR, BareParliamentWords, LegislatureNames
from claimtracker.extract.legislature_refs import find_ar as legislatures_ar
from claimtracker.extract.legislature_refs import find_en as bare_parliaments_en
from claimtracker.extract.local_bodies_ar import find_local_bodies, load_local_words
from claimtracker.extract.militaries_en import MilitaryWords, find_militaries_en
from claimtracker.extract.navies_ar import STARTERS_AR as NAVY_STARTERS_AR
from claimtracker.extract.navies_ar import find_navies
from claimtracker.extract.phrases import Token, clitic_forms, positions
from claimtracker.extract.pollsters_en import PollsterPatterns
from claimtracker.text import normalize_text


class InstitutionFinder(ArabicInstitutions, EnglishInstitutions):
    def __init__(self, table: dict, adjective: Callable[[str], str | None] | None = None) -> None:
        self._adjective = adjective or (lambda code: None)
        self._heads_en = frozenset(table.get("heads_en", []))
        self._words_en = frozenset(table.get("words_en", [])) | self._heads_en
        self._joiners_en = frozenset(table.get("joiners_en", []))
        self._free_heads_en = frozenset(table.get("no_country_heads_en", []))
        self._of_heads_en = frozenset(table.get("after_country_only_heads_en", []))
        self._police_names_en = frozenset(table.get("police_name_words_en", []))
        self._bare_heads_en = frozenset(table.get("bare_heads_en", []))
        self._own_name_ministries_en = frozenset(table.get("own_name_ministries_en", []))
        self._bank_verbs_en = frozenset(table.get("bank_verbs_en", []))
        self._euro_area = frozenset(table.get("euro_area", []))
        self._euro_bank = table.get("euro_area_bank")
        self._central_ar = tuple(tuple(normalize_text(p).split()) for p in table.get("central_bank_ar", []))
        self._electoral_heads_ar = {normalize_text(k): v for k, v in table.get("electoral_heads_ar", {}).items()}
        self._electoral_ar = frozenset(normalize_text(w) for w in table.get("electoral_words_ar", []))
        self._adj_ar = {normalize_text(k): v for k, v in table.get("adjectives_ar", {}).items()}
        self._committee_heads_ar = frozenset(normalize_text(k) for k in table.get("electoral_committee_heads_ar", []))
        self._committee_adj_ar = {
            normalize_text(k): v for k, v in table.get("electoral_committee_adjectives_ar", {}).items()}
        self._ministries_ar = {normalize_text(k): v for k, v in table.get("ministries_ar", {}).items()}
        self._army_parts_ar = frozenset(normalize_text(w).strip() for w in table.get("army_parts_ar", []))
        self._army_elsewhere_ar = dict(table.get("army_elsewhere_ar", {}))
        self._court_words_ar = {normalize_text(k): v for k, v in table.get("court_words_ar", {}).items()}
        self._court_order_en = tuple(table.get("court_word_order_en", []))
        self._state_voices = tuple(table.get("state_voice_words_en", []))
        self.acronym_heads_en = frozenset(table.get("acronym_heads_en", []))
        # capitalised abbreviations that name no body ("GDP will", "LNG would"): `acronym_orgs.acting_acronyms`
        self.non_body_acronyms_en = frozenset(table.get("non_body_acronyms_en", []))
        self._legislature_heads_en = frozenset(table.get("legislature_heads_en", []))
        self._race_nouns_en = frozenset(table.get("race_nouns_en", []))
        self._legislatures = dict(table.get("legislatures", {}))
        self._nation_council_ar = dict(table.get("nation_council_ar", {}))
        self._generic_words_en = frozenset(table.get("generic_body_words_en", []))
        self._generic_bodies_en = frozenset(table.get("generic_bodies_en", []))
        # bodies named "<Body> of <Country>" after a nationality adjective or a possessive country
        self._state_heads_en = self._legislature_heads_en | frozenset(table.get("state_body_heads_en", []))
        self._court_venues_en = frozenset(table.get("court_venues_before_en", []))
        self._state_bodies_en = frozenset(table.get("state_body_names_en", []))
        self._source_words_en = frozenset(table.get("data_source_words_en", []))
        self._missions_en = tuple(table.get("diplomatic_missions_en", []))
        self._portfolio_heads_en = frozenset(table.get("portfolio_heads_en", []))
        self._portfolio_stops_en = frozenset(table.get("portfolio_stops_en", []))
        self._descriptor_stops_en = frozenset(table.get("descriptor_stops_en", []))
        self.described_en = DescribedTables(
            frozenset(table.get("kind_nouns_en", [])),
            self.acronym_heads_en | frozenset(table.get("body_heads_en", [])),
            frozenset(table.get("acting_verbs_en", [])), self._joiners_en, self._words_en,
            frozenset(table.get("kind_nouns_people_en", [])), self._source_words_en,
            frozenset(table.get("party_nouns_en", [])), frozenset(table.get("determiners_en", [])),
            frozenset(table.get("party_followers_en", [])), frozenset(table.get("party_descriptors_en", [])),
            ApposedTables(*(frozenset(table.get(key, [])) for key in (
                "apposed_tails_en", "apposed_blockers_en", "media_descriptors_en", "place_prepositions_en",
                "officer_titles_en", "officer_heads_en", "sentence_adverbs_en", "adverb_suffix_en"))),
            frozenset(table.get("company_heads_en", [])),
            frozenset(f"{o} {w}" for o in table.get("aside_openers_en", []) for w in table.get("aside_times_en", []))
            | frozenset(table.get("aside_words_en", [])),
            frozenset(table.get("firm_nouns_en", [])),
            frozenset(table.get("portfolio_company_heads_en", [])),
            frozenset(table.get("local_council_kinds_en", [])),
            frozenset(table.get("kind_plurals_en", [])))
        starts_ar = {p[0] for p in self._central_ar} | set(self._electoral_heads_ar) \
            | {_MINISTRY_AR, _FOREIGN_AR, _COURT_AR} | STARTERS_AR | NAVY_STARTERS_AR | COMMITTEE_STARTERS_AR \
            | load_local_words(DATA_DIR).starters
        starts_ar |= self._org_starts_ar()  # organisation names from their words (orgs_ar.py)
        # every text word that may start an Arabic pattern, its clitics included (والبنك، للمفوضية)
        self._pool_ar = frozenset(f for w in starts_ar for f in clitic_forms(w))
        self._military_en = MilitaryWords(*(frozenset(table.get(f"military_{key}_en", [])) for key in
                                            ("subject_verbs", "troop_nouns", "troop_verbs", "not_after",
                                             "cabinet_verbs", "cabinet_descriptors", "cabinet_heads",
                                             "member_nouns")))
        self._bare_parliament_en = BareParliamentWords.from_table(table.get("bare_parliament_en", {}))
        committees = CommitteeWords.from_table(table)
        self.committees_en = (committees.pattern(), committees.skip, committees.forms)
        self.councils_en = council_pattern(frozenset(table.get("town_council_kinds_en", [])))
        self.pollsters_en = PollsterPatterns.from_table(table)
        self._pool_en = self._heads_en | {"central"} | self._military_en.starters() | self._bare_parliament_en.words

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> InstitutionFinder:
        return _load_cached(Path(data_dir).resolve())

    def legislature(self, code: str, country: str) -> str:
        """The English name of a state's parliament: its chamber's (Grand National Assembly of
        Turkey, Saeima, Iraqi Council of Representatives) where `legislatures` has one, else
        "Parliament of <Country>"."""
        template = self._legislatures.get(code, "Parliament of {country}")
        return template.format(country=country, adjective=self._adjective(code) or country.removeprefix("the "))

    def speaks_for_state(self, name: str) -> bool:
        """Whether the body named `name` (English) is a ministry, whose word is its state's."""
        return any(w in name for w in self._state_voices)

    def mission(self, name: str) -> bool:
        """Whether an English name is a state's diplomatic mission ("Australian High Commission")."""
        return name.endswith(self._missions_en) and "Joint" not in name

    def generic_body(self, name: str) -> bool:
        """Whether an English name is one every state's body may bear ("Supreme Court", "National
        Assembly"): it is then told apart by its country, "<Body> of <Country>"."""
        parts = name.split()
        return len(parts) > 1 and parts[-1] in self._state_heads_en \
            and all(w in self._generic_words_en for w in parts[:-1])

    def legislature_head(self, word: str) -> bool:
        """Whether an English head noun names a chamber ("Senate", "Chamber", "Assembly")."""
        return word in self._legislature_heads_en

    def starters(self, lang: str) -> frozenset[str]:
        """Every text word a pattern may start from (`find`'s `at` must cover their positions)."""
        return self._pool_ar if lang == "ar" else self._pool_en

    def find(self, text: str, lang: str, tokens: list[Token], words: list[str], country_hits,
             main: Callable[[], str | None], country_name: Callable[[str], str | None],
             central_bank: Callable[[str], str | None], at: list[int] | None = None) -> list[InstitutionHit]:
        """`main()` is the country the text is about; `central_bank(code)` a known actor id or None.

        `at`: sorted token positions including every one whose word is in `starters(lang)`.
        """
        pool = self.starters(lang)
        at = positions(words, pool) if at is None else list(compress(at, map(pool.__contains__, map(words.__getitem__, at))))
        if not at:
            return []

        def spaced(a: int, b: int) -> bool:
            return text[tokens[a].end:tokens[b].start] == " "

        names = LegislatureNames(self.legislature, country_name, main, self._nation_council_ar)
        if lang != "ar":
            found = self._find_en(text, tokens, words, at, country_hits, main, country_name, central_bank)
            forces = find_militaries_en(text, tokens, words, at, {h.end: h for h in country_hits}, spaced,
                                        self._adjective, main, self._military_en, DATA_DIR, country_name)
            return _first_wins(_first_wins(found, forces),
                               bare_parliaments_en(text, tokens, words, at, self._bare_parliament_en, names,
                                                   country_hits))
        out = self._find_ar(text, tokens, words, at, country_hits, main, country_name, central_bank)
        by_start = {h.start: h for h in country_hits}
        more = legislatures_ar(tokens, words, at, by_start, spaced, names)
        more += find_navies(text, tokens, words, at, by_start, spaced, self._adjective, DATA_DIR, main)
        more += find_local_bodies(tokens, words, at, spaced, main, DATA_DIR,
                                  [h.start for h in country_hits if h.via == "name"])
        more += find_committees(text, tokens, words, at, by_start, spaced,
                                {"legislature": self._legislatures, "nation_council": self._nation_council_ar},
                                main, DATA_DIR)
        # the chamber's own name wins over a reading of its words («الجمعية الوطنية» is no association)
        return _first_wins(more, out)

    # --- Arabic ------------------------------------------------------------------------------


def _first_wins(first: list[InstitutionHit], second: list[InstitutionHit]) -> list[InstitutionHit]:
    """`first`, then the hits of `second` that overlap none of them."""
    return first + [o for o in second if not any(h.start < o.end and o.start < h.end for h in first)]


@lru_cache(maxsize=8)
def _load_cached(data_dir: Path) -> InstitutionFinder:
    from claimtracker.extract.countries import CountryFinder

    path = data_dir / "gazetteer" / "institutions.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    # the English words of session 11's described-body constructions live in a file of their own
    more = data_dir / "gazetteer" / "org_descriptors_en.json"
    if more.exists():
        table.update(json.loads(more.read_text(encoding="utf-8")))
    # the words that cannot describe a body before its head: function words, times, nationalities
    titles = data_dir / "gazetteer" / "titles_en.json"
    if titles.exists():
        table.setdefault("descriptor_stops_en", json.loads(titles.read_text(encoding="utf-8")).get("stopwords", []))
    return InstitutionFinder(table, CountryFinder.load(data_dir).adjective_en)

