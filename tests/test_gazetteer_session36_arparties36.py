"""Session 36: Arabic names for the parties and legislatures of `actors_session13_parties_east.json`
and `actors_session13_parties_west.json` that had only English ones, so Arabic news finds them.

Every sentence here is written for these tests (invented events); none comes from an eval set.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract
from claimtracker.text import normalize

FILES = [DATA_DIR / "gazetteer" / f"actors_session13_parties_{part}.json" for part in ("east", "west")]


def actors(res: Resources, text: str) -> dict[str, str | None]:
    out = extract("عنوان\n\n" + text, date(2026, 1, 10), "ar", res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قال حزب الاسترداد اليميني إنه سيقدم مرشحا في الانتخابات الرئاسية المقبلة.", "Reconquete", "FR"),
        ("فاز الحزب الثوري الحديث بأغلبية المقاعد في الانتخابات التشريعية.", "Modern Revolutionary Party", "DO"),
        ("رفض حزب الحرية وإعادة التأسيس نتائج الفرز الأولية.", "Liberty and Refoundation", "HN"),
        ("أعلن حزب العمال المالطي عن برنامجه الانتخابي الجديد.", "Malta Labour Party", "MT"),
        ("دعا حزب سلوفاكيا التقدمية المعارض إلى مظاهرات في العاصمة.", "Progressive Slovakia", "SK"),
        ("تصدرت حركة أنو استطلاعات الرأي قبل الانتخابات التشريعية.", "ANO", "CZ"),
        ("حل التحالف من أجل وحدة الرومانيين ثانيا في الجولة الأولى.", "Alliance for the Union of Romanians", "RO"),
        ("اشترط حزب اليسار الجمهوري الكتالوني تمويلا إضافيا للإقليم.", "Republican Left of Catalonia", "ES"),
        ("أيد الحزب القومي الباسكي الميزانية في البرلمان الإسباني.", "Basque Nationalist Party", "ES"),
        ("انتقد حزب ألستر الوحدوي الترتيبات الجمركية الجديدة.", "Ulster Unionist Party", "GB"),
        ("حصلت الرابطة الديمقراطية في كوسوفو على المرتبة الثانية.", "Democratic League of Kosovo", "XK"),
        ("انسحب نواب حزب بيرو الحرة من جلسة التصويت.", "Free Peru", "PE"),
        ("طالب حزب أمة واحدة بخفض أعداد المهاجرين.", "Pauline Hanson's One Nation", "AU"),
        ("قال زعيم حزب نيوزيلندا أولا إن الحكومة ستكمل ولايتها.", "New Zealand First", "NZ"),
        ("اتهمت حركة النهضة الكاميرونية السلطات بتزوير النتائج.", "Cameroon Renaissance Movement", "CM"),
        ("قتل عدد من عناصر متطوعي الدفاع عن الوطن في هجوم شمالي البلاد.",
         "Volunteers for the Defence of the Homeland", "BF"),
        ("فاز مرشح حزب شعب سيراليون بالانتخابات الرئاسية.", "Sierra Leone People's Party", "SL"),
        ("أعلن ائتلاف الاتحاد المقدس للأمة دعمه لتعديل الدستور.", "Sacred Union of the Nation", "CD"),
        ("قال مؤتمر أورومو الفيدرالي إنه سيقاطع الانتخابات.", "Oromo Federalist Congress", "ET"),
        ("انتقد نواب جبهة ثبات الثورة الإسلامية الاتفاق النووي.", "Front of Islamic Revolution Stability", "IR"),
        ("انضم النواب المستقلون إلى مجلس اتحاد السنة في البرلمان.", "Sunni Ittehad Council", "PK"),
        ("أعلنت الجماعة الإسلامية الإندونيسية حل نفسها.", "Jemaah Islamiyah", "ID"),
        ("قاد حزب الإصلاح الإستوني الائتلاف الحاكم في تالين.", "Estonian Reform Party", "EE"),
        ("صوت مجلس الشيوخ الأيرلندي على مشروع القانون.", "Seanad Eireann", "IE"),
    ],
)
def test_arabic_party_names_found(res, text, name, country):
    got = actors(res, text)
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text",
    [
        # «الاتحاد المقدس» alone is a figure of speech, not the Congolese coalition
        "قال الرئيس إن الاتحاد المقدس بين الجيش والشعب سيحمي البلاد.",
        # «الحل اليوناني» without «حزب» is a solution, not the Greek Solution party
        "رحب الوزراء بالحل اليوناني لأزمة الديون.",
        # «تحقيق الأهداف» without «حزب» is a phrase, not Panama's Realizing Goals
        "تسعى الحكومة إلى تحقيق الأهداف التنموية قبل نهاية العام.",
    ],
)
def test_everyday_phrases_name_no_party(res, text):
    names = {r["name"] for f in FILES for r in json.loads(f.read_text(encoding="utf-8"))}
    got = actors(res, text)
    assert not names & set(got), got


def _ar(s: str) -> str:
    return " ".join(normalize(s).text.split())


def test_arabic_names_are_unique():
    owners: dict[str, set[str]] = {}
    for path in sorted((DATA_DIR / "gazetteer").glob("actors*.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])]:
                if n:
                    owners.setdefault(_ar(n), set()).add(row["id"])
    for path in FILES:
        for row in json.loads(path.read_text(encoding="utf-8")):
            assert list(row)[:3] == ["id", "name", "name_ar"] or "name_ar" not in row, row["id"]
            for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])]:
                if n:
                    assert owners[_ar(n)] == {row["id"]}, (n, owners[_ar(n)])
