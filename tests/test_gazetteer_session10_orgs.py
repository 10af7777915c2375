"""Session 10: state bodies, firms and international bodies real news names (`actors_session10_orgs.json`).

Every sentence here is written for these tests (new wording, invented events); none is copied from
an eval set. Each body asserted below is one the generic builders do not name on their own, so the
tests fail without the data file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract

MINE = DATA_DIR / "gazetteer" / "actors_session10_orgs.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract(text, date(2026, 11, 20), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


# --- English: a body's own name, an acronym with its country, an international body ------------

@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Kazakhstan's Mazhilis is expected to pass the revised budget in December, a deputy said.",
         "Mazhilis", "KZ"),
        ("Afreximbank plans to extend $2 billion in trade credit to West African importers next year.",
         "Afreximbank", None),
        ("China National Nuclear Corporation will build two reactors on the shore of a lake by 2035.",
         "China National Nuclear Corporation", "CN"),
        ("Aselsan will deliver the first air-defence radars to Qatar within two years, the firm said.",
         "Aselsan", "TR"),
        ("In Pakistan, ISPR said the army would finish the border operation by the end of the month.",
         "Inter-Services Public Relations", "PK"),
        ("The UN Office for West Africa and the Sahel will brief the council on Niger next week.",
         "UNOWAS", None),
        ("Norway's Storting and Iceland's Althing will debate fishing quotas next spring.",
         "Althing", "IS"),
    ],
)
def test_english_bodies_found(res, text, name, country):
    found = actors(res, text, "en")
    assert name in found
    assert found[name] == country


# --- Arabic: clitics (و، ب، ل + article), acronyms in Arabic script --------------------------------

@pytest.mark.parametrize(
    "text, name, country",
    [
        ("ودعت جمعية المصارف في لبنان الحكومة إلى تأجيل التصويت على القانون حتى الربيع.",
         "Association of Banks in Lebanon", "LB"),
        ("وتعتزم الشركة التونسية للكهرباء والغاز رفع التعريفة في يناير، بحسب مسؤول في الستاغ.",
         "STEG", "TN"),
        ("وبحسب بيان للهيئة العليا المستقلة للانتخابات، ستجرى الانتخابات البلدية التونسية في مارس.",
         "Independent High Authority for Elections", "TN"),
        ("ووقعت الهيئة العامة للصناعات العسكرية اتفاقا لتوطين صناعة الذخائر خلال ثلاث سنوات.",
         "General Authority for Military Industries", "SA"),
        ("وقال الجيش الإثيوبي إنه سينسحب من البلدة الحدودية الأسبوع المقبل.",
         "Ethiopian National Defense Force", "ET"),
        ("ويصوت مجلس الشيوخ الباكستاني على التعديل الدستوري الشهر المقبل.",
         "Senate of Pakistan", "PK"),
        ("وأعلنت جبهة الخلاص الوطني أنها ستنظم مسيرة في العاصمة التونسية يوم السبت.",
         "National Salvation Front", "TN"),
    ],
)
def test_arabic_bodies_found(res, text, name, country):
    found = actors(res, text, "ar")
    assert name in found
    assert found[name] == country


def test_arabic_and_english_name_the_same_body(res):
    ar = actors(res, "وقالت المؤسسة الوطنية الصينية للطاقة النووية إنها ستبدأ البناء العام المقبل.", "ar")
    en = actors(res, "CNNC said it would start building in China next year.", "en")
    assert "China National Nuclear Corporation" in ar
    assert "China National Nuclear Corporation" in en


# --- everyday words are not bodies ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, lang",
    [
        ("وصل الوفد إلى القاهرة مساء أمس وسيلتقي وزير الخارجية صباح الغد.", "ar"),  # not the Wafd Party
        ("أفاد مصدر مطلع بأن الاجتماع سيعقد بعد غد.", "ar"),  # a verb, not AFAD's acronym
        ("وقال المجلس إنه سيجتمع مجددا الأسبوع المقبل.", "ar"),
        ("The Assembly will vote on the measure next week, its speaker said.", "en"),
        ("The Senate is expected to take up the bill after the recess.", "en"),
    ],
)
def test_generic_words_name_no_new_body(res, text, lang):
    names = {r["name"] for r in json.loads(MINE.read_text(encoding="utf-8"))}
    assert not set(actors(res, text, lang)) & names


# --- the file adds bodies, never replaces or shadows another row ----------------------------------

def _en(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().strip()
    return re.sub(r"^the ", "", s)


def _ar(s: str) -> str:
    s = re.sub(r"[\u064b-\u0652\u0640]", "", s)
    s = re.sub("[أإآ]", "ا", s).replace("ة", "ه").replace("ى", "ي").strip()
    return s[2:] if s.startswith("ال") else s


def test_no_id_or_alias_collides_with_other_files():
    others_id: set[str] = set()
    others_en: set[str] = set()
    others_ar: set[str] = set()
    for path in sorted((DATA_DIR / "gazetteer").glob("actors*.json")):
        if path == MINE:
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            others_id.add(row["id"])
            others_en.update(_en(n) for n in [row["name"], *row.get("aliases_en", [])])
            others_ar.update(_ar(n) for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])] if n)
    rows = json.loads(MINE.read_text(encoding="utf-8"))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not set(ids) & others_id
    for r in rows:
        assert r["kind"] == "org"
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"])
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others_en, r["id"]
        assert not {_ar(n) for n in [r["name_ar"] or "", *r["aliases_ar"]] if n} & others_ar, r["id"]


def test_no_bare_generic_alias():
    generic_en = {"congress", "parliament", "senate", "assembly", "the assembly", "national assembly",
                  "government", "army", "council", "party"}
    generic_ar = {"المجلس", "البرلمان", "الحكومة", "الجيش", "مجلس الشيوخ", "مجلس النواب", "الوفد"}
    for r in json.loads(MINE.read_text(encoding="utf-8")):
        assert not {n.lower() for n in [r["name"], *r["aliases_en"]]} & generic_en, r["id"]
        assert not set([r["name_ar"] or "", *r["aliases_ar"]]) & generic_ar, r["id"]
