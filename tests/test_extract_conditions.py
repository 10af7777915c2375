"""A condition caps how sure a claim is ("will … if" is medium, "could … if" stays low), a clause
that is only a condition is no claim of its own, and "unlikely" / «يستبعد» are as strong as
"likely", negated."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.models import certainty_label

PUBLISHED = date(2026, 4, 2)


def _forward(text: str, lang: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # a definite claim under a condition still open
        ("The dockers' union will stop work at every port on Monday if the wage offer is not improved.", "en", "medium"),
        ("The ministry said the new tariff would take effect on 1 May unless the court suspends it.", "en", "medium"),
        ("Stage two of the handover, if needed, will begin in the second week of May.", "en", "medium"),
        ("If the donors sign off, the first tranche will be paid out on 20 April.", "en", "medium"),
        ("وقالت النقابة إنها ستعلن إضرابا مفتوحا الأسبوع المقبل إذا لم تستجب الحكومة لمطالبها.", "ar", "medium"),
        ("وسيبدأ تشغيل الخط الجديد مطلع مايو إذا اكتملت أعمال الصيانة.", "ar", "medium"),
        ("وقال النائب إن كتلته لن تصوت على الموازنة الأسبوع المقبل ما لم تعدل الحكومة بند الضرائب.", "ar", "medium"),
        # a hedge under a condition stays a hedge
        ("The regulator could approve the merger in June if the buyer sells its cable unit.", "en", "low"),
        ("ويمكن أن تستأنف الرحلات الجوية الشهر المقبل إذا تحسن الوضع الأمني.", "ar", "low"),
        # not conditions: a concession, an indirect question
        ("The council will vote on the budget next Tuesday even if the mayor objects.", "en", "high"),
        ("The envoys will meet in Vienna on Friday to see if a compromise can be found.", "en", "high"),
        ("The finance committee will meet on Sunday to decide if the levy should stay.", "en", "high"),
        # «ما لم» after «هو»/«هذا» is "what … did not", no "unless"
        ("وسيصل الوفد إلى عمّان يوم الثلاثاء المقبل، وهو ما لم تعلنه السفارة رسميا.", "ar", "high"),
    ],
)
def test_a_condition_caps_the_claim_it_governs(text, lang, label):
    forward = _forward(text, lang)
    assert len(forward) == 1, [m.quote for m in forward]
    assert certainty_label(forward[0].certainty) == label


def test_a_clause_that_is_only_a_condition_joins_the_claim_it_conditions():
    text = "If the ceasefire holds through the weekend, aid convoys will enter the city on Tuesday."
    (m,) = _forward(text, "en")
    assert m.quote.startswith("If the ceasefire holds") and "on Tuesday" in m.quote
    assert m.expected is not None and m.expected.start == date(2026, 4, 7)


def test_a_lone_condition_still_makes_a_claim():
    # with nothing else to govern, "unless" is the claim's only cue and reads as before
    (m,) = _forward("The strike at the refinery goes ahead on Monday unless the owners return to talks.", "en")
    assert certainty_label(m.certainty) == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats say a final settlement is unlikely before the end of the year.",
        "A quick return of the ambassadors was unlikely, officials said on Wednesday.",
    ],
)
def test_unlikely_is_a_negated_expectation(text):
    (m,) = _forward(text, "en")[:1]
    assert certainty_label(m.certainty) == "medium"
    assert m.negated


def test_arabic_rules_out_is_a_negated_expectation_and_not_ruling_out_a_hedge():
    (m,) = _forward("ويستبعد دبلوماسيون غربيون التوصل إلى تسوية نهائية قبل نهاية العام.", "ar")
    assert certainty_label(m.certainty) == "medium" and m.negated
    (m,) = _forward("ولا يستبعد مراقبون أن تعقد جولة تفاوض جديدة في القاهرة الشهر المقبل.", "ar")
    assert certainty_label(m.certainty) == "low" and not m.negated
    (m,) = _forward("ومن غير المرجح أن يصادق البرلمان على الاتفاقية قبل العطلة الصيفية.", "ar")
    assert certainty_label(m.certainty) == "medium" and m.negated


def test_whether_in_arabic_is_no_condition():
    (m,) = _forward("ولم يتضح بعد ما إذا كان الوزير سيشارك في الاجتماع الأسبوع المقبل.", "ar")
    assert certainty_label(m.certainty) == "low"


def test_a_schedule_before_its_condition_is_a_claim_of_its_own():
    text = ("Voters elect a new mayor on 10 May, with a second round on 24 May if no candidate wins a majority.")
    forward = _forward(text, "en")
    runoff = [m for m in forward if m.expected is not None and m.expected.start == date(2026, 5, 24)]
    assert len(runoff) == 1 and certainty_label(runoff[0].certainty) == "medium"


def test_the_event_a_condition_names_makes_no_claim():
    text = "The cabinet may approve the plan, depending on the outcome of Sunday's meeting of party leaders."
    forward = _forward(text, "en")
    assert len(forward) == 1 and certainty_label(forward[0].certainty) == "low"


def test_seeing_room_for_something_is_a_hedge():
    (m,) = _forward("Several analysts see room for a second rate cut as early as July.", "en")
    assert certainty_label(m.certainty) == "low"


def test_a_trip_for_talks_gives_the_visit_and_the_talks():
    forward = _forward("Defence Minister Luis Ortega will fly to Seoul late next month for talks with his "
                       "South Korean counterpart.", "en")
    assert sorted(m.event_type for m in forward) == ["meeting", "visit"]
    assert len({(m.expected.start, m.expected.end) for m in forward if m.expected}) == 1
