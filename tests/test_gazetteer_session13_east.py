"""Session 13, gazetteer data: parties and political movements of Africa, Asia and the Middle East
(`data/gazetteer/actors_session13_parties_east.json`).

- each region's parties are found by their English name, native name or acronym, with their country;
- acronyms count only when the party's country is named; everyday words stay no actor;
- Arabic: the press spellings, with their head word («حزب …», «حركة …», «ائتلاف …»); a name that is
  the head of other parties' names (bare «حزب التجمع») is not an alias, so Algeria's
  «حزب التجمع الوطني الديمقراطي» stays the RND.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_actors


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return article_actors(text, lang, date(2026, 1, 10))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # North Africa
        ("Libya's Radaa Special Deterrence Force clashed with other armed groups in Tripoli.",
         ("Radaa Special Deterrence Force", "LY")),
        ("Algeria's El Moustakbal Front said it would back the president's programme.",
         ("El Moustakbal Front", "DZ")),
        # West and Central Africa
        ("Nigeria's African Democratic Congress named its presidential candidate on Sunday.",
         ("African Democratic Congress", "NG")),
        ("Senegal's Alliance for the Republic criticised the budget in Dakar.", ("Alliance for the Republic", "SN")),
        ("Cameroon National Salvation Front candidate Issa Tchiroma Bakary claimed victory.",
         ("Cameroon National Salvation Front", "CM")),
        ("In Kinshasa, the UDPS said Congo's president would not seek to change the constitution.",
         ("Union for Democracy and Social Progress", "CD")),
        # East Africa, Horn, Southern Africa
        ("Tanzania's main opposition party Chadema said it would boycott the vote.", ("Chadema", "TZ")),
        ("The MDC said on Monday that the election in Zimbabwe was flawed.", ("Movement for Democratic Change", "ZW")),
        ("In Mozambique, Renamo rejected the results announced by the electoral commission.", ("Renamo", "MZ")),
        ("Namibia's ruling SWAPO kept its majority in parliament.", ("SWAPO", "NA")),
        ("South Africa's Inkatha Freedom Party said it would stay in the coalition.", ("Inkatha Freedom Party", "ZA")),
        # Middle East and the Gulf
        ("Iraq's Reconstruction and Development Coalition came first in the parliamentary election.",
         ("Reconstruction and Development Coalition", "IQ")),
        ("The Kurdistan Islamic Union said it would join the talks in Erbil.", ("Kurdistan Islamic Union", "IQ")),
        ("Yemen's Hadramout Inclusive Conference demanded self-rule for the province.",
         ("Hadramout Inclusive Conference", "YE")),
        # Central, South, Southeast and East Asia
        ("Pakistan's Awami National Party condemned the attack in Peshawar.", ("Awami National Party", "PK")),
        ("India's Janata Dal-United said it would stay in the ruling alliance.", ("Janata Dal (United)", "IN")),
        ("The Moro National Liberation Front accused the government in Manila of breaking its promises.",
         ("Moro National Liberation Front", "PH")),
        ("Malaysia's Democratic Action Party is part of the governing coalition.", ("Democratic Action Party", "MY")),
        ("The Taiwan People's Party voted with the Kuomintang on the budget.", ("Taiwan People's Party", "TW")),
        ("Japan's Democratic Party for the People wants a cut in the petrol tax.",
         ("Democratic Party for the People", "JP")),
        ("Tajikistan's banned Islamic Renaissance Party of Tajikistan said members had been jailed.",
         ("Islamic Renaissance Party of Tajikistan", "TJ")),
    ],
)
def test_parties_en(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("بغداد - أعلن ائتلاف الإعمار والتنمية تصدره نتائج الانتخابات التشريعية العراقية.",
         ("Reconstruction and Development Coalition", "IQ")),
        ("وانتقد حراك الجيل الجديد في أربيل أداء حكومة الإقليم.", ("New Generation Movement", "IQ")),
        ("وقال حزب الدعوة الإسلامية في العراق إن الحوار مستمر.", ("Islamic Dawa Party", "IQ")),
        ("وأعلنت الحركة الدستورية الإسلامية في الكويت رفضها للقرار.", ("Islamic Constitutional Movement", "KW")),
        ("طرابلس - اندلعت اشتباكات بين جهاز الردع وقوات أخرى في العاصمة الليبية.",
         ("Radaa Special Deterrence Force", "LY")),
        ("وطالب مؤتمر حضرموت الجامع بالحكم الذاتي في اليمن.", ("Hadramout Inclusive Conference", "YE")),
        ("وانتشرت قوات درع الوطن في محافظة حضرموت اليمنية.", ("Nation's Shield Forces", "YE")),
        ("وقال الحزب الاتحادي الديمقراطي في السودان إنه يدعم الجيش.", ("Sudanese Democratic Unionist Party", "SD")),
        ("وصرح متحدث باسم حزب بلد بأن القائمة ستخوض انتخابات الكنيست.", ("National Democratic Assembly", "IL")),
        ("وأعلنت كتائب أبو علي مصطفى مسؤوليتها عن الهجوم في غزة.", ("Abu Ali Mustafa Brigades", "PS")),
        ("وقالت حركة تقرير مصير منطقة القبائل إن السلطات الجزائرية اعتقلت ناشطين.",
         ("Movement for the Self-Determination of Kabylie", "DZ")),
        ("وقال حزب بلوشستان الوطني في باكستان إنه سيقاطع الجلسة.", ("Balochistan National Party", "PK")),
        ("وأعلن حزب التجمع الوطني التقدمي الوحدوي في مصر دعمه للحكومة.", ("National Progressive Unionist Party", "EG")),
    ],
)
def test_parties_ar(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "ar")


def test_head_of_other_names_is_no_alias() -> None:
    """«حزب التجمع» (Egypt's Tagammu) is the head of Algeria's RND written with «حزب»."""
    found = _actors("قال حزب التجمع الوطني الديمقراطي في الجزائر إنه سيشارك في الانتخابات.", "ar")
    assert ("National Rally for Democracy", "DZ") in found
    assert all(country != "EG" for _, country in found)


def test_acronym_needs_its_country() -> None:
    assert _actors("The MDC said on Monday that the vote was flawed.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Together we can rebuild, she said, full of hope for the future.", "en"),
        ("A popular movement grew in the streets as a new generation of voters turned out.", "en"),
        ("He bought new wiper blades before the long drive.", "en"),
        ("The people's movement for change was largely peaceful.", "en"),
        ("وتحدث عن المستقبل والأمل والتقدم في البلاد.", "ar"),
        ("وقال إن الجيل الجديد يريد التغيير وإن الحسم قريب.", "ar"),
        ("وحضر التجمع الشعبي الكبير آلاف المواطنين.", "ar"),
    ],
)
def test_everyday_words_stay_no_actor(text: str, lang: str) -> None:
    assert _actors(text, lang) == []
