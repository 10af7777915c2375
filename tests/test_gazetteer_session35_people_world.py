"""Session 35: office holders and leaders of the wider world in 2025-2026, outside the Arab states
(`actors_session35_people_world.json`): Iran, Turkey, Israel, the Horn, East and West Africa, the
Sahel, South and Central Asia, the Caucasus, Ukraine, Russia, East Asia, Europe, the Americas and
international officials.

Every sentence here is written for these tests (invented events); none comes from an eval set.
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

MINE = DATA_DIR / "gazetteer" / "actors_session35_people_world.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 1, 10), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Oil ministry officials met Energy Minister Abbas Aliabadi on Monday to discuss power cuts.",
         "Abbas Aliabadi", "IR"),
        ("Ayman Odeh told reporters that the bill would deepen discrimination.", "Ayman Odeh", "IL"),
        ("Tamir Hayman, a former military intelligence chief, said the deterrence had eroded.", "Tamir Hayman", "IL"),
        ("Billene Seyoum told a briefing in Addis Ababa that the talks would resume.", "Billene Seyoum", "ET"),
        ("Yemane Gebreab, an adviser to the president, travelled to Cairo.", "Yemane Gebreab", "ER"),
        ("Martha Karua said the opposition would field a single candidate.", "Martha Karua", "KE"),
        ("Patrick Muyaya said Kinshasa would not negotiate under pressure.", "Patrick Muyaya", "CD"),
        ("Yolande Makolo said Kigali rejected the accusation.", "Yolande Makolo", "RW"),
        ("Noor Wali Mehsud, the leader of the Pakistani Taliban, issued a new statement.", "Noor Wali Mehsud", "PK"),
        ("Fasihuddin Fitrat said the border posts had been reinforced.", "Fasihuddin Fitrat", "AF"),
        ("Denis Pushilin said shelling hit the city centre overnight.", "Denis Pushilin", "RU"),
        ("Andriy Melnyk told the Security Council that the strikes targeted civilians.", "Andriy Melnyk", "UA"),
        ("Lai Ching-te said the island would raise defence spending.", "Lai Ching-te", "TW"),
        ("Ken McCallum warned of a rise in state-backed plots.", "Ken McCallum", "GB"),
        ("Jens Laerke told reporters in Geneva that aid convoys were blocked.", "Jens Laerke", None),
        ("Juliette Touma said the agency's schools had been shut.", "Juliette Touma", None),
    ],
)
def test_english_people_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قال وزير الطاقة الإيراني عباس علي آبادي إن انقطاع الكهرباء سيتراجع.", "Abbas Aliabadi", "IR"),
        ("قال النائب أيمن عودة إن القانون يكرس التمييز.", "Ayman Odeh", "IL"),
        ("قال المستشار الرئاسي الإريتري يماني قبرآب إن بلاده لا تسعى إلى الحرب.", "Yemane Gebreab", "ER"),
        ("وقال دينيس بوشيلين إن القصف أصاب وسط المدينة.", "Denis Pushilin", "RU"),
        ("قال زعيم حركة طالبان الباكستانية نور ولي محسود إن الهجمات ستستمر.", "Noor Wali Mehsud", "PK"),
        ("قال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية ينس لاركه إن القوافل متوقفة.",
         "Jens Laerke", None),
        ("قالت جولييت توما إن مدارس الوكالة أغلقت.", "Juliette Touma", None),
        ("قال رئيس تايوان لاي تشينغ تي إن الجزيرة سترفع الإنفاق الدفاعي.", "Lai Ching-te", "TW"),
    ],
)
def test_arabic_people_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        ("During Sukkot the roads near the old city were closed.", "en"),
        ("Pilgrims followed the Hanafi school of law, the imam said.", "en"),
        ("The Bishop of Durham led the service on Sunday.", "en"),
        ("Flights from Sana were suspended for a week.", "en"),
        ("قال مسؤول إيراني إن المحادثات ستستأنف الأسبوع المقبل.", "ar"),
        ("قال الوفد البحريني إن الاتفاق سيوقع قريبا.", "ar"),
        ("يتابع العالم الأزمة بقلق.", "ar"),
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
            others_id.add(row.get("id"))
            others.update(_en(n) for n in [row["name"], *row.get("aliases_en", [])])
            others.update(_ar(n) for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])] if n)
    rows = json.loads(MINE.read_text(encoding="utf-8"))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not set(ids) & others_id
    for r in rows:
        assert set(r) == {"id", "name", "name_ar", "kind", "country", "aliases_en", "aliases_ar"}, r["name"]
        assert r["kind"] == "person"
        assert r["name_ar"], r["name"]
        assert len(r["aliases_en"]) <= 4 and len(r["aliases_ar"]) <= 3, r["name"]
        for n in [r["name"], *r["aliases_en"], r["name_ar"], *r["aliases_ar"]]:
            assert len(n.split()) >= 2, n  # no one-word alias
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others, r["name"]
        assert not {_ar(n) for n in [r["name_ar"], *r["aliases_ar"]]} & others, r["name"]
