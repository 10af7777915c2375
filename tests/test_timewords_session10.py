"""A quotation that opens on a time modifier keeps the modifier: 'operating "before August 7"'.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from claimtracker.extract.timewords import find_times


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ('The mayor said the bridge would be "before October 3" open to lorries.', "en", date(2026, 10, 2)),
        ("He hoped the camp could close “before October 3”, aides said.", "en", date(2026, 10, 2)),
        ("وقال إن الجسر سيفتح «قبل 3 أكتوبر»، بحسب مساعديه.", "ar", date(2026, 10, 2)),
    ],
)
def test_a_quoted_modifier_still_modifies(text, lang, end):
    hits = find_times(text, lang, date(2026, 5, 1), Resources.load().time_lexicon)
    assert hits and hits[0].window.end == end and hits[0].window.start == date(2026, 5, 1), hits
