"""A scheduled gathering named with its date at the end of another claim is a claim of its own
(`nested_events.py`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUB = date(2026, 2, 1)


def _forward(text: str, lang: str):
    head = "عنوان\n\n" if lang == "ar" else "Headline\n\n"
    ex = extract(head + text, published=PUB, lang=lang, resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize("text, lang, nested, event_type, month", [
    ("Analysts said the finance minister is expected to raise the debt issue with her partners "
     "at the regional summit in Lusaka in May.", "en", "the regional summit in Lusaka in May", "summit", 5),
    ("The opposition said the ruling party could lose its majority in the national assembly to a new coalition before the "
     "parliamentary elections scheduled for June 7.", "en", "the parliamentary elections scheduled for June 7",
     "election", 6),
    ("ورجحت مصادر دبلوماسية أن يطرح الوزير ملف المياه على نظرائه الخليجيين خلال القمة المقررة في الرياض مطلع "
     "أبريل.", "ar", "القمة المقررة في الرياض مطلع أبريل", "summit", 4),
    ("وقال نواب إن الحكومة قد تطرح مشروع قانون العفو العام على البرلمان قبل الانتخابات التشريعية المقررة في "
     "سبتمبر.", "ar", "الانتخابات التشريعية المقررة في سبتمبر", "election", 9),
])
def test_a_dated_gathering_at_the_end_of_a_claim_is_its_own_claim(text, lang, nested, event_type, month):
    forward = _forward(text, lang)
    inner = [m for m in forward if m.quote == nested]
    assert inner, [m.quote for m in forward]
    assert inner[0].kind == "prediction" and inner[0].certainty_label == "high"
    assert inner[0].event_type == event_type
    assert inner[0].expected is not None and inner[0].expected.start.month == month
    outer = [m for m in forward if m is not inner[0]]
    assert outer and all(nested not in m.quote for m in outer)
    assert outer[0].certainty_label != "high"


@pytest.mark.parametrize("text, lang", [
    # the enclosing claim would keep less than the gathering: it is one claim about the meeting
    ("Sources said the choice could still change at a meeting of the party's governing council on Thursday.", "en"),
    ("وقال الحزب إن الأمين العام سيعلن مرشحه خلال مؤتمر استثنائي يوم السبت المقبل.", "ar"),
    # a span to come is no date of the gathering; a municipality is no vote
    ("وقالت القوة إنها ستعزز دورياتها في البلديات الشمالية خلال الأسبوعين المقبلين.", "ar"),
])
def test_no_split_where_the_gathering_is_the_claim_or_has_no_date(text, lang):
    assert len(_forward(text, lang)) == 1
