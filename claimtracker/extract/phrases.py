"""Token-level phrase matching shared by the gazetteer, the country finder and the title patterns.

Texts are cut into word tokens once; names are looked up by their first token in a dict, so the
cost per text does not grow with the number of names (no regex per name). Arabic tokens come from
the normalised text (`claimtracker.text.normalize`) and may carry the clitics و ف ب ل ك and the
article ال; English tokens keep their case so that "Hale" is a name and "hale" is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from claimtracker.text import normalize

P = TypeVar("P")

_AR_TOKEN = re.compile(r"[\u0621-\u064a]+|[a-z0-9]+")
_EN_TOKEN = re.compile(r"[^\W_]+")
_EN_SPLIT = re.compile(r"([^\W_]+)")
# Between two words of one name only spaces, hyphens and (after initials) full stops may stand.
_AR_GAP = re.compile(r"[ \t\u00a0\-]{0,3}")
_EN_GAP = re.compile(r"[ \t\u00a0\-']{0,3}|\.[ \t\u00a0]?")
_AL = "ال"
# The normalised text folds ة to ه and ى to ي; the words stored in data files are folded alike.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


class Token(NamedTuple):
    text: str  # matching form: normalised Arabic, or English with its case and no accents
    start: int  # offsets into the original text
    end: int


# Tokens are made by the thousand per text; tuple.__new__ skips the namedtuple's Python-level __new__.
_new_token = tuple.__new__


@lru_cache(maxsize=4096)
def _latin_base(ch: str) -> str:
    if ch in "’‘ʼ`":
        return "'"
    if ch in "–—‐":
        return "-"
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_latin(text: str) -> str:
    """Accents off, curly quotes straight; same length as the input so offsets stay valid."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda m: _latin_base(m.group()), text)


# A word in the original text: Arabic letters with their diacritics and tatweel, or Latin/digits.
_AR_WORD = re.compile(
    r"[\u0621-\u065f\u0670-\u0673\u06a9\u06cc\u06d6-\u06ed\u0640]*[\u0621-\u064a\u0671-\u0673\u06a9\u06cc]"
    r"[\u0621-\u065f\u0670-\u0673\u06a9\u06cc\u06d6-\u06ed\u0640]*|[A-Za-z0-9]+"
)


@lru_cache(maxsize=65536)
def _norm_word(word: str) -> tuple[tuple[str, int, int], ...]:
    """One original word as matching tokens, with offsets relative to the word."""
    if word.isascii():
        return ((word.lower(), 0, len(word)),)
    norm = normalize(word)
    out = []
    for m in _AR_TOKEN.finditer(norm.text):
        s, e = norm.span(m.start(), m.end())
        w = m.group()
        if w.startswith("عبدال") and len(w) > 6:
            # "عبدالله" and "عبد الله" are the same name; matching sees both as two words
            cut, _ = norm.span(m.start() + 3, m.start() + 4)
            out.append(("عبد", s, cut))
            out.append((w[3:], cut, len(word) if e >= len(word.rstrip()) else e))
        else:
            out.append((w, s, e))
    if out:
        # trailing diacritics (a final shadda or tanween) belong to the word: "الروسيّ"
        w, s, _ = out[-1]
        out[-1] = (w, s, len(word))
    return tuple(out)


def tokenize_ar(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    for m in _AR_WORD.finditer(text):
        base = m.start()
        parts = _norm_word(m.group())
        if len(parts) == 1:
            w, s, e = parts[0]
            append(_new_token(Token, (w, base + s, base + e)))
            continue
        for w, s, e in parts:
            append(_new_token(Token, (w, base + s, base + e)))
    return tokens


def tokenize_en(text: str) -> list[Token]:
    # split() with one group alternates gap, word, gap, ...: the offsets are running sums of the
    # lengths, and the whole cut runs in C (a loop over match objects was half the gazetteer's time)
    parts = _EN_SPLIT.split(fold_latin(text))
    offsets = [0, *accumulate(map(len, parts))]
    return list(map(_new_token, repeat(Token), zip(parts[1::2], offsets[1::2], offsets[2::2], strict=False)))


def tokenize(text: str, lang: str) -> list[Token]:
    return tokenize_ar(text) if lang == "ar" else tokenize_en(text)


def phrase_tokens(phrase: str, lang: str) -> tuple[str, ...]:
    """The matching form of a name as it is written in a data file."""
    return tuple(t.text for t in tokenize(phrase, lang))


def strip_al(word: str) -> str:
    return word[2:] if word.startswith(_AL) and len(word) > 3 else word


@lru_cache(maxsize=65536)
def surface_ar(word: str) -> tuple[str, ...]:
    """The readings of an Arabic word with a leading conjunction and preposition taken off.

    The article stays: والشرع -> الشرع; لبوتين -> بوتين; بالرئيس -> الرئيس; للشرع (ل + ال) -> الشرع.
    """
    out: list[str] = [word]
    for c in _CONJ:
        if c and not word.startswith(c):
            continue
        rest1 = word[len(c):]
        for p in _PREP:
            if p and not rest1.startswith(p):
                continue
            rest2 = rest1[len(p):]
            if (c or p) and len(rest2) >= 2 and rest2 not in out:
                out.append(rest2)
            if p == "ل" and rest2.startswith("ل") and len(rest2) >= 3 and "ا" + rest2 not in out:
                out.append("ا" + rest2)
    return tuple(out)


@lru_cache(maxsize=65536)
def ar_keys(word: str) -> tuple[str, ...]:
    """Lookup keys of an Arabic word: its readings without clitics, and without the article."""
    keys: list[str] = []
    for form in surface_ar(word):
        for k in (form, strip_al(form)):
            if len(k) >= 2 and k not in keys:
                keys.append(k)
    return tuple(keys)


@lru_cache(maxsize=65536)
def lookup_keys(word: str) -> frozenset[str]:
    """The index keys an Arabic word can stand for (clitics and article off)."""
    return frozenset(strip_al(form) for form in surface_ar(word))


def gap_ok(text: str, end: int, start: int, lang: str, prev_len: int = 0) -> bool:
    gap = text[end:start]
    if not gap:
        return True
    if lang == "ar":
        return _AR_GAP.fullmatch(gap) is not None
    if gap.startswith(".") and prev_len > 2:
        # a full stop joins initials ("K.P. Sharma Oli"), never two sentences
        return False
    return _EN_GAP.fullmatch(gap) is not None


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    i: int  # first token index
    j: int  # one past the last token index
    start: int
    end: int
    payloads: tuple[P, ...]


class PhraseIndex(Generic[P]):
    """Phrases looked up by their first token; the longest phrase at a position wins."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        # first-word key -> [(phrase words, payloads)], longest phrase first
        self._first: dict[str, list[tuple[tuple[str, ...], list[P]]]] = {}

    def add(self, phrase: str, payload: P) -> None:
        toks = phrase_tokens(phrase, self.lang)
        if not toks:
            return
        key = strip_al(toks[0]) if self.lang == "ar" else toks[0]
        bucket = self._first.setdefault(key, [])
        for words, payloads in bucket:
            if words == toks:
                if payload not in payloads:
                    payloads.append(payload)
                return
        bucket.append((toks, [payload]))
        bucket.sort(key=lambda entry: -len(entry[0]))

    def __contains__(self, phrase: str) -> bool:
        toks = phrase_tokens(phrase, self.lang)
        if not toks:
            return False
        key = strip_al(toks[0]) if self.lang == "ar" else toks[0]
        return any(words == toks for words, _ in self._first.get(key, ()))

    def may_start(self, word: str) -> bool:
        """Cheap test: could a phrase start with this word?"""
        if self.lang == "ar":
            return not self._first.keys().isdisjoint(lookup_keys(word))
        return word in self._first

    def match_at(self, text: str, tokens: list[Token], i: int) -> Match[P] | None:
        arabic = self.lang == "ar"
        word = tokens[i][0]
        keys = lookup_keys(word) if arabic else (word,)
        surface = surface_ar(word) if arabic else ()
        best: Match[P] | None = None
        n = len(tokens)
        for key in keys:
            bucket = self._first.get(key)
            if not bucket:
                continue
            for full, payloads in bucket:
                j = i + len(full)
                if j > n or (best is not None and j <= best.j):
                    continue
                # the article must be as written: حماس is not الحماس, الشرع is not شرع
                if arabic and full[0] not in surface:
                    continue
                ok = True
                for k in range(1, len(full)):
                    tok = tokens[i + k]
                    prev = tokens[i + k - 1]
                    if tok[0] != full[k] or not gap_ok(text, prev[2], tok[1], self.lang, prev[2] - prev[1]):
                        ok = False
                        break
                if ok:
                    best = Match(i, j, tokens[i][1], tokens[j - 1][2], tuple(payloads))
                    break  # the bucket is longest first
        return best

    def find(self, text: str, tokens: list[Token]) -> list[Match[P]]:
        """Longest non-overlapping matches, left to right."""
        out: list[Match[P]] = []
        first_keys = self._first.keys()
        # Most words start no phrase: find the ones that may, once per distinct word (in C for
        # English), and try the full match only at those.
        words = list(map(itemgetter(0), tokens))
        if self.lang == "ar":
            starters = {w for w in set(words) if not first_keys.isdisjoint(lookup_keys(w))}
        else:
            starters = first_keys & set(words)
        if not starters:
            return out
        i = 0
        for k in [k for k, w in enumerate(words) if w in starters]:
            if k < i:
                continue
            m = self.match_at(text, tokens, k)
            if m is not None:
                out.append(m)
                i = m.j
        return out


def slugify(name: str) -> str:
    """A stable id from an English name: "Ahmed al-Sharaa" -> "ahmed-al-sharaa"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    if slug:
        return slug
    # A name with no Latin letters (an Arabic name nobody transliterated) keeps its own letters.
    return re.sub(r"\s+", "-", normalize(name).text.strip()) or "unknown"
