"""Which event a date belongs to (seventh session): a date standing as a modifier between a
determiner and an event noun ("the June 4 runoff") says which event, and is that event's date.

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday


def _window(res: Resources, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


def test_a_claim_with_a_date_of_its_own_does_not_take_the_modifier(res):
    text = ("The interior ministry will publish the final voter roll for the June 4 presidential runoff "
            "by Wednesday, a spokesman said.")
    w = _window(res, text, "en", "voter roll")
    assert w is not None and w.end == date(2025, 3, 12)


def test_a_possessive_determiner_also_opens_the_modifier(res):
    text = ("The bloc will publish a draft communique for its April 9 summit on Thursday, "
            "diplomats in Brussels said.")
    w = _window(res, text, "en", "draft communique")
    assert w is not None and w.end == date(2025, 3, 13)


def test_a_claim_with_only_the_modifier_date_keeps_it(res):
    text = "The June 4 runoff will be monitored by observers from the African Union, the commission said."
    w = _window(res, text, "en", "monitored")
    assert w is not None and w.start == date(2025, 6, 4)


def test_a_date_with_its_own_preposition_still_dates_the_claim(res):
    text = "The party will name its candidate on March 20 for the presidential runoff, a spokesman said."
    w = _window(res, text, "en", "name its candidate")
    assert w is not None and w.start == date(2025, 3, 20)


def test_the_eve_of_a_dated_event_is_the_day_before(res):
    text = ("Peru will hold its presidential election on April 12, the electoral board said.\n\n"
            "The opposition plans a mass rally in Lima on the eve of the election, organisers said.")
    w = _window(res, text, "en", "mass rally")
    assert w is not None and (w.start, w.end) == (date(2025, 4, 11), date(2025, 4, 11))


def test_arabic_eve_of_a_dated_event(res):
    text = "تجرى الانتخابات الرئاسية في 12 نيسان المقبل.\n\nوتعتزم المعارضة تنظيم تظاهرة كبرى عشية الانتخابات."
    w = _window(res, text, "ar", "تظاهرة")
    assert w is not None and (w.start, w.end) == (date(2025, 4, 11), date(2025, 4, 11))


def test_a_date_in_a_later_claim_opened_by_and_with_a_subject_is_that_claims(res):
    # "..., and even that may slip into next year": the year dates the slip, not the expectation
    for text, first in [
        ("Mediators expect a ceasefire text from this round of talks, and even that may slip into next year, "
         "a diplomat said.", "Mediators expect"),
        ("Analysts expect the central bank to hold rates steady, and it could start cutting them in 2027, "
         "a Lagos economist said.", "Analysts expect"),
    ]:
        w = _window(res, text, "en", first)
        assert w is None or w.end is None or w.end.year not in (2026, 2027), text


def test_arabic_and_that_opens_a_separate_claim(res):
    # «..., وإن الطرفين يأملان ... قبل نهاية أيار»: a second reported claim, whose date is its own
    text = "وقال وزير الزراعة الأردني إن المباحثات ستستمر يومين، وإن الطرفين يأملان في توقيع الاتفاق قبل نهاية أيار."
    w = _window(res, text, "ar", "ستستمر يومين")
    assert w is None or w.end is None or w.end.month != 5


def test_arabic_even_though_goes_on_about_the_same_event(res):
    # «لم يحدد موعدها بعد، وإن كانت مصادر ترجح ...»: "even though", the date is the same visit's
    text = ("من جهة أخرى، يتوقع أن يوقع البلدان مذكرة تفاهم خلال زيارة مرتقبة لرئيس الوزراء التونسي إلى عمان، "
            "لم يحدد موعدها بعد، وإن كانت مصادر ترجح أن تتم قبل نهاية حزيران.")
    w = _window(res, text, "ar", "مذكرة تفاهم")
    assert w is not None and w.end == date(2025, 6, 30)
