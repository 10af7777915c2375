"""Places the extractor knows by name: cities, provinces and regions (`data/gazetteer/places.json`).

A place is no actor. It serves two readers: an Arabic title holder's name ends before it («يزور
الرئيس التنفيذي للشركة شادي ملك العقبة»: Aqaba is where he goes, not his family name), and local
bodies are named after it («مجلس محافظة البصرة» -> Basra Provincial Council, `local_bodies_ar.py`).
Two places may share an Arabic spelling (طرابلس, Libya's and Lebanon's); the text's country decides.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from claimtracker.extract.phrases import Token, surface_ar
from claimtracker.text import normalize_text

DATELINE_TOKENS = 60  # tokens from the text's start within which a dateline stands (after the headline)
# the prepositions written onto a place's name that keep it a place: ب (in), ل (of, to)
PLACE_CLITICS = frozenset("بل")


def dateline(text: str, start: int, end: int) -> bool:
    # "Kathmandu, June 14:", "NAIROBI (Wire) -": a place opening a line before a comma or a dash
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return (k < 0 or text[k] == "\n") and text[end:end + 3].lstrip()[:1] in (",", "-", "(", "—", "–", ":")


class Place(NamedTuple):
    name: str  # as English news writes it
    country: str
    kind: str  # city, province or region


class PlaceIndex:
    """Places by the first word of their normalised Arabic spellings, longest spelling first."""

    def __init__(self, rows: Iterable[dict], town_heads_ar: Iterable[str] = (),
                 town_openers_ar: Iterable[str] = ()) -> None:
        self._town_heads = frozenset(normalize_text(w).strip() for w in town_heads_ar)
        self._town_openers = frozenset(normalize_text(w).strip() for w in town_openers_ar)
        self._ar: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        for row in rows:
            place = Place(row["name"], row["country"], row.get("kind", "city"))
            for spelling in (row.get("name_ar"), *row.get("aliases_ar", [])):
                words = tuple(normalize_text(spelling).split()) if spelling else ()
                if words:
                    self._ar.setdefault(words[0], []).append((words, place))
        for spellings in self._ar.values():
            spellings.sort(key=lambda item: -len(item[0]))

    def match_ar(self, words: Sequence[str], k: int, first: str | None = None,
                 country: str | None = None) -> tuple[Place, int] | None:
        """The place whose Arabic name starts at word k, read as `first` when given (the word less
        its clitics: «لمصراته» -> «مصراته»), and the index of its last word; of places spelled
        alike, the one in `country` (the text's), else the first listed."""
        found: tuple[Place, int] | None = None
        for spelled, place in self._ar.get(words[k] if first is None else first, ()):
            last = k + len(spelled) - 1
            if found is not None and last < found[1]:
                break  # longest first: a shorter spelling never beats the one found
            if tuple(words[k + 1:last + 1]) != spelled[1:]:
                continue
            if found is None or (place.country == country and found[0].country != country):
                found = (place, last)
        return found

    def opening(self, words: Sequence[str], name_toks: Sequence[int]) -> int:
        """How many of the words read as a person's name (token indices `name_toks`) are a place's
        name opening them («صلاح الدين»): a place named like a person; 0 when none is."""
        hit = self.match_ar(words, name_toks[0])
        return 0 if hit is None or hit[1] > name_toks[-1] else hit[1] - name_toks[0] + 1

    def country_among(self, tokens: Sequence[Token], words: Sequence[str], lo: int, hi: int,
                      place_ends: dict[int, int]) -> str | None:
        """The country of the first place among tokens lo to hi whose start is in `place_ends` (the
        places `spans_ar` found), or None."""
        for t in range(lo, hi):
            if tokens[t].start in place_ends:
                hit = self.match_ar(words, t, self._bare(words[t]))
                if hit is not None:
                    return hit[0].country
        return None

    def spans_ar(self, tokens: Sequence[Token], words: Sequence[str],
                 name_word: Callable[[str], bool]) -> dict[int, int]:
        """Where each place's name starts and ends in the text (character offsets), except places
        whose first word is also a person's name word (`name_word`: صلاح الدين, الرياض, عمران):
        after a title those are more likely the holder's own name. After «عبد» a word is the second
        half of a given name («الفاتح عبد الجليل»), not a place (Galilee)."""
        out: dict[int, int] = {}
        for k, word in enumerate(words):
            first = self._bare(word)
            if first is not None and not name_word(first) and (k == 0 or words[k - 1] != "عبد"):
                hit = self.match_ar(words, k, first)
                if hit is not None:
                    out[tokens[k].start] = tokens[hit[1]].end
        return out

    def text_places_ar(self, text: str, tokens: Sequence[Token], words: Sequence[str]) -> frozenset[str]:
        """The words this text writes as places though the table lacks them: the word after a town's
        head («مدينة دمنات», «بقضاء الدبس»), both words of a name a town's opener starts («مدينة كفر
        صقر»), and the first word of the dateline («جلولاء - «…»»)."""
        out = set()
        for k in range(len(words) - 1):
            if not self._town_heads.isdisjoint(surface_ar(words[k])):
                out.add(words[k + 1])
                if words[k + 1] in self._town_openers and k + 2 < len(words):
                    out.add(words[k + 2])
        for k in range(min(len(tokens), DATELINE_TOKENS)):
            if k and "\n" not in text[tokens[k - 1].end:tokens[k].start]:
                continue
            for last in range(k, min(k + 3, len(tokens))):
                if dateline(text, tokens[k].start, tokens[last].end):
                    out.add(words[k])
                    break
        return frozenset(out)

    def _bare(self, word: str) -> str | None:
        """The word as a place's first word, or less a clitic preposition of place («بقفصة», «لزاكورة»:
        in or of the town), or None when it opens no place's name."""
        if word in self._ar:
            return word
        if word[:1] in PLACE_CLITICS and word[1:] in self._ar:
            return word[1:]
        return None


@lru_cache(maxsize=4)
def load_places(data_dir: Path) -> PlaceIndex:
    path = data_dir / "gazetteer" / "places.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return PlaceIndex(data.get("places", []), data.get("town_heads_ar", ()), data.get("town_openers_ar", ()))


def before_text_place(name_toks: list[int], words: Sequence[str], text_places: frozenset[str]) -> list[int]:
    """A title holder's name less its last word when the text writes that word as a place
    (`PlaceIndex.text_places_ar`) and two words of the name are left: «رشيد الموساوي دمنات» -> «رشيد
    الموساوي». A name of two words is left whole («مقتدى الصدر» where the text names «مدينة الصدر»), and
    so is a word the name goes on after («سيدي محمد ولد ابّاه» where the text names «بلدة ولد ينجه»)."""
    if len(name_toks) > 2 and words[name_toks[-1]] in text_places:
        return name_toks[:-1]
    return name_toks


def after_text_place(name_toks: list[int], words: Sequence[str], text_places: frozenset[str],
                     given: Container[str]) -> list[int]:
    """A title holder's name less its first word when the text writes that word as a place and a
    given name (`given`) follows it: «النائب عن دائرة كوم أمبو ياسر عبد الحكيم» -> «ياسر عبد الحكيم»
    (the town's second word had been read as the name's first)."""
    if len(name_toks) > 2 and words[name_toks[0]] in text_places and words[name_toks[1]] in given:
        return name_toks[1:]
    return name_toks
