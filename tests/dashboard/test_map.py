"""The Overview's world map: country outlines from an installed package (no network), the
figure built on them, its fallback, and in a real browser that it draws with no outside request
and a click on a country opens that country."""

from __future__ import annotations

import json
import re
import struct
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from dashboard import charts, geo
from tests.dashboard.browser import goto, settle


def _polygon_wkb(order: str, rings: list[list[tuple[float, float]]]) -> bytes:
    flag = b"\x01" if order == "<" else b"\x00"
    out = flag + struct.pack(order + "I", 3) + struct.pack(order + "I", len(rings))
    for ring in rings:
        out += struct.pack(order + "I", len(ring))
        for x, y in ring:
            out += struct.pack(order + "2d", x, y)
    return out


def test_wkb_polygon_and_multipolygon_become_geojson():
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    hole = [(0.25, 0.25), (0.5, 0.25), (0.5, 0.5), (0.25, 0.25)]
    assert geo.wkb_to_geojson(_polygon_wkb("<", [square, hole])) == {
        "type": "Polygon",
        "coordinates": [[list(p) for p in square], [list(p) for p in hole]],
    }
    far = [(10.123, -5.456), (11.0, -5.0), (10.5, -4.0), (10.123, -5.456)]
    multi = b"\x00" + struct.pack(">I", 6) + struct.pack(">I", 2)
    multi += _polygon_wkb(">", [square]) + _polygon_wkb(">", [far])
    got = geo.wkb_to_geojson(multi)
    assert got["type"] == "MultiPolygon"
    assert got["coordinates"][0] == [[list(p) for p in square]]
    assert got["coordinates"][1][0][0] == [10.12, -5.46]
    with pytest.raises(ValueError, match="unsupported"):
        geo.wkb_to_geojson(b"\x01" + struct.pack("<I", 1) + struct.pack("<2d", 1, 2))


def test_world_outlines_are_keyed_by_alpha2_including_the_unnumbered_ones():
    world = geo.world_geojson()
    ids = [f["id"] for f in world["features"]]
    assert len(ids) == len(set(ids)) > 150
    # France, Norway and Kosovo carry "-99" in the file; their names find their codes.
    for code in ("FR", "NO", "XK", "SY", "RU", "PE", "TR", "IL", "PS", "US", "CN"):
        assert code in ids
    for feature in world["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    syria = next(f for f in world["features"] if f["id"] == "SY")
    lons = [p[0] for ring in syria["geometry"]["coordinates"] for p in ring]
    lats = [p[1] for ring in syria["geometry"]["coordinates"] for p in ring]
    assert 35 < min(lons) < max(lons) < 43 and 32 < min(lats) < max(lats) < 38
    assert geo.country_features(["sy", "XX"])["features"] == [syria]


def test_missing_package_gives_no_outlines(monkeypatch):
    monkeypatch.setattr(geo, "outlines_path", lambda: None)
    geo.world_geojson.cache_clear()
    try:
        assert geo.world_geojson() is None
        assert geo.country_features(["SY"]) is None
        assert charts.world_map(pd.DataFrame({"country": ["SY"], "claims": [2]})) is None
    finally:
        geo.world_geojson.cache_clear()


def test_world_map_draws_the_countries_on_local_outlines():
    df = pd.DataFrame({"country": ["RU", "SY", "PE", "ZZ"], "claims": [2, 2, 1, 1]})
    fig = charts.world_map(df)
    base, data = fig.data
    assert base.hoverinfo == "skip" and len(base.locations) == len(geo.world_geojson()["features"])
    # ZZ has no outline, so it is left out rather than sent to plotly.js to look up.
    assert list(data.locations) == ["RU", "SY", "PE"]
    assert list(data.z) == [2, 2, 1]
    assert [c[0] for c in data.customdata] == ["RU", "SY", "PE"]
    assert data.featureidkey == "id"
    assert sorted(f["id"] for f in data.geojson["features"]) == ["PE", "RU", "SY"]
    # Nothing in the figure names a URL or a location mode that plotly.js would fetch outlines for.
    assert data.locationmode == "geojson-id" or data.locationmode is None
    assert fig.layout.geo.visible is False
    assert "http" not in json.dumps(fig.to_plotly_json()["layout"])
    assert geo.plotly_config()["topojsonURL"].startswith("data:application/json,")


def test_overview_shows_the_map_with_local_outlines(app_page):
    at = app_page("overview")
    assert not at.exception
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    maps = [s for s in specs if any(t.get("type") == "choropleth" for t in s["data"])]
    assert len(maps) == 1
    data = maps[0]["data"][1]
    assert sorted(data["locations"]) == ["PE", "RU", "SY", "TR"]
    assert data["featureidkey"] == "id" and isinstance(data["geojson"], dict)
    configs = [json.loads(c.proto.config) for c in at.get("plotly_chart")]
    assert geo.plotly_config() in configs
    # The bars of the top countries stay beside the top actors.
    bars = [s for s in specs if s["data"] and s["data"][0].get("type") == "bar"
            and "countries" in s["layout"]["title"]["text"]]
    assert len(bars) == 1


def test_overview_without_outlines_says_so_and_keeps_the_bars(app_page, monkeypatch):
    monkeypatch.setattr(geo, "world_geojson", lambda: None)
    at = app_page("overview")
    assert not at.exception
    assert any("outlines are not installed" in c.value for c in at.caption)
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert not any(t.get("type") == "choropleth" for s in specs for t in s["data"])
    assert any("countries" in s["layout"]["title"]["text"] for s in specs)


def _outside(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in ("127.0.0.1", "localhost")


@pytest.mark.browser
@pytest.mark.xdist_group(name="browser")
def test_overview_map_draws_offline_and_a_click_opens_the_country(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    goto(page, base + "/")
    graph = page.locator(".js-plotly-plot").filter(has=page.locator("svg .choroplethlocation")).first
    graph.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    paths = graph.locator("svg .choroplethlocation")
    assert paths.count() > 150
    assert not [u for u in requests if _outside(u)]
    assert any(u.startswith(base) for u in requests)

    # The second trace holds the countries with claims, in the order of its locations
    # (RU, SY, PE, TR); click the middle of Peru.
    peru = graph.locator(".trace.choropleth").nth(1).locator(".choroplethlocation").nth(2)
    box = peru.bounding_box()
    assert box and box["width"] > 3
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    assert "Peru (PE): 1 claims" in graph.locator(".hoverlayer").text_content()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/countries\?"), timeout=30_000)
    settle(page)
    assert parse_qs(urlsplit(page.url).query)["code"] == ["Peru (PE)"]
    assert not [u for u in requests if _outside(u)]
