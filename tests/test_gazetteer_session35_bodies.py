"""Session 35, gazetteer data: bodies of Middle East, North Africa and Horn news
(`data/gazetteer/actors_session35_bodies.json`): rights groups and commissions, Palestinian and
Israeli bodies, security services, religious councils, firms. Every sentence here is written for
this file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimtracker.extract import Resources, extract

_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "actors_session35_bodies.json"


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract("Headline\n\n" + text, published=date(2026, 1, 10), lang=lang, resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Palestinian Prisoners' Society said the arrests had doubled since the summer.",
         ("Palestinian Prisoners' Society", "PS")),
        ("Gaza's Government Media Office said 40 aid trucks had entered on Tuesday.",
         ("Gaza Government Media Office", "PS")),
        ("The Hostages and Missing Families Forum urged the cabinet to approve the deal.",
         ("Hostages and Missing Families Forum", "IL")),
        ("The IRGC Navy said it had seized a foreign tanker in the Gulf.", ("Islamic Revolutionary Guard Corps Navy", "IR")),
        ("Sudan Doctors Network said ten civilians were killed in the shelling.", ("Sudan Doctors Network", "SD")),
        ("The Islamic Health Committee said two of its paramedics were killed in southern Lebanon.",
         ("Islamic Health Committee", "LB")),
    ],
)
def test_english_bodies(text, actor):
    assert actor in _actors(text, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # clitics: و + ل, ب
        ("وأشاد المتحدث بالهيئة الوطنية للمفقودين وبعمل الحكومة السورية في دمشق.",
         ("National Commission for Missing Persons", "SY")),
        ("وأشاد الوزير باللجنة الوطنية لإدارة قطاع غزة وبجهودها.",
         ("National Committee for the Administration of Gaza", "PS")),
        ("وقالت هيئة شؤون الأسرى والمحررين إن عدد المعتقلين ارتفع.",
         ("Commission of Detainees' and Ex-Detainees' Affairs", "PS")),
        ("وأعلنت بحرية الحرس الثوري احتجاز ناقلة نفط في مضيق هرمز.", ("Islamic Revolutionary Guard Corps Navy", "IR")),
        ("وقالت مجموعة محامو الطوارئ إن الهجوم استهدف سوقا شعبيا في السودان.", ("Emergency Lawyers", "SD")),
    ],
)
def test_arabic_bodies(text, actor):
    assert actor in _actors(text, "ar")


def test_context_alias_needs_its_country():
    # «الديوان الملكي» is the Saudi court where Saudi Arabia is named, and nothing in a text naming no state
    assert ("Saudi Royal Court", "SA") in _actors("وقال الديوان الملكي في بيان صدر في الرياض إن الملك غادر.", "ar")
    assert _actors("وقال إن الديوان الملكي للعائلة لا علاقة له بالموضوع.", "ar") == []


def test_hospital_emergency_rooms_are_no_body():
    assert _actors("ونقل المريض إلى غرف الطوارئ في المستشفى بعد الحادث.", "ar") == []


def test_rows_are_well_formed():
    rows = json.loads(_FILE.read_text(encoding="utf-8"))
    assert len(rows) >= 120
    for row in rows:
        assert row["kind"] == "org" and row["name"] and row["name_ar"]
        assert row["country"] is None or len(row["country"]) == 2
