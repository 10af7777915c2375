"""A town's council named by the town's possessive or the town's name alone: "Narvik's municipal
council will vote", "Zagan's town council", "Red Deer city council" -> Narvik Municipal Council,
Zagan Town Council, Red Deer City Council.

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
_OPENERS = r"(?:The|A|An|Its|Their|His|Her|This|That|Our|Every|Each|Local|Opposition|Mayor|Several|Some|Many)"


class Council(NamedTuple):
    start: int  # of the town's name
    end: int  # past "council"
    name: str


def council_pattern(kinds: frozenset[str]) -> re.Pattern[str] | None:
    if not kinds:
        return None
    words = "|".join(re.escape(k.lower()) for k in sorted(kinds, key=len, reverse=True))
    # the possessive may be left out ("Red Deer city council will vote"), but not after a word that
    # only opens the phrase ("The city council", "Its town council")
    return re.compile(rf"(?<![\w'’-])(?!{_OPENERS}\b)(?P<place>{_PLACE}(?: {_PLACE})?)(?:'s|’s)? (?P<kind>{words}) council\b")


def find_councils(text: str, pattern: re.Pattern[str]) -> list[Council]:
    """The possessive town councils of `text`, named "<Town> <Kind> Council"."""
    return [Council(m.start("place"), m.end(),
                    f"{m.group('place')} {m.group('kind').title()} Council")
            for m in pattern.finditer(text)]
