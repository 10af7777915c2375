"""A person's name inside the name of a place or an institution named after them.

Universities, airports, bases, hospitals and streets carry the names of rulers, founders and
martyrs: "Sultan Qaboos University", "King Khalid International Airport", «جامعة السلطان قابوس»,
«قاعدة عين الأسد». Such a person is no actor of the text, whether the gazetteer or a title found
the name. English puts the place's head word after the name, with at most a few capitalised words
between ("International", "Conference"); Arabic puts it before, with at most a royal title or a
place-name opener between («مطار الملك خالد», «قاعدة عين الأسد»). The words are data
(`common_words.json`: `place_heads_en`, `place_heads_ar`, `place_openers_ar`). An English name that
opens with a place's own word ("Lake Taupo", "Mount Ruapehu": `place_openers_en`) is a place too.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtracker.config import DATA_DIR
from claimtracker.extract.phrases import DEFINITE_AR, Token, ar_keys, token_index
from claimtracker.extract.places import load_places
from claimtracker.text import normalize_text

# capitalised words a place's name may have between the person and its head word
# ("King Khalid International Airport", "King Fahd Medical City")
_EN_GAP = 3
# Arabic words between the head and the person: a royal title and a place opener at most
_AR_GAP = 2


class PlaceNames:
    def __init__(self, common: dict, royal_ar: Iterable[str]) -> None:
        self._heads_en = frozenset(common.get("place_heads_en", []))
        self._speech_en = frozenset(common.get("person_verbs_en", []))
        self._openers_en = frozenset(common.get("place_openers_en", []))
        heads_ar = {normalize_text(w).strip(): w for w in common.get("place_heads_ar", [])}
        self._heads_ar = frozenset(heads_ar)
        # heads in ة, which normalisation writes as ه, the pronoun's letter: «محافظه» is its governor
        self._ta_heads_ar = frozenset(k for k, w in heads_ar.items() if w.endswith("ة"))
        self._gaps_ar = frozenset(normalize_text(w).strip() for w in common.get("place_openers_ar", [])) \
            | frozenset(royal_ar)

    def names_a_place(self, text: str, tokens: list[Token], start: int, end: int, lang: str) -> bool:
        """Whether the person named at text[start:end] is part of a place's or institution's name."""
        i = token_index(tokens, start, 1)
        if lang == "ar":
            return i is not None and self._head_before_ar(text, tokens, i)
        if i is not None and tokens[i].text in self._openers_en:
            return True  # "south of Lake Taupo, the minister said": a lake, not the speaker
        j = token_index(tokens, end, 2)
        if j is None:
            return False
        if tokens[j].text in self._heads_en:
            # a title's name may run on into the head ("King Hussein Bridge" read as a king's name),
            # but a head word that is also a surname is a person's when speech follows ("President
            # Maria Hall said")
            nxt = j + 1
            return not (nxt < len(tokens) and text[tokens[j].end:tokens[nxt].start] == " "
                        and tokens[nxt].text in self._speech_en)
        return self._head_after_en(text, tokens, j + 1)

    def in_town_name_ar(self, words: list[str], i: int, j: int) -> bool:
        """Whether words[i:j], a person's alias, lie inside a longer place name the places table
        knows («في دوائر الفقيه بن صالح»: the town Fquih Ben Salah, not Abdelkader Bensalah)."""
        places = load_places(DATA_DIR)
        for k in range(max(0, i - _AR_GAP), i + 1):
            hit = places.match_ar(words, k)
            if hit is not None and hit[1] >= j - 1 and (k < i or hit[1] > j - 1):
                return True
        return False

    def _head_after_en(self, text: str, tokens: list[Token], k: int) -> bool:
        for step in range(_EN_GAP + 1):
            p = k + step
            if p >= len(tokens) or text[tokens[p - 1].end:tokens[p].start] != " ":
                return False
            word = tokens[p].text
            if word in self._heads_en:
                return True
            if not word[:1].isupper():
                return False
        return False

    def _head_before_ar(self, text: str, tokens: list[Token], i: int) -> bool:
        for back in range(1, _AR_GAP + 2):
            p = i - back
            if p < 0 or text[tokens[p].end:tokens[p + 1].start] != " ":
                return False
            keys = ar_keys(tokens[p].text)
            # a head with the article is in construct with nothing after it: «نقابة المرفأ حسان
            # ديوب» is the port's union and its head, «مرفأ الملك عبدالله» a place
            if any(k in self._heads_ar and not (k in self._ta_heads_ar and text[tokens[p].end - 1] == "ه") for k in keys) \
                    and not tokens[p].text.startswith(DEFINITE_AR):
                return True
            if not any(k in self._gaps_ar for k in keys):
                return False
        return False
