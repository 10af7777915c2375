"""Arabic people in constructions common in news (session 11): a title's prepositional phrase with
an organisation noun shaped like a verb, an honorific between a title's comma and the name, a name
followed by its title, a person after a long institution name, and a gazetteer surname that opens
another person's longer name.

Every sentence here is written for these tests; the people and institutions in them are invented.
The tests read the Arabic span found (the English rendering is `translit.py`'s business).
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def people(gaz: Gazetteer, text: str) -> list[str]:
    """The Arabic spans of the people found."""
    return [text[h.start:h.end] for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


def ids(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.actor_id for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


# --- rule 1: an organisation noun shaped like a verb (تصريف) stays among the title's qualifiers ---

def test_caretaker_government_then_name_between_commas(gaz):
    text = "وقال وزير الزراعة في حكومة تصريف الأعمال، نادر سليم العبيدي، إن الموسم سيكون جيدا."
    assert people(gaz, text) == ["نادر سليم العبيدي"]


def test_other_verb_shaped_org_noun_in_a_title(gaz):
    # تيار has the shape of an imperfect verb (ت + three letters) but is a listed organisation noun
    text = "ويرى رئيس المكتب السياسي في تيار الإصلاح، عادل فهمي المصري، أن الانتخابات ستتأجل."
    assert people(gaz, text) == ["عادل فهمي المصري"]


# --- rule 2: an honorific between the title's comma and the name -------------------------------

@pytest.mark.parametrize("text, name", [
    ("وصرح مدير عام هيئة الموانئ، المهندس وليد سمير الحلبي، بأن التوسعة ستنتهي.", "وليد سمير الحلبي"),
    ("وقالت رئيسة محكمة الاستئناف، القاضية سلمى ناصر، إن الحكم سيصدر الشهر المقبل.", "سلمى ناصر"),
    ("وأكدت مديرة مصلحة المياه، المهندسة عبير قاسم، أن الضخ سيعود غدا.", "عبير قاسم"),
])
def test_honorific_after_the_title_comma(gaz, text, name):
    assert name in people(gaz, text)


def test_honorific_with_a_rank_word(gaz):
    text = "وقال قائد المنطقة الجنوبية، اللواء الركن غسان يوسف، إن الانسحاب سيتم."
    assert people(gaz, text) == ["غسان يوسف"]


def test_police_body_is_no_person(gaz):
    # «شرطة العاصمة» is a body (the capital's police) standing in the title, not a name
    text = "وقال قائد شرطة المحافظة، العميد نزار سعيد، إن الطرق ستغلق."
    assert people(gaz, text) == ["نزار سعيد"]


# --- rule 3: a name followed by its title between commas -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("ويلتقي نبيل عيسى القاسم، الرئيس التنفيذي لهيئة المعارض، وفدا تجاريا الأسبوع المقبل.", "نبيل عيسى القاسم"),
    ("وستشارك هالة منير، المتحدثة باسم البلدية، في المؤتمر.", "هالة منير"),
    ("ومن المنتظر أن يوقع سامي الحداد، مدير عام شركة الموانئ، العقد الجديد.", "سامي الحداد"),
])
def test_name_then_title_apposition(gaz, text, name):
    assert people(gaz, text) == [name]


def test_given_name_with_no_title_after_the_comma_is_no_person(gaz):
    # the comma opens a list or a clause, not a title: nothing says these words are a person
    assert people(gaz, "وتشمل الجولة مدينة سامي الجديدة، والمنطقة الصناعية.") == []


# --- rule 4: a person after a long institution name --------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال الباحث في معهد جنوب المتوسط للسياسات سليم عودة إن الأسعار سترتفع.", "سليم عودة"),
    ("وتقول الخبيرة في مركز «رؤى» للبحوث الزراعية رنا الأحمد إن المحصول سيتراجع.", "رنا الأحمد"),
    ("ويرى الخبير في مركز دراسات شرق المتوسط كريم حداد أن الاتفاق سيوقع.", "كريم حداد"),
    ("ويتوقع الباحث في معهد شرق أفريقيا والقرن الأفريقي طارق منصور أن تتراجع الصادرات.", "طارق منصور"),
])
def test_person_after_institution_name(gaz, text, name):
    assert people(gaz, text) == [name]


@pytest.mark.parametrize("text", [
    "وقال الباحث في شؤون شرق أوروبا إن الحرب ستطول.",
    "وقال الخبير في معهد شمال أفريقيا إن الحرب ستطول.",
    "ويرى المحلل في مركز جنوب آسيا أن الأزمة ستنتهي.",
])
def test_region_in_an_institution_is_no_person(gaz, text):
    assert people(gaz, text) == []


def test_father_given_name_after_a_body_stays_in_the_name(gaz):
    # after the body («حكومة الوحدة») an unknown given name opens the name; the known given name
    # after it is the father's, not the start of another name
    text = "وقال وزير الخارجية في حكومة الوحدة رزان محمد علي إن الاتفاق سيوقع."
    assert people(gaz, text) == ["رزان محمد علي"]


def test_apposed_name_after_unknown_body_words_still_found(gaz):
    text = "وقالت الخبيرة في مركز دراسات بالرباط، سناء العلوي، إن الصادرات ستتحسن."
    assert people(gaz, text) == ["سناء العلوي"]


# --- rule 5: a gazetteer surname that opens a longer name is a given name -----------------------

def test_surname_alias_opening_a_longer_name(gaz):
    # «رزاق» is a listed person's surname; here it opens an unknown minister's name
    text = "وقال وزير الري رزاق عواد الكرخي إن السد سيكتمل."
    assert "najib-razak" not in ids(gaz, text)
    assert people(gaz, text) == ["رزاق عواد الكرخي"]


def test_surname_alias_ending_another_full_name(gaz):
    # «الجبوري» is a listed person's surname; here it ends another official's three-word name
    text = "وقال رئيس الهيئة ضياء حسون الجبوري إن المطار سيفتتح."
    assert "salem-al-jabouri" not in ids(gaz, text)
    assert people(gaz, text) == ["ضياء حسون الجبوري"]
    # alone, after a title or a speech verb, it is still the listed person
    assert ids(gaz, "وقال الجبوري إن المطار سيفتتح.") == ["salem-al-jabouri"]


def test_surname_on_second_mention_still_resolves(gaz):
    text = "قال رئيس الوزراء الماليزي الأسبق نجيب رزاق إن الاقتصاد سينمو. وأضاف رزاق أن الحكومة ستدعم."
    assert ids(gaz, text) == ["najib-razak", "najib-razak"]


def test_surname_after_a_title_still_resolves(gaz):
    assert ids(gaz, "وقال الرئيس بوتين إن روسيا ستواصل.") == ["vladimir-putin"]


def test_title_and_body_closing_the_text(gaz):
    # the qualifiers run to the text's last word: no name, and no word past the end is read
    assert people(gaz, "والتقى الوفد مدير شركة النفط") == []


# --- a family name with ta marbuta is no verb, whatever its first letter ----------------------

@pytest.mark.parametrize("text, name", [
    ("ويرى المحلل السياسي فادي نعمة أن الحكومة ستسقط.", "فادي نعمة"),
    ("وتقول الأستاذة في جامعة حلب هدى يمامة إن الأسعار سترتفع.", "هدى يمامة"),
])
def test_family_name_with_ta_marbuta(gaz, text, name):
    assert people(gaz, text) == [name]


def test_verb_with_pronoun_still_ends_a_name(gaz):
    # «يزوره» ends with ه, not ة: a verb with its object pronoun, not part of the name
    assert people(gaz, "وقال الوزير سامي حداد يزوره الوفد غدا.") == ["سامي حداد"]


# --- places and services that name a body: a title's qualifiers, never a name ----------------

@pytest.mark.parametrize("text, name", [
    ("وقال مدير مستشفى الأمل الجامعي، الدكتور نبيل عيسى، إن الأسرة تكفي.", "نبيل عيسى"),
    ("وأكد مدير مطار المدينة الدولي، المهندس كمال حمدان، أن الرحلات ستعود.", "كمال حمدان"),
])
def test_service_body_in_a_title_is_no_person(gaz, text, name):
    assert people(gaz, text) == [name]


def test_autumn_is_no_surname(res):
    from datetime import date

    from claimtracker.extract import extract
    text = "وتراجعت مخزونات السدود هذا الخريف، وقال الوزير إن الحكومة ستوقع الاتفاق الشهر المقبل."
    assert [a.name for a in extract(text, date(2026, 3, 1), "ar", res).actors] == []
