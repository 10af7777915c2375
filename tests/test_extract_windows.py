"""Which event a date belongs to, and counts of days anchored on an event.

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claimtracker.extract import Resources
from claimtracker.models import Window
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday



def _window(res: Resources, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


def test_a_date_after_another_event_and_its_participle_is_not_the_claims(res):
    text = ("Foreign ministers of the bloc will meet in Lisbon on Wednesday.\n\n"
            "The meeting will prepare the agenda for the summit scheduled for early December, the spokesman said.")
    w = _window(res, text, "en", "prepare the agenda")
    assert w is not None and w.start == date(2025, 3, 12)


def test_arabic_date_after_another_event_and_its_participle_is_not_the_claims(res):
    text = ("يعقد وزراء الخارجية العرب اجتماعا في عمان يوم الأربعاء المقبل.\n\n"
            "وأوضح المتحدث أن الاجتماع سيناقش التحضيرات للقمة المقررة في الدوحة مطلع كانون الأول المقبل.")
    w = _window(res, text, "ar", "سيناقش")
    assert w is not None and w.start == date(2025, 3, 12)


def test_its_own_scheduled_date_still_counts(res):
    text = "وأكدت الهيئة أن الانتخابات البلدية ستجرى في موعدها المقرر في 20 نيسان المقبل."
    w = _window(res, text, "ar", "ستجرى")
    assert w is not None and w.start == date(2025, 4, 20)


def test_a_later_claim_about_that_event_takes_its_date(res):
    text = ("Foreign ministers will meet in Lisbon on Wednesday to discuss preparations for the summit "
            "scheduled for early December.\n\n"
            "Will the summit be attended by all the leaders?")
    w = _window(res, text, "en", "Will the summit")
    assert w is not None and w.start == date(2025, 12, 1)


@pytest.mark.parametrize(
    ("text", "lang", "containing", "start", "end"),
    [
        ("The general election will be held on 12 October, the commission said.\n\n"
         "Soldiers and police officers will vote two days before the election, the commission added.",
         "en", "two days before", date(2025, 10, 10), date(2025, 10, 10)),
        ("وأكدت المفوضية أن الانتخابات النيابية ستجرى في 12 تشرين الأول المقبل.\n\n"
         "وقال المتحدث إن تصويت القوات الأمنية سيجرى قبل يومين من الاقتراع العام.",
         "ar", "قبل يومين", date(2025, 10, 10), date(2025, 10, 10)),
        ("وأكدت المفوضية أن الانتخابات النيابية ستجرى في 12 تشرين الأول المقبل.\n\n"
         "وأضاف المتحدث أن النتائج ستعلن خلال 48 ساعة من إغلاق صناديق الاقتراع.",
         "ar", "48 ساعة", date(2025, 10, 12), date(2025, 10, 14)),
    ],
)
def test_counts_anchored_on_an_event_are_dated_from_it(res, text, lang, containing, start, end):
    w = _window(res, text, lang, containing)
    assert w is not None and (w.start, w.end) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "lang", "start", "end"),
    [
        ("three days after the vote", "en", date(2025, 10, 15), date(2025, 10, 15)),
        ("a week before the vote", "en", date(2025, 10, 5), date(2025, 10, 5)),
        ("within 72 hours of the vote", "en", date(2025, 10, 12), date(2025, 10, 15)),
        ("بعد أسبوعين من الاستفتاء", "ar", date(2025, 10, 26), date(2025, 10, 26)),
        ("قبل خمسة أيام من الاقتراع", "ar", date(2025, 10, 7), date(2025, 10, 7)),
    ],
)
def test_anchored_counts_are_dated_from_their_event(res, phrase, lang, start, end):
    from claimtracker.extract.timewords import find_times
    from claimtracker.extract.window_attach import anchored_window

    (hit,) = find_times(f"{phrase}.", lang, date(2025, 8, 3), res.time_lexicon)
    dated = [("election", Window(date(2025, 10, 12), date(2025, 10, 12)))]
    assert anchored_window(hit.window, hit.anchored, dated, res.lexicons[lang].events) == Window(start, end, phrase)


def test_a_count_without_an_event_is_no_anchored_count(res):
    from claimtracker.extract.window_attach import anchored_window

    lex = res.lexicons["en"].events
    dated = [("election", Window(date(2025, 10, 12), date(2025, 10, 12)))]
    count = ("after", "day", 2)
    assert anchored_window(Window(None, None, "two days after the storm"), count, dated, lex) is None
    assert anchored_window(Window(None, None, "two days after the vote"), count, dated, lex) == Window(
        date(2025, 10, 14), date(2025, 10, 14), "two days after the vote")


def test_the_day_a_statement_came_out_is_not_a_date_to_come(res):
    text = ("يصل وزير الخارجية الأردني أيمن الصفدي إلى الرباط غدا في زيارة رسمية، حسب ما أفاد به بيان للوزارة "
            "اليوم الاثنين.\n\nوأوضح البيان أن الصفدي سيلتقي نظيره المغربي.")
    w = _window(res, text, "ar", "سيلتقي")
    assert w is not None and w.start == date(2025, 3, 11)


def test_a_count_from_an_undated_event_takes_no_other_claims_date(res):
    text = ("The presidential election will be held on 14 March, the commission said.\n\n"
            "A run-off, if one is needed, would follow within 30 days of the official results, it added.")
    w = _window(res, text, "en", "run-off")
    # not the election's day: a count from an event no claim dates runs from publication, as the
    # phrase alone reads (session 31: the golds resolve such counts from publication)
    assert w is not None and "30 days" in (w.text or "")
    assert (w.start, w.end) == (PUBLISHED, PUBLISHED + timedelta(days=30))


def test_a_date_in_an_aside_dates_the_aside_not_the_claim(res):
    # "this year" belongs to "who chairs the bloc"; the claim's date is the meeting's
    text = ("Foreign ministers of the bloc will meet in Lisbon on Wednesday.\n\n"
            "The foreign minister, who chairs the bloc this year, is expected to propose a new envoy at the meeting.")
    w = _window(res, text, "en", "propose a new envoy")
    assert w is None or w.text != "this year"


def test_a_date_outside_the_aside_still_counts(res):
    text = "The foreign minister, who chairs the bloc, is expected to propose a new envoy on Wednesday."
    w = _window(res, text, "en", "propose a new envoy")
    assert w is not None and w.start == date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Economists expect the central bank to cut rates on March 20.",
    "The central bank could cut its key rate on March 20, traders said.",
])
def test_a_past_form_after_to_or_a_modal_is_no_past_event(res, text):
    # "cut" reads as past too; after "to" or "could" it is an infinitive, so its date is to come
    w = _window(res, text, "en", "cut")
    assert w is not None and w.start == date(2025, 3, 20)


def test_a_claim_during_a_dated_event_takes_its_date(res):
    text = "ولم يتضح بعد ما إذا كانت الاتفاقية ستوقع خلال زيارة الرئيس المرتقبة إلى عمان في نيسان المقبل."
    w = _window(res, text, "ar", "ستوقع")
    assert w is not None and w.start == date(2025, 4, 1)


def test_an_announcement_the_cue_governs_is_no_telling_day(res):
    # «يعلن» is what is expected, not a report: Saturday is the announcement's day
    w = _window(res, "ومن المتوقع أن يعلن رئيس الوزراء تشكيلة حكومته الجديدة يوم السبت.", "ar", "يعلن")
    assert w is not None and w.start == date(2025, 3, 15)


def test_a_claim_about_no_named_event_takes_the_date_just_before(res):
    text = ("يصل وزير الخارجية إلى نواكشوط غدا الثلاثاء في زيارة رسمية.\n\n"
            "وأوضحت الوزارة أن الوزير سيُستقبل من طرف رئيس الجمهورية.")
    w = _window(res, text, "ar", "سيُستقبل")
    assert w is not None and w.start == date(2025, 3, 11)


def test_a_claim_far_from_any_date_takes_none(res):
    filler = "وكان البلدان قد وقعا اتفاقا للتعاون الاقتصادي قبل عشر سنوات. " * 8
    text = ("يصل وزير الخارجية إلى نواكشوط غدا الثلاثاء في زيارة رسمية.\n\n" + filler +
            "\n\nوأوضحت الوزارة أن الوزير سيُستقبل من طرف رئيس الجمهورية.")
    w = _window(res, text, "ar", "سيُستقبل")
    assert w is None or w.start != date(2025, 3, 11)


def test_a_reporting_verb_in_the_next_clause_does_not_make_today_the_telling_day(res):
    # published on a Monday: "on Monday" is the announcement's day, the economists speak after ", and"
    text = "The central bank will announce its rate decision on Monday, and most economists expect a hold."
    w = _window(res, text, "en", "announce")
    assert w is not None and w.start == date(2025, 3, 10)


def test_a_second_predicate_with_its_own_auxiliary_is_a_claim_of_its_own(res):
    from claimtracker.extract import extract

    text = "Parliament will reconvene on March 24 and is expected to vote on the budget within two weeks."
    claims = [m for m in extract(text, published=PUBLISHED, lang="en", resources=res).mentions if m.is_forward]
    assert len(claims) == 2
    assert claims[0].expected.start == date(2025, 3, 24) and claims[0].certainty >= 0.7
    assert claims[1].expected.text == "within two weeks" and claims[1].certainty < 0.7
