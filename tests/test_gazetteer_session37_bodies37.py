"""Session 37 (bodies37): international and regional organisations and their organs, courts,
commissions, panels and missions, and states' armed services, commands, general staffs, national
guards, gendarmeries, border guards, coast guards and intelligence services
(`actors_session37_bodies37.json`).

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

MINE = DATA_DIR / "gazetteer" / "actors_session37_bodies37.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 1, 10), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The Inter-American Commission on Human Rights asked Nicaragua to free the detained priests.",
         "Inter-American Commission on Human Rights", None),
        ("Members of the Pan-African Parliament elected a new president at their session in Midrand.",
         "Pan-African Parliament", None),
        ("Ecuador's Joint Command of the Armed Forces said soldiers had retaken the prison in Guayaquil.",
         "Joint Command of the Armed Forces of Ecuador", "EC"),
        ("The Kosovo Security Force received its first armed drones on Tuesday.", "Kosovo Security Force", "XK"),
        ("Moldova's Border Police said two men had tried to cross from Ukraine with cigarettes.",
         "Border Police of Moldova", "MD"),
        ("Chisinau again demanded the withdrawal of the Operational Group of Russian Forces from the region.",
         "Operational Group of Russian Forces", "RU"),
        ("The Joint Control Commission failed to agree on moving the checkpoint near Varnita.",
         "Joint Control Commission", None),
        ("Ukraine's General Staff said Russian troops had attacked 150 times in a single day.",
         "General Staff of the Armed Forces of Ukraine", "UA"),
        ("Russia's Black Sea Fleet moved more of its ships from Sevastopol to Novorossiysk.",
         "Black Sea Fleet", "RU"),
        ("Belarus's State Border Committee accused Lithuania of flying balloons across the frontier.",
         "State Border Committee of Belarus", "BY"),
        ("United Kingdom Maritime Trade Operations said a vessel reported an explosion off Aden.",
         "United Kingdom Maritime Trade Operations", "GB"),
        ("The U.S. Space Force launched another navigation satellite from Florida.",
         "United States Space Force", "US"),
        ("The Defense Security Cooperation Agency said the possible sale of missiles to Poland was approved.",
         "Defense Security Cooperation Agency", "US"),
        ("The Polish Border Guard said 200 migrants had tried to cross from Belarus overnight.",
         "Polish Border Guard", "PL"),
        ("The Finnish Border Guard closed the last open crossing on the Russian border.",
         "Finnish Border Guard", "FI"),
        ("Spain's Guardia Civil rescued 50 migrants from a boat off the Canary Islands.", "Guardia Civil", "ES"),
        ("Italian Carabinieri arrested 30 suspected members of a mafia clan in Palermo.", "Carabinieri", "IT"),
        ("Britain's MI5 warned that Iranian agents were plotting against journalists in London.", "MI5", "GB"),
        ("China's Western Theater Command held live-fire drills near the Indian border.",
         "Western Theater Command", "CN"),
        ("The Japan Ground Self-Defense Force sent troops to help after the earthquake.",
         "Japan Ground Self-Defense Force", "JP"),
        ("The Malaysian Maritime Enforcement Agency detained a Vietnamese fishing boat off Terengganu.",
         "Malaysian Maritime Enforcement Agency", "MY"),
        ("The Royal Canadian Mounted Police charged two men over the plot in Toronto.",
         "Royal Canadian Mounted Police", "CA"),
        ("The Drug Enforcement Administration said the cartel moved fentanyl through Sinaloa.",
         "Drug Enforcement Administration", "US"),
        ("The International Organisation of La Francophonie suspended Niger after the coup.",
         "International Organisation of La Francophonie", None),
        ("The Kosovo Specialist Chambers in The Hague sentenced the former commander to ten years.",
         "Kosovo Specialist Chambers", None),
        ("The North American Aerospace Defense Command said it tracked Russian aircraft near Alaska.",
         "North American Aerospace Defense Command", None),
    ],
)
def test_english_bodies_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("دعت لجنة البلدان الأمريكية لحقوق الإنسان حكومة نيكاراغوا إلى الإفراج عن المعتقلين.",
         "Inter-American Commission on Human Rights", None),
        ("قالت هيئة الأركان العامة للقوات المسلحة الأوكرانية إن القوات الروسية شنت 150 هجوما.",
         "General Staff of the Armed Forces of Ukraine", "UA"),
        ("أعلنت هيئة عمليات التجارة البحرية البريطانية أن سفينة أبلغت عن انفجار قبالة عدن.",
         "United Kingdom Maritime Trade Operations", "GB"),
        ("قالت خدمة كوبرنيكوس لتغير المناخ إن العام الماضي كان الأشد حرارة.", "Copernicus Climate Change Service", None),
        ("أعلن حرس الحدود البولندي أن مئتي مهاجر حاولوا العبور من بيلاروسيا.", "Polish Border Guard", "PL"),
        ("قالت قيادة الدفاع الجوي لأمريكا الشمالية إنها رصدت طائرات روسية قرب ألاسكا.",
         "North American Aerospace Defense Command", None),
        ("قال الحرس المدني الإسباني إنه أنقذ خمسين مهاجرا قبالة جزر الكناري.", "Guardia Civil", "ES"),
        ("افتتح البرلمان الأفريقي دورته الجديدة في جنوب أفريقيا.", "Pan-African Parliament", None),
        ("أعلنت قوة أمن كوسوفو أنها تسلمت طائرات مسيرة جديدة.", "Kosovo Security Force", "XK"),
        ("قال أسطول البحر الأسود الروسي إنه صد هجوما بزوارق مسيرة.", "Black Sea Fleet", "RU"),
        ("قالت شرطة الحدود المولدوفية إنها أوقفت رجلين على الحدود.", "Border Police of Moldova", "MD"),
        ("وجهت الشرطة الملكية الكندية الخيالة اتهامات إلى رجلين في تورونتو.", "Royal Canadian Mounted Police", "CA"),
        ("قالت المنظمة الدولية للفرنكوفونية إنها علقت عضوية النيجر.",
         "International Organisation of La Francophonie", None),
        ("أصدرت الدوائر المتخصصة في كوسوفو حكما بسجن القائد السابق عشر سنوات.", "Kosovo Specialist Chambers", None),
        ("أعلنت قيادة القوات المشتركة للتحالف اعتراض طائرة مسيرة أطلقت نحو جازان.",
         "Joint Forces Command of the Coalition", "SA"),
        ("قالت القوة الجوفضائية التابعة للحرس الثوري إنها أطلقت صواريخ على أهداف بعيدة.", "IRGC Aerospace Force", "IR"),
    ],
)
def test_arabic_bodies_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        # an acronym of a national body (BIA, Serbia's Security Information Agency) needs its country
        ("Analysts said the BIA figures for the quarter were weaker than expected.", "en"),
        # a lower-case generic phrase is not the Transnistrian commission
        ("The two companies agreed to set up a joint control commission for the mine.", "en"),
        # the Arabic name carries its place, so a firms' joint monitoring committee is none of the rows
        ("اتفقت الشركتان على تشكيل لجنة المراقبة المشتركة لمتابعة المشروع.", "ar"),
    ],
)
def test_everyday_words_name_no_new_body(res, text, lang):
    names = {r["name"] for r in json.loads(MINE.read_text(encoding="utf-8"))}
    assert not names & set(actors(res, text, lang)), actors(res, text, lang)


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
