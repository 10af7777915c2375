"""People who are not in the gazetteer, caught by the titles and speech verbs around their names.

Arabic: a title (الرئيس، وزير الخارجية، المتحدث باسم ...), then the words that qualify it (the
ministry, the nationality adjective: وزير الخارجية السوري), then the name: Arabic given names
carry no article, so the name starts at the first word without ال and runs until a function word,
a verb or punctuation. The name gets an English rendering (`translit.py`) and keeps its Arabic.

English: a title then a capitalised name ("Iraqi Prime Minister Mohammed Shia al-Sudani"), a
name before or after a speech verb ("said Gerardo Blyde", "Blyde said"), or a name with a title
in apposition ("Gerardo Blyde, the opposition's chief negotiator,"). Month names, places,
organisations and sentence-initial common words are kept out by the word lists in the data.

Lexicons: `data/gazetteer/titles_ar.json`, `data/gazetteer/titles_en.json`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter, methodcaller
from pathlib import Path
from typing import NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.countries import CountryHit
from claimtracker.extract.names_index import NameIndex, NameMatch
from claimtracker.extract.phrases import (
    Token,
    ar_keys,
    gap_ok,
    positions,
    surface_ar,
    token_index,
)
from claimtracker.extract.translit import Transliterator

_MAX_NAME = 5
# names from these countries are romanised the French way (Bouteflika, Bourita, Chahed)
_MAGHREB = frozenset({"DZ", "MA", "TN", "MR"})
_COMMA = re.compile(", ")
# `TitleFinder._classify_ar` flags: a word that may start a name, one that ends a name before it,
# a definite reading, an organisation or skip word, one that ends a title's qualifiers
_AR_FIRST, _AR_NAME_END, _AR_DEFINITE, _AR_ORG, _AR_QUAL_END = 1, 2, 4, 8, 16
_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


class TitleHit(NamedTuple):
    name: str  # English name (as written, or transliterated from Arabic)
    name_ar: str | None
    country: str | None
    start: int  # the name's span in the original text
    end: int


def _words(values) -> frozenset[str]:
    return frozenset(values)


class TitleFinder:
    def __init__(self, lex_ar: dict, lex_en: dict, translit: Transliterator) -> None:
        self._translit = translit
        self._titles: dict[str, NameIndex[str]] = {"ar": NameIndex("ar"), "en": NameIndex("en")}
        heads: dict[str, set[str]] = {"ar": set(), "en": set()}
        for title in lex_ar.get("titles", []):
            self._titles["ar"].add(title, title)
            for key in ar_keys(self._first_ar(title)):
                heads["ar"].add(key)
        for title in lex_en.get("titles", []):
            # "President" also matches "president"; a lowercase entry ("official") stays lowercase
            # so that "Official Cash Rate" is not a title before a name
            for variant in {title, title.lower()}:
                self._titles["en"].add(variant, title)
            heads["en"].add(title.split()[-1])
            heads["en"].add(title.split()[-1].lower())
        for word in lex_ar.get("head_words", []):
            heads["ar"].update(ar_keys(self._first_ar(word)))
        heads["en"].update(lex_en.get("head_words", []))
        self._heads = {k: frozenset(v) for k, v in heads.items()}
        self._ar_stop = _words(self._norm_ar(w) for w in lex_ar.get("stopwords", []))
        self._ar_org = _words(self._norm_ar(w) for w in lex_ar.get("org_nouns", []))
        self._ar_skip = _words(self._norm_ar(w) for w in lex_ar.get("skip_words", []))
        self._ar_qual_stop = _words(self._norm_ar(w) for w in lex_ar.get("qualifier_stop", []))
        self._ar_speech = _words(self._norm_ar(w) for w in lex_ar.get("speech_verbs", []))
        self._ar_first = _words(self._norm_ar(w) for w in translit.first_names())
        self._ar_compound = _words(self._norm_ar(w) for w in lex_ar.get("compound_words", []))
        self._en_stop = _words(lex_en.get("stopwords", []))
        # title words are never part of a name: "Analyst Jane Kowalski said" is Jane Kowalski
        self._en_title_words = _words(w.lower() for t in lex_en.get("titles", []) for w in t.split())
        self._en_org = _words(lex_en.get("org_words", []))
        self._en_particles = _words(lex_en.get("particles", []))
        self._en_verbs_after = _words(lex_en.get("speech_verbs", []))
        self._en_verbs_before = _words(lex_en.get("speech_verbs_before", []))
        self._en_triggers = self._en_verbs_after | self._en_verbs_before
        self._royal = {"en": _words(t.split()[-1] for t in lex_en.get("royal_titles", [])),
                       "ar": _words(self._norm_ar(t).split()[-1] for t in lex_ar.get("royal_titles", []))}
        self._starters = {"ar": frozenset(self._titles["ar"].starters()) | self._ar_first,
                          "en": frozenset(self._titles["en"].starters()) | self._en_triggers}
        # what the Arabic name and qualifier rules ask of a word, worked out once per word
        self._word_ar = lru_cache(maxsize=65536)(self._classify_ar)

    def _stop_ar(self, word: str) -> bool:
        return any(f in self._ar_stop for f in surface_ar(word))

    def _classify_ar(self, word: str) -> int:
        """The `_AR_*` flags of a normalised Arabic word (see `_name_ar` and `_find_ar`)."""
        readings = surface_ar(word)
        flags = _AR_FIRST if self._ok_first_ar(word) else 0
        if (self._stop_ar(word) or word in self._ar_org or self._verb_like(word)
                # بالمبعوث، للرئيس: a prepositional phrase starts after the name
                or (not word.startswith("ال") and any(f.startswith("ال") for f in readings))
                or (word.startswith("و") and word not in self._ar_first)
                # «لخلافة»، «لمناقشة»: ل + a verbal noun starts a clause of purpose
                or (word.startswith("ل") and len(word) >= 5 and word.endswith("ه") and word not in self._ar_first)
                or self._norm_digits(word)):
            flags |= _AR_NAME_END
        if any(f.startswith("ال") for f in readings) and word not in self._ar_first:
            flags |= _AR_DEFINITE
        if any(f in self._ar_org or f in self._ar_skip for f in readings):
            flags |= _AR_ORG
        if any(f in self._ar_qual_stop for f in readings) or self._verb_like(word):
            flags |= _AR_QUAL_END
        return flags

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

    def starters(self, lang: str) -> frozenset[str]:
        """Every text word that `find` looks at: title starts, speech words, (Arabic) given names."""
        return self._starters["ar" if lang == "ar" else "en"]

    def is_stopword(self, word: str, lang: str) -> bool:
        """A capitalised English word that is no name (months, pronouns), or an Arabic function word."""
        return self._stop_ar(word) if lang == "ar" else word in self._en_stop

    def title_spans(self, text: str, tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
        """Title phrases starting among tokens[lo:hi], as (first, past-last) token indexes."""
        if lo >= hi:
            return []
        index = self._titles["ar" if any("\u0600" <= c <= "\u06ff" for c in tokens[lo].text) else "en"]
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

    # --- Arabic ------------------------------------------------------------------------------

    def _find_ar(self, text, tokens, words, at, country_hits, taken, orgs, known_countries=()) -> list[TitleHit]:
        hits: list[TitleHit] = []
        country_at = {}
        for ch in country_hits:
            country_at[ch.start] = ch
        org_at = {start: (end, code) for start, end, code in orgs}
        main_country: str | None | bool = False  # False: not worked out yet; only a new name needs it
        word_ar = self._word_ar
        # a name that starts where a known actor does overlaps it whatever its length: no need to read it
        taken_starts = {s for s, _ in taken}
        for m in self._titles["ar"].find(text, tokens, words, at):
            country = self._country_in(country_hits, tokens[m.i].start, tokens[m.j - 1].end)
            k = m.j
            skipped = 0
            # qualifiers of the title: الخارجية، السوري، باسم الكرملين، وزارة الخارجية الروسية
            while k < len(tokens) and skipped < 6 and gap_ok(text, tokens[k - 1].end, tokens[k].start, "ar"):
                word = tokens[k].text
                org = org_at.get(tokens[k].start)
                if org is not None:
                    country = country or org[1]
                    while k < len(tokens) and tokens[k].start < org[0]:
                        k += 1
                    skipped += 1
                    continue
                ch = country_at.get(tokens[k].start)
                if ch is not None:
                    country = country or ch.code
                    k += 1
                    skipped += 1
                    continue
                flags = word_ar(word)
                if flags & (_AR_DEFINITE | _AR_ORG):
                    if flags & _AR_QUAL_END:
                        break
                    k += 1
                    skipped += 1
                    continue
                if k + 1 < len(tokens) and self._complement_ar(text, tokens, k):
                    k += 1  # «مدير إدارة إفريقيا بالوزارة ...», «وزير التجارة وتنمية الصادرات ...»
                    skipped += 1
                    continue
                break
            if k < len(tokens) and tokens[k].start in taken_starts:
                continue
            name_toks = self._name_ar(text, tokens, k)
            if len(name_toks) < 2:
                continue  # a new person needs a full name; a bare surname is too often a word
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if any(s < end and start < e for s, e in taken) or any(h.start < end and start < h.end for h in hits):
                continue  # "الناطق باسم الجيش ... العميد نبيل": one person, the first title wins
            name_words = [tokens[t].text for t in name_toks]
            name_ar = text[start:end]
            if not country and main_country is False:
                main_country = _main_country(country_hits, known_countries)
            french = (country or main_country) in _MAGHREB
            hits.append(TitleHit(self._translit.name(name_words, french), name_ar, country, start, end))
        # a speech verb then a known given name: "وقال محمد حسن إن ..."
        speech, given = self._ar_speech, self._ar_first
        # a given name at k + 1, which runs over the tokens but the first and the last
        for k in [p - 1 for p in compress(at, map(given.__contains__, map(words.__getitem__, at)))
                  if 0 < p < len(tokens) - 1]:
            if speech.isdisjoint(surface_ar(words[k])) or tokens[k + 1].start in taken_starts:
                continue
            name_toks = self._name_ar(text, tokens, k + 1)
            if len(name_toks) < 2:
                continue
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if any(s < end and start < e for s, e in taken) or any(h.start < end and start < h.end for h in hits):
                continue
            name_words = [tokens[t].text for t in name_toks]
            if main_country is False:
                main_country = _main_country(country_hits, known_countries)
            hits.append(TitleHit(self._translit.name(name_words, main_country in _MAGHREB), text[start:end], None,
                                 start, end))
        return hits

    def _complement_ar(self, text: str, tokens: list[Token], k: int) -> bool:
        """A word without ال that still belongs to the title, not to the name after it.

        The noun an organisation noun governs («إدارة إفريقيا»، «بنك مصر») when a full name follows it,
        and a conjoined portfolio, و + a noun + a definite word («وتنمية الصادرات»).
        """
        word, prev = tokens[k].text, tokens[k - 1].text
        if word in self._ar_first or self._stop_ar(word) or self._norm_digits(word):
            return False
        if word.startswith("و") and len(word) > 3 and word[1:] not in self._ar_first:
            nxt = tokens[k + 1].text
            return (gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar")
                    and nxt.startswith("ال") and nxt not in self._ar_first)
        if prev in self._ar_org and not self._verb_like(word, form_x=False) and not word.startswith("و"):
            # the chain goes on with a definite word («بنك استثمار النخبة») or a full name follows
            nxt = tokens[k + 1].text
            goes_on = any(f.startswith("ال") or f in self._ar_org or f in self._ar_skip for f in surface_ar(nxt))
            if goes_on and nxt not in self._ar_first and gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar"):
                return True
            return len(self._name_ar(text, tokens, k + 1)) >= 2
        return False

    def _name_ar(self, text: str, tokens: list[Token], k: int) -> list[int]:
        n = len(tokens)
        if k >= n or (k > 0 and not gap_ok(text, tokens[k - 1].end, tokens[k].start, "ar")):
            return []
        word_ar = self._word_ar
        if not word_ar(tokens[k].text) & _AR_FIRST:
            return []
        compound = self._ar_compound
        out = [k]
        k += 1
        while k < n and len(out) < _MAX_NAME:
            end, start = tokens[k - 1].end, tokens[k].start
            if (start != end + 1 or text[end] != " ") and not gap_ok(text, end, start, "ar"):
                break
            if tokens[k - 1].text in compound:
                out.append(k)  # عبد الله، أبو قصرة، بن سلمان: the next word belongs to the name
                k += 1
                continue
            if word_ar(tokens[k].text) & _AR_NAME_END:
                break  # a function word, an organisation noun, a verb, a preposition, a conjunction
            out.append(k)
            k += 1
        while out and tokens[out[-1]].text in compound:
            out.pop()
        return out

    def _ok_first_ar(self, word: str) -> bool:
        if word in self._ar_first:
            return True
        if len(word) < 3 or self._stop_ar(word) or word in self._ar_org or word.startswith("ال"):
            return False
        if any(f != word and f in self._ar_org for f in surface_ar(word)):
            return False
        if self._norm_digits(word) or self._verb_like(word) or word.startswith("و"):
            return False
        return True

    def _verb_like(self, word: str, form_x: bool = True) -> bool:
        # imperfect verbs (يزور، تستضيف، سيلتقي) start with ي ت ن or س + one of them; form X verbs
        # and their nouns (استقال، استقالته، استبعد) with است
        if word in self._ar_first:
            return False
        if form_x and len(word) >= 5 and word.startswith("است"):
            return True
        if len(word) >= 4 and word[0] in "يتن":
            return True
        return len(word) >= 5 and word[0] == "س" and word[1] in "يتن"

    @staticmethod
    def _norm_digits(word: str) -> bool:
        return any(ch.isdigit() for ch in word) or word.isascii()

    # --- English -----------------------------------------------------------------------------

    def _find_en(self, text, tokens, words, at, country_hits, taken) -> list[TitleHit]:
        hits: list[TitleHit] = []
        places = [(h.start, h.end) for h in country_hits]
        seen: set[tuple[int, int]] = set()

        def add(span: list[int], country: str | None) -> None:
            start, end = tokens[span[0]].start, tokens[span[-1]].end
            if text[end:end + 2] == " (" and span[-1] + 1 < len(tokens) and tokens[span[-1] + 1].text.isupper():
                return  # "Official Cash Rate (OCR)": a term with its acronym, not a person
            if (start, end) in seen or any(s < end and start < e for s, e in taken):
                return
            if any(s < end and start < e for s, e in places):
                return
            seen.add((start, end))
            hits.append(TitleHit(text[start:end], None, country, start, end))

        # a name that starts where a known actor starts, or ends where one ends, overlaps it: no need
        # to read it ("Foreign Minister Hakan Fidan", "Sergei Lavrov said"). A particle at that end
        # could be dropped from the name, so the shortcut is only taken without one.
        particles = self._en_particles
        taken_starts = {s for s, _ in taken}
        taken_ends = {e for _, e in taken}

        def known_from(k: int) -> bool:
            return tokens[k].start in taken_starts and words[k] not in particles

        def known_to(k: int) -> bool:
            return tokens[k].end in taken_ends and words[k] not in particles

        # title before the name: "Iraqi Prime Minister Mohammed Shia al-Sudani"
        royal = self._royal["en"]
        index = self._titles["en"]
        for m in index.find(text, tokens, words, at):
            # titles stack: "chief mediator", "senior economist", "deputy head": the name follows the last
            while m.j < len(tokens) and text[tokens[m.j - 1].end:tokens[m.j].start] == " " \
                    and index.may_start(words[m.j]):
                nxt = index.match_at(text, tokens, m.j)
                if nxt is None:
                    break
                m = NameMatch(m.i, nxt.j, m.start, nxt.end, m.payloads)
            if m.j >= len(tokens) or not words[m.j][:1].isupper() or known_from(m.j):
                continue  # "official figures": no name follows
            span = self._name_en(text, tokens, m.j, forward=True)
            if len(span) == 1 and tokens[m.j - 1].text in royal and tokens[m.j - 1].text[:1].isupper():
                # a monarch is named by one given name and maybe a numeral: "King Philippe", "Queen Margrethe II"
                k = span[0] + 1
                if k < len(tokens) and tokens[k].text in _REGNAL and text[tokens[k - 1].end:tokens[k].start] == " ":
                    span.append(k)
                start, end = tokens[span[0]].start, tokens[span[-1]].end
                if (start, end) in seen or any(s < end and start < e for s, e in taken):
                    continue
                if any(s < end and start < e for s, e in places):
                    continue
                seen.add((start, end))
                title = text[tokens[m.i].start:tokens[m.j - 1].end]
                lo = max(0, m.i - 3)
                country = self._country_in(country_hits, tokens[lo].start, tokens[m.j - 1].end)
                hits.append(TitleHit(f"{title} {text[start:end]}", None, country, start, end))
                continue
            if len(span) >= 2:
                lo = max(0, m.i - 3)
                country = self._country_in(country_hits, tokens[lo].start, tokens[m.j - 1].end)
                add(span, country)
            # apposition: "Gerardo Blyde, the opposition's chief negotiator"
        comma_at = {m.start() for m in _COMMA.finditer(text)}
        triggers = self._en_triggers
        # only a trigger word (in `at`) or a capitalised word before ", " can start one
        starts = set(compress(at, map(triggers.__contains__, map(words.__getitem__, at))))
        for p in comma_at:
            i = token_index(tokens, p, 2)
            if i is not None and words[i][:1].isupper():
                starts.add(i)
        for i in sorted(starts):
            tok = tokens[i]
            word = tok.text
            if word in self._en_verbs_after and i > 0 and gap_ok(text, tokens[i - 1].end, tok.start, "en"):
                # most speech verbs follow a lowercase word ("officials said"): no name ends there
                span = self._name_en(text, tokens, i - 1, forward=False) \
                    if words[i - 1][:1].isupper() and not known_to(i - 1) else ()
                if len(span) >= 2:
                    add(span, None)
            elif word in self._en_verbs_before and i + 1 < len(tokens):
                j = i + 1
                if tokens[j].text == "to" and word == "according":
                    j += 1
                if j < len(tokens) and text[tokens[j - 1].end:tokens[j].start] in (" ", ", ") and not known_from(j):
                    span = self._name_en(text, tokens, j, forward=True)
                    if len(span) >= 2:
                        add(span, None)
            elif tok.end in comma_at and i + 1 < len(tokens):
                # "Name, (the|a) ... Title" within a few words
                span = self._name_en(text, tokens, i, forward=False) if not known_to(i) else ()
                if len(span) >= 2 and self._title_within(text, tokens, i + 1, 6):
                    lo, hi = tokens[i + 1].start, tokens[min(i + 7, len(tokens) - 1)].end
                    add(span, self._country_in(country_hits, lo, hi))
        return hits

    def _title_within(self, text, tokens, i, n) -> bool:
        index = self._titles["en"]
        for k in range(i, min(i + n, len(tokens))):
            if k > i and text[tokens[k - 1].end:tokens[k].start] not in (" ", "'", "'s ", "-"):
                if "," in text[tokens[k - 1].end:tokens[k].start] or "." in text[tokens[k - 1].end:tokens[k].start]:
                    return False
            if index.match_at(text, tokens, k) is not None:
                return True
        return False

    def _name_word_en(self, word: str) -> bool:
        if not word[:1].isupper():
            return False  # tested first: most words fail here
        if word in self._en_stop or word in self._en_org or word.lower() in self._en_title_words:
            return False
        if len(word) > 1 and word.isupper() and len(word) > 2:
            return False  # acronyms: UN, NATO, AFP
        return True

    def _name_en(self, text: str, tokens: list[Token], k: int, forward: bool) -> list[int]:
        """A run of capitalised name words starting (forward) or ending (backward) at token k."""
        if k < 0 or k >= len(tokens):
            return []
        if not self._name_word_en(tokens[k].text):
            return []
        out = [k]
        step = 1 if forward else -1
        k += step
        while 0 <= k < len(tokens) and len(out) < _MAX_NAME:
            a, b = (tokens[k - 1], tokens[k]) if forward else (tokens[k], tokens[k + 1])
            if not gap_ok(text, a.end, b.start, "en"):
                break
            word = tokens[k].text
            if word in self._en_particles:
                # particles belong to the name only with a capitalised word on their other side
                nxt = k
                while 0 <= nxt < len(tokens) and tokens[nxt].text in self._en_particles:
                    nxt += step
                if 0 <= nxt < len(tokens) and self._name_word_en(tokens[nxt].text):
                    while k != nxt:
                        out.append(k)
                        k += step
                    continue
                break
            if not self._name_word_en(word):
                break
            if not forward and _sentence_start(text, tokens[k + 1].start):
                break
            out.append(k)
            k += step
        if not forward:
            out.reverse()
            # a sentence-initial word before a name is a common word unless it looks like a name
            while len(out) > 2 and tokens[out[0]].text in self._en_stop:
                out.pop(0)
        while out and tokens[out[-1]].text in self._en_particles:
            out.pop()
        while out and tokens[out[0]].text in self._en_particles:
            out.pop(0)
        return out

    # --- shared ------------------------------------------------------------------------------

    @staticmethod
    def _country_in(country_hits, start: int, end: int) -> str | None:
        for h in country_hits:
            if start <= h.start and h.end <= end:
                return h.code
        return None

    def _add_surnames(self, text, tokens, words, hits: list[TitleHit], taken, lang) -> list[TitleHit]:
        """A person found in full is also found by the surname alone elsewhere in the text."""
        if not hits:
            return hits
        by_last: dict[str, TitleHit] = {}
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
            found = compress(tokens, map(keys.__contains__, words))
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


def _main_country(country_hits, known_countries) -> str | None:
    """The country a text names most, its actors' countries counted in."""
    counts = Counter(h.code for h in country_hits) + Counter(c for c in known_countries if c)
    return counts.most_common(1)[0][0] if counts else None


def _clitic_only(word: str, by_last: dict) -> bool:
    for p in ("و", "ف", "ب", "ل", "وب", "ول"):
        if word.startswith(p) and word[len(p):] in by_last:
            return True
    return False


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


@lru_cache(maxsize=8)
def _load_cached(data_dir: Path) -> TitleFinder:
    def read(name: str) -> dict:
        path = data_dir / "gazetteer" / name
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    return TitleFinder(read("titles_ar.json"), read("titles_en.json"), Transliterator.load(data_dir))
