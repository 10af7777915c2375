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


def test_a_relative_clause_after_the_parties_of_a_truce_is_about_the_truce(res):
    text = "The truce between the government and the northern rebels, which expires at the end of May, is fragile."
    assert event_types(res, text, "en")[0] == "ceasefire"


def test_a_relative_clause_after_a_sitting_is_about_the_sitting(res):
    text = "ومن المقرر أن يؤدي النواب اليمين في مستهل الجلسة، التي يُنتظر أن يحضرها الرئيس ويلقي فيها كلمة."
    assert "meeting" in event_types(res, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The interior minister will lead a delegation to Lisbon next week, her office said.", "visit"),
    ("The interior minister will lead the delegation to the joint commission in Lisbon next week.", "meeting"),
    ("The interior minister will lead the delegation to the regional summit in Lisbon next week.", "summit"),
])
def test_leading_a_delegation_to_a_place_is_a_trip(res, text, kind):
    assert event_types(res, text, "en") == [kind]


@pytest.mark.parametrize("text", [
    "Moscow could restrict imports of Tarvanian wine and fruit, officials warned.",
    "Washington may restrict exports to the disputed research station, two officials said.",
    "A negative audit could lead Brussels to withhold EU funds from the project.",
])
def test_restricting_trade_with_another_state_or_withholding_funds_is_a_sanction(res, text):
    assert event_types(res, text, "en") == ["sanction"]


def test_banning_ones_own_exports_is_no_sanction(res):
    text = "The government aims to ban exports of raw bauxite from 2029, the mines minister said."
    assert event_types(res, text, "en") != ["sanction"]


@pytest.mark.parametrize("text", [
    # a name ending in the letters of "in", "on", "and" or "or" before "may" is no "in May"
    "Washington may send more advisers to the region next month, two officials said.",
    "Britain may impose new sanctions on the shipping firm next month.",
    "Poland may host the next round of talks in June.",
    "The governor may call a snap election in the spring.",
])
def test_may_after_a_name_ending_like_a_preposition_is_a_hedge(res, text):
    found = extraction(res, text, "en").mentions
    assert len(found) == 1 and found[0].kind == "speculation" and found[0].certainty_label == "low"


def test_may_the_month_after_a_preposition_is_still_a_date(res):
    found = extraction(res, "The talks will resume on May 4, the mediators said.", "en").mentions
    assert [(m.kind, m.expected.text) for m in found] == [("prediction", "on May 4")]


def test_a_deal_after_a_nationality_ending_in_can_is_an_agreement(res):
    text = "The American deal with the port operator is expected to take effect next week."
    assert event_types(res, text, "en") == ["agreement"]


@pytest.mark.parametrize(("text", "kind", "when"), [
    # the participle's preposition opens the time phrase: the claim is the event's schedule
    ("The reform comes ahead of local elections scheduled for 2028.", "election", "for 2028"),
    ("The quarrel comes before a parliamentary election expected in March.", "election", "in March"),
    ("The vote comes before the summit scheduled for May.", "summit", "for May"),
])
def test_a_schedule_after_a_time_marker_is_the_claims_event(res, text, kind, when):
    assert claims(res, text) == [(kind, when)]


def test_a_claim_about_a_scheduled_event_keeps_its_date(res):
    text = "The opposition said it would boycott the municipal by-elections set for November 15."
    assert [w for _, w in claims(res, text)] == ["for November 15"]


def claims(res: Resources, text: str, lang: str = "en"):
    return [(m.event_type, m.expected.text if m.expected else None) for m in extraction(res, text, lang).mentions]


def test_a_place_name_after_abd_is_the_second_half_of_a_given_name(res):
    # «الجليل» is also Galilee; after «عبد» it is part of the minister's name
    text = "وقال وزير الزراعة حامد عبد الجليل، في تصريح صحفي، إن الوزارة ستفتح مراكز جديدة قبل نهاية مايو."
    found = extraction(res, text).actors
    assert [a.name_ar for a in found if a.kind == "person"] == ["حامد عبد الجليل"]


def test_a_news_agency_named_for_its_news_is_no_anonymous_report(res):
    # «للأنباء» ends the agency's name; bare «أنباء» (reports) stays anonymous
    text = "وكانت وكالة تونس إفريقيا للأنباء قد أفادت بأن اجتماعا وزاريا سيعقد في العاصمة الشهر المقبل."
    found = extraction(res, text).mentions
    assert [m.attribution.kind for m in found] == ["named"]
    rumour = extraction(res, "وأفادت أنباء بأن الرئيس سيزور العاصمة الشهر المقبل.").mentions
    assert [m.attribution.kind for m in rumour] == ["anonymous"]


@pytest.mark.parametrize(("text", "lang", "visit_words"), [
    ("The two countries will sign a long-awaited fisheries and shipping agreement during the minister's visit "
     "to Lisbon in October, officials said.", "en", "the minister's visit to Lisbon in October"),
    ("ومن المتوقع أن يوقع البلدان اتفاقية طويلة الأمد للنقل البحري والصيد خلال زيارة الوزير إلى الرياض في ديسمبر.",
     "ar", "زيارة الوزير إلى الرياض في ديسمبر"),
])
def test_a_dated_visit_inside_another_claim_is_a_claim_of_its_own(res, text, lang, visit_words):
    found = extraction(res, text, lang).mentions
    assert [m.event_type for m in found] == ["agreement", "visit"]
    assert found[1].quote == visit_words and found[1].certainty_label == "high"


@pytest.mark.parametrize("text", [
    # the delegation's head stands between the verb and the delegation
    "ومن المنتظر أن يترأس وزير الطاقة وفد بلاده الأسبوع المقبل.",
    # the proceedings or the session of a committee are its meeting
    "تحتضن المدينة يوم الخميس المقبل أشغال الدورة الثامنة للجنة العليا المشتركة بين البلدين.",
    "ومن المقرر أن يترأس الوزيران أشغال اللجنة المشتركة لمتابعة المشروع الأسبوع المقبل.",
])
def test_heading_a_delegation_or_a_committees_session_is_a_meeting(res, text):
    assert event_types(res, text) == ["meeting"]


def test_works_that_are_built_are_no_meeting(res):
    assert event_types(res, "وستنطلق أشغال بناء الجسر الجديد الشهر المقبل.") == ["other"]


@pytest.mark.parametrize(("text", "kind"), [
    # a phone call is `other` in the guideline whatever is discussed in it
    ("The president is expected to discuss the treaty with his Tarvanian counterpart in a phone call later this week.",
     "other"),
    # what a deal would do is no deal
    ("The deal could double the country's iron ore exports by 2028, analysts say.", "other"),
    ("The islanders elect their leader on Sunday.", "election"),
    ("The new mayor, to be elected on October 24, will face a divided council.", "election"),
    ("The challenger is likely to beat the incumbent, pollsters say.", "election"),
    ("The first group of pilots will begin training at the air base in April.", "military"),
    ("The ministry will send a 40-strong unit to the island on Wednesday.", "military"),
])
def test_english_event_words_of_session_47(res, text, kind):
    found = event_types(res, text, "en")
    assert found and set(found) == {kind}


@pytest.mark.parametrize("text", [
    "ومن المتوقع أن يتأجل نشر المنظومات الدفاعية إلى ما بعد نيسان المقبل.",
    "وقد تنشر الحكومة بطاريات دفاع جوي قرب الحدود خلال أسابيع.",
])
def test_deploying_weapon_systems_is_military(res, text):
    assert event_types(res, text) == ["military"]


def test_a_navy_joined_by_and_after_another_is_a_second_navy(res):
    # «البحرية» after a definite word is that word's adjective («الحدود البحرية»), but not after «و»
    text = "تنطلق الأحد المقبل مناورات مشتركة بين البحرية السلطانية العمانية والبحرية الفرنسية قبالة الدقم."
    assert {a.name for a in extraction(res, text).actors} == {"Royal Navy of Oman", "French Navy"}


@pytest.mark.parametrize(("text", "holder"), [
    # the committee's complement opens on a verbal noun that is also a given name («تحسين»)
    ("وقال رئيس لجنة تحسين خدمات المخيم عادل أبو شمالة إن اللجنة ستجتمع الأسبوع المقبل.", "عادل أبو شمالة"),
    # a name right after the body's noun still is one
    ("وقال رئيس لجنة محمد علي حسن إن اللجنة ستجتمع الأسبوع المقبل.", "محمد علي حسن"),
])
def test_a_bodys_complement_is_no_part_of_its_heads_name(res, text, holder):
    assert [a.name_ar for a in extraction(res, text).actors if a.kind == "person"] == [holder]


@pytest.mark.parametrize(("text", "holders"), [
    # a title in construct with a governorate named like a man («صلاح الدين») is the post of that place
    ("بحسب مكتب محافظ صلاح الدين، من المرجح أن يزور الوزير المدينة الشهر المقبل.", []),
    ("وقال محافظ صلاح الدين أحمد الجبوري إن الوزير سيزور المدينة الشهر المقبل.", ["أحمد الجبوري"]),
    # after a title with the article the same words are a given name
    ("وقال وزير الخارجية صلاح الدين مزوار إن الوزير سيزور المدينة الشهر المقبل.", ["صلاح الدين مزوار"]),
])
def test_a_place_named_like_a_man_after_a_title_in_construct_is_the_posts_place(res, text, holders):
    assert [a.name_ar for a in extraction(res, text).actors if a.kind == "person"] == holders


def test_a_schedule_set_off_by_a_comma_after_a_gathering_is_its_own_claim(res):
    text = ("The regional leader is expected to step down from the cabinet before the regional election, "
            "due by June 2027, party officials said.")
    found = extraction(res, text, "en").mentions
    assert [(m.event_type, m.quote) for m in found] == [
        ("resignation", "The regional leader is expected to step down from the cabinet"),
        ("election", "the regional election, due by June 2027"),
    ]


def test_a_claim_with_no_event_of_its_own_keeps_its_gathering(res):
    found = extraction(res, "The choice could still change at a meeting of the party's council on Thursday.", "en")
    assert [m.event_type for m in found.mentions] == ["meeting"]
