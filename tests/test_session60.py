"""Session 60: an Arabic speaker set off by commas after a description the title rules do not
know («وقال عامل الإقليم، محمد أوحساين، إن»), and a family name opening on a vowel letter kept
apart from a known one without it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract
from claimtracker.extract.gazetteer_data import same_skeleton_ar
from tests.conftest import first_forward

PUB = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "name_ar"), [
    ("وقال عامل الإقليم، سعيد أوحساين، إن لجنة مختلطة ستجتمع خلال أيام لبحث الملف.", "سعيد أوحساين"),
    ("وقال نائب الرئيس المكلف بالنقل عبر الأنابيب في مجمع سوناطراك، كريم مزياني، إن الدراسة ستنتهي في مارس.",
     "كريم مزياني"),
    ("وقال رئيس بلدية المدينة الساحلية، نزار عاشور، إن أعمال الصيانة ستبدأ الأسبوع المقبل.", "نزار عاشور"),
    ("وأكد الأمين الولائي للحزب بالمنطقة، كمال زروقي، أن الحزب سيقدم قوائمه قبل نهاية الشهر.", "كمال زروقي"),
])
def test_a_speaker_set_off_after_a_description_is_a_person(res, text, name_ar):
    mention = first_forward(res, text, "ar", PUB, "،")
    people = [a for a in mention.actors if a.kind == "person"]
    assert [a.name_ar for a in people] == [name_ar]
    assert mention.attribution is not None and mention.attribution.kind == "named"


@pytest.mark.parametrize("text", [
    # no «إن» after the second comma: the commas close a list or an aside, not a speaker's name
    "وقال عامل الإقليم، محمد علي، وسعيد حسن سيحضرون الاجتماع المقبل.",
    # no speech verb before the description
    "وفي ولاية الوادي الجنوبية، كريم مزياني، إن المشروع سيتأخر.",
    # a full stop between the speech verb and the description
    "وقال المسؤول. وفي المدينة الساحلية، كريم مزياني، إن المشروع سيتأخر.",
])
def test_the_frame_needs_a_speech_verb_a_clean_description_and_that(res, text):
    ex = extract(text, published=PUB, lang="ar", resources=res)
    assert "كريم مزياني" not in {a.name_ar for a in ex.actors}
    assert "Mohamed Ali" not in {a.name for a in ex.actors}


@pytest.mark.parametrize(("a", "b", "same"), [
    ("محمد اوحساين", "محمد الحسان", False),   # a vowel letter opens the family name: another name
    ("علي اوعمر", "علي عمر", False),
    ("حسين السلامه", "حسين سلامه", True),     # the article comes and goes
    ("خالد الحسان", "خالد الحسن", True),      # a long vowel inside the name comes and goes
])
def test_a_family_name_opening_on_a_vowel_is_another_name(a, b, same):
    assert same_skeleton_ar(a, b) is same


def test_a_berber_family_name_is_not_a_known_person_without_its_vowel(res):
    ex = extract("وقال عامل الإقليم، محمد أوحساين، إن الطريق سيفتح غدا.", published=PUB, lang="ar", resources=res)
    names = {a.name for a in ex.actors}
    assert "Mohamed al-Hassan" not in names
    assert "محمد أوحساين" in {a.name_ar for a in ex.actors}


# --- a known body's name that ends a longer capitalised name is that other body (name_bounds.py) ---

@pytest.mark.parametrize(("text", "name"), [
    ("Officials said the Upper East Regional Security Council will meet on Friday to review the curfew.",
     "Upper East Regional Security Council"),
    ("The Northern Coastal Security Council is expected to meet on Friday, officials said.",
     "Northern Coastal Security Council"),
])
def test_a_known_name_after_other_name_words_is_another_body(res, text, name):
    names = {a.name for a in extract(text, published=PUB, lang="en", resources=res).actors}
    assert name in names and "UN Security Council" not in names


@pytest.mark.parametrize("text", [
    "The U.N. Security Council will vote on the mandate on Wednesday.",
    "The UN Security Council is expected to meet on Friday, diplomats said.",
    "The Security Council will meet on Friday, diplomats said.",
])
def test_the_known_body_stands_after_an_article_or_its_own_prefix(res, text):
    assert "UN Security Council" in {a.name for a in extract(text, published=PUB, lang="en", resources=res).actors}


# --- a compound given name before a known surname is another person's (gazetteer_checks.py) ---

@pytest.mark.parametrize(("text", "known", "name_ar"), [
    ("نواكشوط - وشغر المقعد بعد تعيين النائب محمد الأمين ولد سيدي سفيرا. وسيجري الاقتراع الشهر المقبل.",
     "Hanena Ould Sidi", "محمد الأمين ولد سيدي"),
    ("القاهرة - وقال محافظ القليوبية، اللواء حسام الدين رشوان، إن الأشغال ستبدأ مطلع أكتوبر.",
     "Diaa Rashwan", "حسام الدين رشوان"),
])
def test_a_compound_given_name_before_a_known_surname(res, text, known, name_ar):
    ex = extract(text, published=PUB, lang="ar", resources=res)
    assert known not in {a.name for a in ex.actors}
    assert name_ar in {a.name_ar for a in ex.actors}


def test_the_known_person_is_still_found_by_his_surname(res):
    ex = extract("نواكشوط - وقال وزير الدفاع حننه ولد سيدي إن الجيش سيؤمن الاقتراع. وأكد ولد سيدي أن الاقتراع سيجري غدا.",
                 published=PUB, lang="ar", resources=res)
    assert "Hanena Ould Sidi" in {a.name for a in ex.actors}


def test_a_mauritanian_el_amine_is_written_lemine(res):
    ex = extract("نواكشوط - وقال النائب محمد الأمين ولد أحمد إن الاقتراع سيجري الشهر المقبل.",
                 published=PUB, lang="ar", resources=res)
    assert "Mohamed Lemine Ould Ahmed" in {a.name for a in ex.actors}


def test_a_region_after_a_title_is_no_name(res):
    text = "الرباط - وقال يوسف الزياني، رئيس الفيدرالية البيمهنية للحوامض بجهة الشرق، إن المنتجين سيطالبون بالدعم."
    people = [a.name_ar for a in extract(text, published=PUB, lang="ar", resources=res).actors if a.kind == "person"]
    assert people == ["يوسف الزياني"]


# --- an English full name opening a sentence, then an apposition or a speech verb ---

@pytest.mark.parametrize(("text", "other", "name"), [
    ("Rome may raise the levy in February, party officials said. Paola Fontana, mayor of the Italian border "
     "town of Como, said she would oppose it.", "Lorenzo Fontana", "Paola Fontana"),
    ("The US Army plan is due in March, officials said. Ken Driscoll said the base would not close before 2028.",
     "Dan Driscoll", "Ken Driscoll"),
])
def test_a_sentence_opening_full_name_is_not_the_known_namesake(res, text, other, name):
    names = {a.name for a in extract(text, published=PUB, lang="en", resources=res).actors}
    assert other not in names and name in names


# --- event types: a body's vote on a measure after its date, signing a truce, protocols, suspended imports ---

from tests.conftest import forward_event  # noqa: E402


@pytest.mark.parametrize(("text", "lang", "part", "event"), [
    ("The state's tax credit board will vote on Monday on recovering part of the grants.", "en",
     "vote", "other"),
    ("The islands council will vote tomorrow on suspending oil transfers in the bay for six months.", "en",
     "vote", "other"),
    ("Two rival armed groups are expected to sign a ceasefire in the provincial capital next week.", "en",
     "ceasefire", "ceasefire"),
    ("The government and the rebels are due to sign a truce in early February.", "en", "truce", "ceasefire"),
    ("وقال المدير إن الشركة ستوقع البروتوكول النهائي مع الجانب الصيني قبل نهاية دجنبر.", "ar", "البروتوكول",
     "agreement"),
    ("وقال مصدر إن الهيئة الروسية قد تعلق واردات الحوامض المغربية خلال الأسابيع المقبلة.", "ar", "واردات",
     "sanction"),
])
def test_event_types_of_session_60(text, lang, part, event):
    assert forward_event(text, lang, part, PUB) == event


@pytest.mark.parametrize(("text", "lang", "part", "event"), [
    # citizens voting stay an election; a trade deal signed stays an agreement; «تتوقع» is to expect
    ("Voters will vote on Sunday in a snap election called by the president.", "en", "vote", "election"),
    ("Ecuadorians will vote on Sunday, November 16, on whether to allow foreign bases.", "en", "vote",
     "election"),
    ("The two ministers will sign a trade agreement on Monday.", "en", "trade", "agreement"),
    ("وتتوقع الحكومة أن يرتفع النمو خلال العام المقبل.", "ar", "النمو", "other"),
])
def test_event_types_of_session_60_guards(text, lang, part, event):
    assert forward_event(text, lang, part, PUB) == event


# --- «على أن» after a closing quote or a number opens the next step; a negated verb after a comma
# opens a clause whose speaker is not the name closing the clause before ---

def test_ala_an_after_a_closing_quote_opens_a_claim_with_its_own_date(res):
    text = ("الجزائر - وقال الوزير إن الشحنة الأولى «ستبحر من ميناء وهران منتصف نوفمبر» "
            "على أن تليها شحنة ثانية في يناير 2027.")
    ex = extract(text, published=PUB, lang="ar", resources=res)
    later = [m for m in ex.mentions if m.quote.startswith("على أن")]
    assert len(later) == 1 and later[0].expected is not None
    assert (later[0].expected.start, later[0].expected.end) == (date(2027, 1, 1), date(2027, 1, 31))


def test_ala_an_after_a_verb_stays_its_object(res):
    ex = extract("الجزائر - وأكد الوزير على أن الأشغال ستنطلق في 2027.", published=PUB, lang="ar", resources=res)
    assert [m.quote for m in ex.mentions] == ["وأكد الوزير على أن الأشغال ستنطلق في 2027."]


def test_a_body_closing_a_clause_does_not_speak_the_negated_verb_after_the_comma(res):
    text = ("القاهرة - وكانت وزارة الخزانة الأميركية قد فرضت عقوبات على شركتين مرتبطتين بالجيش، "
            "ولا تستبعد مصادر دبلوماسية غربية أن تتبعها عقوبات جديدة قبل نهاية نوفمبر.")
    mention = first_forward(res, text, "ar", PUB, "تستبعد")
    assert mention.attribution is not None and mention.attribution.kind == "anonymous"
