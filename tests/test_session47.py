"""Session 47: the misses of held-out 137–140. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def extraction(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def event_types(res: Resources, text: str, lang: str = "ar") -> list[str | None]:
    return [m.event_type for m in extraction(res, text, lang).mentions]


@pytest.mark.parametrize("text", [
    # a defence force named as the subject, with no event word of its own in the clause
    "The Tarvania Defence Forces will extend their operations in the Kolo hills until the end of June.",
    "The coast guard will step up inspections of foreign fishing boats from April, the ministry said.",
    "Two long-range surveillance radars would be operational near the border by the end of the year, officials said.",
    "Police boats will keep patrolling the northern shipping lanes through May, a spokesman said.",
    "The new batteries will be stationed near the capital before winter, the minister said.",
    "Fighters loyal to the militia could try to push south during the dry season, analysts say.",
])
def test_soldiers_and_their_gear_make_a_military_claim(res, text):
    assert event_types(res, text, "en") == ["military"]


def test_a_state_of_emergency_a_deployment_is_under_is_no_event_of_its_own(res):
    text = "Troops will stay in the port city under the state of emergency until the end of April, the army said."
    assert event_types(res, text, "en") == ["military"]


def test_a_state_of_emergency_declared_is_still_other(res):
    text = "The government is expected to declare a state of emergency in three provinces next week."
    assert event_types(res, text, "en") == ["other"]


@pytest.mark.parametrize("text", [
    # the general staff deploys units: the subject stands between the verb and its object
    "ومن المنتظر أن تنشر قيادة الأركان العامة للجيوش وحدات إضافية على الحدود الشرقية قبل نهاية أفريل.",
    "ويعتزم خفر السواحل تسلم الزوارق الجديدة من الشركة المصنعة خلال الشهر المقبل.",
    "ومن المقرر أن يتسلم حرس الحدود نقاط المراقبة الجديدة مطلع مايو.",
])
def test_armed_bodies_make_an_arabic_claim_military(res, text):
    assert event_types(res, text) == ["military"]
