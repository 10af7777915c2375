"""A person found by a title pattern (`titles.py`, `titles_ar.py`, `titles_en.py`)."""

from __future__ import annotations

from typing import NamedTuple

MAX_NAME = 5  # words in a name, at most


class TitleHit(NamedTuple):
    name: str  # English name (as written, or transliterated from Arabic)
    name_ar: str | None
    country: str | None
    start: int  # the name's span in the original text
    end: int
