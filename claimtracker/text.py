"""Text helpers shared by every stage: language by script, and normalisation for matching.

Normalisation is for matching only. It keeps a map back to the original offsets so that quotes
and spans are always cut from the original text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.errors import LanguageError

# Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef), Quranic marks, tatweel.
_AR_DROP = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE))
_AR_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "",
}
_LATIN_FOLD = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def _fold_other(ch: str) -> str:
    """Accented Latin folds to its base letter ("Jesús" matches "Jesus"); one character out."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    rep = base.lower() if len(base) == 1 else ch.lower()
    return rep if len(rep) == 1 else ch


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in _AR_DROP}
    for k, v in _AR_FOLD.items():
        table[ord(k)] = v or None
    for k, v in _LATIN_FOLD.items():
        table[ord(k)] = v
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return table


# str.translate does the per-character folding in C; a Python loop over every character was
# the slowest step of extraction. Characters outside ASCII and Arabic are rare and folded first.
_TABLE = _translation_table()
_DROPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_AR_DROP)) + "".join(
    re.escape(k) for k, v in _AR_FOLD.items() if v == "") + "]")
_OTHER = re.compile("[^\x00-\x7f\u0600-\u06ff" + "".join(re.escape(k) for k in _LATIN_FOLD) + "]")


# `_TABLE` as a few whole-string passes: dropping, `str.lower` and one `str.replace` per folded
# character. `str.translate` with a dict looks every character up in Python's dict, which made
# it the slowest step on Arabic text. After `_OTHER` has folded the rest, only ASCII, Arabic and
# `_LATIN_FOLD` characters are left, and `str.lower` changes none of them but A-Z.
# Offsets are cut from one tuple of ints made once: making thousands of int objects per text cost
# more than all the folding.
_OFFSETS = tuple(range(1 << 15))
_REPLACE = tuple((k, v) for k, v in (*_AR_FOLD.items(), *_LATIN_FOLD.items()) if v)


def _fold(text: str) -> str:
    """`text.translate(_TABLE)` for a text with no characters `_OTHER` matches and none to drop."""
    text = text.lower()
    for k, v in _REPLACE:
        if k in text:
            text = text.replace(k, v)
    return text


def normalize(text: str) -> Normalized:
    """Fold Arabic letter forms, drop diacritics and tatweel, lowercase Latin; keep offsets."""
    n = len(text)
    ints: Sequence[int] = _OFFSETS if n <= len(_OFFSETS) else range(n)  # a very long text: made one by one
    if text.isascii():
        # every character `_OTHER`, `_DROPPED` and `_REPLACE` know is outside ASCII: only A-Z fold
        return Normalized(text.lower(), tuple(ints[:n]), n)
    if _OTHER.search(text):
        text = _OTHER.sub(lambda m: _fold_other(m.group()), text)
    # the dropped characters are found once, for the text and for the offsets it keeps
    dropped = [m.span() for m in _DROPPED.finditer(text)]
    if not dropped:
        return Normalized(_fold(text), tuple(ints[:n]), n)
    kept_text: list[str] = []
    kept: list[Sequence[int]] = []
    pos = 0
    for start, end in dropped:
        kept_text.append(text[pos:start])
        kept.append(ints[pos:start])
        pos = end
    kept_text.append(text[pos:n])
    kept.append(ints[pos:n])
    return Normalized(_fold("".join(kept_text)), tuple(chain.from_iterable(kept)), n)


def normalize_text(text: str) -> str:
    """The normalised string alone, for lookups and search keys."""
    return normalize(text).text


_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?")


def script_counts(text: str) -> tuple[int, int]:
    return len(_ARABIC.findall(text)), len(_LATIN.findall(text))


def detect_language(text: str, declared: str | None = None) -> str:
    """'ar' or 'en' by script; a declared language wins when the text has letters of it.

    An undeclared Latin-script text must also read as English (enough common English words):
    French or Spanish news would otherwise be "extracted" with English rules and find nonsense.
    """
    # A declared language needs only one letter of its script: no full count of a long text.
    if declared == "ar" and _ARABIC.search(text):
        return "ar"
    if declared == "en" and _LATIN.search(text):
        return "en"
    ar, en = script_counts(text)
    if ar == 0 and en == 0:
        raise LanguageError("the text has no Arabic or English letters, so there is nothing to extract")
    letters = len(_LETTER.findall(text))
    if ar + en < 0.5 * letters:
        raise LanguageError("the text is in neither Arabic nor English (by its script)")
    if ar >= en * 0.5:
        return "ar"
    if not _reads_as_english(text):
        raise LanguageError("the text is in Latin script but does not read as English (too few common English "
                            "words); Claim Tracker reads Arabic and English only. If it is English, give its "
                            "language explicitly")
    return "en"


@lru_cache(maxsize=2)
def _english_words(path: Path) -> tuple[frozenset[str], float, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data["words"]), float(data["min_share"]), int(data["min_words"])


def _reads_as_english(text: str) -> bool:
    words, min_share, min_words = _english_words(DATA_DIR / "lexicons" / "english_words.json")
    found = _LATIN_WORD.findall(text[:20_000])
    if len(found) < min_words:
        return True
    common = sum(1 for w in found if w.lower() in words)
    return common >= min_share * len(found)
