"""Golden sentences (written for these tests) for wording that news uses often and the first
lexicons missed: opinion verbs as reporting verbs («ورجّح محللون», "economists predicted"),
anonymity formulas, possessive offices, hedges such as «لم تستبعد», «قد لا», and
the event words of reshuffles, swearing-in and rate decisions."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 4, 6)



def _first_forward(text: str, lang: str, res: Resources):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=res)
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}: {ex.mentions}"
    return forward[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("ورجّح محللون اقتصاديون أن يخفض البنك المركزي سعر الفائدة في اجتماعه الشهر المقبل.", "observers"),
    ("ويعتقد خبراء أن الحكومة ستطرح الموازنة على البرلمان قبل نهاية العام.", "observers"),
    ("وتوقعت مصادر دبلوماسية أن يزور وزير الخارجية الجزائر الأسبوع المقبل.", "anonymous"),
    ("وقال مسؤول في الوزارة طلب عدم الكشف عن اسمه إن الوفد سيصل إلى الرباط يوم الخميس.", "anonymous"),
    ("وأكدت الأمانة العامة للمجلس أن الاجتماع سيعقد في موعده المحدد الشهر المقبل.", "official_statement"),
    ("ويرى متتبعون للشأن الليبي أن الحوار قد يستأنف الأسبوع المقبل.", "observers"),
    ("وأعلن رئيس اللجنة الوطنية للحوار أن الجلسة الأولى ستعقد يوم الأحد المقبل.", "named"),
    ("وتتداول أوساط سياسية اسم وزير سابق لتولي رئاسة الحكومة الجديدة الشهر المقبل.", "anonymous"),
])
def test_arabic_opinion_verbs_and_anonymity_attribute(res, text, kind):
    assert _first_forward(text, "ar", res).attribution.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The finance minister will present the budget on Thursday, his office said.", "official_statement"),
    ("The delegation will arrive in Nairobi on Friday, an official said, speaking on condition of anonymity.",
     "anonymous"),
    ("The two sides will resume talks in Geneva next week, negotiators said.", "anonymous"),
    ("The envoy is expected to visit Khartoum next month, a foreign ministry official said.", "anonymous"),
    ("The talks will resume on Sunday, a State Department official said, speaking on condition of anonymity.",
     "anonymous"),
    ("The electoral commission said a second round, if needed, would be held within 30 days.", "official_statement"),
    ("Diplomats in Vienna say a deal on the nuclear file is unlikely before the summer.", "anonymous"),
    ("Security analysts warn that the rebels could launch a new offensive next month.", "observers"),
    ("Economists at consultancy Harbour Research estimate that the bank will cut rates in June.", "named"),
])
def test_english_offices_negotiators_and_anonymity_attribute(res, text, kind):
    assert _first_forward(text, "en", res).attribution.kind == kind


@pytest.mark.parametrize(("text", "lang", "kind", "low"), [
    ("ولم تستبعد مصادر حكومية أن يعقد الرئيس لقاء مع نظيره التركي الشهر المقبل.", "ar", "speculation", True),
    ("وقد لا تتجاوز مدة الزيارة يومين بحسب مصادر مطلعة.", "ar", "speculation", True),
    ("ويرتقب أن يصل المبعوث الأممي إلى طرابلس الأسبوع المقبل.", "ar", "prediction", False),
    # «كامل» is no hope (ك + أمل); «أمله» is
    ("وقال المتحدث إن القوات ستبقى في المدينة حتى استعادة كامل الأحياء الشهر المقبل.", "ar", "prediction", False),
    ("وأعرب الوزير عن أمله في أن توقع الاتفاقية الشهر المقبل.", "ar", "speculation", True),
    # doubt is a hedge
    ("Economists doubt the central bank will raise rates next month.", "en", "speculation", True),
    # a participle describing an event noun is how sure that schedule is, not the claim's hedge
    ("The talks planned for next week could be delayed, diplomats said.", "en", "speculation", True),
    ("ولم يتضح بعد ما إذا كان الاتفاق سيوقع خلال الزيارة المرتقبة للرئيس إلى الرباط الشهر المقبل.", "ar",
     "speculation", True),
    # "unlikely" is "likely", negated: as sure as an expectation (tests/test_extract_conditions.py)
    ("A deal on the border dispute is unlikely before the end of the year, diplomats said.", "en", "prediction",
     False),
])
def test_hedges_set_kind_and_certainty(res, text, lang, kind, low):
    m = _first_forward(text, lang, res)
    assert m.kind == kind
    assert (m.certainty < 0.4) == low


@pytest.mark.parametrize(("text", "lang"), [
    # a forward marker ("upcoming", "next round") does not water down "will"
    ("Morocco will host the next round of fisheries talks on Monday, officials said.", "en"),
    # "as planned" confirms the schedule
    ("The president said the referendum would go ahead as planned in October.", "en"),
    # «تتجه الأنظار» (all eyes turn to) is no expectation: the scheduled meeting stays high
    ("وتتجه الأنظار إلى الاجتماع الوزاري المقرر عقده في الجزائر منتصف الشهر المقبل.", "ar"),
])
def test_markers_that_leave_a_firm_claim_high(res, text, lang):
    m = _first_forward(text, lang, res)
    assert m.kind == "prediction" and m.certainty >= 0.7


@pytest.mark.parametrize("text", [
    "ولم يستبعدوا أن يزور الوفد البرلماني دمشق مطلع الشهر المقبل.",
    "وقال دبلوماسيون إنهم لا يستبعدون تأجيل الجولة المقبلة من المحادثات.",
    "لا أستبعد أن تعقد القمة قبل نهاية العام، قال الوزير.",
])
def test_not_ruling_out_is_low_in_every_person(res, text):
    m = _first_forward(text, "ar", res)
    assert m.kind == "speculation" and m.certainty < 0.4


@pytest.mark.parametrize(("text", "lang"), [
    ("وأكد الوزير أن اتفاق التجارة سيوقع الشهر المقبل في حال حسم الخلافات المتبقية.", "ar"),
    ("وقال المتحدث إن الانسحاب سيبدأ في آذار المقبل شريطة أن يلتزم الطرف الآخر بالهدنة.", "ar"),
    ("The trade deal will be signed next month unless new disputes arise, the minister said.", "en"),
])
def test_a_condition_makes_a_definite_claim_medium(res, text, lang):
    m = _first_forward(text, lang, res)
    assert 0.4 <= m.certainty < 0.7


@pytest.mark.parametrize(("text", "lang"), [
    ("ومن المنتظر أن يجري الرئيس تحويرا وزاريا جزئيا خلال الأسبوع المقبل.", "ar"),
    ("ومن المقرر أن يؤدي الوزراء الجدد اليمين الدستورية أمام الرئيس يوم الأحد.", "ar"),
    ("وتعقد لجنة السياسة النقدية اجتماعها المقبل يوم الخميس لتحديد سعر الفائدة.", "ar"),
    ("The new ministers will be sworn in on Monday.", "en"),
    ("The monetary policy committee is expected to hold rates steady next week.", "en"),
])
def test_reshuffles_swearing_in_and_rate_decisions_are_other(res, text, lang):
    assert _first_forward(text, lang, res).event_type == "other"


# Which time phrase is the claim's: the day it was said is not the day of what was said; a
# year beside a day qualifies the event; a claim with no date takes its event's date.

def test_the_day_a_reporting_verb_was_said_on_is_not_the_window(res):
    text = "The foreign minister said on Monday he would travel to Tokyo in November to open the new embassy."
    m = _first_forward(text, "en", res)
    assert (m.expected.start, m.expected.end) == (date(2026, 11, 1), date(2026, 11, 30))
    text = "وقال وزير الخارجية يوم الاثنين إنه سيزور طوكيو في نوفمبر المقبل لافتتاح السفارة الجديدة."
    m = _first_forward(text, "ar", res)
    assert (m.expected.start, m.expected.end) == (date(2026, 11, 1), date(2026, 11, 30))


def test_a_day_said_as_the_event_date_still_counts(res):
    m = _first_forward("The minister will visit Tokyo on Thursday, he said.", "en", res)
    assert m.expected.start == m.expected.end == date(2026, 4, 9)


def test_a_participle_after_be_is_still_to_come(res):
    m = _first_forward("The regional summit will be held in Accra on 20 May, officials said.", "en", res)
    assert m.expected.start == m.expected.end == date(2026, 5, 20)


def test_a_year_beside_a_day_qualifies_the_event(res):
    text = "وتعقد لجنة السياسة النقدية اجتماعها الأول لعام 2026 يوم الخميس المقبل لحسم أسعار الفائدة."
    m = _first_forward(text, "ar", res)
    assert m.expected.start == m.expected.end == date(2026, 4, 9)
    text = "The committee will hold its first meeting for 2026 on Thursday to set interest rates."
    m = _first_forward(text, "en", res)
    assert m.expected.start == m.expected.end == date(2026, 4, 9)


def test_a_claim_without_a_date_takes_the_date_of_its_event_not_of_a_nearer_claim(res):
    text = ("The regional summit will be held in Accra on 20 May, officials said. "
            "The president will meet the finance minister on Friday. "
            "The summit could also approve a new trade protocol, diplomats said.")
    ex = extract(text, published=PUBLISHED, lang="en", resources=res)
    protocol = [m for m in ex.mentions if "protocol" in m.quote][0]
    assert protocol.event_type == "summit"
    assert protocol.expected.start == date(2026, 5, 20)


def test_a_statement_issued_today_is_no_claim_of_its_own(res):
    text = "يتوجه الوزير يوم الثلاثاء إلى بغداد، بحسب ما أعلنت الوزارة في بيان صدر اليوم الاثنين."
    ex = extract(text, published=PUBLISHED, lang="ar", resources=res)
    forward = [m for m in ex.mentions if m.is_forward]
    assert len(forward) == 1
    assert forward[0].expected.start == forward[0].expected.end == date(2026, 4, 7)


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("وأعلنت الحكومة خطة جديدة للموانئ.\nفهل تلتحق أسمرة بالمسار؟", "ar", "ER"),
    ("The bloc agreed new rules on Monday.\nWill Serbia blink first?", "en", "RS"),
])
def test_a_question_about_a_state_is_speculation(res, text, lang, code):
    m = _first_forward(text, lang, res)
    assert m.kind == "speculation" and code in m.countries


def test_an_attributive_participle_still_anchors_a_clause_with_no_other_cue(res):
    # «المرتقبة» describes the hosting, but it is the first clause's only cue: two claims stay
    text = ("وتزامن ذلك مع إعلان الرباط استضافتها المرتقبة لقمة إقليمية في شهر نوفمبر المقبل، "
            "والتي يتوقع أن يشارك فيها رئيس الوزراء.")
    ex = extract(text, published=date(2025, 8, 3), lang="ar", resources=res)
    assert len([m for m in ex.mentions if m.is_forward]) == 2
