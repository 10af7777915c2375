"""Golden sentences (written for these tests) for a trip and the event it is made for: a purpose
that opens a new event verb after a trip verb ("will fly to X on Monday to meet …", «سيزور …
الأسبوع المقبل للقاء …») is a claim of its own, with the trip's hedge, date and source; the trip
stays a visit and the purpose is the meeting or signing (guideline: trips -> visit, meetings held
during a visit -> meeting)."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.clause_rules import after_trip
from claimtracker.extract.split import clauses_in

PUBLISHED = date(2026, 4, 6)


def _clauses(text: str) -> list[str]:
    return [text[c.start : c.end] for c in clauses_in(text, 0, len(text))]


def _forward(text: str, lang: str, res: Resources):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=res)
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(("text", "second"), [
    ("The Dutch trade minister will fly to Nairobi next week to meet Kenyan flower exporters.",
     "to meet Kenyan flower exporters."),
    ("Chile's foreign minister may travel to Montevideo in early May to discuss fishing quotas with Uruguay.",
     "to discuss fishing quotas with Uruguay."),
    ("The Estonian premier is expected to visit Reykjavik on Thursday to sign a data-cable accord.",
     "to sign a data-cable accord."),
    ("يزور رئيس الوزراء الماليزي جاكرتا يوم الثلاثاء للقاء الرئيس الإندونيسي.",
     "للقاء الرئيس الإندونيسي."),
    ("من المنتظر أن يتوجه وزير الطاقة إلى الرباط مطلع الشهر المقبل لتوقيع اتفاقية للربط الكهربائي.",
     "لتوقيع اتفاقية للربط الكهربائي."),
])
def test_a_purpose_after_a_trip_opens_a_clause(text, second):
    clauses = clauses_in(text, 0, len(text))
    assert text[clauses[-1].start : clauses[-1].end] == second
    assert after_trip(text, clauses[0].start, clauses[-1])


@pytest.mark.parametrize("text", [
    # no trip before the infinitive: the cue governs it
    "The Slovak envoy is expected to meet the Hungarian prime minister in Budapest on Friday.",
    "Officials from both ports are likely to discuss the new tariffs when they gather in Gdansk next week.",
    "ومن المتوقع أن يلتقي المبعوث الأممي قادة الأحزاب في الخرطوم الأسبوع المقبل للقاء ثان.",
])
def test_an_infinitive_without_a_trip_is_not_cut(text):
    clauses = _clauses(text)
    assert not any(c.startswith(("to meet", "to discuss")) for c in clauses)
    assert all(not after_trip(text, 0, c) for c in clauses_in(text, 0, len(text))[1:])


def test_a_purpose_that_only_serves_the_trip_is_not_cut():
    # attending or preparing is what the trip is: annotators keep it in the visit
    text = "The Peruvian president will travel to Quito next month to attend the inauguration of the new leader."
    assert len(_clauses(text)) == 1


@pytest.mark.parametrize(("text", "lang", "second_type"), [
    ("The Dutch trade minister will fly to Nairobi next week to meet Kenyan flower exporters, her spokesman said.",
     "en", "meeting"),
    ("The Estonian prime minister is expected to visit Reykjavik on Thursday to sign a data-cable agreement with Iceland.",
     "en", "agreement"),
    ("وقالت مصادر دبلوماسية إن وزير الدفاع التشادي سيزور نيامي الأسبوع المقبل للقاء رئيس المجلس العسكري.",
     "ar", "meeting"),
])
def test_the_trip_is_a_visit_and_the_purpose_its_own_event(res, text, lang, second_type):
    forward = _forward(text, lang, res)
    assert [m.event_type for m in forward] == ["visit", second_type]
    trip, purpose = forward
    # the purpose keeps the trip's hedge, date and source
    assert trip.certainty == purpose.certainty
    assert trip.expected is not None and purpose.expected is not None
    assert (trip.expected.start, trip.expected.end) == (purpose.expected.start, purpose.expected.end)
    assert trip.attribution is not None and purpose.attribution is not None
    assert trip.attribution.kind == purpose.attribution.kind
    assert trip.end <= purpose.start


def test_a_short_trip_is_not_cut_off():
    # fewer than three words before the purpose: no claim of its own can stand there
    text = "Ministers travel to meet the donors in Oslo next week."
    assert len(_clauses(text)) == 1


@pytest.mark.parametrize("text", [
    "Voters will go to the polls on Sunday to meet a constitutional deadline for the new assembly.",
    "Farmers are heading to the capital this week to discuss nothing less than land reform.",
])
def test_going_somewhere_is_no_trip(text):
    # "go to the polls", "head to the capital" name no visit: the infinitive stays in the claim
    assert len(_clauses(text)) == 1
