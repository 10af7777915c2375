"""Event types from event words, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.events import EventHit, choose_event

PUBLISHED = date(2025, 3, 10)


def _event(text: str, lang: str) -> str:
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}"
    return forward[0].event_type


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two foreign ministers will meet in Vienna next week.", "meeting"),
        ("Leaders of the bloc will gather for a summit in Rome in June.", "summit"),
        ("The president is expected to visit Tokyo in April.", "visit"),
        ("The two sides could sign a trade agreement next month.", "agreement"),
        ("Parliamentary elections are scheduled for 4 May.", "election"),
        ("A ceasefire is expected to take effect on Sunday.", "ceasefire"),
        ("The bloc will discuss new sanctions on the energy sector on Monday.", "sanction"),
        ("The army is preparing a military operation in the north within weeks.", "military"),
        ("The finance minister is expected to resign next week.", "resignation"),
        ("The central bank is likely to cut interest rates in June.", "other"),
    ],
)
def test_english_event_types(text, event):
    assert _event(text, "en") == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("ومن المتوقع أن يلتقي وزيرا الخارجية في فيينا الأسبوع المقبل.", "meeting"),
        ("وستعقد القمة العربية في بغداد في أيار المقبل.", "summit"),
        ("ومن المقرر أن يزور الرئيس طوكيو في نيسان المقبل.", "visit"),
        ("وقد يوقع الطرفان اتفاقية تجارية الشهر المقبل.", "agreement"),
        ("وستجرى الانتخابات النيابية في موعدها في أيار المقبل.", "election"),
        ("ومن المنتظر أن يدخل وقف إطلاق النار حيز التنفيذ يوم الأحد.", "ceasefire"),
        ("وسيبحث الوزراء فرض عقوبات جديدة على قطاع الطاقة يوم الاثنين.", "sanction"),
        ("وتعد القوات لعملية عسكرية واسعة في الشمال خلال أسابيع.", "military"),
        ("ومن المتوقع أن يقدم الوزير استقالته الأسبوع المقبل.", "resignation"),
        ("ومن المرجح إجراء تعديل وزاري الأسبوع المقبل.", "other"),
    ],
)
def test_arabic_event_types(text, event):
    assert _event(text, "ar") == event


def test_the_clause_head_decides_between_equal_words():
    # "a bilateral meeting on the sidelines of the summit" is a meeting
    assert _event("وطرح الجانب الروسي إمكانية عقد لقاء ثنائي على هامش القمة.", "ar") == "meeting"


def test_specific_words_outweigh_announcements():
    hits = [EventHit("statement", 1, 0, 5), EventHit("election", 3, 10, 15)]
    assert choose_event(hits) == "election"
    assert choose_event([]) is None
