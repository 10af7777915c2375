"""Session 32, gazetteer data: office holders of the Arab states in 2025-2026
(`data/gazetteer/actors_session32_arab.json`): ministers of the Salam government in Lebanon and
of Syria's transitional government, ministers of Iraq, Jordan, Egypt, the Gulf states, Yemen (both
sides), Libya (both sides), the Maghreb, Sudan and the Palestinian Authority, speakers, army chiefs
and spokesmen, and Hamas and PFLP figures.

- each person is found by the English wire spelling after a title, with the country;
- in Arabic by the press spelling after a title, and by the bare surname after «الوزير»;
- people whose surname alone is an everyday word («الأحمر», «التوفيق», «العاطفي», «الكوني»), a
  month (Ramadan, Rajab) or a family name of a royal house (al-Saud) were left out of the file, so
  those words stay no actor of it;
- the new people take no mention of an older row's person who shares a given name or surname.

Every sentence here is written for this file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimtracker.extract import Resources, extract

_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "actors_session32_arab.json"
_PEOPLE = {row["name"] for row in json.loads(_FILE.read_text(encoding="utf-8"))} if _FILE.exists() else set()


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract("Headline\n\n" + text, published=date(2026, 1, 10), lang=lang, resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Lebanon and Syria
        ("Lebanon's Justice Minister Adel Nassar said the new judges would be named within weeks.",
         ("Adel Nassar", "LB")),
        ("Lebanese Health Minister Rakan Nasreddine toured a field hospital near Tyre.",
         ("Rakan Nasreddine", "LB")),
        ("Former ambassador Simon Karam will head the Lebanese side in the talks.", ("Simon Karam", "LB")),
        ("Syrian Justice Minister Mazhar al-Wais announced a review of detention files.",
         ("Mazhar al-Wais", "SY")),
        ("Syria's Health Minister Musab al-Ali inspected clinics in Idlib on Sunday.", ("Musab al-Ali", "SY")),
        # Iraq and Jordan
        ("Iraq's Electricity Minister Ziyad Ali Fadel said output would rise before the summer.",
         ("Ziyad Ali Fadel", "IQ")),
        ("Iraqi Justice Minister Khalid Shawani said the prisons held too many inmates.",
         ("Khalid Shawani", "IQ")),
        ("Jordan's Planning Minister Zeina Toukan signed the grant with the visiting delegation.",
         ("Zeina Toukan", "JO")),
        ("Jordanian Health Minister Firas Hawari opened a new ward in Irbid.", ("Firas Hawari", "JO")),
        # Egypt
        ("Egypt's Housing Minister Sherif El-Sherbiny said the new city would house a million people.",
         ("Sherif El-Sherbiny", "EG")),
        # the Gulf
        ("Saudi Health Minister Fahad AlJalajel launched the vaccination drive.", ("Fahad AlJalajel", "SA")),
        ("Saudi Communications Minister Abdullah Alswaha said data centres would double.",
         ("Abdullah Alswaha", "SA")),
        ("Shura Council Speaker Hassan bin Abdullah Al Ghanim received the delegation in Doha.",
         ("Hassan bin Abdullah Al Ghanim", "QA")),
        ("Kuwait's Information Minister Abdulrahman al-Mutairi announced the new media law.",
         ("Abdulrahman al-Mutairi", "KW")),
        ("Oman's Interior Minister Hamoud bin Faisal Al Busaidi chaired the meeting.",
         ("Hamoud bin Faisal Al Busaidi", "OM")),
        # Yemen and Libya
        ("Yemen's Information Minister Muammar al-Eryani accused the Houthis of seizing the aid.",
         ("Muammar al-Eryani", "YE")),
        ("Houthi-run parliament speaker Yahya al-Raee called a session in Sanaa.", ("Yahya al-Raee", "YE")),
        ("LNA spokesman Ahmed al-Mismari said the forces had secured the border crossing.",
         ("Ahmed al-Mismari", "LY")),
        ("Libya's chief of staff Mohammed al-Haddad met commanders in Misrata.", ("Mohammed al-Haddad", "LY")),
        # the Maghreb and Mauritania
        ("Tunisian Justice Minister Leila Jaffel defended the prosecutions.", ("Leila Jaffel", "TN")),
        ("Algerian Justice Minister Lotfi Boudjemaa presented the draft penal code.", ("Lotfi Boudjemaa", "DZ")),
        ("Morocco's Health Minister Amine Tahraoui promised new hospitals in the south.",
         ("Amine Tahraoui", "MA")),
        ("Mauritanian Defence Minister Hanena Ould Sidi visited troops near the Malian border.",
         ("Hanena Ould Sidi", "MR")),
        # Sudan and Palestine
        ("Sudan's Information Minister Khalid al-Aiser denied the report.", ("Khalid al-Aiser", "SD")),
        ("Sudanese army spokesman Nabil Abdallah said the city had been retaken.", ("Nabil Abdallah", "SD")),
        ("Palestinian Interior Minister Ziad Hab al-Reeh met security chiefs in Ramallah.",
         ("Ziad Hab al-Reeh", "PS")),
        ("Hamas spokesman Abdul Latif al-Qanou rejected the proposal.", ("Abdul Latif al-Qanou", "PS")),
    ],
)
def test_people_en(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقال وزير العدل اللبناني عادل نصار إن التشكيلات القضائية ستصدر قريبا.", ("Adel Nassar", "LB")),
        ("وأكد وزير الصحة اللبناني ركان ناصر الدين جهوزية المستشفيات.", ("Rakan Nasreddine", "LB")),
        ("وقالت وزيرة التربية ريما كرامي إن العام الدراسي سيبدأ في موعده.", ("Rima Karami", "LB")),
        ("وأعلن وزير العدل السوري مظهر الويس تشكيل لجنة لمراجعة الملفات.", ("Mazhar al-Wais", "SY")),
        ("وقال وزير الكهرباء العراقي زياد علي فاضل إن الإنتاج ارتفع هذا الشهر.", ("Ziyad Ali Fadel", "IQ")),
        ("وأوضح وزير الهجرة العراقي إيفان فائق جابرو أن العائدين تلقوا منحا.", ("Evan Faiq Jabro", "IQ")),
        ("ووقعت وزيرة التخطيط الأردنية زينة طوقان اتفاقية المنحة.", ("Zeina Toukan", "JO")),
        ("وأعلن وزير الإسكان المصري شريف الشربيني طرح وحدات جديدة.", ("Sherif El-Sherbiny", "EG")),
        ("وقالت وزيرة التضامن الاجتماعي مايا مرسي إن الدعم سيصل إلى مستحقيه.", ("Maya Morsy", "EG")),
        ("وأطلق وزير الصحة السعودي فهد الجلاجل حملة التطعيم.", ("Fahad AlJalajel", "SA")),
        ("وافتتح رئيس مجلس الشورى السعودي عبد الله آل الشيخ أعمال الدورة.", ("Abdullah Al al-Sheikh", "SA")),
        ("واستقبل رئيس مجلس الشورى القطري حسن بن عبد الله الغانم الوفد الزائر.",
         ("Hassan bin Abdullah Al Ghanim", "QA")),
        ("وأكد وزير الإعلام الكويتي عبد الرحمن المطيري أن القانون سيصدر قريبا.",
         ("Abdulrahman al-Mutairi", "KW")),
        ("وترأس وزير الداخلية العماني حمود بن فيصل البوسعيدي الاجتماع.", ("Hamoud bin Faisal Al Busaidi", "OM")),
        ("واتهم وزير الإعلام اليمني معمر الإرياني الحوثيين بنهب المساعدات.", ("Muammar al-Eryani", "YE")),
        ("وقال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات أمنت المعبر.", ("Ahmed al-Mismari", "LY")),
        ("ودافعت وزيرة العدل التونسية ليلى جفال عن الإجراءات.", ("Leila Jaffel", "TN")),
        ("وعرض وزير العدل الجزائري لطفي بوجمعة مشروع القانون على النواب.", ("Lotfi Boudjemaa", "DZ")),
        ("ووعد وزير الصحة المغربي أمين التهراوي ببناء مستشفيات جديدة.", ("Amine Tahraoui", "MA")),
        ("وزار وزير الدفاع الموريتاني حننه ولد سيدي الوحدات المرابطة على الحدود.", ("Hanena Ould Sidi", "MR")),
        ("ونفى وزير الإعلام السوداني خالد الإعيسر صحة التقرير.", ("Khalid al-Aiser", "SD")),
        ("والتقى وزير الداخلية الفلسطيني زياد هب الريح قادة الأجهزة الأمنية.", ("Ziad Hab al-Reeh", "PS")),
        ("وقال نائب الأمين العام للجبهة الشعبية جميل مزهر إن الفصائل متفقة.", ("Jamil Mezher", "PS")),
        # the bare surname after a title
        ("وقال الوزير الإرياني إن الجماعة ترفض السلام.", ("Muammar al-Eryani", "YE")),
    ],
)
def test_people_ar(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الحكومة الحداد ثلاثة أيام على أرواح الضحايا.",
        "وعبرت السفينة البحر الأحمر باتجاه قناة السويس.",
        "وقدم الهلال الأحمر مساعدات للنازحين.",
        "وتمنى الوفد للمفاوضين التوفيق في مهمتهم.",
        "ويتناول الكتاب الذكاء العاطفي لدى الأطفال.",
        "ورصد الباحثون الإشعاع الكوني في الفضاء.",
        "وتحدث التقرير عن إعادة هيكلة الديون.",
        "وقال الأمين العام للأمم المتحدة إن الوضع خطير.",
        "وزار الآلاف مرقد الإمام الحسين في كربلاء.",
        "ويبدأ شهر رمضان الأسبوع المقبل.",
        "وطالب المتظاهرون بضمان سلامة المدنيين.",
        "وجلس الرجل على شرفة المنزل.",
        "وألقى الخطيب خطبة الجمعة في المسجد.",
        "وأعلن مصرف الراجحي ارتفاع أرباحه.",
    ],
)
def test_everyday_words_ar(text: str) -> None:
    assert not [a for a in _actors(text, "ar") if a[0] in _PEOPLE]


@pytest.mark.parametrize(
    "text",
    [
        "Muslims began fasting for Ramadan on Monday.",
        "The decree was issued in the month of Rajab.",
        "Members of the al-Saud family attended the funeral.",
        "Sour relations between the two neighbours worsened.",
        "Hindi is spoken widely in northern India.",
        "Al Rajhi Bank reported higher profits.",
    ],
)
def test_everyday_words_en(text: str) -> None:
    assert not [a for a in _actors(text, "en") if a[0] in _PEOPLE]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("ووصل وزير الخارجية المصري بدر عبد العاطي إلى الدوحة.", "ar", ("Badr Abdelatty", "EG")),
        ("والتقى الشيخ تميم بن حمد بالرئيس الفرنسي.", "ar", ("Tamim bin Hamad Al Thani", "QA")),
        ("والتقى جبران باسيل بالسفير الفرنسي.", "ar", ("Gebran Bassil", "LB")),
        ("وقال فتحي باشاغا إن حكومته ستتسلم السلطة.", "ar", ("Fathi Bashagha", "LY")),
        ("Jordan's Foreign Minister Ayman Safadi said the crossing would reopen.", "en", ("Ayman Safadi", "JO")),
        ("Egypt's foreign minister Badr Abdelatty arrived in Doha.", "en", ("Badr Abdelatty", "EG")),
        ("Yemeni Prime Minister Salem bin Breik visited Aden.", "en", ("Salem bin Breik", "YE")),
    ],
)
def test_older_people_kept(text: str, lang: str, actor: tuple[str, str]) -> None:
    # a new person who shares a given name or surname does not take the older row's mention
    found = _actors(text, lang)
    assert actor in found
    assert not [a for a in found if a[0] in _PEOPLE]
