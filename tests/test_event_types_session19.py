"""Session 19 event words: weapons delivered or taken over (fighter jets, howitzers, tanks,
frigates) make a military claim, and receiving them, or a loan's tranche, is no meeting.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUB = date(2026, 5, 1)


@pytest.mark.parametrize("text, lang, part, expected", [
    ("The air force will receive its first six fighter jets from Sweden in March, the ministry said.", "en",
     "fighter jets", "military"),
    ("Poland is expected to take delivery of 40 howitzers next month.", "en", "howitzers", "military"),
    ("The ministry will receive the second tranche of the loan next week.", "en", "tranche", "other"),
    ("وستحصل البحرية على فرقاطتين جديدتين قبل نهاية العام.", "ar", "فرقاطتين", "military"),
    # guards: a guest received is still a meeting; weapons taken over in Arabic were military before
    ("The president will receive his Kenyan counterpart on Monday.", "en", "counterpart", "meeting"),
    ("وستتسلم القوات الجوية أولى المقاتلات الشهر المقبل، بحسب وزارة الدفاع.", "ar", "المقاتلات", "military"),
])
def test_weapons_make_a_military_claim(text, lang, part, expected):
    assert forward_event(text, lang, part, PUB) == expected
