"""Session 27: leaving office or the government, pulling a party's ministers out of a cabinet,
dismissal («إقالة») and relief from duties («إعفاء … من مهامه») are resignations; a court or
commission proclaiming results and a candidate declared the winner are an election; an Arabic
delegation led to a forum, a summit or a conference is a visit (led to talks or a meeting it stays
a meeting); a trip's purpose «لبحث», «لعقد», «لترؤس», «لإجراء محادثات» is a claim of its own, after
the trip's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import first_forward

PUBLISHED = date(2026, 3, 10)


def _event(text: str, lang: str) -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


@pytest.mark.parametrize("text, lang", [
    ("وتتحدث مصادر حكومية عن إمكانية مغادرة وزيرة الصحة منصبها في التعديل المرتقب.", "ar"),
    ("ولم تستبعد المصادر أن يغادر أربعة وزراء على الأقل مناصبهم قبل الصيف.", "ar"),
    ("ولم يتضح بعد ما إذا كان وزير النقل سيغادر الحكومة الشهر المقبل.", "ar"),
    ("ويرجح مراقبون إقالة مدير الهيئة قبل نهاية الشهر المقبل.", "ar"),
    ("ويتوقع مراقبون إعفاء المدير العام للشركة من مهامه قبل نهاية السنة.", "ar"),
    ("ولم يستبعد محللون تنحي رئيس البلدية إذا استمر الإضراب.", "ar"),
    ("The Greens could pull their two ministers out of the cabinet if the budget passes unchanged.", "en"),
    ("The junior partner would withdraw its ministers from the government before the vote, its leader said.", "en"),
    ("The Liberals may leave the coalition if the reform is shelved, party officials said.", "en"),
])
def test_leaving_office_or_the_government_is_a_resignation(text, lang):
    assert _event(text, lang) == "resignation"


@pytest.mark.parametrize("text", [
    "The Supreme Court is due to proclaim the final results by March 20, its spokesman said.",
    "The commission expects to announce the official results within ten days.",
    "The incumbent is widely expected to be declared the winner next week.",
])
def test_proclaiming_results_is_an_election(text):
    assert _event(text, "en") == "election"


def test_announcing_a_firm_s_results_is_no_election():
    assert _event("The miner will publish its quarterly results on Thursday, the company said.", "en") != "election"


@pytest.mark.parametrize("text", [
    "ومن المتوقع أن يترأس وزير الصناعة وفد بلاده إلى المنتدى الاقتصادي في الدوحة الشهر المقبل.",
    "ويُرجح أن يترأس ولي العهد وفد المملكة إلى القمة العربية المقررة في بغداد منتصف أيار.",
])
def test_a_delegation_led_to_a_forum_or_summit_is_a_visit(text):
    assert _event(text, "ar") == "visit"


def test_a_delegation_led_to_a_meeting_stays_a_meeting():
    text = "ومن المقرر أن يترأس وزير المالية وفد بلاده إلى اجتماع اللجنة المشتركة في عمّان الأسبوع المقبل."
    assert _event(text, "ar") == "meeting"


@pytest.mark.parametrize("text, purpose", [
    ("ومن المقرر أن يتوجه وزير الطاقة إلى الرياض يوم الأحد المقبل لعقد جولة جديدة من المحادثات مع نظيره السعودي.", "لعقد"),
    ("ويصل وفد من البنك الدولي إلى بيروت الأسبوع المقبل لإجراء محادثات مع الحكومة حول القرض.", "لإجراء"),
    ("ومن المنتظر أن يزور رئيس الوزراء القاهرة مطلع الشهر المقبل لترؤس اجتماع اللجنة العليا المشتركة.", "لترؤس"),
])
def test_a_trip_and_its_purpose_are_two_claims(text, purpose):
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert [m.event_type for m in forward] == ["visit", "meeting"]
    assert forward[1].quote.startswith(purpose)


@pytest.mark.parametrize("text", [
    # the subject and its date between «تشرع» and «في مناقشة», a comma-set aside among them
    "تشرع لجنة المالية والميزانية بمجلس نواب الشعب يوم الخميس المقبل في مناقشة مشروع قانون الصرف.",
    "يبدأ مجلس النواب يوم الأربعاء المقبل، في دورته الاستثنائية، مناقشة مشروع قانون الضمان.",
    # a long body's name between «يعقد» and «جلسة»
    "ومن المقرر أن يعقد مجلس السلم والأمن التابع للاتحاد الأفريقي جلسة حول أمن الحدود يوم 19 مارس.",
    # chairing a sitting or a meeting
    "كما يترأس رئيس الحكومة يوم الاثنين المقبل اجتماعا مع الولاة لمتابعة إعداد الميزانيات.",
])
def test_arabic_sittings_and_debates_opened_are_meetings(text):
    assert _event(text, "ar") == "meeting"

