"""Kind and certainty from hedging words, negation and questions, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.models import certainty_label

PUBLISHED = date(2025, 3, 10)


def _only_forward(text: str, lang: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}"
    return forward[0]


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("The foreign minister will visit Cairo next week.", "prediction", "high"),
        ("The election is scheduled for 12 May, the commission said.", "prediction", "high"),
        ("The summit is expected to take place in Rome in June.", "prediction", "medium"),
        ("The two leaders are likely to meet on the sidelines of the summit.", "prediction", "medium"),
        ("The government plans to hold a referendum later this year.", "prediction", "medium"),
        ("The talks could resume in Geneva next month.", "speculation", "low"),
        ("A ceasefire may be announced within days.", "speculation", "low"),
        ("A visit by the president to Paris is possible in April.", "speculation", "low"),
        ("The date of the visit has not yet been fixed.", "speculation", "low"),
    ],
)
def test_english_certainty(text, kind, label):
    m = _only_forward(text, "en")
    assert (m.kind, certainty_label(m.certainty)) == (kind, label)


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("سيزور وزير الخارجية القاهرة الأسبوع المقبل.", "prediction", "high"),
        ("وسوف تعقد الانتخابات في موعدها في أيار المقبل.", "prediction", "high"),
        ("ومن المقرر أن تبدأ المفاوضات في جنيف يوم الأحد.", "prediction", "high"),
        ("ومن المتوقع أن يلتقي الرئيسان في تشرين الأول المقبل.", "prediction", "medium"),
        ("وتشهد العاصمة زيارة مرتقبة للمبعوث الأممي الشهر المقبل.", "prediction", "medium"),
        ("ومن المنتظر أن يوقع الطرفان الاتفاق قبل نهاية العام.", "prediction", "medium"),
        ("وقد يعقد لقاء بين الوزيرين على هامش القمة.", "speculation", "low"),
        ("ويمكن أن تؤجل الانتخابات لشهرين.", "speculation", "low"),
        ("وطرح الجانبان إمكانية عقد لقاء ثنائي في الخريف.", "speculation", "low"),
        ("ولم يتضح بعد موعد الزيارة المحتملة للرئيس.", "speculation", "low"),
    ],
)
def test_arabic_certainty(text, kind, label):
    m = _only_forward(text, "ar")
    assert (m.kind, certainty_label(m.certainty)) == (kind, label)


def test_a_hedge_outweighs_a_plain_future():
    m = _only_forward("The minister said talks will possibly resume, but a meeting may not happen.", "en")
    assert certainty_label(m.certainty) == "low"


def test_negated_prediction_is_marked():
    m = _only_forward("The president will not attend the summit in Baghdad next month.", "en")
    assert m.negated and m.kind == "prediction"
    m = _only_forward("لن يشارك الرئيس في القمة المقبلة في بغداد.", "ar")
    assert m.negated


def test_plain_prediction_is_not_negated():
    assert not _only_forward("The president will attend the summit in Baghdad next month.", "en").negated


def test_question_is_low_speculation():
    m = _only_forward("Will the two presidents meet in Moscow?", "en")
    assert m.kind == "speculation" and certainty_label(m.certainty) == "low"
    m = _only_forward("هل يلتقي الرئيسان في موسكو قريبا؟", "ar")
    assert m.kind == "speculation" and certainty_label(m.certainty) == "low"


def test_future_prefix_does_not_fire_on_nouns():
    text = "السياسة الخارجية للبلاد تغيرت منذ سنوات طويلة والسيارات في الشوارع."
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    assert not [m for m in ex.mentions if m.is_forward]


def test_narrative_would_without_report_or_date_is_not_a_claim():
    text = "Democrats wanted to see how violations of the trade deal terms would be enforced."
    ex = extract(text, published=PUBLISHED, lang="en", resources=Resources.load())
    assert not [m for m in ex.mentions if m.is_forward]


def test_reported_would_with_a_date_is_a_prediction():
    m = _only_forward("The prime minister would travel to Tokyo on 20 March, his office said.", "en")
    assert m.kind == "prediction" and certainty_label(m.certainty) == "high"
