"""Country outlines for the world map, read from a file that an installed package ships, so the
map draws with no network: plotly.js would otherwise fetch its outlines from a CDN in the
browser, and offline it stays blank.

The outlines are Natural Earth's 1:110m countries (public domain) as shipped inside the `pyogrio`
wheel (its `naturalearth_lowres` fixture); `pyogrio` also reads them. When the package or the
file is missing, `world_geojson()` returns None and the page shows the bars alone."""

from __future__ import annotations

import json
import struct
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import quote

from claimtracker.config import DATA_DIR

_FIXTURE = ("tests", "fixtures", "naturalearth_lowres", "naturalearth_lowres.shp")
# Coordinates rounded to ~1 km: far finer than the 1:110m outlines, and the page sends less.
_DIGITS = 2


@lru_cache(maxsize=1)
def iso3_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 from data/countries/iso_alpha3.txt."""
    out = {}
    for line in (DATA_DIR / "countries" / "iso_alpha3.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#"):
            out[parts[0]] = parts[1]
    return out


def plotly_config() -> dict:
    """The plotly.js config for a map drawn on `world_geojson()`. plotly.js loads its own outline
    file for any choropleth on a geo subplot, even when every base layer is hidden and the trace
    brings its own GeoJSON; pointed at an empty topology in a data: URL it loads that instead of
    asking its CDN. plotly.js appends "/<name>.json" to the URL, which the "#" turns into a
    fragment that the data: URL ignores."""
    empty = json.dumps({"type": "Topology", "objects": {}, "arcs": []}, separators=(",", ":"))
    return {"topojsonURL": "data:application/json," + quote(empty) + "#"}


def outlines_path() -> Path | None:
    """Where the installed package keeps the outlines, or None when it is not installed."""
    spec = find_spec("pyogrio")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*_FIXTURE)
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def world_geojson() -> dict | None:
    """Every country as a GeoJSON FeatureCollection whose feature `id` is the ISO alpha-2 code
    (as the claims store countries); None when the outlines cannot be loaded."""
    path = outlines_path()
    if path is None:
        return None
    try:
        from pyogrio.raw import read

        meta, _, geometries, columns = read(path, columns=["name", "iso_a3"])
    except (ImportError, OSError, RuntimeError, ValueError):
        # pyogrio raises its DataSourceError (a RuntimeError) on a damaged file.
        return None
    fields = list(meta["fields"])
    names, iso3s = columns[fields.index("name")], columns[fields.index("iso_a3")]
    alpha2 = {a3: a2 for a2, a3 in iso3_codes().items()}
    by_name = _english_names()
    features = []
    for name, iso3, wkb in zip(names, iso3s, geometries, strict=True):
        # A few disputed or special cases carry "-99" instead of a code (France and Norway
        # among them); their English name finds the code.
        code = alpha2.get(str(iso3)) or by_name.get(str(name).casefold())
        if code is None or wkb is None:
            continue
        features.append({"type": "Feature", "id": code, "properties": {"name": str(name)},
                         "geometry": wkb_to_geojson(bytes(wkb))})
    return {"type": "FeatureCollection", "features": features} if features else None


def country_features(codes) -> dict | None:
    """The world's FeatureCollection cut to the given alpha-2 codes (None when not loaded)."""
    world = world_geojson()
    if world is None:
        return None
    wanted = {str(c).upper() for c in codes}
    return {"type": "FeatureCollection", "features": [f for f in world["features"] if f["id"] in wanted]}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    from babel import Locale

    return {name.casefold(): code for code, name in Locale("en").territories.items()
            if len(code) == 2 and code.isalpha()}


def wkb_to_geojson(wkb: bytes) -> dict:
    """A WKB Polygon or MultiPolygon (2-D) as a GeoJSON geometry."""
    geometry, _ = _read_wkb(wkb, 0)
    return geometry


def _read_wkb(wkb: bytes, pos: int) -> tuple[dict, int]:
    order = "<" if wkb[pos] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, pos + 1)
    pos += 5
    if kind == 3:
        rings, pos = _read_rings(wkb, pos, order)
        return {"type": "Polygon", "coordinates": rings}, pos
    if kind == 6:
        (count,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        polygons = []
        for _ in range(count):
            part, pos = _read_wkb(wkb, pos)
            polygons.append(part["coordinates"])
        return {"type": "MultiPolygon", "coordinates": polygons}, pos
    raise ValueError(f"unsupported WKB geometry type {kind}")


def _read_rings(wkb: bytes, pos: int, order: str) -> tuple[list, int]:
    (count,) = struct.unpack_from(order + "I", wkb, pos)
    pos += 4
    rings = []
    for _ in range(count):
        (n,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        values = struct.unpack_from(f"{order}{2 * n}d", wkb, pos)
        pos += 16 * n
        rings.append([[round(values[i], _DIGITS), round(values[i + 1], _DIGITS)] for i in range(0, 2 * n, 2)])
    return rings, pos
