"""Local bodies named in Arabic after their place: «مجلس محافظة البصرة» (Basra Provincial Council),
«قيادة عمليات نينوى» (Nineveh Operations Command), «بلدية الخليل» (Hebron Municipality), «المجلس
البلدي لمصراتة» (Misrata Municipal Council), «المجلس الجهوي لولاية بنزرت» (Bizerte Regional Council).

The heads and their English templates are data (`data/gazetteer/local_bodies.json`); the places
are `places.py`'s. A head with no known place after it names nothing here: which town's council «المجلس
البلدي» is, the rules cannot tell.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token, surface_ar
from claimtracker.extract.places import load_places
from claimtracker.text import normalize_text


class LocalHead(NamedTuple):
    words: tuple[str, ...]  # normalised
    en: str
    construct: bool


class LocalBodyWords(NamedTuple):
    heads: dict[str, list[LocalHead]]  # by first word, longest first
    links: frozenset[str]
    not_after: frozenset[str]  # «انتخابات»: the body is what is elected
    place_words: frozenset[str] = frozenset()  # «محافظة» of «قيادة شرطة محافظة ديالى»

    @property
    def starters(self) -> frozenset[str]:
        return frozenset(self.heads)


def _ar(word: str) -> str:
    return normalize_text(word).strip()


@lru_cache(maxsize=4)
def load_local_words(data_dir: Path) -> LocalBodyWords:
    path = data_dir / "gazetteer" / "local_bodies.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    heads: dict[str, list[LocalHead]] = {}
    for spec in raw.get("heads", []):
        words = tuple(_ar(spec["head"]).split())
        heads.setdefault(words[0], []).append(
            LocalHead(words, spec["en"], bool(spec.get("construct"))))
    for found in heads.values():
        found.sort(key=lambda h: -len(h.words))
    return LocalBodyWords(heads, frozenset(_ar(w) for w in raw.get("links", [])),
                          frozenset(_ar(w) for w in raw.get("not_after", [])),
                          frozenset(_ar(w) for w in raw.get("place_words", [])))


def find_local_bodies(tokens: list[Token], words: list[str], at: list[int], spaced: Callable[[int, int], bool],
                      main: Callable[[], str | None], data_dir: Path,
                      country_starts: Collection[int] = ()) -> list[InstitutionHit]:
    """The local bodies whose head starts at one of the token positions `at` (clitics allowed on
    its first word: «وأعلنت قيادة», «لرئيس بلدية»); `main()` is the text's country, which decides
    between places spelled alike. A place that is also a country's name where a country was read
    (`country_starts`, character offsets) names that country's body, not the town's («غرفة تجارة
    تونس» is Tunisia's chamber, read by `orgs_ar.py`)."""
    table = load_local_words(data_dir)
    places = load_places(data_dir)
    n = len(tokens)
    out: list[InstitutionHit] = []
    inside = -1  # the last word of the head read last: «بلدية» of «مجلس بلدية» opens no head of its own
    for k in at:
        first = next((f for f in surface_ar(words[k]) if f in table.heads), None)
        if first is None or k <= inside:
            continue
        elected = k > 0 and any(f in table.not_after for f in surface_ar(words[k - 1]))
        for head in table.heads[first]:
            j = k + len(head.words)
            if j >= n or tuple(words[k + 1:j]) != head.words[1:] or not all(spaced(x - 1, x) for x in range(k + 1, j + 1)):
                continue
            inside = j - 1
            if elected:
                break
            hit = _place_after(words, j, head, table, places, spaced, main)
            if hit is None:
                continue  # a shorter head may still name a place
            place, last = hit
            if any(tokens[x].start <= c < tokens[x].end for x in range(j, last + 1) for c in country_starts):
                break
            out.append(InstitutionHit(head.en.format(place=place.name), place.country, tokens[k].start,
                                      tokens[last].end))
            break
    return out


def _place_after(words: list[str], j: int, head: LocalHead, table: LocalBodyWords, places,
                 spaced: Callable[[int, int], bool], main: Callable[[], str | None]):
    """(the place, its last word's index) the head ending before word j is named after, or None: right
    after a construct head; after a link word («لمدينة», «في»); with ل/ب joined to it («لمصراته»,
    «بسوسه», «للبصره»); or right after the head («المجلس البلدي بنغازي»). A word of the kind of
    place may stand before the place («قيادة شرطة محافظة ديالى», «في محافظة المهرة»)."""
    if head.construct:
        readings = [(j, words[j])]
    elif words[j] in table.links and j + 1 < len(words) and spaced(j, j + 1):
        readings = [(j + 1, words[j + 1])]
    else:
        readings = []
    if readings and readings[0][1] in table.place_words and readings[0][0] + 1 < len(words) \
            and spaced(readings[0][0], readings[0][0] + 1):
        readings = [(readings[0][0] + 1, words[readings[0][0] + 1])]
    if not readings:
        readings = [(j, f) for f in surface_ar(words[j])[1:]] + [(j, words[j])]
    for p, word in readings:
        hit = places.match_ar(words, p, word, main())
        if hit is not None:
            return hit
    return None
