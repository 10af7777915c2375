"""Token-level phrase matching shared by the gazetteer, the country finder and the title patterns.

Texts are cut into word tokens once; names are looked up by their first token in a dict, so the
cost per text does not grow with the number of names (no regex per name). Arabic tokens come from
the normalised text (`claimtracker.text.normalize`) and may carry the clitics و ف ب ل ك and the
article ال; English tokens keep their case so that "Hale" is a name and "hale" is not.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Container, Iterable
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import itemgetter
from typing import NamedTuple

from claimtracker.text import normalize

_AR_TOKEN = re.compile(r"[\u0621-\u064a]+|[a-z0-9]+")
_EN_TOKEN = re.compile(r"[^\W_]+")
_EN_SPLIT = re.compile(r"([^\W_]+)")
_EN_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]+)")
# Between two words of one name only spaces, hyphens and (after initials) full stops may stand.
_AR_GAP = re.compile(r"[ \t\u00a0\-]{0,3}")
_EN_GAP = re.compile(r"[ \t\u00a0\-'’]{0,3}|\.[ \t\u00a0]?")
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
# _AR_WORD's words are the runs of its first class that hold a letter; the plain runs split faster,
# and a run without a letter (stray diacritics) gives no token anyway (`_norm_word` drops it).
_AR_SPLIT = re.compile(r"([\u0621-\u065f\u0670-\u0673\u06a9\u06cc\u06d6-\u06ed\u0640]+|[A-Za-z0-9]+)")


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


@lru_cache(maxsize=65536)
def _whole_word(word: str) -> str | None:
    """The matching form of a word that is one token spanning the whole word, else None."""
    parts = _norm_word(word)
    if len(parts) == 1:
        w, s, e = parts[0]
        if s == 0 and e == len(word):
            return w
    return None


def tokenize_ar(text: str) -> list[Token]:
    return tokenize_words(text, "ar")[0]


def tokenize_en(text: str) -> list[Token]:
    return tokenize_words(text, "en")[0]


def tokenize(text: str, lang: str) -> list[Token]:
    return tokenize_words(text, lang)[0]


def tokenize_words(text: str, lang: str) -> tuple[list[Token], list[str]]:
    """The tokens and, as a list of its own, their texts (the phrase scans look up those)."""
    # split() with one group alternates gap, word, gap, ...: the offsets are running sums of the
    # lengths, and the whole cut runs in C (a loop over match objects was half the gazetteer's time)
    if lang != "ar":
        folded = fold_latin(text)
        # on ASCII text [^\W_] is [A-Za-z0-9], which the regex engine tests faster
        parts = (_EN_SPLIT_ASCII if folded.isascii() else _EN_SPLIT).split(folded)
        offsets = [0, *accumulate(map(len, parts))]
        words = parts[1::2]
        return list(map(_new_token, repeat(Token), zip(words, offsets[1::2], offsets[2::2], strict=False))), words
    parts = _AR_SPLIT.split(text)
    offsets = [0, *accumulate(map(len, parts))]
    words = parts[1::2]
    # almost every Arabic word is one token spanning the whole word, zipped in C like the English
    # ones; the rare others ("عبدالله", a stray leading diacritic) are built word by word
    forms = list(map(_whole_word, words))
    starts = offsets[1::2]
    if None not in forms:
        return list(map(_new_token, repeat(Token), zip(forms, starts, offsets[2::2], strict=False))), forms  # type: ignore[return-value]
    tokens: list[Token] = []
    append = tokens.append
    for word, form, base in zip(words, forms, starts, strict=False):
        if form is not None:
            append(_new_token(Token, (form, base, base + len(word))))
            continue
        for w, s, e in _norm_word(word):
            append(_new_token(Token, (w, base + s, base + e)))
    return tokens, list(map(itemgetter(0), tokens))


def positions(words: Iterable[str], wanted: Container[str]) -> list[int]:
    """The positions of the words in `wanted`, in order, found in one pass in C."""
    return list(compress(count(), map(wanted.__contains__, words)))


def token_index(tokens: list[Token], offset: int, field: int) -> int | None:
    """The last token whose start (field 1) or end (field 2) is `offset`; tokens are in order."""
    k = bisect_right(tokens, offset, key=itemgetter(field)) - 1
    return k if k >= 0 and tokens[k][field] == offset else None


def token_after(tokens: list[Token], i: int, end: int) -> int:
    """The index of the first token from `i` on that ends past `end`: the token after a hit that
    starts at tokens[i] and ends at offset `end`."""
    j = i
    while j < len(tokens) and tokens[j].end <= end:
        j += 1
    return j


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
def lookup_order(word: str) -> tuple[str, ...]:
    """The index keys an Arabic word can stand for (clitics and article off), in a fixed order:
    the reading with the fewest clitics taken off first.

    Two equally long phrases read from one word («وبرايس»: Price, or و + ب + Rice) are told apart
    by this order, so the pick never depends on how a set happens to be ordered (PYTHONHASHSEED).
    """
    return tuple(dict.fromkeys(strip_al(form) for form in surface_ar(word)))


def gap_ok(text: str, end: int, start: int, lang: str, prev_len: int = 0) -> bool:
    gap = text[end:start]
    if not gap or gap == " ":
        return True  # both gap patterns take one space; most gaps are one
    if gap == "+":
        return True  # "5+5 Joint Military Commission", «لجنة 5+5»: a name's numbers joined by a plus
    if lang == "ar":
        return _AR_GAP.fullmatch(gap) is not None
    if gap.startswith(".") and prev_len > 2:
        # a full stop joins initials ("K.P. Sharma Oli"), never two sentences
        return False
    return _EN_GAP.fullmatch(gap) is not None


def sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence: only spaces, quotes and brackets stand between it and a full
    stop, a question or exclamation mark, a line break or the start of the text."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


# the marks that open and close a quoted name («...», "...", “...”)
QUOTES_OPEN = frozenset("«\"“")
QUOTES_CLOSE = frozenset("»\"”")
# an Arabic word opening on the article, bare or after a conjunction or preposition
DEFINITE_AR = ("ال", "وال", "بال", "فال", "كال", "لل")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos` as (the full stop or line break before it, or -1; the one after
    it, or the text's end): the loose bounds a country check in the same sentence needs."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    ends = [k for k in (text.find(". ", pos), text.find("\n", pos)) if k >= 0]
    return lo, min(ends) if ends else len(text)


def clitic_forms(first: str) -> list[str]:
    """Every word that `surface_ar` reads as `first`: the word with its possible clitics in front.

    A reading is the word less a conjunction and preposition (when at least two letters are
    left), or ل + لـ read back as ال (when three are left after the ل); so the words are the word
    itself, c + p + first, and c + ل + first[1:] when first starts with ال.
    """
    out = [first]
    if len(first) >= 2:
        out += [c + p + first for c in _CONJ for p in _PREP if c or p]
    if first.startswith(_AL) and len(first) >= 4:
        out += [c + "ل" + first[1:] for c in _CONJ]
    return out


def slugify(name: str) -> str:
    """A stable id from an English name: "Ahmed al-Sharaa" -> "ahmed-al-sharaa"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    if slug:
        return slug
    # A name with no Latin letters (an Arabic name nobody transliterated) keeps its own letters.
    return re.sub(r"\s+", "-", normalize(name).text.strip()) or "unknown"
