"""Golden sentences (written for these tests) for wording that news uses often and the first
lexicons missed: opinion verbs as reporting verbs («ورجّح محللون», "economists predicted"),
anonymity formulas, possessive offices, hedges such as «لم تستبعد», «قد لا», "unlikely", and
the event words of reshuffles, swearing-in and rate decisions."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 4, 6)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def _first_forward(text: str, lang: str, res: Resources):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=res)
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}: {ex.mentions}"
    return forward[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("ورجّح محللون اقتصاديون أن يخفض البنك المركزي سعر الفائدة في اجتماعه الشهر المقبل.", "observers"),
    ("ويعتقد خبراء أن الحكومة ستطرح الموازنة على البرلمان قبل نهاية العام.", "observers"),
    ("وتوقعت مصادر دبلوماسية أن يزور وزير الخارجية الجزائر الأسبوع المقبل.", "anonymous"),
])
def test_arabic_opinion_verbs_and_anonymity_attribute(res, text, kind):
    assert _first_forward(text, "ar", res).attribution.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The finance minister will present the budget on Thursday, his office said.", "official_statement"),
    ("The delegation will arrive in Nairobi on Friday, an official said, speaking on condition of anonymity.",
     "anonymous"),
    ("The two sides will resume talks in Geneva next week, negotiators said.", "anonymous"),
    ("The envoy is expected to visit Khartoum next month, a foreign ministry official said.", "anonymous"),
])
def test_english_offices_negotiators_and_anonymity_attribute(res, text, kind):
    assert _first_forward(text, "en", res).attribution.kind == kind


@pytest.mark.parametrize(("text", "lang", "kind", "low"), [
    ("ولم تستبعد مصادر حكومية أن يعقد الرئيس لقاء مع نظيره التركي الشهر المقبل.", "ar", "speculation", True),
    ("وقد لا تتجاوز مدة الزيارة يومين بحسب مصادر مطلعة.", "ar", "speculation", True),
    ("ويرتقب أن يصل المبعوث الأممي إلى طرابلس الأسبوع المقبل.", "ar", "prediction", False),
    ("A deal on the border dispute is unlikely before the end of the year, diplomats said.", "en", "speculation",
     True),
])
def test_hedges_set_kind_and_certainty(res, text, lang, kind, low):
    m = _first_forward(text, lang, res)
    assert m.kind == kind
    assert (m.certainty < 0.4) == low


@pytest.mark.parametrize(("text", "lang"), [
    ("ومن المنتظر أن يجري الرئيس تحويرا وزاريا جزئيا خلال الأسبوع المقبل.", "ar"),
    ("ومن المقرر أن يؤدي الوزراء الجدد اليمين الدستورية أمام الرئيس يوم الأحد.", "ar"),
    ("وتعقد لجنة السياسة النقدية اجتماعها المقبل يوم الخميس لتحديد سعر الفائدة.", "ar"),
    ("The new ministers will be sworn in on Monday.", "en"),
    ("The monetary policy committee is expected to hold rates steady next week.", "en"),
])
def test_reshuffles_swearing_in_and_rate_decisions_are_other(res, text, lang):
    assert _first_forward(text, lang, res).event_type == "other"
