"""Session 13: public figures of Europe, Russia, Ukraine, Turkey, the Caucasus, the Americas and
Oceania, and heads of international bodies (`actors_session13_people_west.json`).

Every sentence here is written for these tests (new wording, invented events); none is copied from
an eval set. Each person asserted below is in no older data file, so the tests fail without it.
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

MINE = DATA_DIR / "gazetteer" / "actors_session13_people_west.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 11, 20), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        # heads of state and government, monarchs
        ("Dutch Prime Minister Rob Jetten said his cabinet would keep its aid to Kyiv.", "Rob Jetten", "NL"),
        ("King Felipe VI opened the new session of parliament in Madrid.", "King Felipe VI", "ES"),
        ("Serbian Prime Minister Djuro Macut met investors in Belgrade on Tuesday.", "Djuro Macut", "RS"),
        ("Georgian President Mikheil Kavelashvili signed the bill into law.", "Mikheil Kavelashvili", "GE"),
        ("Cuban Prime Minister Manuel Marrero Cruz announced new fuel rationing.", "Manuel Marrero Cruz", "CU"),
        # foreign, defence, finance, interior ministers
        ("Czech Foreign Minister Jan Lipavsky said Prague would host the talks.", "Jan Lipavsky", "CZ"),
        ("Swedish Foreign Minister Maria Malmer Stenergard travelled to Riga.", "Maria Malmer Stenergard", "SE"),
        ("Belgian Defence Minister Theo Francken said the F-35 order stands.", "Theo Francken", "BE"),
        ("Austrian Finance Minister Markus Marterbauer presented a tighter budget.", "Markus Marterbauer", "AT"),
        ("Spanish Interior Minister Fernando Grande-Marlaska defended the border police.",
         "Fernando Grande-Marlaska", "ES"),
        ("Azerbaijan's Energy Minister Parviz Shahbazov said gas exports to Europe would rise.",
         "Parviz Shahbazov", "AZ"),
        # central bankers, speakers, opposition and party leaders, army chiefs
        ("Bank of Greece governor Yannis Stournaras warned against early rate cuts.", "Yannis Stournaras", "GR"),
        ("Speaker Lindsay Hoyle suspended the sitting after the protest.", "Lindsay Hoyle", "GB"),
        ("Freedom Party leader Herbert Kickl demanded an early election.", "Herbert Kickl", "AT"),
        ("Ukraine's chief of the general staff Andriy Hnatov visited the eastern front.", "Andriy Hnatov", "UA"),
        ("Peruvian candidate Keiko Fujimori said she would run again.", "Keiko Fujimori", "PE"),
        ("Senator Jeanne Shaheen said the arms sale needed a vote.", "Jeanne Shaheen", "US"),
        ("New Zealand's Foreign Minister Winston Peters arrived in Suva.", "Winston Peters", "NZ"),
        # heads of international bodies (no state)
        ("OECD Secretary-General Mathias Cormann cut the growth forecast.", "Mathias Cormann", None),
        ("Council of Europe Secretary General Alain Berset visited Kyiv.", "Alain Berset", None),
        ("ASEAN Secretary-General Kao Kim Hourn called for a ceasefire.", "Kao Kim Hourn", None),
    ],
)
def test_english_people_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


def test_english_accented_alias_and_bare_surname(res):
    got = actors(res, "Dilan Yeşilgöz said the coalition talks had stalled.", "en")
    assert got.get("Dilan Yesilgoz") == "NL", got
    got = actors(res, "Herbert Kickl spoke first. Later Kickl said the talks had failed.", "en")
    assert list(got) == ["Herbert Kickl"], got


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قالت زعيمة حزب الجيد السابقة ميرال أكشينار إن الانتخابات لم تكن نزيهة.", "Meral Aksener", "TR"),
        ("وقال وزير النقل التركي عبد القادر أورال أوغلو إن الجسر الجديد سيفتح في الربيع.",
         "Abdulkadir Uraloglu", "TR"),
        ("قال رئيس الوزراء الهولندي روب يتن إن بلاده ستواصل دعم أوكرانيا.", "Rob Jetten", "NL"),
        ("استقبل الملك فيليبي السادس الرئيس الموريتاني في مدريد.", "King Felipe VI", "ES"),
        ("أعلن المدعي العام الفنزويلي طارق وليام صعب توجيه اتهامات جديدة.", "Tarek William Saab", "VE"),
        ("قال وزير الخارجية الكوبي برونو رودريغيز باريا إن الحصار يجب أن ينتهي.",
         "Bruno Rodriguez Parrilla", "CU"),
        ("وقال وزير الدفاع الأذربيجاني ذاكر حسنوف إن الجيش في حالة تأهب.", "Zakir Hasanov", "AZ"),
        ("وقال رئيس الوزراء الأذربيجاني علي أسدوف إن الاتفاق سيوقع قريبا.", "Ali Asadov", "AZ"),
        ("قال الزعيم القبرصي التركي طوفان أرهورمان إنه مستعد لاستئناف الحوار.", "Tufan Erhurman", None),
        ("دعا الأمين العام لرابطة آسيان كاو كيم هورن إلى وقف القتال.", "Kao Kim Hourn", None),
        ("قالت النائبة الأمريكية رشيدة طليب إن صفقة السلاح يجب أن تتوقف.", "Rashida Tlaib", "US"),
    ],
)
def test_arabic_people_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Champagne sales rose in the last week of December.", "en"),
        ("Camera footage showed the convoy crossing the bridge.", "en"),
        ("The mast of the ship broke in the storm.", "en"),
        ("The lira weakened again on Monday.", "en"),
        ("Mali and Medina were both mentioned in the report.", "en"),
        ("Omar said the vote was close, and Hadi said the talks were over.", "en"),
    ],
)
def test_everyday_words_name_no_new_person(res, text, lang):
    names = {r["name"] for r in json.loads(MINE.read_text(encoding="utf-8"))}
    assert not names & set(actors(res, text, lang)), actors(res, text, lang)


def _en(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\W+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def _ar(s: str) -> str:
    return " ".join(normalize(s).text.split())


def test_no_id_or_name_collides_with_other_files():
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
        assert r["kind"] == "person"
        assert len(r["name"].split()) >= 2, r["name"]
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others, r["name"]
        assert not {_ar(n) for n in [r.get("name_ar") or "", *r["aliases_ar"]] if n} & others, r["name"]


def test_turkish_people_have_arabic_names():
    rows = json.loads(MINE.read_text(encoding="utf-8"))
    assert all(r.get("name_ar") for r in rows if r["country"] == "TR")
