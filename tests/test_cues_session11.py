"""«يُنتظر أن», «يُرتقب أن» (it is expected that) are medium certainty like «من المنتظر»; a
people who wait («ينتظر المواطنون») is no such cue. Eleventh session; our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 1)


@pytest.mark.parametrize("text", [
    "ويُنتظر أن يصادق البرلمان على اتفاقية القرض قبل نهاية الشهر.",
    "ويُرتقب أن تعلن الهيئة نتائج المناقصة الأسبوع المقبل.",
    "كما تُنتظر أن تصل البعثة الفنية إلى العاصمة يوم الأحد.",
])
def test_it_is_expected_is_medium(res, text):
    m = extract(text, PUB, "ar", res).mentions[0]
    assert m.kind == "prediction" and m.certainty_label == "medium"


def test_waiting_is_no_hedge(res):
    m = extract("ينتظر المواطنون نتائج الانتخابات الأسبوع المقبل.", PUB, "ar", res).mentions[0]
    assert m.certainty_label != "medium"
