"""Event types of session 9: a deciding body's own sitting (a parliament's session, a bank's
board meeting) is about what it decides (`other`), while talks between parties stay meetings.
Sentences written for these tests, with invented names and places."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)


def _event(text: str, lang: str) -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # the board of a bank or a fund decides; its meeting carries the decision
        ("The development bank's board is due to meet on April 14, officials said.", "en", "other"),
        ("The Fund's executive board is expected to discuss the loan review in early June.", "en", "other"),
    ],
)
def test_a_deciding_body_sitting_is_other(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # session 24: a legislature's own sitting is a meeting, as the later seen golds label it, even
        # one held to vote
        ("Tarnavia's parliament will hold an emergency session on Friday to vote on the water plan.", "en"),
        ("ومن المنتظر أن يجتمع مجلس النواب يوم الأحد المقبل للتصويت على طلب الحكومة.", "ar"),
        ("Tarnavia's parliament will hold an emergency session on Friday to debate the water plan.", "en"),
        ("The senate could meet in a special sitting before the end of May.", "en"),
        ("The National Assembly will hold its ordinary session on December 17-18.", "en"),
        ("ومن المقرر أن يعقد البرلمان دورة استثنائية الأسبوع المقبل لمناقشة الوضع الأمني.", "ar"),
        ("ومن المنتظر أن يجتمع مجلس النواب يوم الأحد المقبل للنظر في طلب الحكومة.", "ar"),
    ],
)
def test_a_legislature_sitting_is_a_meeting(text: str, lang: str) -> None:
    assert _event(text, lang) == "meeting"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a title heads the body: its holder meets someone
        ("The speaker of parliament will meet the Korvan envoy on Monday.", "en"),
        ("ومن المنتظر أن يلتقي رئيس مجلس النواب المبعوث الأممي الأسبوع المقبل.", "ar"),
        ("ومن المقرر أن يجتمع رئيس البرلمان بوفد من الاتحاد الأوروبي يوم الثلاثاء.", "ar"),
        # a sitting held with someone is a meeting between parties
        ("Lawmakers are expected to meet in Valmora on Monday with the visiting foreign minister.", "en"),
        # the body's clause has ended: someone else meets ("said its leaders would meet")
        ("The Farmers' Congress said its leaders would meet on Friday to set a date for the protest.", "en"),
        # not a deciding body: a cabinet, an agency's board of governors, ministers
        ("The atomic agency's board of governors meets in Vienna next week.", "en"),
        ("ومن المقرر أن يعقد مجلس الوزراء اجتماعا يوم الخميس لبحث خطة الإسكان.", "ar"),
    ],
)
def test_other_gatherings_stay_meetings(text: str, lang: str) -> None:
    assert _event(text, lang) == "meeting"


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # a party sent "for talks" makes a trip (guideline: trips -> visit) ...
        ("A Nordic Investment Bank team will arrive in Tallinn on May 2 for talks on the rail loan.", "en", "visit"),
        ("A trade mission from Ostrava is scheduled to fly to Accra next week for talks with cocoa exporters.",
         "en", "visit"),
        # ... while the continuation of talks it goes to is the talks (a round named with its article,
        # "for the third round of negotiations", is a claim of its own after the trip since session 48)
        ("The Korvan delegation will arrive in Geneva on Sunday for the third round of negotiations.", "en", "visit"),
        ("A Tarnavian team is due to travel to Vienna next week to continue the talks on water rights.", "en",
         "meeting"),
    ],
)
def test_a_trip_for_talks_is_a_visit_unless_a_round(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "containing", "event"),
    [
        # the legislature named in the vote's own sentence votes on a measure, whatever election
        # the story spoke of before
        ("The governing party won the April election by a wide margin. Parliament will vote on June 3 "
         "on a spending bill that adds funds for coastal defences.", "Parliament will vote", "other"),
        ("Voters return to the polls in the autumn local elections. Lawmakers are expected to vote next "
         "week on the pension reform.", "Lawmakers are expected", "other"),
        # an election word between the legislature and the vote: citizens vote in an election
        ("Parliament was dissolved on Monday, and citizens will vote in a snap election on May 3.",
         "citizens will vote", "election"),
    ],
)
def test_a_legislature_in_the_sentence_votes_on_a_measure(text: str, containing: str, event: str) -> None:
    assert first_forward(Resources.load(), text, "en", PUBLISHED, containing).event_type == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # a law about elections is a law (`other`, like votes on laws), not an election ...
        ("The president is due to send an electoral reform bill to the assembly by October 1.", "en", "other"),
        ("The coalition could table amendments to the election law before the summer recess.", "en", "other"),
        ("ومن المرجح أن تشهد الأسابيع المقبلة تعديل قانون الانتخابات البلدية في البلاد.", "ar", "other"),
        ("ومن المنتظر أن تحيل الحكومة القانون الانتخابي الجديد إلى البرلمان الشهر المقبل.", "ar", "other"),
        # ... while the date of a vote is still the election
        ("The electoral commission will publish the calendar for the municipal elections in June.", "en", "election"),
        # an opening or closing session is a sitting of the gathering
        ("ومن المقرر أن يحضر الجلسة الافتتاحية وزراء من دول الجوار يوم الأحد المقبل.", "ar", "meeting"),
    ],
)
def test_election_laws_and_opening_sessions(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # signing a bill into law, or signing off on a disbursement, is no agreement
        ("Governor Ilse Varga is expected to sign the water levy bill into law before the end of June.", "en",
         "other"),
        ("The president will sign the revised budget on Tuesday, his spokesman said.", "en", "other"),
        ("The second tranche will follow once the lenders' board signs off, possibly in May.", "en", "other"),
        # ... while signing a deal still is one
        ("The two ministers are expected to sign the fisheries deal in Dakar next week.", "en", "agreement"),
        # an agreement going through a legislature: submitted to it, put to the vote, passing, approved there
        ("ومن المنتظر أن تُعرض الاتفاقية على البرلمان خلال الدورة المقبلة.", "ar", "other"),
        ("ومن المرجح أن يُطرح الاتفاق على التصويت في جلسة الأسبوع المقبل.", "ar", "other"),
        ("ويتوقع نواب أن الاتفاقية ستمر بأغلبية واسعة يوم الخميس.", "ar", "other"),
        # ... while its signature is still the agreement
        ("ومن المقرر أن يوقع البلدان الاتفاقية في العاصمة الأسبوع المقبل.", "ar", "agreement"),
    ],
)
def test_legislative_steps_and_signing(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "containing"),
    [
        # works and the start of operation name what the claim is about (weak `other`): they do
        # not take the agreement named earlier in the sentence
        ("ومن المقرر أن توقع الشركتان اتفاقية تطوير الميناء يوم الأحد المقبل، "
         "على أن تنطلق أشغال التوسيع مطلع أيلول المقبل.", "ar", "أشغال"),
        ("ومن المقرر أن يوقع البلدان اتفاقية الربط الكهربائي الشهر المقبل، "
         "على أن يبدأ التشغيل التجريبي للخط في منتصف أيلول.", "ar", "التشغيل"),
        ("The firms will sign the port deal on Sunday, and construction of the second terminal is expected "
         "to start in March.", "en", "construction"),
    ],
)
def test_works_do_not_inherit_the_agreement(text: str, lang: str, containing: str) -> None:
    assert first_forward(Resources.load(), text, lang, PUBLISHED, containing).event_type == "other"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # fighting named as a war or skirmishes is military; a war is a weak word (a trade war is none)
        ("Analysts say an all-out war between the two neighbours is unlikely before the harvest.", "military"),
        ("Border skirmishes could resume within days, the monitors warned.", "military"),
        ("The two blocs could slide into a trade war by the autumn, economists said.", "other"),
        # a cessation-of-hostilities deal is a truce
        ("The mediators will review the 2023 Lusaka cessation-of-hostilities agreement next month.", "ceasefire"),
        # sending envoys somewhere is a trip; sending them to a hearing is about the hearing
        ("The regional bloc will send a three-member panel to Juba and Khartoum within ten days.", "visit"),
        ("Valmora is not expected to send a delegation to the hearings in The Hague.", "other"),
        # declaring a state of emergency is a measure, not a statement
        ("The cabinet may declare a state of emergency in the northern provinces this week.", "other"),
        # suspending visa-free travel is a sanction, also when ministers discuss it at a meeting
        ("EU ministers are expected to discuss suspending visa-free travel for Korvan citizens at their meeting "
         "on Monday.", "sanction"),
        # meeting a target is no meeting, with adjectives before the target too
        ("The treasury may struggle to meet its annual revenue target next year.", "other"),
    ],
)
def test_english_word_classes_session9(text: str, event: str) -> None:
    assert _event(text, "en") == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the Arabic counterparts: a state of emergency is a measure, sending a delegation to a
        # place is a trip (to talks it is the talks), a war is military (a trade war is not)
        ("ومن المرجح أن تعلن الحكومة حالة الطوارئ في المحافظات الشمالية هذا الأسبوع.", "other"),
        ("ومن المنتظر أن يرسل الاتحاد وفدا رفيعا إلى الخرطوم وجوبا خلال أسبوعين.", "visit"),
        ("ويستبعد محللون اندلاع حرب شاملة بين البلدين قبل نهاية موسم الأمطار.", "military"),
        ("ويرجح خبراء أن تتجه القوتان إلى حرب تجارية مع مطلع العام المقبل.", "other"),
    ],
)
def test_arabic_word_classes_session9(text: str, event: str) -> None:
    assert _event(text, "ar") == event
