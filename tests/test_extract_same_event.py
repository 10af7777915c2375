"""A claim with no date of its own that names its event as known ("the conference", «المؤتمر»,
"this meeting") takes the date of the earlier claim that named and dated that event, not the
date of a nearer claim of the same type (`same_event.py`, `inherit.inherit`).

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday


def _window(res, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


def test_arabic_the_conference_takes_the_conference_date_not_the_nearer_meeting(res):
    text = ("تستضيف العاصمة الأردنية منتصف حزيران المقبل مؤتمرا إقليميا حول المياه بمشاركة عشرين دولة.\n\n"
            "ومن المقرر أن يلتقي وزير الري العراقي نظيره الأردني في بغداد يوم الخميس.\n\n"
            "ويتوقع أن يتبنى المؤتمر خطة مشتركة لتقاسم مياه الأنهار.")
    w = _window(res, text, "ar", "خطة مشتركة")
    assert w is not None and w.start is not None and w.start.month == 6


def test_arabic_this_meeting_refers_back_to_the_dated_one(res):
    text = ("يعقد وزراء الزراعة في دول الساحل اجتماعا في نواكشوط أواخر أيار المقبل لبحث أزمة الجفاف.\n\n"
            "وسيلتقي وزير الزراعة المالي نظيره النيجري في باماكو بعد غد الأربعاء.\n\n"
            "وقال مصدر دبلوماسي إن السنغال لن تطرح ملف الرعي العابر للحدود خلال هذا الاجتماع.")
    w = _window(res, text, "ar", "الرعي")
    assert w is not None and w.start is not None and w.start.month == 5


def test_english_the_conference_takes_the_conference_date_not_the_nearer_meeting(res):
    text = ("Nairobi will host an international donors' conference in late June to fund the rebuilding "
            "of the northern rail line, the foreign ministry said.\n\n"
            "The transport minister will meet his Ugandan counterpart in Kampala on Thursday.\n\n"
            "Several Gulf states are expected to pledge funds at the conference, diplomats said.")
    w = _window(res, text, "en", "pledge funds")
    assert w is not None and w.start is not None and w.start.month == 6


def test_a_kind_of_meeting_is_not_the_meeting_named_later(res):
    # "a preparatory meeting" on Friday is a new event of its own: "the meeting" after it is the
    # one named first ("this year's meeting"), dated by the summit claim before it
    text = ("Caribbean leaders will gather in Bridgetown from July 7 to 9 for their annual summit, "
            "the secretariat said.\n\n"
            "The host will not invite observer states to this year's meeting, a spokesman said.\n\n"
            "Finance ministers will hold a preparatory meeting by video link on Friday.\n\n"
            "Analysts said the absence of observers could mean fewer pledges at the meeting.")
    w = _window(res, text, "en", "fewer pledges")
    assert w is not None and w.start == date(2025, 7, 7)
