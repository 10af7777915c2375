"""A town's council named by the town's possessive: "Narvik's municipal council will vote",
"Zagan's town council", "Jelgava's city council" -> Narvik Municipal Council, Zagan Town Council,
Jelgava City Council.

News writes a local council so when the reader is not expected to know its name, and the golds
name it by the town and the kind of council. Only the kinds that name one town's own council are
read (`town_council_kinds_en` in `institutions.json`: town, city, municipal, borough, village,
parish); a region's or province's council or government ("Tuscany's regional council",
"Galicia's regional government") is named too many ways to read (counted in docs/extraction.md,
session 68).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PLACE = r"[A-Z][\w]+(?:-[A-Z]?[\w]+)*"


class Council(NamedTuple):
    start: int  # of the town's name
    end: int  # past "council"
    name: str


def council_pattern(kinds: frozenset[str]) -> re.Pattern[str] | None:
    if not kinds:
        return None
    words = "|".join(re.escape(k.lower()) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<place>{_PLACE}(?: {_PLACE})?)(?:'s|’s) (?P<kind>{words}) council\b")


def find_councils(text: str, pattern: re.Pattern[str]) -> list[Council]:
    """The possessive town councils of `text`, named "<Town> <Kind> Council"."""
    return [Council(m.start("place"), m.end(),
                    f"{m.group('place')} {m.group('kind').title()} Council")
            for m in pattern.finditer(text)]
