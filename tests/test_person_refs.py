"""Where an Arabic name ends, how it is romanised by country, and what a short name refers to.

Every sentence here is written for these tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.phrases import phrase_tokens
from claimtracker.extract.translit import Transliterator


def people(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    return [(h.actor.name, text[h.start:h.end]) for h in gaz.find_actors(text, lang) if h.actor.kind == "person"]


# --- a name ends before a preposition joined to a verbal noun ---------------------------------

@pytest.mark.parametrize("text, surface", [
    ("قدم النائب وسيم الحلبي لتعديل قانون الإيجارات اقتراحا جديدا.", "وسيم الحلبي"),
    ("تقدمت النائبة سمر الأحمد لتمديد عقود المعلمين بطلب رسمي.", "سمر الأحمد"),
    ("دعا الوزير ماهر القيسي لإطلاق حوار وطني شامل.", "ماهر القيسي"),
    ("سعى المبعوث جواد الطائي لانتخاب رئيس للمجلس قبل الصيف.", "جواد الطائي"),
    ("تحرك السفير زياد العمري لاستكمال المفاوضات المتعثرة.", "زياد العمري"),
    ("رحب الوزير فادي النجار بتوقيع الاتفاق أمس.", "فادي النجار"),
    ("عاد الوزير كريم السعدي لتبادل الوثائق مع الوفد.", "كريم السعدي"),
])
def test_arabic_name_ends_before_a_preposition_and_verbal_noun(gaz, text, surface):
    assert [s for _, s in people(gaz, text, "ar")] == [surface]


def test_surnames_that_only_look_like_a_preposition_and_noun_stay(gaz):
    # ب + an ا-word is a common surname shape; لا + a noun that fits no derived form is a surname too
    text = "وقال الناطق باسم الحكومة رامز باسيلا إن الجلسة ستعقد غدا."
    assert [s for _, s in people(gaz, text, "ar")] == ["رامز باسيلا"]


# --- علي the name is not على the preposition --------------------------------------------------

def test_dotted_ali_before_a_given_name_stays_in_the_name(gaz):
    text = "وقال وزير الزراعة يوسف علي حسن إن الموسم سيبدأ مبكرا."
    assert [s for _, s in people(gaz, text, "ar")] == ["يوسف علي حسن"]


def test_the_preposition_ala_ends_the_name(gaz):
    text = "ووافق الوزير يوسف سليم على الخطة الجديدة."
    assert [s for _, s in people(gaz, text, "ar")] == ["يوسف سليم"]


# --- romanisation styles by country -----------------------------------------------------------

def _name(arabic: str, **style) -> str:
    return Transliterator.load().name(list(phrase_tokens(arabic, "ar")), **style)


@pytest.mark.parametrize("arabic, english", [
    ("عبد الرحمن يوسف", "Abdirahman Youssef"),
    ("عبد الله نور", "Abdullahi Nour"),
    ("عبد القادر آدم", "Abdikader Adam"),
])
def test_somali_names_write_abdi_as_one_word(arabic, english):
    assert _name(arabic, somali=True) == english


def test_somali_style_follows_the_title_country(gaz):
    text = "وقال وزير المالية الصومالي عبد الرحمن نور إن الميزانية ستقر الشهر المقبل."
    assert [n for n, _ in people(gaz, text, "ar")] == ["Abdirahman Nour"]


def test_maghrebi_given_names_are_spelled_the_french_way():
    assert _name("رشيد بن عمار", french=True) == "Rachid Ben Ammar"
    assert _name("رشيد بن عمار") == "Rashid bin Ammar"


# --- a short name is the person the text introduced in full -----------------------------------

def test_arabic_short_form_after_a_full_name_is_the_same_person(gaz):
    text = "وقال وزير الموارد المائية سالم بن حمودة إن السد سيفتتح قريبا. وأكد بن حمودة أن التمويل متوفر."
    names = [n for n, _ in people(gaz, text, "ar")]
    assert len(set(names)) == 1 and len(names) == 2


def test_bare_surname_is_the_introduced_person_not_a_listed_namesake(gaz):
    # the gazetteer lists a well-known Qureshi; the text introduces another one
    text = ("Trade ministry spokesperson Nadia Qureshi said on Monday the tariff would fall. "
            "The cut will take effect in March, Qureshi added.")
    assert [n for n, _ in people(gaz, text, "en")] == ["Nadia Qureshi", "Nadia Qureshi"]


def test_bare_surname_alone_still_finds_the_listed_person(gaz):
    text = "Foreign Minister Shah Mehmood Qureshi will travel to Kabul. Qureshi said talks would be frank."
    assert {n for n, _ in people(gaz, text, "en")} == {"Shah Mehmood Qureshi"}


# --- Arabic nationality adjectives of smaller states --------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("وصل وزير النقل الجيبوتي إلى أديس أبابا.", "DJ"),
    ("أعلنت الحكومة الكرواتية خطة جديدة.", "HR"),
    ("قال المسؤولون التنزانيون إن الطريق سيفتح.", "TZ"),
])
def test_arabic_adjectives_of_smaller_states(gaz, text, code):
    assert code in {h.code for h in gaz.find_countries(text, "ar")}


# --- باسم is a given name before a compound name; prepositions end or skip no name ------------

def test_basim_before_a_compound_name_is_the_given_name(gaz):
    text = "وقال وزير الزراعة العراقي باسم عبد الحميد الجبوري إن الموسم سيبدأ مبكرا."
    assert [s for _, s in people(gaz, text, "ar")] == ["باسم عبد الحميد الجبوري"]


def test_basim_after_a_spokesman_title_is_still_on_behalf_of(gaz):
    text = "وقال المتحدث باسم الوزارة نزار الحديثي إن الموسم سيبدأ مبكرا."
    assert [s for _, s in people(gaz, text, "ar")] == ["نزار الحديثي"]


def test_ali_the_name_before_a_function_word(gaz):
    text = "وقال المتحدث باسم الوزارة منير علي إن الطريق سيفتح."
    assert [s for _, s in people(gaz, text, "ar")] == ["منير علي"]


def test_a_preposition_is_no_name(gaz):
    text = "وقال رئيس الوزراء في كلمة أمام المجلس الوطني إن الموازنة ستقر."
    assert people(gaz, text, "ar") == []


def test_x_allah_is_one_word():
    assert _name("حسن خلف الله") == "Hassan Khalafallah"
    assert _name("عبد الله حسن") == "Abdullah Hassan"


# --- a body a person speaks to is their audience, not an actor ---------------------------------

def test_body_told_something_is_an_audience(gaz):
    text = "Finance Minister Jamal Oduya told the National Assembly on Monday that taxes would stay."
    assert [h.actor.kind for h in gaz.find_actors(text, "en")] == ["person"]
    acting = "The National Assembly will vote on the budget next week, Kenyan officials said."
    assert "org" in [h.actor.kind for h in gaz.find_actors(acting, "en")]


# --- a name ends before a time word ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويزور الوزير سامي رحال مطلع الشهر المقبل العاصمة الأردنية.",
    "وسيلتقي الوزير سامي رحال منتصف تشرين الثاني نظيره القطري.",
    "ويصل الوزير سامي رحال الليلة إلى عمان.",
    "ويزور الوزير سامي رحال أواخر جوان الجزائر.",
])
def test_arabic_name_ends_before_a_time_word(gaz, text):
    assert [s for _, s in people(gaz, text, "ar")] == ["سامي رحال"]
