"""Session 35: organisations outside the Arab world that English and Arabic news of 2024-2026 names:
police, border and paramilitary forces, courts and prosecutors, regional bodies and missions, armed
groups and gangs, unions and firms of Latin America, Africa south of the Sahel and the Horn, South,
Southeast and East Asia, the Pacific, Central Asia, the Caucasus, Eastern Europe and the Balkans
(`actors_session35_world_bodies.json`).

Every sentence here is written for these tests (new wording, invented events); none is copied from
an eval set. Each body asserted below is in no older data file, so the tests fail without it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract
from claimtracker.text import normalize

MINE = DATA_DIR / "gazetteer" / "actors_session35_world_bodies.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 1, 10), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Pakistan's Frontier Corps said its soldiers had killed six militants near the border.",
         "Frontier Corps", "PK"),
        ("The Rapid Action Battalion detained three suspects in Dhaka, Bangladesh, on Tuesday.",
         "Rapid Action Battalion", "BD"),
        ("The Indo-Tibetan Border Police said patrols in Ladakh would be doubled.",
         "Indo-Tibetan Border Police", "IN"),
        ("Royal Thai Police said the suspect had crossed into Cambodia overnight.", "Royal Thai Police", "TH"),
        ("Hong Kong's Independent Commission Against Corruption charged two building inspectors.",
         "Independent Commission Against Corruption", "HK"),
        ("The Eastern Theater Command said warships had rehearsed a blockade around Taiwan.",
         "Eastern Theater Command", "CN"),
        ("Ukraine's High Anti-Corruption Court ordered the former deputy minister held in custody.",
         "High Anti-Corruption Court", "UA"),
        ("Ukraine's State Border Guard Service said the crossing would reopen on Friday.",
         "State Border Guard Service of Ukraine", "UA"),
        ("Members of the Comando Vermelho gang fired on officers during the raid in Rio de Janeiro.",
         "Comando Vermelho", "BR"),
        ("The Landless Workers' Movement occupied three estates in Bahia, Brazil, on Monday.",
         "Landless Workers' Movement", "BR"),
        ("The South African Police Service said 40 people had been arrested in Cape Town.",
         "South African Police Service", "ZA"),
        ("Soldiers of the CAPSAT unit joined the protesters in Antananarivo, Madagascar.", "CAPSAT", "MG"),
        ("Mexico's Gulf Cartel was blamed for the ambush in Tamaulipas.", "Gulf Cartel", "MX"),
        ("The European Union Mission in Armenia increased its patrols along the border.",
         "European Union Mission in Armenia", None),
        ("The Australian Security Intelligence Organisation warned of foreign interference.",
         "Australian Security Intelligence Organisation", "AU"),
    ],
)
def test_english_bodies_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قالت الشرطة الملكية التايلاندية إن المشتبه به فر إلى كمبوديا.", "Royal Thai Police", "TH"),
        ("أعلن الحرس الوطني الأوكراني أن وحداته صدت هجوما قرب خاركيف.", "National Guard of Ukraine", "UA"),
        ("قالت قوة الحدود الأسترالية إنها اعترضت قاربا قرب الساحل.", "Australian Border Force", "AU"),
        ("قال فيلق الحدود إن قواته قتلت خمسة مسلحين في بلوشستان.", "Frontier Corps", "PK"),
    ],
)
def test_arabic_bodies_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The armed police force in the town was small and poorly paid.", "en"),
        ("A prince group of investors bought the hotel.", "en"),
        ("A court of final appeal would hear the case next year.", "en"),
        ("وقال اللواء مجيد إن القوات وصلت إلى المدينة.", "ar"),
    ],
)
def test_everyday_words_name_no_new_body(res, text, lang):
    names = {r["name"] for r in json.loads(MINE.read_text(encoding="utf-8"))}
    assert not names & set(actors(res, text, lang)), actors(res, text, lang)


def test_acronym_needs_its_country(res):
    """A short acronym of a national body (RAB, BGB) counts only with its country named."""
    assert "Rapid Action Battalion" not in actors(res, "RAB officials said the raid was planned.", "en")


def _en(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\W+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def _ar(s: str) -> str:
    return " ".join(normalize(s).text.split())


def test_rows_are_orgs_and_collide_with_no_other_file():
    others_id: set[str] = set()
    others: set[str] = set()
    for path in sorted((DATA_DIR / "gazetteer").glob("actors*.json")):
        if path == MINE:
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            others_id.add(row["id"])
            others.update(_en(n) for n in [row["name"], *row.get("aliases_en", [])])
            others.update(_ar(n) for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])] if n)
    rows = json.loads(MINE.read_text(encoding="utf-8"))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not set(ids) & others_id
    for r in rows:
        assert r["kind"] == "org", r["name"]
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"]), r["name"]
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others, r["name"]
        assert not {_ar(n) for n in [r["name_ar"] or "", *r["aliases_ar"]] if n} & others, r["name"]
