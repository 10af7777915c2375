"""State institutions the gazetteer does not list, found by the shape of their names.

English: a run of capitalised institution words ending in a head noun, tied to a country before
it ("Malawi Electoral Commission", "Thai Army") or after it ("Bank of Thailand", "Ministry of
Foreign Affairs of Nepal", "Bank Indonesia"); a country's lowercase central bank ("Chile's central
bank", "the Kenyan central bank"); and, with the country the text is about, a run of two or more
such words naming a body ("Independent High Electoral Commission", "National Assembly").

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
from claimtracker.extract.central_banks_en import CentralBankWords, central_banks_en
from claimtracker.extract.committees_ar import STARTERS_AR as COMMITTEE_STARTERS_AR
from claimtracker.extract.committees_ar import find_committees
from claimtracker.extract.described_orgs import ApposedTables, DescribedTables
from claimtracker.extract.institutions_ar import (
    _COURT_AR,
    _FOREIGN_AR,
    _MINISTRY_AR,
    ArabicInstitutions,
    InstitutionHit,
)
from claimtracker.extract.legislature_refs import STARTERS_AR, BareParliamentWords, LegislatureNames
from claimtracker.extract.legislature_refs import find_ar as legislatures_ar
from claimtracker.extract.legislature_refs import find_en as bare_parliaments_en
from claimtracker.extract.militaries_en import MilitaryWords, find_militaries_en
from claimtracker.extract.navies_ar import STARTERS_AR as NAVY_STARTERS_AR
from claimtracker.extract.navies_ar import find_navies
from claimtracker.extract.phrases import Token, clitic_forms, positions
from claimtracker.extract.pollsters_en import PollsterPatterns
from claimtracker.text import normalize_text

# capitalised words a body's name may carry before its head ("Civil Aviation Authority of Nepal")
_MAX_DESCRIPTORS = 3


class InstitutionFinder(ArabicInstitutions):
    def __init__(self, table: dict, adjective: Callable[[str], str | None] | None = None) -> None:
        self._adjective = adjective or (lambda code: None)
        self._heads_en = frozenset(table.get("heads_en", []))
        self._words_en = frozenset(table.get("words_en", [])) | self._heads_en
        self._joiners_en = frozenset(table.get("joiners_en", []))
        self._free_heads_en = frozenset(table.get("no_country_heads_en", []))
        self._of_heads_en = frozenset(table.get("after_country_only_heads_en", []))
        self._police_names_en = frozenset(table.get("police_name_words_en", []))
        self._bare_heads_en = frozenset(table.get("bare_heads_en", []))
        self._bank_verbs_en = frozenset(table.get("bank_verbs_en", []))
        self._euro_area = frozenset(table.get("euro_area", []))
        self._euro_bank = table.get("euro_area_bank")
        self._central_ar = tuple(tuple(normalize_text(p).split()) for p in table.get("central_bank_ar", []))
        self._electoral_heads_ar = {normalize_text(k): v for k, v in table.get("electoral_heads_ar", {}).items()}
        self._electoral_ar = frozenset(normalize_text(w) for w in table.get("electoral_words_ar", []))
        self._adj_ar = {normalize_text(k): v for k, v in table.get("adjectives_ar", {}).items()}
        self._ministries_ar = {normalize_text(k): v for k, v in table.get("ministries_ar", {}).items()}
        self._army_parts_ar = frozenset(normalize_text(w).strip() for w in table.get("army_parts_ar", []))
        self._court_words_ar = {normalize_text(k): v for k, v in table.get("court_words_ar", {}).items()}
        self._court_order_en = tuple(table.get("court_word_order_en", []))
        self._state_voices = tuple(table.get("state_voice_words_en", []))
        self.acronym_heads_en = frozenset(table.get("acronym_heads_en", []))
        # capitalised abbreviations that name no body ("GDP will", "LNG would"): `acronym_orgs.acting_acronyms`
        self.non_body_acronyms_en = frozenset(table.get("non_body_acronyms_en", []))
        self._legislature_heads_en = frozenset(table.get("legislature_heads_en", []))
        self._legislatures = dict(table.get("legislatures", {}))
        self._nation_council_ar = dict(table.get("nation_council_ar", {}))
        self._generic_words_en = frozenset(table.get("generic_body_words_en", []))
        self._generic_bodies_en = frozenset(table.get("generic_bodies_en", []))
        # bodies named "<Body> of <Country>" after a nationality adjective or a possessive country
        self._state_heads_en = self._legislature_heads_en | frozenset(table.get("state_body_heads_en", []))
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
            frozenset(table.get("firm_nouns_en", [])))
        starts_ar = {p[0] for p in self._central_ar} | set(self._electoral_heads_ar) \
            | {_MINISTRY_AR, _FOREIGN_AR, _COURT_AR} | STARTERS_AR | NAVY_STARTERS_AR | COMMITTEE_STARTERS_AR
        starts_ar |= self._org_starts_ar()  # organisation names from their words (orgs_ar.py)
        # every text word that may start an Arabic pattern, its clitics included (والبنك، للمفوضية)
        self._pool_ar = frozenset(f for w in starts_ar for f in clitic_forms(w))
        self._military_en = MilitaryWords(*(frozenset(table.get(f"military_{key}_en", [])) for key in
                                            ("subject_verbs", "troop_nouns", "troop_verbs", "not_after")))
        self._bare_parliament_en = BareParliamentWords.from_table(table.get("bare_parliament_en", {}))
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
                                        self._adjective, main, self._military_en, DATA_DIR)
            return _first_wins(_first_wins(found, forces),
                               bare_parliaments_en(text, tokens, words, at, self._bare_parliament_en, names))
        out = self._find_ar(text, tokens, words, at, country_hits, main, country_name, central_bank)
        by_start = {h.start: h for h in country_hits}
        more = legislatures_ar(tokens, words, at, by_start, spaced, names)
        more += find_navies(tokens, words, at, by_start, spaced, self._adjective, DATA_DIR)
        more += find_committees(text, tokens, words, at, by_start, spaced,
                                {"legislature": self._legislatures, "nation_council": self._nation_council_ar},
                                main, DATA_DIR)
        # the chamber's own name wins over a reading of its words («الجمعية الوطنية» is no association)
        return _first_wins(more, out)

    # --- English -----------------------------------------------------------------------------

    def _find_en(self, text, tokens, words, at, country_hits, main, country_name, central_bank) -> list[InstitutionHit]:
        out: list[InstitutionHit] = []
        heads = [k for k in at if words[k] in self._heads_en]
        central = [k for k in at if words[k] == "central" and k + 1 < len(words) and words[k + 1] == "bank"]
        if not heads and not central:
            return out
        by_start = {h.start: h for h in country_hits}
        by_end = {h.end: h for h in country_hits}
        n = len(tokens)

        def spaced(a: int, b: int) -> bool:
            return text[tokens[a].end:tokens[b].start] == " "

        def first_at(offset: int, k: int) -> int:
            while k > 0 and tokens[k].start > offset:
                k -= 1
            return k

        last = -1
        for k in heads:
            if k <= last:
                continue
            lo, country, owner, possessed = k, None, None, False
            while lo > 0 and spaced(lo - 1, lo):
                w = words[lo - 1]
                if w in self._words_en:
                    lo -= 1
                    continue
                if w == "s" and lo > 1 and text[tokens[lo - 2].end:tokens[lo - 1].start] in ("'", "’"):
                    if words[lo - 2] + "'s" in self._words_en:
                        lo -= 2  # "People's Party"
                        continue
                    h = by_end.get(tokens[lo - 2].end)
                    if h is not None and h.via == "name":
                        owner = h  # "Nigeria's Senate": named below as the Senate of Nigeria
                    possessed = words[lo - 2][:1].isupper()
                    break
                h = by_end.get(tokens[lo - 1].end)
                if h is not None and h.via in ("name", "adjective"):
                    country = h
                    lo = first_at(h.start, lo - 1)
                break
            if country is None and owner is None and lo > 0 and words[lo - 1].endswith("s") \
                    and text[tokens[lo - 1].end:tokens[lo].start] in ("' ", "’ "):
                # "Honduras' National Congress": a name ending in s takes the apostrophe alone
                h = by_end.get(tokens[lo - 1].end)
                if h is not None and h.via == "name":
                    owner, possessed = h, True
            before = country
            hi = k
            j = k + 1
            if words[k] == "Bank" and j < n and spaced(k, j):
                h = by_start.get(tokens[j].start)
                if h is not None and h.via == "name" and country is None:  # "Bank Indonesia"
                    country = h
                    while hi + 1 < n and tokens[hi + 1].end <= h.end:
                        hi += 1
                    j = n
            while j < n and words[j] == "of" and spaced(j - 1, j):
                j2 = j + 1
                if j2 < n and words[j2] == "the" and spaced(j, j2):
                    j2 += 1
                if j2 >= n or not spaced(j2 - 1, j2):
                    break
                h = by_start.get(tokens[j2].start)
                if h is not None and h.via == "name" and country is None:
                    country = h
                    hi = j2
                    while hi + 1 < n and tokens[hi + 1].end <= h.end:
                        hi += 1
                    break
                j3 = j2
                while j3 < n and (spaced(j3 - 1, j3) or self._listed_portfolio(text, tokens, j3, words[k])) \
                        and (j3 == j2 or tokens[j3].start not in by_start):
                    if self._portfolio_word(words[j3], words[k]):
                        j3 += 1
                    elif words[j3] == "and" and j3 > j2 and words[k] in self._portfolio_heads_en \
                            and j3 + 1 < n and spaced(j3, j3 + 1) and tokens[j3 + 1].start not in by_start \
                            and self._portfolio_word(words[j3 + 1], words[k]):
                        j3 += 2  # "the Ministry of Mines and Energy": one portfolio of two words
                    else:
                        break
                if j3 == j2 or words[j3 - 1] in self._joiners_en:
                    break
                hi, j = j3 - 1, j3
            if words[k] != "Party" and self.unread_complement(text, tokens, hi, by_start):
                # "the Mexican Chamber of Tourism": a name this table cannot read to its end; a
                # party's of-complement is its leader ("the Communist Party of Pushpa Kamal Dahal")
                continue
            if before is None and country is not None and owner is None:
                lo = self._descriptors_before(text, tokens, lo, by_end, spaced)
            while lo < k and words[lo] in self._joiners_en:
                lo += 1
            if owner is not None and country is None and words[k] not in self._of_heads_en \
                    and (words[k] in self._free_heads_en or words[k] in self._state_heads_en):
                name = country_name(owner.code)
                if name:
                    surface = text[tokens[lo].start:tokens[hi].end]
                    out.append(InstitutionHit(f"{surface} of {name}", owner.code, tokens[lo].start, tokens[hi].end))
                    last = hi
                continue
            if hi > k and hi + 1 < n and spaced(hi, hi + 1) and words[hi + 1][:1].isupper() \
                    and tokens[hi + 1].start not in by_start and words[hi + 1] not in self._portfolio_stops_en:
                continue  # "the Alliance of Independent Social Democrats": a longer name of its own
            if country is None and lo == k and (
                    (words[k] == "Ministry" and hi > k)
                    or (words[k] in self._free_heads_en and k > 0 and words[k - 1].lower() == "the"
                        and (hi > k or words[k] in self._bare_heads_en))):
                # "the Ministry of Foreign Affairs said", "the Chamber of Deputies", "the Senate":
                # that body of the country the text is about
                code = main()
                name = country_name(code) if code else None
                if name:
                    surface = text[tokens[lo].start:tokens[hi].end]
                    out.append(InstitutionHit(f"{surface} of {name}", code, tokens[lo].start, tokens[hi].end))
                    last = hi
                continue
            if country is None:
                if words[k] not in self._free_heads_en or lo == k:
                    continue
                if all(w in self._heads_en or w in self._joiners_en for w in words[lo:hi + 1]):
                    continue
                code = main()
                if code is None:
                    continue
                if (hi == k and words[k] in self._legislature_heads_en
                        and all(w in self._generic_words_en for w in words[lo:k])) \
                        or text[tokens[lo].start:tokens[hi].end] in self._generic_bodies_en:
                    # "the National Assembly", "the Legislative Assembly": a name every other state's
                    # chamber bears too, so it is told apart by its country (National Assembly of Kenya);
                    # a region's ("Republika Srpska's National Assembly") is not the state's
                    name = country_name(code)
                    if name and not (possessed and owner is None):
                        surface = text[tokens[lo].start:tokens[hi].end]
                        out.append(InstitutionHit(f"{surface} of {name}", code, tokens[lo].start, tokens[hi].end))
                        last = hi
                    continue
            else:
                code = country.code
                if country is before and words[k] in self._of_heads_en and not (
                        words[k] == "Police" and any(w in self._police_names_en for w in words[lo:k])):
                    # "the Sudanese army", "Turkish Defence Ministry": named in passing; a police
                    # force's own name is not ("the Australian Federal Police said")
                    continue
                if country is before and hi == k and tokens[lo].start == country.start and k - lo < 1:  # type: ignore[union-attr]
                    continue
                adjective = country is before and country.via == "adjective"  # type: ignore[union-attr]
                if adjective and (words[k] in self._state_heads_en
                                  or text[tokens[k].start:tokens[hi].end] in self._state_bodies_en):
                    # "the Kenyan Parliament", "the Chilean Senate": named like "Nigeria's Senate",
                    # the Parliament of Kenya, the Senate of Chile
                    name = country_name(code)
                    body = first_at(country.end, hi) + 1  # type: ignore[union-attr]
                    if name and body <= hi:
                        surface = text[tokens[body].start:tokens[hi].end]
                        full = self.legislature(code, name) if surface == "Parliament" else f"{surface} of {name}"
                        out.append(InstitutionHit(full, code, tokens[lo].start, tokens[hi].end))
                        last = hi
                        continue
            if hi - lo < 1 or any(w in self._source_words_en for w in words[lo:hi + 1]):
                continue  # a statistics office is cited for its figures: a source, not an actor
            out.append(InstitutionHit(text[tokens[lo].start:tokens[hi].end], code, tokens[lo].start, tokens[hi].end))
            last = hi
        out += central_banks_en(text, tokens, words, central, by_end, main, country_name, central_bank,
                                CentralBankWords(self._bank_verbs_en, self._euro_area, self._euro_bank))
        return out

    def describes_body(self, word: str) -> bool:
        """Whether a capitalised word may describe a body before its head ("Civil", "Agricultural")."""
        return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper() \
            and word not in self._descriptor_stops_en

    def is_head(self, word: str) -> bool:
        """Whether an English word is the head noun of a body's name (Bank, Authority, Council ...)."""
        return word in self._heads_en

    def _descriptors_before(self, text: str, tokens: list[Token], lo: int, by_end, spaced) -> int:
        """Where a body named "<Head> of <Country>" really starts: the capitalised words before its
        head describe it ("the Civil Aviation Authority of Nepal", "the Agricultural Bank of China"),
        up to a function word, a name of time, a country or a nationality (`stopwords` in
        `titles_en.json`)."""
        first = lo
        while first > 0 and lo - first < _MAX_DESCRIPTORS and spaced(first - 1, first):
            if not self.describes_body(tokens[first - 1].text) or by_end.get(tokens[first - 1].end) is not None:
                break
            first -= 1
        return first

    def unread_complement(self, text: str, tokens: list[Token], last: int, taken) -> bool:
        """Whether the name ending at token `last` goes on with an of-complement that is neither a
        state nor a known name (`taken`: the starts of those) nor a day, a month or a title: a
        capitalised word after "of" or "of the" ("Chamber of Tourism", "General Assembly of Judges")."""
        j = last + 1
        if j + 1 >= len(tokens) or tokens[j].text != "of" or text[tokens[last].end:tokens[j].start] != " ":
            return False
        j += 1
        if tokens[j].text == "the" and j + 1 < len(tokens):
            j += 1
        if text[tokens[j - 1].end:tokens[j].start] != " " or tokens[j].start in taken:
            return False
        word = tokens[j].text
        return word[:1].isupper() and word.isalpha() and word not in self._portfolio_stops_en

    def _portfolio_word(self, word: str, head: str) -> bool:
        """Whether `word` continues the of-complement of `head`: an institution word, or for a
        ministry any capitalised word but a day, a month or a title ("the Ministry of Construction")."""
        if not word[:1].isupper():
            return False
        if word in self._words_en:
            return True
        return head in self._portfolio_heads_en and word.isalpha() and word not in self._portfolio_stops_en

    def _listed_portfolio(self, text: str, tokens: list[Token], j: int, head: str) -> bool:
        """Whether token j goes on a ministry's portfolio after a comma, as a list of portfolios
        closed by "and" ("the Ministry of Justice, Legal and Parliamentary Affairs")."""
        if head not in self._portfolio_heads_en or text[tokens[j - 1].end:tokens[j].start] != ", ":
            return False
        for m in range(j, min(j + 4, len(tokens) - 1)):
            if not self._portfolio_word(tokens[m].text, head):
                return False
            gap = text[tokens[m].end:tokens[m + 1].start]
            if gap == " " and tokens[m + 1].text == "and":
                return m + 2 < len(tokens) and self._portfolio_word(tokens[m + 2].text, head)
            if gap != " ":
                return False
        return False

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

