"""Session 37: office holders of 2024-2026 the older files lacked (`actors_session37_people37.json`):
ministers of every portfolio, governors of provinces and regions, army chiefs, speakers' deputies,
election, central bank and state company heads of the Arab states first, then Iran, Turkey, Israel,
the Horn, the Sahel and West Africa, and the governments of Europe, Asia and Latin America.

Every sentence here is written for these tests (new wording, invented events); none is copied from
an eval set. Each person asserted below is in no older data file, so the tests fail without it.
The guards show that a nisba surname which is also an everyday Arabic word («الكوني» cosmic,
«التوفيق» success, «العاطفي» emotional, «الواصل» linking) is not read as the person: those words
are listed in `common_words.json`, so alone they need a title or the full name.
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

MINE = DATA_DIR / "gazetteer" / "actors_session37_people37.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 1, 10), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The visitor figures were welcomed by Ahmed Al-Khateeb and Saudi tourism officials.",
         "Ahmed Al-Khateeb", "SA"),
        ("Diplomats met Abdulaziz Alwasil before the Security Council vote on the Saudi draft.",
         "Abdulaziz Alwasil", "SA"),
        ("Kuwaiti lawmakers questioned Mahmoud Bushehri over the summer power cuts.",
         "Mahmoud Bushehri", "KW"),
        ("Road closures in Erbil were ordered by Omed Khoshnaw after the storm in Iraq's Kurdistan Region.",
         "Omed Khoshnaw", "IQ"),
        ("Doctors in Aden briefed Qasem Buhaibeh on the cholera outbreak in Yemen.", "Qasem Buhaibeh", "YE"),
        ("The UN envoy held talks with Musa al-Koni in Tripoli, Libya.", "Musa al-Koni", "LY"),
        ("Algerian deputies debated the budget drafted by Abdelkrim Bouzred.", "Abdelkrim Bouzred", "DZ"),
        ("Hospital directors in Tehran met Mohammad Reza Zafarghandi to discuss Iran's drug shortages.",
         "Mohammad Reza Zafarghandi", "IR"),
        ("Troops in Gao, Mali, were visited by Oumar Diarra on Friday.", "Oumar Diarra", "ML"),
        ("Investors in Istanbul questioned Arda Ermut about Turkey's sovereign fund.", "Arda Ermut", "TR"),
        ("Russian doctors criticised Mikhail Murashko over the shortage of insulin.",
         "Mikhail Murashko", "RU"),
        ("Exporters in Kyiv asked Oleksiy Sobolev for help as Ukraine's shipments fell.",
         "Oleksiy Sobolev", "UA"),
        ("Rail unions in Madrid blamed Oscar Puente for the delays across Spain.", "Oscar Puente", "ES"),
        ("Italian doctors' unions met Orazio Schillaci in Rome on Monday.", "Orazio Schillaci", "IT"),
        ("German industry groups welcomed the plan drawn up by Karsten Wildberger in Berlin.",
         "Karsten Wildberger", "DE"),
        ("Brazilian police chiefs met Ricardo Lewandowski in Brasilia.", "Ricardo Lewandowski", "BR"),
        ("The result in Caracas was announced by Elvis Amoroso late on Sunday, Venezuela's opposition said.",
         "Elvis Amoroso", "VE"),
        ("Farmers in Nigeria's Borno state thanked Babagana Zulum for the new irrigation scheme.",
         "Babagana Zulum", "NG"),
        ("Ethiopian engineers briefed Habtamu Itefa at the dam site.", "Habtamu Itefa", "ET"),
        ("Israeli rights groups wrote to Kobi Yaakobi about overcrowding in the jails.",
         "Kobi Yaakobi", "IL"),
        ("Chinese state media quoted Zhu Fenglian as warning Taipei against the visit.",
         "Zhu Fenglian", "CN"),
        ("Moroccan farmers' groups met Mostafa Terrab at OCP's headquarters in Casablanca.",
         "Mostafa Terrab", "MA"),
        ("Palestinian officials said Israeli police had detained Adnan Ghaith in Jerusalem.",
         "Adnan Ghaith", "PS"),
        ("The Lebanese judiciary reassigned the file to Tarek Bitar.", "Tarek Bitar", "LB"),
        ("Doha welcomed Sheikha Moza bint Nasser back from the summit.", "Moza bint Nasser", "QA"),
        ("Emirati officials accompanied Sheikh Theyab bin Mohamed bin Zayed to the ceremony.",
         "Theyab bin Mohamed bin Zayed", "AE"),
        ("Yasmine Fouad, the head of the UN desertification convention, called for more funding.",
         "Yasmine Fouad", "EG"),
    ],
)
def test_english_people_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("قال وزير الصحة اليمني قاسم بحيبح إن حالات الكوليرا ارتفعت.", "Qasem Buhaibeh", "YE"),
        ("ألقى مندوب السعودية لدى الأمم المتحدة عبد العزيز الواصل كلمة أمام مجلس الأمن.",
         "Abdulaziz Alwasil", "SA"),
        ("استقبل الشيخ ذياب بن محمد بن زايد الوفد الزائر في أبوظبي.", "Theyab bin Mohamed bin Zayed", "AE"),
        ("قال وزير الكهرباء الكويتي محمود بوشهري إن الشبكة مستقرة.", "Mahmoud Bushehri", "KW"),
        ("وقال محافظ أربيل أوميد خوشناو إن الطرق ستفتح يوم الأحد.", "Omed Khoshnaw", "IQ"),
        ("استأنف المحقق العدلي القاضي طارق البيطار تحقيقاته في انفجار المرفأ.", "Tarek Bitar", "LB"),
        ("قال وزير الدفاع في حكومة صنعاء محمد العاطفي إن قواته مستعدة.", "Mohammed al-Atifi", "YE"),
        ("التقى عضو المجلس الرئاسي الليبي موسى الكوني المبعوثة الأممية في طرابلس.", "Musa al-Koni", "LY"),
        ("أعلن وزير الأوقاف المغربي أحمد التوفيق موعد صلاة العيد.", "Ahmed Toufiq", "MA"),
        ("قال مستشار الملك المغربي فؤاد عالي الهمة إن المفاوضات مستمرة.", "Fouad Ali El Himma", "MA"),
        ("قال وزير الداخلية السوداني بابكر سمرة إن الشرطة عادت إلى الخرطوم.", "Babiker Samra", "SD"),
        ("اعتقلت الشرطة الإسرائيلية محافظ القدس عدنان غيث صباح الاثنين.", "Adnan Ghaith", "PS"),
        ("قال الناطق باسم حركة فتح أسامة القواسمي إن الحركة ترفض الخطة.", "Osama Qawasmi", "PS"),
        ("قال وزير الصحة الإيراني محمد رضا ظفرقندي إن المستشفيات جاهزة.", "Mohammad Reza Zafarghandi", "IR"),
        ("قال رئيس الصندوق السيادي التركي أردا أرموت إن الصندوق سيستثمر في الخارج.", "Arda Ermut", "TR"),
        ("قالت ياسمين فؤاد إن التصحر يهدد ملايين البشر.", "Yasmine Fouad", "EG"),
        ("التقى الوفد المصري بمحافظ شمال سيناء خالد مجاور عند معبر رفح.", "Khaled Megawer", "EG"),
    ],
)
def test_arabic_people_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        ("رصد العلماء ارتفاعا في الإشعاع الكوني فوق القطب الشمالي.", "ar"),
        ("وختم الوزير كلمته بالقول: نتمنى للجميع التوفيق والنجاح.", "ar"),
        ("تحتاج الأسر النازحة إلى الدعم العاطفي إلى جانب الغذاء.", "ar"),
        ("افتتحت الحكومة الطريق الواصل بين المدينتين يوم الخميس.", "ar"),
        ("Fouad, a taxi driver in Cairo, said fuel prices had doubled.", "en"),
    ],
)
def test_everyday_words_name_no_new_person(res, text, lang):
    names = {r["name"] for r in json.loads(MINE.read_text(encoding="utf-8"))}
    got = actors(res, text, lang)
    assert not names & set(got), got


def _en(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\W+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def _ar(s: str) -> str:
    return " ".join(normalize(s).text.split())


def test_rows_are_people_and_collide_with_no_other_file():
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
        assert list(r) == ["id", "name", "name_ar", "kind", "country", "aliases_en", "aliases_ar"], r["name"]
        assert r["kind"] == "person", r["name"]
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"]), r["name"]
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others, r["name"]
        assert not {_ar(n) for n in [r["name_ar"] or "", *r["aliases_ar"]] if n} & others, r["name"]
