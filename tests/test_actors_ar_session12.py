"""Arabic people in news constructions read from heldout12/13's misses (session 12): a person named
after a university or body named for a person, a title's academic field, a title with a possessive
pronoun, a family name opening on و inside an apposition, a gazetteer surname that is a word of a
title or another person's given name after a comma, and the spelling of French and other European
names written in Arabic.

Every sentence here is written for these tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text


def people(gaz: Gazetteer, text: str) -> list[str]:
    """The Arabic spans of the people found."""
    return [text[h.start:h.end] for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


# --- a body named for a person: the person after it is the title's holder -----------------------

def test_university_named_for_a_king_then_the_person_between_commas(gaz):
    text = "ويرى الأستاذ في القانون الدولي بجامعة الحسن الثاني، سمير العلوي، أن المفاوضات ستطول."
    assert people(gaz, text) == ["سمير العلوي"]


def test_university_named_for_a_king_is_no_person(gaz):
    text = "وقال الباحث في جامعة محمد الخامس إن الحكومة ستعلن خطتها الأسبوع المقبل."
    assert people(gaz, text) == []


def test_body_with_a_royal_name_then_the_person(gaz):
    text = "وقال الأستاذ بجامعة الملك فيصل، ماجد الدوسري، إن المشروع سيكتمل العام المقبل."
    assert people(gaz, text) == ["ماجد الدوسري"]


# --- a title's field of study is no name -------------------------------------------------------

def test_professor_of_a_field_is_no_person(gaz):
    text = "ويرى الدكتور سامر الحلبي، أستاذ اقتصاديات الطاقة في جامعة حلب، أن الأسعار سترتفع."
    assert people(gaz, text) == ["سامر الحلبي"]


def test_professor_of_engineering_is_no_person(gaz):
    text = "وتوقع أستاذ هندسة البترول في الجامعة الأردنية، رامي الخطيب، أن يبدأ الإنتاج في مارس."
    assert people(gaz, text) == ["رامي الخطيب"]


# --- a title with a possessive pronoun (its chairman, her director) ----------------------------

@pytest.mark.parametrize("text, name", [
    ("وتعتزم الجمعية تنظيم معرض في أكتوبر، بحسب ما قاله رئيسها عادل النجار.", "عادل النجار"),
    ("وأعلنت الشركة أنها ستفتح فرعا جديدا، وفق ما صرح به مديرها العام سليم الحداد.", "سليم الحداد"),
])
def test_title_with_a_possessive_pronoun(gaz, text, name):
    assert people(gaz, text) == [name]


# --- a family name that opens on و ---------------------------------------------------------------

def test_family_name_opening_on_waw_between_commas(gaz):
    text = "وقال المبعوث الخاص إلى ليبيا، إسماعيل ورداني، إن الجولة المقبلة ستعقد في جنيف."
    assert people(gaz, text) == ["إسماعيل ورداني"]


def test_two_given_names_joined_by_waw_are_no_name(gaz):
    text = "وقال المتحدث باسم الوزارة، أحمد ومحمد، إن الاتفاق قريب."
    assert people(gaz, text) == []


# --- a gazetteer surname that is a title's word or another person's given name -----------------

def test_surname_alias_inside_a_title_is_the_titles_word(gaz):
    # أركان (staff) is the Arabic surname of a listed Turkish banker
    text = "ومن المنتظر أن يزور رئيس أركان الجيش، الفريق سامي العبيدي، الحدود الأسبوع المقبل."
    assert "hafize-gaye-erkan" not in [h.actor.actor_id for h in gaz.find_actors(text, "ar")]


def test_surname_alias_opening_a_name_after_a_comma(gaz):
    # غابرييل is a listed German politician's surname; here it opens another person's name
    text = "ويزور وزير الطاقة، غابرييل مانيانغ دوت، مدينة واو يوم الأحد."
    assert names(gaz, text) != ["Sigmar Gabriel"]
    assert people(gaz, text) == ["غابرييل مانيانغ دوت"]


# --- spelling ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def translit() -> Transliterator:
    return Transliterator.load()


def _render(tr: Transliterator, name: str, country: str | None) -> str:
    return tr.render([normalize_text(w) for w in name.split()], country)


@pytest.mark.parametrize("name, country, expected", [
    ("ستيفان دوبوا", "FR", "Stéphane"),   # France writes Stéphane, Germany Stefan
    ("ستيفان مولر", "DE", "Stefan"),
    ("ميشال لوران", "FR", "Michel Laurent"),
    ("بنجامان روسو", "FR", "Benjamin"),
    ("جيرار لوكلير", None, "Gérard"),
])
def test_european_given_names(translit, name, country, expected):
    assert _render(translit, name, country).startswith(expected)


@pytest.mark.parametrize("name, country, expected", [
    # a European given name outside the Arab styles; «دينق» as the gazetteer's South Sudanese write it (Deng)
    ("غابرييل دينق ماكوي", "SS", "Gabriel Deng Makoi"),
    ("لوناس سليمان", "DZ", "Lounes Slimane"),   # the Maghreb's final -ne after a long vowel
    ("عثمان بلقاسم", "DZ", "Othmane Belkacem"),
    ("فيصل الطرابلسي", "TN", "Fayçal el-Trabelsi"),  # the Maghreb's own spellings
    ("فيصل الطرابلسي", "JO", "Faisal al-Trabelsi"),
    ("رفيق شفيق", "EG", "Rafik Shafik"),  # Egypt writes ق k
])
def test_whole_spellings(translit, name, country, expected):
    assert _render(translit, name, country) == expected


@pytest.mark.parametrize("name, country, expected", [
    ("سايمون هادسون", "AE", "Simon"),   # a European given name in a Gulf story
    ("كلير مارتان", "QA", "Claire"),
])
def test_european_given_name_in_an_arab_style(translit, name, country, expected):
    assert _render(translit, name, country).split()[0] == expected


def test_arab_given_name_that_is_also_english_keeps_the_arab_spelling(translit):
    assert _render(translit, "ريان الكبيسي", "IQ") == "Rayan al-Kubaisi"


# --- bodies named by their field and the two states they join (`orgs_ar.py`) -------------------

def orgs(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("ويعقد مجلس التنسيق الأردني العراقي دورته المقبلة في عمان مطلع الشهر.", "Jordanian-Iraqi Coordination Council"),
    ("ويعتزم مجلس الأعمال المغربي الموريتاني تنظيم منتدى في نواكشوط في مايو.", "Moroccan-Mauritanian Business Council"),
])
def test_council_of_a_field_and_two_states(gaz, text, name):
    assert name in orgs(gaz, text)


def test_council_of_a_field_without_its_states_is_no_name(gaz):
    # «مجلس التنسيق» alone is some council the reader knows, not a name
    assert orgs(gaz, "ويعقد مجلس التنسيق دورته المقبلة في عمان مطلع الشهر.") == []


def test_joint_committee_with_a_country_name_shaped_like_a_nisba_is_no_one_state_body(gaz):
    # «السعودية» is the country's name and its feminine adjective: the committee is not Omani alone
    text = "وتعقد اللجنة الفنية العمانية السعودية المشتركة اجتماعها المقبل في مسقط يوم الأحد."
    assert "Omani Technical Committee" not in orgs(gaz, text)


# --- gazetteer rows (`data/gazetteer/actors_session12_ar.json`) --------------------------------

@pytest.mark.parametrize("text, name", [
    ("ويعقد منتدى غاز شرق المتوسط اجتماعه الوزاري المقبل في نيقوسيا.", "East Mediterranean Gas Forum"),
    ("وأعلنت شركة نفط الخليج الكويتية أنها ستطرح مناقصة الحفر الشهر المقبل.", "Kuwait Gulf Oil Company"),
    ("ويتقاسم الطرفان الإنتاج مع شركة عمليات الخليج لأرامكو السعودية.", "Aramco Gulf Operations Company"),
])
def test_session12_rows(gaz, text, name):
    found = [h.actor.name for h in gaz.find_actors(text, "ar")]
    assert name in found
    assert "Saudi Aramco" not in found  # the operator's owner is part of its name here


# --- a party in its officer's title is a side itself ------------------------------------------

def test_party_in_its_leaders_title_is_an_actor(gaz):
    text = "وقال الأمين العام لحزب التقدم والاشتراكية، سعيد الإدريسي، إن الحزب سيشارك في الانتخابات."
    found = [h.actor.actor_id for h in gaz.find_actors(text, "ar")]
    assert "party-of-progress-and-socialism" in found


def test_ministry_in_its_spokesmans_title_stays_an_affiliation(gaz):
    text = "وقال المتحدث باسم وزارة الخارجية المغربية، سعيد الإدريسي، إن الوفد سيصل الأحد."
    assert [h.actor.kind for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"] == []


def test_title_of_the_ministry_then_the_name(gaz):
    # «للوزارة» is ل + the article: no organisation noun in construct, the name after the comma is read
    text = "ويرأس الوفد الأمين العام للوزارة، سليمان مقران، فيما يحضر الوزير الجلسة الختامية."
    assert people(gaz, text) == ["سليمان مقران"]


# --- a titled person written with other long vowels -------------------------------------------

@pytest.mark.parametrize("spelling", ["لاوون", "ليون"])
def test_pope_written_with_other_long_vowels(gaz, spelling):
    text = f"ويستعد المسؤولون لاستقبال البابا {spelling} الرابع عشر في زيارة تبدأ الشهر المقبل."
    assert [h.actor.actor_id for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"] == ["pope-leo-xiv"]


# --- the bare army as a verb's subject is the army of the text's country ------------------------

@pytest.mark.parametrize("text, army", [
    ("قالت الحكومة اللبنانية إن الخطة جاهزة. وأضاف مصدر أن الجيش سيبدأ الانتشار في الجنوب الشهر المقبل.",
     "lebanese-army"),
    ("أكدت الحكومة السودانية أن المعارك توقفت. وكان الجيش قد أعلن السيطرة على المدينة.", "sudanese-armed-forces"),
])
def test_bare_army_acting_is_the_texts_army(gaz, text, army):
    assert army in [h.actor.actor_id for h in gaz.find_actors(text, "ar")]


@pytest.mark.parametrize("text", [
    "قالت الحكومة اللبنانية إن الوفد سيضم ضباطا من الجيش وخبراء في المساحة.",
    # (the army's command acting is the army: «أعلنت قيادة الجيش أنها ستنشر», tests/test_session31.py)
    "قالت الحكومة اللبنانية إن اجتماعا سيعقد في مقر قيادة الجيش يوم الأحد.",
    "قالت الحكومة اللبنانية إن الجيش يوم الأحد كان في حالة استنفار.",
])
def test_army_as_an_object_or_genitive_is_no_actor(gaz, text):
    assert "lebanese-army" not in [h.actor.actor_id for h in gaz.find_actors(text, "ar")]
