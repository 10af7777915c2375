"""Session 12, time phrases: «قبل ذلك بأسبوعين» counts back from the date just before, like the
count forward «بعد ذلك بأسبوعين». (English "two weeks earlier" stays a count back from publication,
as `ago` reads it.)

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2026, 6, 18)


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("تجري الانتخابات يوم 23 سبتمبر المقبل، على أن تنطلق الحملة قبل ذلك بأسبوعين.", "ar", date(2026, 9, 9)),
        # forward, as before
        ("تجري الانتخابات يوم 23 سبتمبر المقبل، على أن تعلن النتائج بعد ذلك بأسبوعين.", "ar", date(2026, 10, 7)),
    ],
)
def test_counts_from_the_date_just_before(text: str, lang: str, day: date, lex: TimeLexicon) -> None:
    windows = [(h.window.start, h.window.end) for h in find_times(text, lang, PUB, lex)]
    assert (day, day) in windows
