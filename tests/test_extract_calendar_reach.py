"""The calendar of dated events is read only as far as the claims that can use it (eighth session,
speed): a claim with an event type and no window takes a date named before it, so the time phrases
from the last such claim on, and all of them when there is no such claim, are not read.

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from claimtracker.extract.document import TimeSpan
from claimtracker.extract.pipeline import _calendar_times
from claimtracker.models import Window
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)


def _time(start: int) -> TimeSpan:
    return TimeSpan(Window(date(2025, 10, 21), date(2025, 10, 31), "late October"), start, start + 12)


def _claim(start: int, event: str | None, window: Window | None):
    return SimpleNamespace(start=start, event_type=event, window=window)


def test_only_the_phrases_before_the_last_claim_that_may_take_a_date_are_read():
    times = [_time(10), _time(80), _time(150), _time(300)]
    dated = Window(date(2025, 3, 14), date(2025, 3, 14), "on Friday")
    claims = [_claim(0, "summit", None), _claim(120, "summit", None), _claim(200, "vote", dated)]
    assert [t.start for t in _calendar_times(times, claims)] == [10, 80]  # type: ignore[arg-type]


def test_no_phrase_is_read_when_no_claim_can_take_a_date():
    times = [_time(10), _time(80)]
    dated = Window(date(2025, 3, 14), date(2025, 3, 14), "on Friday")
    # a claim with a window keeps it; one with no event type has no event to look a date up for
    claims = [_claim(0, "summit", dated), _claim(120, None, None)]
    assert list(_calendar_times(times, claims)) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "containing"),
    [
        ("Will the president take part in the summit?\n\n"
         "The spokesman said trade ministers would gather in Nairobi on Friday for talks ahead of the "
         "summit scheduled for late October.\n\n"
         "Will every leader attend the summit?", "en", "every leader"),
        ("هل يشارك الرئيس في القمة؟\n\n"
         "وأوضح المتحدث أن وزراء التجارة سيجتمعون في نيروبي يوم الجمعة للتحضير للقمة المقررة في أواخر "
         "تشرين الأول المقبل.\n\n"
         "هل يحضر كل القادة القمة؟", "ar", "كل القادة"),
    ],
)
def test_a_later_undated_claim_still_takes_the_date_named_before_it(res, text, lang, containing):
    w = first_forward(res, text, lang, PUBLISHED, containing).expected
    assert w is not None and (w.start, w.end) == (date(2025, 10, 21), date(2025, 10, 31))
