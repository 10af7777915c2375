"""Session 13, gazetteer data: public figures of Africa, the Middle East and the Gulf, Central,
South, Southeast and East Asia (`data/gazetteer/actors_session13_people_east.json`).

- each kind of row (head of state or government, minister, central banker, speaker, party and
  opposition leader, army chief, candidate) is found by its English name, with its country;
- in Arabic by the press spelling, and its bare surname after a title;
- a person whose Arabic surname alone is an everyday word («الحداد» mourning, «العلمي» scientific,
  «الرشيد» wise, «الرحمن») has no Arabic name, so those words stay no actor;
- bare surnames that are everyday words stay no actor.

Every sentence here is written for this file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimtracker.extract import Resources, extract

_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "actors_session13_people_east.json"
_PEOPLE = {row["name"] for row in json.loads(_FILE.read_text(encoding="utf-8"))} if _FILE.exists() else set()
_REGION = set(
    "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU "
    "MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW SA AE QA KW BH OM YE IQ SY LB JO PS IL IR "
    "KZ UZ KG TJ TM AF PK IN BD LK NP BT MV ID MY SG TH VN PH MM KH LA BN TL CN JP KR KP MN TW HK".split()
)


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract("Headline\n\n" + text, published=date(2026, 1, 10), lang=lang, resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # North Africa and the Nile
        ("Algerian presidential candidate Abdelaali Hassani Cherif said the vote had been flawed.",
         ("Abdelaali Hassani Cherif", "DZ")),
        ("Tunisian candidate Ayachi Zammel was sentenced to prison before the election.", ("Ayachi Zammel", "TN")),
        ("Morocco's parliament speaker Rachid Talbi Alami received the delegation in Rabat.",
         ("Rachid Talbi Alami", "MA")),
        ("Former Sudanese prime minister Sadiq al-Mahdi died in 2020.", ("Sadiq al-Mahdi", "SD")),
        # West and Central Africa
        ("Nigeria's opposition candidate Atiku Abubakar rejected the result.", ("Atiku Abubakar", "NG")),
        ("Senate President Godswill Akpabio said the bill would pass.", ("Godswill Akpabio", "NG")),
        ("Benin's finance minister Romuald Wadagni will run for president.", ("Romuald Wadagni", "BJ")),
        ("Cameroon's Issa Tchiroma Bakary claimed he had won the election.", ("Issa Tchiroma Bakary", "CM")),
        ("Congo's foreign minister Therese Kayikwamba Wagner spoke at the Security Council.",
         ("Therese Kayikwamba Wagner", "CD")),
        ("Ivory Coast opposition leader Tidjane Thiam was barred from the race.", ("Tidjane Thiam", "CI")),
        # East and Southern Africa
        ("Tanzania's opposition leader Tundu Lissu was charged with treason.", ("Tundu Lissu", "TZ")),
        ("Kenya's former deputy president Rigathi Gachagua formed a new party.", ("Rigathi Gachagua", "KE")),
        ("Madagascar's Colonel Michael Randrianirina was sworn in as president.", ("Michael Randrianirina", "MG")),
        ("Zimbabwe's Vice President Constantino Chiwenga met army commanders.", ("Constantino Chiwenga", "ZW")),
        ("Puntland leader Said Abdullahi Deni refused to attend the talks.", ("Said Abdullahi Deni", "SO")),
        # Middle East and the Gulf, Iran, Israel, the Kurdistan Region
        ("Hamas official Sami Abu Zuhri said the group would not disarm.", ("Sami Abu Zuhri", "PS")),
        ("Hamas military chief Izz al-Din al-Haddad was said to be in Gaza City.",
         ("Izz al-Din al-Haddad", "PS")),
        ("Iraq's Interior Minister Abdul Amir al-Shammari visited Basra.", ("Abdul Amir al-Shammari", "IQ")),
        ("Kurdistan parliament speaker Rewaz Fayaq called a session in Erbil.", ("Rewaz Fayaq", "IQ")),
        ("Lebanese MP Ashraf Rifi criticised Hezbollah.", ("Ashraf Rifi", "LB")),
        ("Israeli lawmaker Simcha Rothman pushed the judicial bill.", ("Simcha Rothman", "IL")),
        ("Tehran mayor Alireza Zakani said the city had enough water.", ("Alireza Zakani", "IR")),
        ("Exiled crown prince Reza Pahlavi called for strikes in Iran.", ("Reza Pahlavi", "IR")),
        ("Syria's economy minister Mohammed Nidal al-Shaar met investors in Damascus.",
         ("Mohammed Nidal al-Shaar", "SY")),
        # Central and South Asia
        ("Uzbek Foreign Minister Bakhtiyor Saidov visited Kabul.", ("Bakhtiyor Saidov", "UZ")),
        ("Taliban Deputy Prime Minister Abdul Ghani Baradar met Pakistani officials.", ("Abdul Ghani Baradar", "AF")),
        ("Pakistan's ISPR chief Ahmed Sharif Chaudhry briefed reporters.", ("Ahmed Sharif Chaudhry", "PK")),
        ("Opposition leader Mallikarjun Kharge attacked the government in parliament.",
         ("Mallikarjun Kharge", "IN")),
        ("Bangladesh's BNP chairperson Khaleda Zia was taken to hospital.", ("Khaleda Zia", "BD")),
        ("Sri Lanka's former president Ranil Wickremesinghe was arrested.", ("Ranil Wickremesinghe", "LK")),
        # Southeast and East Asia
        ("Thai former premier Thaksin Shinawatra began his prison term.", ("Thaksin Shinawatra", "TH")),
        ("Philippine Vice President Sara Duterte faces impeachment.", ("Sara Duterte", "PH")),
        ("Singapore's President Tharman Shanmugaratnam opened the session.", ("Tharman Shanmugaratnam", "SG")),
        ("Taiwan's Foreign Minister Lin Chia-lung visited Europe.", ("Lin Chia-lung", "TW")),
        ("Kim Yo Jong, the sister of the North Korean leader, warned Seoul.", ("Kim Yo Jong", "KP")),
        ("Japan's Yuichiro Tamaki said his party would back the budget.", ("Yuichiro Tamaki", "JP")),
        ("South Korea's Han Dong-hoon ran for the party leadership.", ("Han Dong-hoon", "KR")),
        ("Mongolian Prime Minister Gombojav Zandanshatar met investors.", ("Gombojav Zandanshatar", "MN")),
    ],
)
def test_people_en(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقال القيادي في حماس سامي أبو زهري إن الحركة لن تسلم سلاحها.", ("Sami Abu Zuhri", "PS")),
        ("وقال رئيس الوزراء الأفغاني الملا محمد حسن آخوند إن الحكومة مستمرة.", ("Mohammad Hassan Akhund", "AF")),
        ("والتقى رئيس برلمان إقليم كردستان ريواز فائق بالقنصل الأمريكي في أربيل.", ("Rewaz Fayaq", "IQ")),
        ("ودعا ولي العهد الإيراني السابق رضا بهلوي إلى الإضراب.", ("Reza Pahlavi", "IR")),
        ("وقال رئيس بلدية طهران علي رضا زاكاني إن المياه تكفي.", ("Alireza Zakani", "IR")),
        ("وانتقد النائب اللبناني أشرف ريفي حزب الله.", ("Ashraf Rifi", "LB")),
        ("وقال النائب الإسرائيلي سمحا روتمان إن القانون سيقر.", ("Simcha Rothman", "IL")),
        ("وأعلن المرشح الرئاسي الجزائري عبد العالي حساني شريف رفضه للنتائج.", ("Abdelaali Hassani Cherif", "DZ")),
        ("وقال رئيس الوزراء التايلاندي الأسبق تاكسين شيناواترا إنه سيستأنف الحكم.", ("Thaksin Shinawatra", "TH")),
        ("وحذرت كيم يو جونغ شقيقة الزعيم الكوري الشمالي من أي استفزاز.", ("Kim Yo Jong", "KP")),
        ("والتقى وزير الخارجية الأوزبكي بختيار سعيدوف بنظيره الأفغاني.", ("Bakhtiyor Saidov", "UZ")),
        # the bare surname after a title
        ("وقال الوزير زاكاني إن الأزمة ستنتهي.", ("Alireza Zakani", "IR")),
    ],
)
def test_people_ar(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الحكومة الحداد ثلاثة أيام على أرواح الضحايا.",
        "وتحدث التقرير عن أهمية البحث العلمي والحكم الرشيد.",
        "بسم الله الرحمن الرحيم.",
        "ورفع المتظاهرون الشعار نفسه في الساحة.",
        "وقال الفائز بالانتخابات إنه سيشكل الحكومة.",
        "ويعد القطاع العمود الفقاري للاقتصاد.",
        "وحذر العلماء من النشاط البركاني.",
    ],
)
def test_everyday_words_ar(text: str) -> None:
    assert not [a for a in _actors(text, "ar") if a[0] in _PEOPLE]


@pytest.mark.parametrize(
    "text",
    [
        "Roe v. Wade was overturned in 2022.",
        "Junior doctors went on strike on Monday.",
        "Stalin ruled the Soviet Union for three decades.",
        "Muslim leaders met in the city on Friday.",
        "Suzuki said its sales rose.",
    ],
)
def test_everyday_surnames_en(text: str) -> None:
    # no one of this region: the people named Wade, Stalin, Suzuki... were left out of the file
    assert not [a for a in _actors(text, "en") if a[0] in _PEOPLE or a[1] in _REGION]
