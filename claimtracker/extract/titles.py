"""People who are not in the gazetteer, caught by the titles and speech verbs around their names.

Arabic: a title (الرئيس، وزير الخارجية، المتحدث باسم ...), then the words that qualify it (the
ministry, the nationality adjective: وزير الخارجية السوري), then the name: Arabic given names
carry no article, so the name starts at the first word without ال and runs until a function word,
a verb or punctuation. The name gets an English rendering (`translit.py`) and keeps its Arabic.

English: a title then a capitalised name ("Iraqi Prime Minister Mohammed Shia al-Sudani"), a
name before or after a speech verb ("said Gerardo Blyde", "Blyde said"), or a name with a title
in apposition ("Gerardo Blyde, the opposition's chief negotiator,"). Month names, places,
organisations and sentence-initial common words are kept out by the word lists in the data.

This module loads the lexicons, builds the title tries and runs the scan; the Arabic rules are in
`titles_ar.py`, the English ones in `titles_en.py`.

Lexicons: `data/gazetteer/titles_ar.json`, `data/gazetteer/titles_en.json`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import compress
from operator import itemgetter, methodcaller
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.countries import CountryHit
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.phrases import (
    Token,
    ar_keys,
    positions,
    token_index,
)
from claimtracker.extract.titles_ar import ArabicTitles
from claimtracker.extract.titles_en import EnglishTitles
from claimtracker.extract.titles_hit import TitleHit
from claimtracker.extract.translit import Transliterator


def _words(values) -> frozenset[str]:
    return frozenset(values)


class TitleFinder(ArabicTitles, EnglishTitles):
    def __init__(self, lex_ar: dict, lex_en: dict, translit: Transliterator) -> None:
        self._translit = translit
        self._titles: dict[str, NameIndex[str]] = {"ar": NameIndex("ar"), "en": NameIndex("en")}
        heads: dict[str, set[str]] = {"ar": set(), "en": set()}
        for title in lex_ar.get("titles", []):
            self._titles["ar"].add(title, title)
            for key in ar_keys(self._first_ar(title)):
                heads["ar"].add(key)
        for title in lex_en.get("titles", []) + lex_en.get("plural_titles", []):
            # "President" also matches "president"; a lowercase entry ("official") stays lowercase
            # so that "Official Cash Rate" is not a title before a name
            for variant in {title, title.lower()}:
                self._titles["en"].add(variant, title)
            heads["en"].add(title.split()[-1])
            heads["en"].add(title.split()[-1].lower())
        for word in lex_ar.get("head_words", []):
            heads["ar"].update(ar_keys(self._first_ar(word)))
        # «أمام» (in front of) normalises to the bare form of «الإمام»: only the definite form is a title
        heads["ar"].difference_update(self._norm_ar(w) for w in lex_ar.get("head_homographs", []))
        for word in lex_ar.get("name_part_titles", []):
            heads["ar"].difference_update(ar_keys(self._norm_ar(word)))  # «خليل الحاج توفيق»: inside a name
        heads["en"].update(lex_en.get("head_words", []))
        heads["en"].difference_update(lex_en.get("not_head_words", []))
        self._heads = {k: frozenset(v) for k, v in heads.items()}
        self._ar_stop = _words(self._norm_ar(w) for w in lex_ar.get("stopwords", []))
        self._ar_object = _words(self._norm_ar(w) for w in lex_ar.get("object_nouns", []))
        # one-word titles without the article: «رئيسا» (as president), their accusative, follows a name
        self._ar_title_words = _words(self._norm_ar(w).removeprefix("ال") for w in lex_ar.get("titles", [])
                                      if " " not in w)
        self._ar_org = _words(self._norm_ar(w) for w in lex_ar.get("org_nouns", []))
        self._ar_skip = _words(self._norm_ar(w) for w in lex_ar.get("skip_words", []))
        self._ar_ranks = _words(self._norm_ar(w) for w in lex_ar.get("rank_words", []))
        self._ar_article_ranks = _words(self._norm_ar(w) for w in lex_ar.get("article_ranks", []))
        self._ar_prepositions = _words(self._norm_ar(w) for w in lex_ar.get("prepositions", []))
        self._ar_members = _words(self._norm_ar(w) for w in lex_ar.get("member_titles", []))
        self._ar_title_breaks = self._ar_prepositions | _words(self._norm_ar(w) for w in lex_ar.get("title_breaks", []))
        self._ar_qual_stop = _words(self._norm_ar(w) for w in lex_ar.get("qualifier_stop", []))
        self._ar_speech = _words(self._norm_ar(w) for w in lex_ar.get("speech_verbs", []))
        self._ar_first = _words(self._norm_ar(w) for w in translit.first_names())
        self._ar_given_any = self._ar_first | _words(self._norm_ar(w) for w in translit.regional_given_names())
        # foreign given names that open like an imperfect verb (يوليا، تيدروس، نيكول): names, not verbs
        self._ar_latin_given = _words(self._norm_ar(w) for w in translit.latin_given_names())
        self._ar_joined_parts = _words(self._norm_ar(w) for w in translit.joined_parts())
        self._ar_compound = _words(self._norm_ar(w) for w in lex_ar.get("compound_words", []))
        self._ar_masdar_prefixes = tuple(self._norm_ar(w) for w in lex_ar.get("masdar_prefixes", []))
        self._ar_ba_governors = _words(self._norm_ar(w) for w in lex_ar.get("ba_governors", []))
        self._ar_qual_tails = _words(self._norm_ar(w) for w in lex_ar.get("qualifier_tails", []))
        self._ar_allah = _words(self._norm_ar(w) for w in lex_ar.get("allah_compounds", []))
        self._ar_name_part_titles = _words(self._norm_ar(w) for w in lex_ar.get("name_part_titles", []))
        # normalised -> as written: a title that counts only when the text spells it so
        self._ar_spelled_titles = {self._norm_ar(w): w for w in lex_ar.get("spelled_titles", [])}
        # kept as written (not normalised): only the spelling tells علي from على
        self._ar_given_like_function = _words(lex_ar.get("given_like_function_words", []))
        self._ar_common_given = _words(self._norm_ar(w) for w in lex_ar.get("given_like_common_words", []))
        self._ar_article_adjectives = _words(self._norm_ar(w) for w in lex_ar.get("article_given_like_adjectives", []))
        self._ar_given_any |= self._ar_common_given  # «المستشار بدر المطيري» is not another Mutairi
        self._ar_dual_titles = _words(lex_ar.get("dual_titles", []))
        self._en_stop = _words(lex_en.get("stopwords", []))
        self._en_given = _words(lex_en.get("given_name_stopwords", []))
        self._en_plural_titles = _words(t.split()[-1] for t in lex_en.get("plural_titles", []))
        # title words are never part of a name: "Analyst Jane Kowalski said" is Jane Kowalski
        self._en_title_words = _words(w.lower() for t in lex_en.get("titles", []) for w in t.split())
        self._en_org = _words(lex_en.get("org_words", []))
        self._en_particles = _words(lex_en.get("particles", []))
        self._en_saints = _words(lex_en.get("saint_words", []))
        self._en_title_of = _words(lex_en.get("title_prepositions", []))
        self._en_place_of = _words(lex_en.get("place_prepositions", []))
        self._en_hyphen_stop = _words(lex_en.get("hyphen_suffixes", []))
        self._en_verbs_after = _words(lex_en.get("speech_verbs", []))
        self._en_verbs_before = _words(lex_en.get("speech_verbs_before", []))
        self._en_retired = _words(lex_en.get("retired_marks", []))
        self._en_triggers = self._en_verbs_after | self._en_verbs_before
        self._royal = {"en": _words(t.split()[-1] for t in lex_en.get("royal_titles", [])),
                       "ar": _words(self._norm_ar(t).split()[-1] for t in lex_ar.get("royal_titles", []))}
        self._starters = {"ar": frozenset(self._titles["ar"].starters()) | self._ar_first,
                          "en": frozenset(self._titles["en"].starters()) | self._en_triggers}
        # what the Arabic name and qualifier rules ask of a word, worked out once per word
        self._word_ar = lru_cache(maxsize=65536)(self._classify_ar)

    @staticmethod
    def _norm_ar(word: str) -> str:
        from claimtracker.text import normalize_text

        return normalize_text(word).strip()

    @classmethod
    def _first_ar(cls, phrase: str) -> str:
        return cls._norm_ar(phrase).split()[0]

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> TitleFinder:
        return _load_cached(Path(data_dir).resolve())

    def written_from_latin(self, country: str | None) -> bool:
        """Whether Arabic writes the names of this country's people from their Latin spelling,
        whose final vowels it renders either way (إيده / إيدي for Eide)."""
        return self._translit.style(country) == "latin"

    def starters(self, lang: str) -> frozenset[str]:
        """Every text word that `find` looks at: title starts, speech words, (Arabic) given names."""
        return self._starters["ar" if lang == "ar" else "en"]

    def is_stopword(self, word: str, lang: str) -> bool:
        """A capitalised English word that is no name (months, pronouns), or an Arabic function word."""
        return self._stop_ar(word) if lang == "ar" else word in self._en_stop

    def title_spans(self, text: str, tokens: list[Token], lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
        """Title phrases starting among tokens[lo:hi], as (first, past-last) token indexes."""
        if lo >= hi:
            return []
        # the text's language, not the first token's script: a Latin word in an Arabic text
        # ("Headline", an acronym) is no reason to look for English titles
        index = self._titles["ar" if lang == "ar" else "en"]
        out = []
        for k in range(lo, min(hi, len(tokens))):
            if not index.may_start(tokens[k].text):
                continue
            m = index.match_at(text, tokens, k)
            if m is not None:
                out.append((m.i, m.j))
        return out

    def royal_words(self, lang: str) -> frozenset[str]:
        """The last words of monarchs' and princes' titles (King, Emir, الملك): a given name follows."""
        return self._royal["ar" if lang == "ar" else "en"]

    def given_names_ar(self) -> frozenset[str]:
        """Arabic given names (normalised), for telling a first name from an everyday word."""
        return self._ar_first

    def member_title_ar(self, word: str) -> bool:
        """«القيادي»: a title that makes its holder a member of the body after it (`member_titles`);
        `word` normalised."""
        return word in self._ar_members

    def plural_title_ar(self, word: str) -> bool:
        """«ممثلي», «مبعوثا»: a title in the dual or a plural construct (`dual_titles`), the post of
        no one person; `word` normalised."""
        return word in self._ar_dual_titles

    def conjoined_title_ar(self, word: str) -> bool:
        """«وممثل», «والسفير»: a one-word title after the conjunction «و» (not «وكيل», whose «و»
        is its own); `word` normalised."""
        return word.startswith("و") and word[1:].removeprefix("ال") in self._ar_title_words

    def any_given_names_ar(self) -> frozenset[str]:
        """`given_names_ar` and the regional tables' given names (Fethi, Magdy): a word that may be
        another person's given name before a surname."""
        return self._ar_given_any

    def given_with_article_ar(self, word: str) -> bool:
        """A given name written with the article (الحبيب، المنصف), normalised: Maghrebi and Mauritanian."""
        return self._translit.given_with_article(word)

    def breaks_title_ar(self, word: str) -> bool:
        """«منذ», «في»: a word whose object follows it, so that a title before it does not reach the word after."""
        return word in self._ar_title_breaks

    def abbreviated_title_en(self, word: str) -> bool:
        """"Sen.", "Gov.": an English title's abbreviation, with its full stop."""
        return word.endswith(".") and word.lower() in self._en_title_words

    def head_words(self, lang: str) -> frozenset[str]:
        """Single words that mark a title just before a name (for surname-only matches)."""
        return self._heads["ar" if lang == "ar" else "en"]

    def find(self, text: str, lang: str, tokens: list[Token], country_hits: list[CountryHit],
             taken: list[tuple[int, int]], orgs: tuple = (), known_countries: tuple = (),
             words: list[str] | None = None, at: list[int] | None = None) -> list[TitleHit]:
        """People named after a title or beside a speech verb; `taken` spans are already known.

        `orgs` are known organisations as (start, end, country): in Arabic they may stand between
        the title and the name ("القيادي في حركة حماس ...") and lend the person their country.
        `known_countries` are the countries of the actors already found, a hint to the text's country.
        `words` (the tokens' texts) and `at` (sorted token positions including every one whose word
        is in `starters`) save the work when the caller has done it once for several finders.
        """
        if words is None:
            words = list(map(itemgetter(0), tokens))
        if at is None:
            at = positions(words, self.starters(lang) & set(words))
        if lang == "ar":
            hits = self._find_ar(text, tokens, words, at, country_hits, taken, orgs, known_countries)
        else:
            hits = self._find_en(text, tokens, words, at, country_hits, taken)
        return self._add_surnames(text, tokens, words, hits, taken, lang)

    # --- shared ------------------------------------------------------------------------------

    def _country_in(self, country_hits, start: int, end: int) -> str | None:
        for h in country_hits:
            if start <= h.start and h.end <= end:
                return h.code
        return None

    def _add_surnames(self, text, tokens, words, hits: list[TitleHit], taken, lang) -> list[TitleHit]:
        """A person found in full is also found by the surname alone elsewhere in the text."""
        if not hits:
            return hits
        by_last: dict[str, TitleHit] = {}
        h: TitleHit | None
        for h in hits:
            first, last = token_index(tokens, h.start, 1), token_index(tokens, h.end, 2)
            if first is not None and last is not None and last > first and len(tokens[last].text) >= 3:
                by_last.setdefault(tokens[last].text, h)
        if not by_last:
            return hits
        spans = [(h.start, h.end) for h in hits] + list(taken)
        out = list(hits)
        keys = by_last.keys()
        if lang == "ar":
            # a word whose reading is a surname ends with it, or with it less the ا of ال (للشرع)
            suffixes = tuple({*keys, *(k[1:] for k in keys)})
            found = compress(tokens, map(methodcaller("endswith", suffixes), words))
        else:
            found = compress(tokens, map(by_last.__contains__, words))
        for t in found:
            h = by_last.get(t.text)
            if h is None and lang == "ar" and not keys.isdisjoint(ar_keys(t.text)):
                h = next((by_last[k] for k in ar_keys(t.text) if k in by_last), None)
            if h is None or any(s <= t.start < e for s, e in spans):
                continue
            if lang == "ar" and t.text not in by_last and not _clitic_only(t.text, by_last):
                continue
            out.append(TitleHit(h.name, h.name_ar, h.country, t.start, t.end))
        return out


def _clitic_only(word: str, by_last: dict) -> bool:
    for p in ("و", "ف", "ب", "ل", "وب", "ول"):
        if word.startswith(p) and word[len(p):] in by_last:
            return True
    return False


@lru_cache(maxsize=8)
def _load_cached(data_dir: Path) -> TitleFinder:
    def read(name: str) -> dict:
        path = data_dir / "gazetteer" / name
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    return TitleFinder(read("titles_ar.json"), read("titles_en.json"), Transliterator.load(data_dir))
