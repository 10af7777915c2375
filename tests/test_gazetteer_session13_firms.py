"""Session 13: state enterprises, regulators, exchanges, firms and regional bodies
(`actors_session13_enterprises.json`).

Every sentence here is written for these tests (new wording, invented events); none is copied from
an eval set. Each body asserted below is one no older data file and no generic builder names, so the
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

MINE = DATA_DIR / "gazetteer" / "actors_session13_enterprises.json"


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 11, 20), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


# --- English: one body of each kind, with its state (None for a regional body or a global firm) -----

@pytest.mark.parametrize(
    "text, name, country",
    [
        # national oil and gas companies
        ("Yemen LNG has not shipped a cargo from Balhaf for three years, the company said.", "Yemen LNG", "YE"),
        ("Korea National Oil Corporation agreed to store more crude for the Emirates in Ulsan.",
         "Korea National Oil Corporation", "KR"),
        ("Algeria's Naftal said diesel supplies would be normal across the south by Friday.", "Naftal", "DZ"),
        # utilities and grid operators
        ("Spain's grid operator Red Electrica said the outage began in a substation in the south.",
         "Red Electrica", "ES"),
        ("Tenaga Nasional will sell more power to Singapore under the new cable deal.", "Tenaga Nasional", "MY"),
        ("Britain's National Grid said the new interconnector to Norway was ready.", "National Grid plc", "GB"),
        # ports, railways, shipping, airlines
        ("Kenya Airways and the Kenya Ports Authority signed a cargo agreement in Mombasa on Monday.",
         "Kenya Ports Authority", "KE"),
        ("Russian Railways said coal shipments to the eastern ports fell in October.", "Russian Railways", "RU"),
        ("Eletrobras said it would sell its stake in the Angra nuclear plant.", "Eletrobras", "BR"),
        ("Iran Air cancelled its remaining flights to Europe after the new sanctions.", "Iran Air", "IR"),
        # stock exchanges and regulators
        ("Boursa Kuwait suspended trading in the shares of two listed insurers on Sunday.", "Boursa Kuwait", "KW"),
        ("Turkey's Energy Market Regulatory Authority raised the natural gas tariff for industry.",
         "Energy Market Regulatory Authority", "TR"),
        # firms that build, mine and arm for states
        ("China State Construction Engineering Corporation will build three towers in the new capital.",
         "China State Construction Engineering Corporation", "CN"),
        ("Dana Gas said it had received a payment from the Kurdistan Regional Government.", "Dana Gas", "AE"),
        ("Halliburton said it would expand its drilling work in Iraq's southern fields.", "Halliburton", None),
        # regional blocs and development finance
        ("CEMAC finance ministers met in Yaounde to discuss the common currency.", "CEMAC", None),
        ("The GCC Interconnection Authority said the power link to Iraq would be ready next year.",
         "GCC Interconnection Authority", None),
        ("UNASUR foreign ministers will meet in Quito next month to revive the bloc.", "UNASUR", None),
    ],
)
def test_english_bodies_found(res, text, name, country):
    found = actors(res, text, "en")
    assert name in found
    assert found[name] == country


def test_english_acronym_needs_its_country(res):
    # an acronym alias stands for its body only when the body's country is named in the text
    assert actors(res, "Pakistan's PSX closed higher as the IMF review ended.", "en").get("Pakistan Stock Exchange") == "PK"
    assert "Pakistan Stock Exchange" not in actors(res, "PSX traders were cautious on Monday.", "en")


# --- Arabic: the names the Arabic press uses, with clitics ----------------------------------------

@pytest.mark.parametrize(
    "text, name, country",
    [
        ("أعلنت الخطوط الجوية الكويتية استئناف رحلاتها إلى بيروت الأسبوع المقبل.", "Kuwait Airways", "KW"),
        ("وقالت شركة الواحة للنفط إن الإنتاج عاد إلى مستواه المعتاد بعد الإغلاق.", "Waha Oil Company", "LY"),
        ("وأوقفت بورصة الكويت التداول على أسهم شركتين يوم الأحد.", "Boursa Kuwait", "KW"),
        ("ووقع المكتب الوطني للسكك الحديدية في المغرب عقدا لشراء قطارات جديدة.", "Office National des Chemins de Fer", "MA"),
        ("وأعلنت قطارات الاتحاد تشغيل أول رحلة للركاب بين أبوظبي ودبي.", "Etihad Rail", "AE"),
        ("وقالت مؤسسة موانئ البحر الأحمر اليمنية إن السفن عادت إلى ميناء الحديدة.", "Red Sea Ports Corporation", "YE"),
        ("وأعلنت الشركة السورية للغاز زيادة الإنتاج من حقول حمص.", "Syrian Gas Company", "SY"),
        ("ووقعت المقاولون العرب عقدا لبناء جسر في تنزانيا.", "Arab Contractors", "EG"),
        ("وأعلنت بورصة عمان عن ارتفاع المؤشر العام في نهاية الجلسة.", "Amman Stock Exchange", "JO"),
        ("ووقعت شركة توبراش اتفاقا لشراء النفط من أذربيجان.", "Tupras", "TR"),
        ("وقالت هيئة الربط الكهربائي لدول مجلس التعاون الخليجي إن الربط مع العراق سيكتمل قريبا.",
         "GCC Interconnection Authority", None),
        ("وستبني الشركة الصينية الحكومية لهندسة البناء الأبراج في العاصمة الإدارية.",
         "China State Construction Engineering Corporation", "CN"),
    ],
)
def test_arabic_bodies_found(res, text, name, country):
    found = actors(res, text, "ar")
    assert name in found
    assert found[name] == country


def test_arabic_and_english_name_the_same_body(res):
    ar = actors(res, "وقالت الخطوط الجوية الإيرانية إنها ألغت رحلاتها إلى أوروبا.", "ar")
    en = actors(res, "Iran Air said it had cancelled its flights to Europe.", "en")
    assert ar.get("Iran Air") == en.get("Iran Air") == "IR"


# --- everyday words are not bodies ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, lang",
    [
        ("وارتفعت أسعار النفط في الأسواق العالمية يوم الاثنين.", "ar"),  # «النفط», not Alnaft («ألنفط»)
        ("ووصلت السفن عبر موانئ قطر إلى الأسواق الأوروبية.", "ar"),  # Qatar's ports, not Mwani Qatar
        ("وصعد الزوار إلى القمة المحيطة بالتل صباحا.", "ar"),  # «بالتل», not Paltel
        ("وتعطلت هيئة السكك الحديدية الخليجية عن العمل.", "ar"),  # not Egypt's railways
        ("The national grid collapsed on Monday, leaving millions without power.", "en"),
        ("Leonardo da Vinci painted the Mona Lisa in Florence.", "en"),  # not the builder Vinci
        ("The horse won the Dubai World Cup at Meydan on Saturday.", "en"),
        ("The Nasdaq Composite fell 1 percent as chip stocks slid.", "en"),
        ("Investors in the LATAM region sold Brazilian bonds.", "en"),
        ("The NRC said displaced families in Sudan needed shelter, a US official said.", "en"),
        ("Pegasus spyware was found on the phones of two journalists.", "en"),
        ("Woodside residents complained about the new road.", "en"),
        ("Nigeria's National Grid collapsed again on Tuesday.", "en"),  # not Britain's National Grid plc
        ("China Southern provinces were hit by floods.", "en"),  # not China Southern Airlines
        ("وقال جهاز حماية المنافسة الكويتي إنه فتح تحقيقا.", "ar"),  # Kuwait's, not Egypt's authority
    ],
)
def test_everyday_words_name_no_new_body(res, text, lang):
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
    # a shared alias is allowed only between bodies of two named states: the gazetteer tells them apart
    # by the country the text names ("ANP": Brazil's oil regulator, Pakistan's Awami National Party)
    others_id: set[str] = set()
    others_en: dict[str, set[str | None]] = {}
    others_ar: dict[str, set[str | None]] = {}
    for path in sorted((DATA_DIR / "gazetteer").glob("actors*.json")):
        if path == MINE:
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            others_id.add(row["id"])
            for n in [row["name"], *row.get("aliases_en", [])]:
                others_en.setdefault(_en(n), set()).add(row.get("country"))
            for n in [row.get("name_ar") or "", *row.get("aliases_ar", [])]:
                if n:
                    others_ar.setdefault(_ar(n), set()).add(row.get("country"))
    rows = json.loads(MINE.read_text(encoding="utf-8"))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not set(ids) & others_id

    def clash(names: set[str], others: dict[str, set[str | None]], country: str | None) -> set[str]:
        return {n for n in names if n in others and (country is None or None in others[n] or country in others[n])}

    for r in rows:
        assert r["kind"] == "org"
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"])
        assert not clash({_en(n) for n in [r["name"], *r["aliases_en"]]}, others_en, r["country"]), r["id"]
        assert not clash({_ar(n) for n in [r["name_ar"] or "", *r["aliases_ar"]] if n}, others_ar, r["country"]), r["id"]


def test_arab_world_bodies_have_arabic_names():
    arab = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD",
            "SY", "TN", "YE"}
    for r in json.loads(MINE.read_text(encoding="utf-8")):
        if r["country"] in arab:
            assert r["name_ar"], r["id"]
