"""Session 36: Arabic names for people rows that had only English ones
(`actors_session13_people_east.json`, `actors_session13_people_west.json`).

Every sentence here is written for these tests (invented events); none comes from an eval set.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract

FILES = ("actors_session13_people_east.json", "actors_session13_people_west.json")


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 1, 10), "ar", res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قال زعيم المعارضة الكاميروني موريس كامتو إن نتائج الانتخابات مزورة.", "Maurice Kamto", "CM"),
        ("أعلن جان بيير بيمبا أن الحكومة سترد على الهجوم في الشرق.", "Jean-Pierre Bemba", "CD"),
        ("قال رئيس الوزراء التشادي صالح كبزابو إن بلاده لن تتدخل.", "Saleh Kebzabo", "TD"),
        ("وقال وزير الإعلام الإريتري يماني جبر مسقل إن الاتهامات لا أساس لها.", "Yemane Gebremeskel", "ER"),
        ("قال رئيس الوزراء أبولينير كيليم دي تامبيلا إن الجيش يتقدم في الشمال.",
         "Apollinaire Joachim Kyelem de Tambela", "BF"),
        ("قال نائب الرئيس الغيني الاستوائي تيودورين أوبيانغ إن الزيارة كانت ناجحة.",
         "Teodoro Nguema Obiang Mangue", "GQ"),
        ("قال وزير الداخلية الكيني كيبشومبا موركومين إن الشرطة ستنتشر في العاصمة.", "Kipchumba Murkomen", "KE"),
        ("قال وزير الإعلام الباكستاني عطاء الله تارار إن الهند تخطط لهجوم.", "Attaullah Tarar", "PK"),
        ("قال أرفيند كيجريوال إن حزبه سيقاطع الجلسة.", "Arvind Kejriwal", "IN"),
        ("قالت رئيسة البرلمان الفرنسي يائيل براون بيفيه إن الجلسة ستعقد غدا.", "Yael Braun-Pivet", "FR"),
        ("وأكد وزير الصحة البريطاني ويس ستريتينغ أن الخطة ستنفذ هذا العام.", "Wes Streeting", "GB"),
        ("قالت إرنا سولبرغ إن الحكومة فشلت في خفض الأسعار.", "Erna Solberg", "NO"),
        ("قال فرانس تيمرمانس إن أوروبا بحاجة إلى خطة مناخية جديدة.", "Frans Timmermans", "NL"),
        ("قال رئيس الوزراء السلوفيني السابق يانيز يانشا إن الائتلاف سينهار.", "Janez Jansa", "SI"),
        ("قال الرئيس المولدوفي السابق إيغور دودون إن الانتخابات غير نزيهة.", "Igor Dodon", "MD"),
        ("قالت إيلا بامفيلوفا إن نسبة المشاركة كانت مرتفعة.", "Ella Pamfilova", "RU"),
        ("قال رئيس الاستخبارات العسكرية الأوكرانية فاديم سكيبيتسكي إن روسيا تحشد قواتها.",
         "Vadym Skibitskyi", "UA"),
        ("قال ستيف سكاليس إن التصويت على الميزانية سيجري اليوم.", "Steve Scalise", "US"),
        ("قال المفوض الأوروبي رافاييل فيتو إن ميزانية التماسك ستزيد.", "Raffaele Fitto", None),
        ("قال الرئيس الهندوراسي السابق خوان أورلاندو هيرنانديز إنه بريء.", "Juan Orlando Hernandez", "HN"),
        ("قالت ماري لو ماكدونالد إن الاستفتاء على الوحدة قادم.", "Mary Lou McDonald", "IE"),
        ("قال رئيس الوزراء الهولندي السابق إن ديلان يشيلغوز ستقود الحزب.", "Dilan Yesilgoz", "NL"),
        ("أعلن زعيم المعارضة الفنزويلية إنريكي كابريليس دعمه للمفاوضات.", "Henrique Capriles", "VE"),
        ("قال وزير الدفاع الفلبيني جيلبرتو تيودورو إن السفن الصينية اقتربت من الشعاب.",
         "Gilberto Teodoro", "PH"),
    ],
)
def test_arabic_names_found(res, text, name, country):
    got = actors(res, text)
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, absent",
    [
        # «فيتو» (veto) is Raffaele Fitto's surname: an everyday word, listed in common_words.json
        ("استخدمت روسيا حق النقض فيتو ضد مشروع القرار في مجلس الأمن.", "Raffaele Fitto"),
        ("قال المندوب الروسي إن فيتو بلاده جاء لحماية المدنيين.", "Raffaele Fitto"),
        # «فئران» (mice) folds to Richard Ferrand's surname «فيران»: no title, no person
        ("قال مدير الزراعة إن فئران الحقول أتلفت المحاصيل هذا العام.", "Richard Ferrand"),
    ],
)
def test_everyday_words_are_not_people(res, text, absent):
    assert absent not in actors(res, text)


def test_rows_keep_their_shape():
    for name in FILES:
        path = DATA_DIR / "gazetteer" / name
        rows = json.loads(path.read_text(encoding="utf-8"))
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                row = json.loads(line.rstrip(","))
                if row.get("name_ar"):
                    assert list(row)[:3] == ["id", "name", "name_ar"], row["id"]
        assert rows
