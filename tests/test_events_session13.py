"""Session 13, event types: the people who fight (rebels, militants, insurgents; «المتمردين»،
«المسلحين»، «المقاتلين») weigh only when nothing else names the event, so "the rebels will observe a
ceasefire" is a ceasefire and "the rebels will hold talks" a meeting, while "rebels will attack" stays
military; «وقف شامل لإطلاق النار» (an adjective inside the phrase) is a ceasefire.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUBLISHED = date(2025, 11, 6)


@pytest.mark.parametrize(("text", "lang", "part", "expected"), [
    ("The rebels said they would observe a ceasefire from November 10.", "en", "ceasefire", "ceasefire"),
    ("The rebels will hold talks with the government in Arusha next week.", "en", "talks", "meeting"),
    ("Rebels are expected to attack the garrison town next week.", "en", "attack", "military"),
    ("وقال المتمردون إنهم سيلتزمون بوقف إطلاق النار اعتبارا من الأسبوع المقبل.", "ar", "إطلاق", "ceasefire"),
    ("ويرى محللون أن فرص التوصل إلى وقف شامل لإطلاق النار قبل نهاية العام ضئيلة.", "ar", "شامل", "ceasefire"),
    ("ومن المتوقع أن يشن المسلحون هجوما على البلدة الأسبوع المقبل.", "ar", "هجوما", "military"),
])
def test_fighters_weigh_only_when_no_other_event_is_named(text, lang, part, expected):
    assert forward_event(text, lang, part, PUBLISHED) == expected
