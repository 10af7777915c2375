"""Certainty, seventh round: "it is not known whether" frames in Arabic («لم يتأكد بعد ما إذا»,
«لا يعرف حتى الآن إن كان», «من دون أن يتضح») are hedges, and a hedge inside a relative clause
(«الدوائر التي لم يحسم فيها أي مرشح الفوز») describes its noun, not the clause's claim."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def _forward(text: str, lang: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    "text",
    [
        "ولم يتأكد بعد ما إذا كان رئيس الحكومة سيستقبل الوفد يوم الأحد.",
        "ولا يعرف حتى الآن إن كان الوزير سيحضر الاجتماع يوم الخميس.",
        "ولم يتبين بعد ما إذا كانت الشركة ستوقع العقد في نيسان المقبل.",
    ],
)
def test_not_known_whether_is_a_hedge(text):
    (m,) = _forward(text, "ar")
    assert m.certainty < 0.4


def test_without_it_being_clear_whether_hedges_its_own_clause_only():
    first, second = _forward(
        "وسيزور الوزير باريس الأسبوع المقبل، من دون أن يتضح بعد ما إذا كان سيلتقي الرئيس الفرنسي.", "ar")
    assert first.certainty >= 0.7
    assert second.certainty < 0.4


def test_a_bare_comment_that_something_is_unconfirmed_is_no_claim_of_its_own():
    ms = _forward("وتحدثت تقارير عن زيارة قريبة للوزير إلى الرياض، وهو ما لم يتأكد بعد.", "ar")
    assert all("وهو ما لم يتأكد" not in m.quote or "زيارة" in m.quote for m in ms)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وتجرى الانتخابات يوم السبت، على أن تجرى جولة الإعادة في الدوائر التي لم يحسم فيها أي مرشح الفوز "
         "بعد أسبوع.", "ar"),
        ("ومن المقرر أن يعود اللاجئون الذين قد يتأخر تسجيلهم إلى قراهم خلال الشهر المقبل.", "ar"),
    ],
)
def test_a_hedge_in_a_relative_clause_leaves_the_claim_definite(text, lang):
    ms = _forward(text, lang)
    assert ms and ms[-1].certainty >= 0.7


def test_only_hedges_are_dropped_after_a_relative_pronoun():
    from claimtracker.extract.cues import CueHit
    from claimtracker.extract.document import gather
    from claimtracker.extract.tiles import _outside_relatives
    from claimtracker.text import normalize

    res = Resources.load()
    relative = res.lexicons["ar"].cues.relative
    text = "على أن تجرى الإعادة في الدوائر التي من المتوقع أن تحسم التي قد تتأخر"
    doc = gather(text, normalize(text), "ar", PUBLISHED, res)
    expect = CueHit("expectation", "prediction", 0.55, 2, text.index("من المتوقع"), text.index("من المتوقع") + 10)
    hedge = CueHit("hedge", "speculation", 0.25, 3, text.index("قد"), text.index("قد") + 2)
    schedule = CueHit("schedule", "prediction", 0.85, 2, 0, 5)
    assert _outside_relatives(doc, [schedule, expect, hedge], relative) == [schedule, expect]
    assert _outside_relatives(doc, [hedge], relative) == [hedge]


@pytest.mark.parametrize(
    "text",
    [
        "Campaigning officially begins on March 22.",
        "The mandate of the monitoring mission expires on March 31.",
        "Registration closes on Friday, the electoral commission said.",
        "The campaign must end 48 hours before polling opens on April 9.",
        "There is no question of postponing the vote, the minister said on Monday.",
    ],
)
def test_a_present_tense_schedule_with_a_time_is_a_definite_claim(text):
    (m,) = _forward(text, "en")
    assert m.kind == "prediction" and m.certainty >= 0.7


def test_a_present_tense_verb_without_a_time_is_no_schedule():
    assert _forward("The report opens with a survey of the region's economies.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال القيادي إن قواته سترسل وفدها إلى جدة فور تلقي الدعوة.",
        "وأعلنت الشركة أنها سترفع أسعار الوقود مطلع الشهر المقبل.",
        "ومن المقرر أن تنطلق القمة الأحد، وستركز على ملف المياه.",
    ],
)
def test_futures_of_verbs_beginning_with_ra_are_futures(text):
    ms = _forward(text, "ar")
    assert ms and all(m.certainty >= 0.7 for m in ms)


def test_words_that_only_look_like_a_future_are_not():
    assert _forward("وقالت الوزارة إن سترة واقية سُلمت للصحفي في ستراسبورغ.", "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الوزارة ستصدر القرار الأسبوع المقبل.",
        "وقال المتحدث إن الرئاسة ستعلن التشكيلة الجديدة خلال أيام.",
    ],
)
def test_a_definite_ministry_does_not_swallow_the_verb_after_it(text):
    (m,) = _forward(text, "ar")
    assert "ستصدر" in m.quote or "ستعلن" in m.quote
    assert m.certainty >= 0.7


def test_no_intention_to_postpone_is_a_firm_negative_prediction():
    (m,) = _forward("وقال الوزير إنه «لا نية على الإطلاق لتأجيل الانتخابات» المقررة في أيار المقبل.", "ar")
    assert m.kind == "prediction" and m.certainty >= 0.7


def test_a_speaker_with_a_place_phrase_before_that():
    (m,) = _forward("وقال الوزير في مؤتمر صحفي إن الوزارة ستنشر اللوائح النهائية خلال عشرة أيام.", "ar")
    assert m.attribution.kind == "named" and m.attribution.text == "وقال الوزير"


def test_the_name_faisal_is_no_verb_of_arrival():
    assert _forward("وكان فيصل المقداد قد استقبل الوفد في دمشق.", "ar") == []


def test_a_rate_cut_is_a_noun_not_a_past_verb_dating_the_time_after_it():
    (m,) = _forward("The central bank is expected to deliver a rate cut at its September meeting.", "en")
    assert m.expected is not None and m.expected.start == date(2026, 9, 1)
