"""Session 26: a chamber holding a sitting to vote («يعقد المجلس جلسة … للتصويت على») is a
meeting, as the golds annotate it; visa cuts, an American waiver and cutting banks off SWIFT are
sanctions; an "arrangement" and leaving a convention or treaty are agreements.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2026, 1, 20)


def _event(text: str, lang: str = "ar") -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يعقد المجلس البلدي جلسة يوم الأحد المقبل للتصويت على خطة النقل الجديدة.",
    "وقال رئيس البرلمان إن المجلس سيعقد جلسة طارئة الأسبوع المقبل لإقرار قانون الموازنة.",
])
def test_a_sitting_held_to_vote_is_a_meeting(text):
    assert _event(text) == "meeting"


@pytest.mark.parametrize("text", [
    "وقال وزير الداخلية إن باريس ستواصل تقليص التأشيرات الممنوحة لرعايا البلدين.",
    "ويرى اقتصاديون أن واشنطن قد لا تجدد الإعفاء الذي يسمح لبغداد بشراء الغاز.",
    "ومن المنتظر أن تنتهي مهلة الإعفاء الأميركي منتصف الشهر المقبل.",
    "وقال المحافظ إن البنوك المخالفة ستفصل عن نظام «سويفت» اعتبارا من الشهر المقبل.",
])
def test_visa_cuts_waivers_and_swift_are_sanctions(text):
    assert _event(text) == "sanction"


def test_a_tax_exemption_extended_is_no_sanction():
    text = "ويتوقع أن يوقع البلدان الشهر المقبل بروتوكولا لتمديد الإعفاءات الجمركية لنحو مئتي سلعة."
    assert _event(text) != "sanction"


@pytest.mark.parametrize("text", [
    "Kiribati will decide by the end of the year whether to renew a policing arrangement with China, officials said.",
    "Latvia could withdraw from the Istanbul Convention next year, analysts say.",
])
def test_arrangements_and_leaving_a_convention_are_agreements(text):
    assert _event(text, "en") == "agreement"


def test_security_arrangements_are_no_agreement():
    text = "The minister will inspect security arrangements for the vote in Cabo Delgado next week, officials said."
    assert _event(text, "en") != "agreement"


def _mentions(text: str, lang: str = "ar") -> list[tuple[str, str]]:
    from claimtracker.extract import extract
    out = extract("Headline\n\n" + text, PUBLISHED, lang, Resources.load())
    return [(m.event_type, m.quote) for m in out.mentions if m.kind != "assertion"]


@pytest.mark.parametrize(("text", "event"), [
    ("ويتوجه الوزير إلى الرياض منتصف فبراير للمشاركة في اجتماع لجنة التعاون المالي والاقتصادي.", "meeting"),
    ("ومن المقرر أن يتوجه رئيس الوزراء إلى واشنطن منتصف أكتوبر للمشاركة في الاجتماعات السنوية للصندوق.", "meeting"),
    ("ويصل الوزير إلى الدوحة الأحد المقبل لحضور توقيع اتفاق التعاون بين البلدين.", "agreement"),
])
def test_a_trip_to_attend_an_event_is_the_trip_and_the_event(text, event):
    found = _mentions(text)
    assert [e for e, _ in found] == ["visit", event]


@pytest.mark.parametrize("text", [
    "The government could ask lawmakers to approve deploying the army to support the police, an official said.",
    "Kyrgyzstan will host Collective Security Treaty Organization exercises near Balykchy in October, the ministry said.",
])
def test_deploying_forces_and_hosting_exercises_are_military(text):
    # "Treaty" inside an organisation's name is no agreement
    assert _event(text, "en") == "military"
