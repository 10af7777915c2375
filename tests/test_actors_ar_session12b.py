"""Arabic actors in constructions that recur in unseen news (session 12, second helper): an
honorific inside the words read as a name after a title, the given name Ali beside the preposition
على that normalisation folds onto it, given names written with the article (Sudan, the Maghreb),
and the fields that name a state body («المؤسسة العامة للتأمينات الاجتماعية»).

Every sentence here is written for these tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def people(gaz: Gazetteer, text: str) -> list[str]:
    """The Arabic spans of the people found."""
    return [text[h.start:h.end] for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


def orgs(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"]


# --- an honorific inside the words read as a name: the name starts after it ---------------------

@pytest.mark.parametrize("text, name", [
    ("وقال مدير إعلام الوزارة العميد سامر الدليمي إن القوات ستلاحق المطلوبين.", "سامر الدليمي"),
    ("وأكد مدير أمن المطار اللواء رافع الكبيسي أن الرحلات ستستأنف الأحد.", "رافع الكبيسي"),
    ("وقال رئيس قسم إعلام الجامعة الدكتور نادر الحسيني إن الدوام سيعود.", "نادر الحسيني"),
])
def test_name_after_an_honorific_inside_the_title_phrase(gaz, text, name):
    assert people(gaz, text) == [name]


def test_a_name_opening_on_a_given_name_keeps_a_title_word_inside_it(gaz):
    # «الشيخ» inside a name that opens on a known given name is part of the name
    text = "وقال وزير الأوقاف محمد الشيخ عمر إن المساجد ستفتح."
    assert people(gaz, text) == ["محمد الشيخ عمر"]


# --- Ali and the preposition على ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد على أهمية الحوار بين الأطراف قبل الانتخابات.",
    "وشدد على ضرورة وقف إطلاق النار في أقرب وقت.",
    "وأكدت على أن الحكومة ستعلن خطتها قريبا.",
])
def test_the_preposition_ala_after_a_speech_verb_is_no_name(gaz, text):
    assert people(gaz, text) == []


def test_ali_before_a_family_name_with_the_article(gaz):
    # the text writes the preposition with its alif maqsura (على), so «علي» is the given name
    text = "وقال رئيس هيئة الرقابة القاضي ماجد علي الربيعي إن الهيئة ستعمل على متابعة الملف."
    assert people(gaz, text) == ["ماجد علي الربيعي"]


def test_ali_still_opens_a_name_after_a_speech_verb(gaz):
    text = "وقال علي الحمداني إن الحكومة ستعمل على ذلك."
    assert people(gaz, text) == ["علي الحمداني"]


# --- given names written with the article ------------------------------------------------------

def test_article_given_name_between_commas(gaz):
    text = "وقال المتحدث باسم التحالف، الفاتح بشارة، إن قواته ستنسحب من المدينة."
    assert people(gaz, text) == ["الفاتح بشارة"]


def test_article_given_name_after_a_title(gaz):
    text = "وقال الناطق باسم الحكومة الصديق كرتي إن الوزراء سيعودون إلى العاصمة."
    assert people(gaz, text) == ["الصديق كرتي"]


@pytest.mark.parametrize("text", [
    "وقال الأمين العام للحزب إن الحزب سيقاطع الانتخابات.",
    "وأعلن الاتحاد العربي لكرة القدم أنه سيعقد اجتماعا.",
])
def test_article_words_stay_titles_and_adjectives(gaz, text):
    assert people(gaz, text) == []


# --- the fields that name a state body -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("أعلنت المؤسسة العامة للتأمينات الاجتماعية أنها ستصرف المعاشات مطلع الشهر.",
     "General Corporation for Social Insurance"),
    ("وقالت الهيئة العامة للأرصاد الجوية إن الأمطار ستستمر حتى الخميس.", "General Authority for Meteorology"),
    ("وأعلنت الهيئة العامة للغذاء والدواء أنها ستسحب المنتج من الأسواق.", "General Authority for Food and Drug"),
    ("وقالت هيئة الإذاعة والتلفزيون إنها ستبث الجلسة.", "Radio and Television Authority"),
])
def test_state_body_named_by_its_field(gaz, text, name):
    assert orgs(gaz, text) == [name]


# --- Turkish names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("arabic, english", [
    ("عبد القادر أوزتورك", "Abdulkadir Oztork"),
    ("محمد كارا أوغلو", "Mehmet Karaoğlu"),
    ("جودت شانلي", "Cevdet Şanli"),
    ("عمر شاهين", "Ömer Şahin"),
])
def test_turkish_names_in_turkish_spelling(arabic, english):
    from claimtracker.extract.translit import Transliterator
    from claimtracker.text import normalize_text

    assert Transliterator.load().render(normalize_text(arabic).split(), "TR") == english


def test_oglu_marks_a_turkish_name_in_any_text(gaz):
    text = "وقال المسؤول في الشركة أحمد كارا أوغلو، إن الشحنة ستصل إلى الدوحة الأسبوع المقبل."
    found = [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]
    assert found == ["Ahmet Karaoğlu"]


# --- the title's place, and words that run into a known person -----------------------------------

def test_noun_in_construct_with_a_place_is_the_titles(gaz):
    text = "وقال رئيس ولاية الخرطوم سامي عثمان بركات إن الولاية ستعيد الخدمات."
    assert people(gaz, text) == ["سامي عثمان بركات"]


def test_title_words_running_into_a_known_person_are_no_name(gaz):
    # «إقليم كردستان» is the post's place; the person is the gazetteer's
    text = "ومن المقرر أن يلتقي رئيس إقليم كردستان نيجيرفان بارزاني رئيس الوزراء في بغداد."
    found = [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]
    assert found == ["Nechirvan Barzani"]


# --- more titles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال المرشح الرئاسي سامي بن سالم إن حملته ستنطلق الأسبوع المقبل.", "سامي بن سالم"),
    ("وقال مفتي الديار عادل الحلبي إن الدار ستعلن موعد العيد.", "عادل الحلبي"),
    ("وقال القنصل المصري في جدة هشام النجار إن القنصلية ستفتح أبوابها.", "هشام النجار"),
    ("وقالت الناطقة باسم الهيئة ريم السالم إن الهيئة ستعلن النتائج.", "ريم السالم"),
])
def test_more_titles_before_a_name(gaz, text, name):
    assert people(gaz, text) == [name]


def test_a_preposition_is_no_title_head(gaz):
    # «إلى» must not make the weak surname after «اتفاق» a titled person's
    text = "وكان البلد قد توصل إلى اتفاق أولي مع الصندوق لم ينفذ."
    assert people(gaz, text) == []


@pytest.mark.parametrize("text", [
    "وقال حاكم إقليم دارفور سامي عثمان بركات إن القوات ستتقدم نحو المدينة.",
    "وقال مدير أمن ولاية الخرطوم سامي عثمان بركات إن الشرطة ستنتشر في الأحياء.",
])
def test_the_posts_place_after_one_or_two_nouns(gaz, text):
    assert people(gaz, text) == ["سامي عثمان بركات"]


# --- a body's Arabic acronym written with the article ------------------------------------------

@pytest.mark.parametrize("text, actor_id", [
    ("وأكدت الإيغاد أنها ستعقد قمة استثنائية الشهر المقبل.", "intergovernmental-authority-on-development"),
    ("وأعلنت الإيكواس أنها سترسل بعثة إلى البلاد.", "ecowas"),
    ("وقالت الأوتشا إن المساعدات ستصل الأسبوع المقبل.", "ocha"),
])
def test_acronym_with_the_article(gaz, text, actor_id):
    assert actor_id in [h.actor.actor_id for h in gaz.find_actors(text, "ar")]


def test_an_arabic_word_acronym_takes_no_article_form():
    from claimtracker.extract.orgs_ar_tails import acronym_article_forms

    # «سامي» (SAMI) with the article is the adjective «السامي» (the High Commissioner's)
    assert acronym_article_forms("SAMI", [], ["سامي"]) == []
    assert acronym_article_forms("IGAD", [], ["إيغاد", "الهيئة الحكومية للتنمية"]) == ["الإيغاد"]
    assert acronym_article_forms("Hamas", [], ["أوبار"]) == []


@pytest.mark.parametrize("text, name", [
    ("وقال أمين سر الحركة سامي عثمان بركات إن الحركة ستعقد مؤتمرها في الربيع.", "سامي عثمان بركات"),
    ("وقال رئيس تحرير الصحيفة سامي عثمان بركات إن الصحيفة ستنشر التحقيق كاملا.", "سامي عثمان بركات"),
    ("وقال رئيس ديوان الرئاسة سامي عثمان بركات إن الرئيس سيزور الصين.", "سامي عثمان بركات"),
])
def test_titles_that_open_on_a_given_name_or_a_construct(gaz, text, name):
    assert people(gaz, text) == [name]


def test_chief_of_staff_in_construct_is_no_gazetteer_surname(gaz):
    # «أركان» after «رئيس هيئة» is the title's word, not the Turkish banker Erkan
    text = "وقال رئيس هيئة أركان الجيش سامي عثمان بركات إن الجيش سيرد على الهجوم."
    assert [h.actor.kind for h in gaz.find_actors(text, "ar")] == ["person"]
    assert people(gaz, text) == ["سامي عثمان بركات"]


# --- a family name that opens like a verb (ت، ي، ن) before the clause goes on -----------------------

@pytest.mark.parametrize("text, name", [
    ("وقال الأمين العام للنقابة عمار تاقجوت إن النقابة ستدعم الإضراب.", "عمار تاقجوت"),
    ("وقال المتحدث باسم الحزب، سامي نزاري، إن الحزب سيشارك في الانتخابات.", "سامي نزاري"),
])
def test_family_name_opening_like_a_verb(gaz, text, name):
    assert people(gaz, text) == [name]


def test_a_verb_with_its_object_after_a_given_name_stays_a_verb(gaz):
    text = "أعلن الرئيس محمد نيته الترشح لولاية ثانية."
    assert people(gaz, text) == []
