"""Session 12, certainty: "not guaranteed", "far from certain", «يبقى غير مضمون» are low, like
"unclear" and «غير مؤكد».

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Holding the vote in December is not guaranteed, the commission's chairman said.", "en"),
        ("Holding the vote in December remains far from certain, the commission's chairman said.", "en"),
        ("وأكد رئيس الهيئة أن إجراء الاقتراع في ديسمبر يبقى غير مضمون.", "ar"),
    ],
)
def test_low_certainty_wording(text: str, lang: str) -> None:
    ex = extract(text, published=date(2025, 10, 1), lang=lang, resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward and all(m.certainty < 0.4 for m in forward)
