"""Session 10, event types: what a claim does to a law, a budget or a policy object is `other`.

- an amendment is a legislative act, as «تعديل» already was ("will table a constitutional
  amendment to delay the municipal vote");
- a budget in every Arabic form («ميزانية», «موازنة» in a construct);
- a verb of consequence whose only event word stands in a condition ("could slow if the talks
  stall"), also after an expecting subject and its complementiser («يتوقع محللون أن تتباطأ»);
- a fiscal verb on a policy object ("will scrap the petrol subsidy", «سترفع أسعار الكهرباء»).

Every sentence here is written for this file (invented people, places and topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import forward_event

PUBLISHED = date(2026, 3, 4)


def _event(text: str, lang: str, part: str) -> str | None:
    return forward_event(text, lang, part, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The ruling bloc will table a constitutional amendment on Monday to delay the municipal elections.",
         "amendment"),
        ("Senators said the amendment to delay the regional vote was likely to clear the upper house next week.",
         "likely"),
        ("The amendment, which would postpone the presidential election, is expected to pass on Tuesday.",
         "expected"),
    ],
)
def test_an_amendment_is_a_legislative_act(text: str, part: str) -> None:
    assert _event(text, "en", part) == "other"


def test_amendments_to_sanctions_stay_sanctions() -> None:
    text = "The commission will propose amendments to the sanctions on Ruritania next week, diplomats said."
    assert _event(text, "en", "propose") == "sanction"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ومن المنتظر أن تعرض ميزانية الدفاع على مجلس الوزراء في اجتماعه الأسبوع المقبل.", "ميزانية"),
        ("قال وزير المالية إن موازنة العام المقبل ستناقش في جلسة للحكومة منتصف أكتوبر.", "موازنة"),
    ],
)
def test_a_budget_in_every_arabic_form(text: str, part: str) -> None:
    assert _event(text, "ar", part) == "other"


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("Analysts said copper exports could slow sharply if the talks with the lenders stall.", "en", "slow"),
        ("Two agencies could downgrade Ruritania next month if the loan agreement collapses, analysts said.",
         "en", "downgrade"),
        ("ويتوقع محللون أن تتباطأ عمليات التسليم إذا تعثرت هذه المحادثات.", "ar", "تتباطأ"),
    ],
)
def test_a_consequence_of_a_conditional_event_is_other(text: str, lang: str, part: str) -> None:
    assert _event(text, lang, part) == "other"


def test_an_event_outside_the_condition_is_kept() -> None:
    # the event after the verb of consequence is its object, condition or not
    text = "ويتوقع محللون أن تؤجل الانتخابات البلدية إذا تعثرت هذه المحادثات."
    assert _event(text, "ar", "تؤجل") == "election"


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("The government will cut fuel subsidies by half next month, the minister said at a meeting with donors.",
         "en", "subsidies"),
        ("Exporters said the ministry would raise port fees in June under the deal with shipping lines.",
         "en", "fees"),
        ("Officials said the central bank would widen the trading band for the dinar next month, according to a statement.",
         "en", "band"),
        ("وقال مسؤول إن الحكومة سترفع أسعار الوقود مطلع أبريل تنفيذا للاتفاق مع الصندوق.", "ar", "أسعار"),
        ("ويرجح أن تخفض الوزارة رسوم الموانئ الشهر المقبل ضمن صفقة مع شركات الشحن.", "ar", "رسوم"),
    ],
)
def test_a_fiscal_verb_on_a_policy_object_is_other(text: str, lang: str, part: str) -> None:
    assert _event(text, lang, part) == "other"


def test_sanctions_that_raise_prices_stay_sanctions() -> None:
    text = "Traders said the new sanctions on Ruritania could raise fuel prices across the region by April."
    assert _event(text, "en", "sanctions") == "sanction"


def _events(text: str, lang: str) -> list[str | None]:
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    return [m.event_type for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    "text",
    [
        "يزور رئيس الوزراء الكندي الرباط الأسبوع المقبل. ومن المنتظر أن يحسم حزب الاستقلال موقفه النهائي يوم الأحد المقبل.",
        "تجري الانتخابات البلدية في مارس المقبل. وهو موقف قد تتبناه أحزاب المعارضة خلال الأسابيع المقبلة.",
    ],
)
def test_a_stated_position_is_a_statement(text: str) -> None:
    # «موقف», a stated position (guideline: statement), not the event of the sentence before
    assert _events(text, "ar")[-1] == "statement"


def test_a_position_on_an_event_is_that_event() -> None:
    # a weak word: the trip the position is about outweighs it
    text = ("ومن المقرر أن يلتقي الوزير نظيره التونسي غدا. ولم تحدد الجزائر موقفها من الدعوة لزيارتها بعد، "
            "ويرجح أن تفعل قبل نهاية الشهر.")
    assert _events(text, "ar")[1] == "visit"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Municipal elections are due in the spring. They could not take place before July unless the "
         "assembly passes a new districting law.", "en", "election"),
        ("The leaders' summit is planned for Lusaka. It may be held only in December if the finance bill "
         "is approved late.", "en", "summit"),
        ("تجري الانتخابات البلدية في الربيع المقبل. ولن يتحدد موعدها قبل يوليو ما لم يقر البرلمان مشروع "
         "قانون الدوائر الجديد.", "ar", "election"),
    ],
)
def test_an_event_taken_back_with_a_condition_keeps_its_type(text: str, lang: str, expected: str) -> None:
    # "they could not take place ... unless parliament passes a law": the main clause takes the
    # event named before; the act in the condition only sets it off
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The energy ministry will open a new licensing round for offshore blocks in May, officials said.", "en"),
        ("Nigeria is expected to launch the second round of bidding for marginal oil fields before the talks "
         "with investors.", "en"),
        ("ومن المنتظر أن تطلق وزارة النفط جولة التراخيص الخامسة للحقول البحرية قبل نهاية العام.", "ar"),
        ("قالت الشركة إنها ستفتتح جولة العطاءات الثانية لمشروع الميناء في مارس المقبل.", "ar"),
    ],
)
def test_a_round_of_licences_or_bids_is_no_talks(text: str, lang: str) -> None:
    assert _events(text, lang)[-1] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The speaker said the chamber could hold a reconsideration vote next week if the cuts stand.",
        "A procedural vote is expected on Tuesday, ahead of the municipal polls, aides said.",
    ],
)
def test_a_legislative_kind_of_vote_is_no_election(text: str) -> None:
    # a vote named by its place in a legislature's procedure is the legislature's decision
    assert _events(text, "en")[-1] == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال المحافظ في مؤتمر صحفي إن البنك سيضخ مليار دولار، مضيفا أن «سعر الصرف سيتحسن تدريجيا خلال "
         "الأسابيع المقبلة».", "ar"),
        ("The ministry said in a statement that the refinery would restart in May, and that output would "
         "double by the autumn.", "en"),
    ],
)
def test_a_second_claim_of_a_statement_is_not_the_statement(text: str, lang: str) -> None:
    # the statement or news conference is where both claims were made, not what the second is about
    assert _events(text, lang) == ["other", "other"]


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats expect the Lome talks to end without agreement on the fishing quotas next week.",
        "The negotiations in Quito could conclude without a deal on debt relief by Friday, officials said.",
    ],
)
def test_talks_ending_with_or_without_a_deal_are_about_the_deal(text: str) -> None:
    assert _events(text, "en")[-1] == "agreement"


@pytest.mark.parametrize(
    "text",
    [
        "ومن المقرر أن يترأس وزير الخارجية الموريتاني جلسة وزارية حول الأمن البحري يوم الخميس في داكار.",
        "ويعقد الوزيران جلسة عمل في الرباط الأسبوع المقبل لتقييم مشاريع الربط الكهربائي.",
    ],
)
def test_a_ministerial_or_working_session_is_a_meeting(text: str) -> None:
    # «جلسة» of ministers or of work is a meeting, like a bare "session" in English
    assert _events(text, "ar")[-1] == "meeting"
