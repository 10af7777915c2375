"""Time vocabulary loaded from data/lexicons/time_*.json, with the lookups the grammar needs.

Every word the time grammar knows comes from the data files; this module turns word lists into
regex alternations and word -> value maps. Arabic words are folded with `claimtracker.text.normalize`
so that one spelling per folded form is enough (أبريل/إبريل/ابريل).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtracker.errors import InputError
from claimtracker.text import _AR_DROP, _AR_FOLD, normalize_text

# Arabic-Indic and Eastern Arabic-Indic digits fold to ASCII one for one, so offsets are kept.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=4096)
def fold(word: str, lang: str) -> str:
    """The matching form of a lexicon word or a matched phrase."""
    text = normalize_text(word) if lang == "ar" else word.lower().replace("’", "'")
    return re.sub(r"\s+", " ", text.translate(DIGITS)).strip()


# The same folding as text.normalize() for Arabic letters, done by str.translate: the per-character
# loop of normalize() costs milliseconds on a 4 KB article, which the time scan cannot afford.
_AR_TABLE: dict[int, str | None] = {cp: None for cp in _AR_DROP}
_AR_TABLE.update({ord(k): (v or None) for k, v in _AR_FOLD.items()})
_AR_TABLE.update({ord(k): v for k, v in zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True)})
_AR_TABLE.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_AR_TABLE.update({ord(k): v for k, v in {"’": "'", "‘": "'", "–": "-", "—": "-"}.items()})
_AR_DROPPED = re.compile("[" + "".join(re.escape(chr(cp)) for cp, v in sorted(_AR_TABLE.items()) if v is None) + "]")


@dataclass(frozen=True, slots=True)
class Folded:
    """Arabic text folded for matching, and the way back to offsets in the original."""

    text: str
    shifts: tuple[int, ...]  # for the j-th dropped character: its folded index (original index - j)
    original_length: int

    def to_original(self, i: int) -> int:
        return i + bisect.bisect_right(self.shifts, i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.text):
            return self.original_length, self.original_length
        return self.to_original(start), self.to_original(end - 1) + 1 if end > start else self.to_original(start)


_AR_REPLACE = tuple((chr(cp), v) for cp, v in _AR_TABLE.items() if v is not None)


def fold_arabic(text: str) -> Folded:
    # A chain of str.replace is many times faster than str.translate with a dict on long texts.
    shifts = tuple(m.start() - j for j, m in enumerate(_AR_DROPPED.finditer(text)))
    if shifts:
        text = _AR_DROPPED.sub("", text)
    for a, b in _AR_REPLACE:
        if a in text:
            text = text.replace(a, b)
    return Folded(text, shifts, len(text) + len(shifts))


@dataclass
class LangWords:
    """One language's vocabulary: raw lists for alternations and folded maps for values."""

    lang: str
    raw: dict
    maps: dict[str, Any] = field(default_factory=dict)  # folded maps, and word sets under "set:" keys

    def words(self, key: str) -> list[str]:
        value = self.raw.get(key, [])
        if isinstance(value, dict):
            out: list[str] = []
            for v in value.values():
                out.extend(v if isinstance(v, list) else [])
            if not out:
                out = list(value.keys())
            return out
        return list(value)

    def value_map(self, key: str) -> dict[str, object]:
        """folded word -> value, for dicts shaped {value: [words]} or {word: value}."""
        if key in self.maps:
            return self.maps[key]
        out: dict[str, object] = {}
        for k, v in self.raw.get(key, {}).items():
            if isinstance(v, list):
                for w in v:
                    out[fold(w, self.lang)] = _value(k)
            else:
                out[fold(k, self.lang)] = v
        self.maps[key] = out
        return out

    def fold(self, word: str) -> str:
        return re.escape(fold(word, self.lang))

    def word_set(self, key: str) -> frozenset[str]:
        cache_key = "set:" + key
        if cache_key not in self.maps:
            self.maps[cache_key] = frozenset(fold(w, self.lang) for w in self.words(key))
        return self.maps[cache_key]

    def lookup(self, key: str, phrase: str | None):
        if phrase is None:
            return None
        # handlers look words up a dozen times per phrase: the built map is read without a method call
        values = self.maps.get(key)
        if values is None:
            values = self.value_map(key)
        return values.get(fold(phrase, self.lang))

    def alt(self, *keys: str, exclude: tuple[str, ...] = ()) -> str:
        """A non-capturing alternation of the folded words under `keys`, longest first.

        English is matched lowercased (a case-insensitive regex is several times slower); the
        scanner checks the capital of month and weekday names on the original text.
        """
        words: set[str] = set()
        skip = {fold(w, self.lang) for w in exclude}
        for key in keys:
            for w in self.words(key):
                f = fold(w, self.lang)
                if f and f not in skip:
                    words.add(f)
        if not words:
            return "(?!x)x"
        return f"(?:{trie_alt(words)})"


def _value(k: str):
    try:
        return int(k)
    except ValueError:
        return k


def trie_alt(words: set[str]) -> str:
    """An alternation factored as a trie, longest match first.

    Python's re tries branches one by one; sharing prefixes makes a failed match cost one
    character test per level instead of one per word, which keeps the scan fast.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(trie)


def _atoms(word: str) -> list[str]:
    out: list[str] = []
    for i, part in enumerate(word.split()):
        if i:
            out.append(r"\s+")
        out.extend(re.escape(c) for c in part)
    return out


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body[:-1] + ")?"
    return body


def load_words(data_dir: Path, lang: str) -> LangWords:
    path = data_dir / "lexicons" / f"time_{lang}.json"
    try:
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read the time lexicon {path}: {e}") from e
    if not isinstance(raw, dict):
        raise InputError(f"the time lexicon {path} is not a JSON object")
    return LangWords(lang, raw)
