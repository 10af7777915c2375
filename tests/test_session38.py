"""Session 38: past forms of more verbs date a past event, so the month or weekday after them is no
window to come ("annulled the election in December", «ألغت المحكمة النتائج في ديسمبر»). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 5, 6)
FORWARD = {"prediction", "speculation"}


def forward(res: Resources, text: str, lang: str) -> list:
    return [m for m in extract(text, published=PUBLISHED, lang=lang, resources=res).mentions if m.kind in FORWARD]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Constitutional Court annulled the original election in December, citing fraud."),
    ("en", "Troops repelled an attack on the border post in December."),
    ("en", "A poll published on Sunday put the ruling party six points ahead."),
    ("en", "Parliament scrapped the media law in December after weeks of protests."),
    ("ar", "ألغت المحكمة الدستورية نتائج الانتخابات في ديسمبر."),
    ("ar", "ورفضت الحكومة المقترح في نوفمبر بعد مشاورات طويلة."),
    ("ar", "وكانت الوزارة قد أصدرت في ديسمبر قرارا بتجميد التعيينات."),
])
def test_a_past_verb_dates_a_past_event(res, lang, text):
    assert forward(res, text, lang) == []


# guards: a verb that reports or agrees to what is to come keeps the date ahead (these pass on the start)
@pytest.mark.parametrize(("lang", "text", "start"), [
    ("en", "The two sides agreed to meet again in December.", "2026-12-01"),
    ("en", "The union said its members would strike on Friday.", "2026-05-08"),
    ("ar", "ودعت النقابة إلى إضراب عام يوم الأحد المقبل.", "2026-05-10"),
])
def test_a_date_governed_by_what_is_to_come_stays_ahead(res, lang, text, start):
    found = forward(res, text, lang)
    assert found, text
    assert found[0].expected is not None and found[0].expected.start.isoformat() == start
