"""Session 34: given names written with the article (الطيب، الصادق) as Sudan and the East keep
them, and as names that open after a speech verb or before a title; a place in construct with a
body's noun before a name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text

PUBLISHED = date(2026, 4, 14)


def run(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def people(res: Resources, text: str, lang: str = "ar") -> list[str]:
    return [a.name for a in run(res, text, lang).actors if a.kind == "person"]


@pytest.mark.parametrize(("arabic", "country", "english"), [
    ("الطيب مرغني", "SD", "Al-Tayeb Mirghani"),  # not "Tib": the table's spelling of the whole word
    ("الفاتح قرشي", "SD", "Al-Fateh Qurashi"),
    ("الصادق الهادي", "SD", "Al-Sadiq al-Hadi"),
    ("المختار ولد أجاي", "MR", "Mokhtar Ould Adjai"),  # the Maghreb and Mauritania drop the article
    ("الطاهر بوزيد", "DZ", "Tahar Bouzid"),
])
def test_a_given_name_with_the_article_keeps_it_where_the_country_writes_it(arabic, country, english):
    words = normalize_text(arabic).split()
    assert Transliterator.load(learned=False).render(words, country) == english


def test_a_given_name_with_the_article_of_no_known_country_drops_it():
    words = normalize_text("الطيب مرغني").split()
    assert Transliterator.load().render(words, None) == "Tayeb Mirghani"


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الطيب عبد الرحيم، وزير المالية، إن الحكومة ستصرف الرواتب الأسبوع المقبل.", "Tayeb Abdul Rahim"),
    ("وقال الصادق محمد الأزرق إن الحكومة ستصرف الرواتب الأسبوع المقبل.", "Sadiq Mohammed al-Azraq"),
])
def test_a_given_name_with_the_article_opens_a_name_before_a_title_or_after_a_speech_verb(res, text, name):
    names = people(res, text)
    assert len(names) == 1 and names[0].endswith(name), names


@pytest.mark.parametrize("text", [
    "وقال رئيس مجلس محافظة نينوى غسان الطائي إن المجلس سيطعن في القرار الأسبوع المقبل.",
    "وقال رئيس مجلس محافظة نينوى، غسان الطائي، إن المجلس سيطعن في القرار الأسبوع المقبل.",
])
def test_a_place_in_construct_with_a_bodys_noun_is_no_part_of_the_name(res, text):
    assert people(res, text) == ["Ghassan al-Tai"]


def test_an_article_word_after_a_speech_verb_is_still_no_name(res):
    # «الأمين العام» is a title, not the given name «الأمين»
    ex = run(res, "وقال الأمين العام إن المجلس سيجتمع الأسبوع المقبل.")
    assert not [a for a in ex.actors if a.kind == "person"]


def test_a_name_ends_before_a_feminine_noun_and_its_adjective(res):
    names = people(res, "وترأس وزير الخارجية محمد بن عبد العزيز الخليفي الجلسة الافتتاحية، ومن المتوقع أن "
                        "تستمر المحادثات حتى الخميس المقبل.")
    assert names == ["Mohammed bin Abdulaziz al-Khulaifi"]


def test_a_family_name_ending_like_a_noun_still_ends_the_name(res):
    names = people(res, "وقال وزير المالية محمد عبد الله الخصاونة إن الحكومة ستدفع الرواتب الأسبوع المقبل.")
    assert names == ["Mohammed Abdullah al-Khasawneh"]


def test_an_algerian_sid_ali_is_one_given_name():
    words = normalize_text("سيد علي زروقي").split()
    assert Transliterator.load().render(words, "DZ") == "Sid Ali Zerouki"


def test_a_given_name_that_is_a_common_word_makes_the_surname_someone_elses(res):
    # the gazetteer knows a Kuwaiti minister «عبد الرحمن المطيري»; «بدر» (full moon) is a given name here
    names = people(res, "من جهته، قال رئيس لجنة التظلمات، المستشار بدر المطيري، إن اللجنة ستعلن أولى "
                        "قراراتها قبل نهاية يونيو.")
    assert names == ["Badr al-Mutairi"]


def _forward(ex):
    return [m for m in ex.mentions if m.kind != "assertion"]


@pytest.mark.parametrize("text", [
    "Deputy Energy Minister Lars Holm resigned on Monday, and Prime Minister Eva Strand is expected to name a "
    "successor within days, her office said.",
    "The port authority's chairman resigned on Friday, and a successor is expected within two weeks, the port said.",
])
def test_naming_a_successor_is_an_appointment_not_the_resignation(res, text):
    ex = run(res, "Port reshuffle\n\n" + text, "en")
    forward = _forward(ex)
    assert forward and forward[-1].event_type == "other", [(m.quote, m.event_type) for m in forward]


@pytest.mark.parametrize("text", [
    "وقال الجيش إنه سيمدد عمليته العسكرية في المخيمات حتى نهاية أيار/مايو.",
    "وقالت مصادر إن ضباطا سيشاركون بصفة مراقبين في تمرين «سيف الصحراء» المقرر في النصف الثاني من سبتمبر.",
])
def test_an_operation_with_its_pronoun_and_a_named_exercise_are_military(res, text):
    forward = _forward(run(res, "عنوان\n\n" + text))
    assert forward and forward[0].event_type == "military", [(m.quote, m.event_type) for m in forward]


@pytest.mark.parametrize(("arabic", "country", "english"), [
    ("مامادو ديوب", "SN", "Mamadou Diop"),  # the Senegalese name, in the French-style countries
    ("حسن ديوب", "SY", "Hassan Dioub"),  # a Syrian family name, not Diop
])
def test_diop_is_a_west_african_spelling_only(arabic, country, english):
    assert Transliterator.load().render(normalize_text(arabic).split(), country) == english


def test_an_amphibious_assault_ship_staying_is_military(res):
    ex = run(res, "Navy update\n\nThe amphibious assault ship USS Tarawa would remain in the area at least until the "
                  "end of January, the Pentagon said.", "en")
    forward = _forward(ex)
    assert forward and forward[0].event_type == "military", [(m.quote, m.event_type) for m in forward]


def test_a_pollster_named_after_its_place_and_a_firm_noun(res):
    ex = run(res, "Governor race\n\nA poll by the Santa Cruz firm Encuestas Oriente published on Sunday showed the "
                  "race is likely to go to a run-off.", "en")
    orgs = [a.name for a in ex.actors if a.kind == "org"]
    assert orgs == ["Encuestas Oriente"]


def test_a_continuation_clause_keeps_the_hedge_of_the_claim_it_goes_on_with(res):
    ex = run(res, "عنوان\n\nومن المنتظر أن يزور وزير الخارجية الروسي القاهرة الشهر المقبل، حيث يلتقي نظيره المصري.")
    forward = _forward(ex)
    assert len(forward) == 2, [m.quote for m in forward]
    assert forward[1].certainty <= forward[0].certainty and forward[1].certainty_label == "medium"


def test_a_continuation_of_a_scheduled_claim_stays_sure(res):
    ex = run(res, "عنوان\n\nومن المقرر أن يزور وزير الخارجية الروسي القاهرة الأحد المقبل، على أن يلتقي نظيره المصري "
                  "الاثنين.")
    forward = _forward(ex)
    assert len(forward) == 2 and all(m.certainty_label == "high" for m in forward), \
        [(m.quote, m.certainty_label) for m in forward]


@pytest.mark.parametrize("text", [
    "وتتواتر معلومات عن زيارة مرتقبة لرئيس الوزراء إلى القاهرة قبل نهاية العام.",
    "وتتردد أنباء عن استقالة مرتقبة لوزير المالية خلال الأسبوع المقبل.",
    "وتتواتر معلومات عن نية الوزير تقديم استقالته قبل صدور المرسوم.",
])
def test_a_circulating_report_is_a_rumour_whatever_else_the_clause_says(res, text):
    forward = _forward(run(res, "عنوان\n\n" + text))
    assert len(forward) == 1, [m.quote for m in forward]
    assert forward[0].kind == "speculation" and forward[0].certainty_label == "low"


def test_an_expected_visit_with_no_rumour_stays_medium(res):
    forward = _forward(run(res, "عنوان\n\nوقالت مصادر مطلعة إن زيارة مرتقبة لرئيس الوزراء إلى القاهرة ستتم قبل "
                                "نهاية العام."))
    assert forward and forward[0].certainty_label != "low"


def test_and_he_expected_that_is_an_expectation_not_a_signing(res):
    # «وتوقع» reads as «وتُوقّع» (and she signs) too; a clause of «أن» after it says it is «توقّع» (expected)
    forward = _forward(run(res, "عنوان\n\nوتوقع محللون أن تتراجع حصة المعارضة في الانتخابات المقبلة."))
    assert forward and forward[0].certainty_label == "medium", [(m.quote, m.certainty_label) for m in forward]


def test_a_signing_verb_still_reads_as_a_plain_prediction(res):
    forward = _forward(run(res, "عنوان\n\nوتوقع الحكومة اتفاقا مع الصندوق الأسبوع المقبل."))
    assert forward and forward[0].certainty_label == "high" and forward[0].event_type == "agreement"


def test_what_is_done_during_an_expected_visit_keeps_its_hedge(res):
    forward = _forward(run(res, "عنوان\n\nومن المنتظر أن يزور الرئيس نواكشوط الأسبوع المقبل، يلتقي خلالها "
                                "الرئيس محمد ولد الشيخ الغزواني."))
    assert len(forward) == 2 and [m.certainty_label for m in forward] == ["medium", "medium"], \
        [(m.quote, m.certainty_label) for m in forward]


def test_an_arabic_claim_with_no_event_word_does_not_take_another_claims(res):
    forward = _forward(run(res, "عنوان\n\nقال الرئيس إنه سيلتقي ممثلي النقابة غدا، فيما أعلنت وزارة المالية أنها "
                                "ستصرف نصف المتأخرات قبل نهاية فبراير."))
    assert len(forward) == 2, [m.quote for m in forward]
    assert forward[0].event_type == "meeting" and forward[1].event_type == "other", \
        [(m.quote, m.event_type) for m in forward]


def test_an_arabic_claim_cut_at_a_comma_still_takes_the_event_word_after_it(res):
    forward = _forward(run(res, "عنوان\n\nومن المقرر أن وزير الخارجية الأردني أيمن الصفدي، سيزور الرياض نهاية الأسبوع "
                                "الجاري للقاء ولي العهد."))
    assert forward and forward[0].event_type == "visit", [(m.quote, m.event_type) for m in forward]


@pytest.mark.parametrize("text", [
    "The ruling party will hold its annual congress in Nadi on Saturday to approve its candidate list.",
    "The party would hold its national convention in Abuja in the second half of May, its chairman said.",
])
def test_a_party_congress_or_convention_is_a_meeting(res, text):
    forward = _forward(run(res, "Party news\n\n" + text, "en"))
    assert forward and forward[0].event_type == "meeting", [(m.quote, m.event_type) for m in forward]


def test_a_legislature_named_congress_is_no_party_congress(res):
    forward = _forward(run(res, "Budget\n\nThe National Congress will vote on the budget bill on Thursday.", "en"))
    assert forward and forward[0].event_type != "meeting", [(m.quote, m.event_type) for m in forward]
