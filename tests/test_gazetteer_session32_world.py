"""Session 32: office holders outside the Arab world who are named in Arabic and English political
news of 2025-2026: the second Trump administration and Congress, Russia, China, Turkey, Iran,
Israel, Pakistan, India, the UK, France, Germany, Italy, Spain, the EU institutions, the UN and
other international bodies (`actors_session32_world.json`).

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

MINE = DATA_DIR / "gazetteer" / "actors_session32_world.json"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def actors(res: Resources, text: str, lang: str) -> dict[str, str | None]:
    out = extract("Headline\n\n" + text, date(2026, 11, 20), lang, res).to_json()
    return {a["name"]: a.get("country") for a in out["actors"] if a.get("kind") != "country"}


@pytest.mark.parametrize(
    "text, name, country",
    [
        # the Trump administration, its envoys and commanders, and Congress
        ("Labor Secretary Lori Chavez-DeRemer said the new apprenticeship rules would start in spring.",
         "Lori Chavez-DeRemer", "US"),
        ("Veterans Affairs Secretary Doug Collins toured a clinic outside Atlanta.", "Doug Collins", "US"),
        ("Education Secretary Linda McMahon announced a further round of layoffs.", "Linda McMahon", "US"),
        ("US special envoy for Iraq Mark Savaya met the prime minister on Thursday.", "Mark Savaya", "US"),
        ("Under Secretary of State Allison Hooker led the delegation to Seoul.", "Allison Hooker", "US"),
        ("Pentagon spokesman Sean Parnell said the strike hit a weapons depot.", "Sean Parnell", "US"),
        ("Ambassador David Perdue met Chinese trade officials on Friday.", "David Perdue", "US"),
        ("Admiral Daryl Caudle said the navy needed more submarines.", "Daryl Caudle", "US"),
        ("Senator Chris Murphy said the arms package should be blocked.", "Chris Murphy", "US"),
        ("Representative Mike Rogers, who chairs the Armed Services Committee, backed the budget.",
         "Mike Rogers", "US"),
        # Russia, China, Turkey, Iran, Israel
        ("Defence ministry spokesman Igor Konashenkov said air defences downed twelve drones.",
         "Igor Konashenkov", "RU"),
        ("Deputy Defence Minister Yunus-Bek Yevkurov arrived for a second round of talks.",
         "Yunus-Bek Yevkurov", "RU"),
        ("China's deputy UN envoy Geng Shuang told the council that sanctions were no answer.",
         "Geng Shuang", "CN"),
        ("Agriculture Minister Ibrahim Yumakli said wheat imports would fall this year.", "Ibrahim Yumakli", "TR"),
        ("Guards spokesman Ali Mohammad Naini said the drills would last three days.", "Ali Mohammad Naini", "IR"),
        ("Judiciary spokesman Asghar Jahangir said the detainees had been charged.", "Asghar Jahangir", "IR"),
        ("Deputy Foreign Minister Sharren Haskel said the boats would not reach the coast.", "Sharren Haskel", "IL"),
        ("Major General Roman Gofman was named to head the spy agency.", "Roman Gofman", "IL"),
        # Pakistan, India, Europe
        ("Air Chief Marshal Zaheer Ahmed Babar Sidhu inspected the forward base.", "Zaheer Ahmed Babar Sidhu", "PK"),
        ("Road Transport Minister Nitin Gadkari opened the new expressway.", "Nitin Gadkari", "IN"),
        ("Speaker Om Birla adjourned the lower house until Monday.", "Om Birla", "IN"),
        ("Education Secretary Bridget Phillipson defended the school reforms.", "Bridget Phillipson", "GB"),
        ("MI6 chief Blaise Metreweli warned of a rise in sabotage plots.", "Blaise Metreweli", "GB"),
        ("Government spokeswoman Maud Bregeon said the budget would be tabled on Wednesday.", "Maud Bregeon", "FR"),
        ("Government spokesman Stefan Kornelius said the chancellor would travel to Ankara.",
         "Stefan Kornelius", "DE"),
        ("Agriculture Minister Luis Planas said the fishing accord would be renewed.", "Luis Planas", "ES"),
        ("Archbishop Paul Gallagher, the Vatican's foreign minister, met the delegation.", "Paul Gallagher", "VA"),
        # international officials (no state)
        ("EU spokesperson Anouar El Anouni said the bloc condemned the settlement plan.", "Anouar El Anouni", None),
        ("Commissioner Oliver Varhelyi said the vaccine stockpile would grow.", "Oliver Varhelyi", None),
        ("UNIFIL head Major General Diodato Abagnara toured the border villages.", "Diodato Abagnara", None),
        ("Disarmament chief Izumi Nakamitsu briefed the council on the missile test.", "Izumi Nakamitsu", None),
        ("Judge Julia Sebutinde wrote a dissenting opinion.", "Julia Sebutinde", None),
    ],
)
def test_english_people_found(res, text, name, country):
    got = actors(res, text, "en")
    assert name in got, got
    assert got[name] == country


def test_english_accented_alias_and_bare_surname(res):
    got = actors(res, "Family Minister Mahinur Özdemir Göktaş said the aid would double.", "en")
    assert got.get("Mahinur Ozdemir Goktas") == "TR", got
    got = actors(res, "Senator Chris Murphy spoke first. Later Murphy said the vote would fail.", "en")
    assert list(got) == ["Chris Murphy"], got


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("وقال المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف إن الدفاعات الجوية أسقطت عشرين مسيرة.",
         "Igor Konashenkov", "RU"),
        ("وصل نائب وزير الدفاع الروسي يونس بك يفكوروف إلى المدينة في زيارة جديدة.", "Yunus-Bek Yevkurov", "RU"),
        ("استقبل رئيس جمهورية تتارستان رستم مينيخانوف وفدا تجاريا.", "Rustam Minnikhanov", "RU"),
        ("قال نائب المندوب الصيني لدى الأمم المتحدة قنغ شوانغ إن العقوبات لن تحل الأزمة.", "Geng Shuang", "CN"),
        ("قالت وزيرة الأسرة التركية ماهينور أوزدمير غوكطاش إن الحكومة ستدعم الأمهات العاملات.",
         "Mahinur Ozdemir Goktas", "TR"),
        ("وقال المتحدث باسم وزارة الدفاع التركية زكي أكتورك إن القوات دمرت مخابئ للمسلحين.", "Zeki Akturk", "TR"),
        ("قال المتحدث باسم الحرس الثوري علي محمد نائيني إن المناورات ستستمر ثلاثة أيام.",
         "Ali Mohammad Naini", "IR"),
        ("قال رئيس مجلس خبراء القيادة محمد علي موحدي كرماني إن الاجتماع سيعقد في موعده.",
         "Mohammad Ali Movahedi Kermani", "IR"),
        ("قال النائب الإيراني إسماعيل كوثري إن المضيق قد يغلق.", "Esmaeil Kowsari", "IR"),
        ("قالت نائبة وزير الخارجية الإسرائيلي شارين هاسكل إن السفن لن تصل إلى الشاطئ.", "Sharren Haskel", "IL"),
        ("قال رئيس مجلس المستوطنات يوسي داغان إن البناء سيتواصل.", "Yossi Dagan", "IL"),
        ("وقال قائد المنطقة الجنوبية يانيف عاسور إن العملية مستمرة.", "Yaniv Asor", "IL"),
        ("قال المبعوث الأمريكي مارك سافايا إن واشنطن تدعم الحكومة الجديدة.", "Mark Savaya", "US"),
        ("قالت السيناتورة الأمريكية سوزان كولينز إن مشروع الميزانية لن يمر.", "Susan Collins", "US"),
        ("قال رئيس البرلمان الهندي أوم بيرلا إن الجلسة ستعقد غدا.", "Om Birla", "IN"),
        ("قال وزير الزراعة الهندي شيفراج سينغ تشوهان إن المحصول هذا العام وفير.", "Shivraj Singh Chouhan", "IN"),
        ("قال المتحدث باسم الخارجية الفرنسية كريستوف لوموان إن باريس تدين الهجوم.", "Christophe Lemoine", "FR"),
        ("قال السفير الألماني شتيفن زايبرت إن برلين قلقة من التصعيد.", "Steffen Seibert", "DE"),
        ("قال المتحدث باسم الاتحاد الأوروبي أنور العنوني إن الاتحاد يرفض الخطة.", "Anouar El Anouni", None),
        ("قال رئيس لجنة الشؤون الخارجية في البرلمان الأوروبي ديفيد ماكاليستر إن الاتحاد سيدعم الاتفاق.",
         "David McAllister", None),
        ("التقى وزير الخارجية الفيتنامي بوي ثانه سون نظيره الياباني.", "Bui Thanh Son", "VN"),
        ("زار الأمير وليام قاعدة عسكرية في الشمال.", "Prince William", "GB"),
    ],
)
def test_arabic_people_found(res, text, name, country):
    got = actors(res, text, "ar")
    assert name in got, got
    assert got[name] == country


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sacks of flour were stacked at the crossing on Sunday.", "en"),
        ("A rally in Coventry drew several thousand people.", "en"),
        ("During Sukkot the roads near the old city were closed.", "en"),
        ("The Pope said the war must end, and Paul thanked him.", "en"),
        ("Son and father were both held at the checkpoint.", "en"),
        ("Frank talks were held in Geneva.", "en"),
        ("Troops crossed into Azad Kashmir overnight.", "en"),
        ("حذر الكاتب من المشروع الصفوي في المنطقة.", "ar"),
        ("قال مسؤول إيراني إن المفاوضات ستستأنف.", "ar"),
        ("وصل الوفد إلى مدينة بون الألمانية يوم الاثنين.", "ar"),
        ("زار المزارعون غور الأردن يوم الجمعة.", "ar"),
        ("يقع منزل صادق في حي الكرمي.", "ar"),
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
        assert set(r) == {"id", "name", "name_ar", "kind", "country", "aliases_en", "aliases_ar"}, r["name"]
        assert r["kind"] == "person"
        assert r["name_ar"], r["name"]
        for n in [r["name"], *r["aliases_en"], r["name_ar"], *r["aliases_ar"]]:
            assert len(n.split()) >= 2, n  # no one-word alias
        assert not {_en(n) for n in [r["name"], *r["aliases_en"]]} & others, r["name"]
        assert not {_ar(n) for n in [r["name_ar"], *r["aliases_ar"]]} & others, r["name"]
