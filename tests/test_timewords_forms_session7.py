"""Window forms fixed for unseen news (seventh session). Sentences are written for these tests.

- "Before mid-X" reaches to the end of the middle of X (the 20th), as "before the end of X" reaches
  to its last day; "before early X" still ends before X begins.
- A month alone before a noun that makes the two a name ("the July Charter", "the October
  Revolution") or after one («ثورة يوليو», «حرب أكتوبر», «ثورة 25 يناير») names an event of the
  past, not the month to come; a month in a date phrase is still a date.
- "Soon after the vote", "shortly thereafter": soon after another event, no window from publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times
from tests.conftest import first_forward

PUB = date(2026, 2, 11)  # a Wednesday
D = date


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def windows(text: str, lang: str, lex: TimeLexicon) -> list[tuple]:
    return [(h.window.start, h.window.end) for h in find_times(text, lang, PUB, lex)]


@pytest.mark.parametrize("text,lang,expected", [
    ("Lenders want the audit filed before mid-April.", "en", (PUB, D(2026, 4, 20))),
    ("The board hopes to settle the claim before the middle of next month.", "en", (PUB, D(2026, 3, 20))),
    ("يتعين على الشركات تسوية أوضاعها قبل منتصف أيار.", "ar", (PUB, D(2026, 5, 20))),
    ("ينتظر أن يصدر التقرير قبل منتصف الشهر المقبل.", "ar", (PUB, D(2026, 3, 20))),
    # the other parts keep their reading
    ("The rules must be final before the end of April.", "en", (PUB, D(2026, 4, 30))),
    ("Ships may sail before early April.", "en", (PUB, D(2026, 3, 31))),
    # negated: from early April on
    ("Ships may not sail before early April.", "en", (D(2026, 4, 1), None)),
    ("The port reopens in mid-April.", "en", (D(2026, 4, 11), D(2026, 4, 20))),
])
def test_before_mid_month_reaches_the_twentieth(text, lang, expected, lex):
    assert windows(text, lang, lex) == [expected]


@pytest.mark.parametrize("text,lang", [
    ('Opposition groups rallied behind the "August Manifesto" of the student movement.', "en"),
    ("Veterans of the October Revolution laid wreaths in the capital.", "en"),
    ("The September Accords still shape the border regime.", "en"),
    ("أحيا الآلاف ذكرى ثورة يوليو في الساحة الرئيسية.", "ar"),
    ("شارك قدامى المحاربين في حرب أكتوبر في الاحتفال.", "ar"),
    ("رفع المحتجون شعارات ثورة 25 يناير أمام البرلمان.", "ar"),
])
def test_a_month_in_an_event_name_is_no_window(text, lang, lex):
    assert windows(text, lang, lex) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("The assembly will vote on the August budget in August.", "en", [(D(2026, 8, 1), D(2026, 8, 31))]),
    ("The charter will be put to a referendum in July.", "en", [(D(2026, 7, 1), D(2026, 7, 31))]),
    ("تقام الانتخابات في 25 يناير المقبل.", "ar", [(D(2027, 1, 25), D(2027, 1, 25))]),
    ("ستعقد الحكومة اجتماعا في أكتوبر.", "ar", [(D(2026, 10, 1), D(2026, 10, 31))]),
])
def test_a_month_as_a_date_still_counts(text, lang, expected, lex):
    assert windows(text, lang, lex) == expected


@pytest.mark.parametrize("text", [
    "The new cabinet will be named soon after the runoff.",
    "Talks would resume shortly after the holiday break.",
    "The envoy will leave, and the mission will close shortly thereafter.",
])
def test_soon_after_another_event_is_no_window_from_publication(text, lex):
    assert windows(text, "en", lex) == []


def test_soon_alone_still_opens_at_publication(lex):
    assert windows("The envoy will arrive soon, diplomats said.", "en", lex) == [(PUB, None)]


def test_claim_beside_a_named_month_takes_the_real_date(res):
    text = ('Peru\'s referendum on the "November Declaration" of judicial reforms will be held on March 22, '
            "the electoral board said on Tuesday.")
    w = first_forward(res, text, "en", PUB, "will be held").expected
    assert w is not None and (w.start, w.end) == (D(2026, 3, 22), D(2026, 3, 22))


# - A half of a month named by a period word ("the second half of next month", «النصف الأول من
#   الشهر المقبل») is that month's half, not the year's.
# - "The week of November 10" is the Monday-to-Sunday week holding that day.
# - «الأيام الأخيرة من شباط», «الأيام الأولى من الشهر المقبل»: the last or first days of a period
#   are its late or early part, not a count of days from publication.
# - "Between now and the end of the year" is "by the end of the year".
@pytest.mark.parametrize("text,lang,expected", [
    ("The refinery restarts in the second half of next month.", "en", (D(2026, 3, 16), D(2026, 3, 31))),
    ("Auditors report in the first half of this month.", "en", (D(2026, 2, 1), D(2026, 2, 15))),
    ("يستأنف المصنع الإنتاج في النصف الثاني من الشهر المقبل.", "ar", (D(2026, 3, 16), D(2026, 3, 31))),
    ("تصدر النتائج في النصف الأول من الشهر الجاري.", "ar", (D(2026, 2, 1), D(2026, 2, 15))),
    # the year's halves are unchanged
    ("The line opens in the first half of next year.", "en", (D(2027, 1, 1), D(2027, 6, 30))),
    ("يفتتح الخط في النصف الثاني من العام المقبل.", "ar", (D(2027, 7, 1), D(2027, 12, 31))),
])
def test_half_of_a_named_month_period(text, lang, expected, lex):
    assert windows(text, lang, lex) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Hearings are pencilled in for the week of March 9.", (D(2026, 3, 9), D(2026, 3, 15))),
    ("The strike is planned for the week of April 22.", (D(2026, 4, 20), D(2026, 4, 26))),
    ("Hearings open on March 9.", (D(2026, 3, 9), D(2026, 3, 9))),
])
def test_the_week_of_a_day(text, expected, lex):
    assert windows(text, "en", lex) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("ينتهي تسجيل الناخبين في الأيام الأخيرة من نيسان.", (D(2026, 4, 21), D(2026, 4, 30))),
    ("يصل الوفد خلال الأيام الأولى من الشهر المقبل.", (D(2026, 3, 1), D(2026, 3, 10))),
    ("تتسلم الشركة العقد في الأسابيع الأخيرة من آذار.", (D(2026, 3, 21), D(2026, 3, 31))),
    # a count from publication keeps its reading
    ("يصل الوفد خلال الأيام القليلة المقبلة.", (PUB, D(2026, 2, 18))),
])
def test_first_and_last_days_of_a_period_are_its_part(text, expected, lex):
    assert windows(text, "ar", lex) == [expected]


def test_between_now_and_a_date_is_by_it(lex):
    assert windows("Prices will keep rising between now and the end of the year.", "en", lex) == [
        (PUB, D(2026, 12, 31))]


# - A count followed after a comma by the date it leads to ("two weeks later, on March 3",
#   «بعد أسبوعين، في 3 آذار») is that date: the count may run from another event.
@pytest.mark.parametrize("text,lang,expected", [
    ("The second round follows two weeks later, on March 24.", "en", [(D(2026, 3, 24), D(2026, 3, 24))]),
    ("Judges will rule in ten days, on February 23.", "en", [(D(2026, 2, 23), D(2026, 2, 23))]),
    ("تجرى المرحلة الثانية بعد أسبوعين، في 24 آذار.", "ar", [(D(2026, 3, 24), D(2026, 3, 24))]),
    # a comma before a date that does not follow the count keeps both
    ("The lists will be out within 48 hours, and campaigning opens on Thursday.", "en",
     [(PUB, D(2026, 2, 13)), (D(2026, 2, 12), D(2026, 2, 12))]),
])
def test_a_count_restated_by_a_date_is_the_date(text, lang, expected, lex):
    assert windows(text, lang, lex) == expected


# - «خلال الأيام العشرة المقبلة», «الأشهر الستة المقبلة»: a definite plural unit with its number
#   after it counts that many units from publication (not the typical span of "the coming days").
@pytest.mark.parametrize("text,expected", [
    ("تعلن اللجنة النتائج خلال الأيام العشرة المقبلة.", (PUB, D(2026, 2, 21))),
    ("يتوقع أن يرتفع التضخم في الأشهر الستة المقبلة.", (PUB, D(2026, 8, 11))),
    ("سيصل الوفد خلال الساعات الـ48 المقبلة.", (PUB, D(2026, 2, 13))),
    ("تراجعت الصادرات خلال الأشهر الثلاثة الماضية.", (D(2025, 11, 11), PUB)),
])
def test_arabic_plural_unit_with_number_after_it(text, expected, lex):
    assert windows(text, "ar", lex) == [expected]


# - "on the eve of the vote", «عشية الانتخابات»: a day counted from an event, no dates of its own
#   (the event's date elsewhere dates it); «عشية الأحد» is Sunday evening.
@pytest.mark.parametrize("text,lang,expected", [
    ("Unions will strike on the eve of the budget vote.", "en", [(None, None)]),
    ("يعقد المجلس جلسة طارئة عشية انطلاق القمة.", "ar", [(None, None)]),
    ("يصل الوفد عشية الأحد.", "ar", [(D(2026, 2, 15), D(2026, 2, 15))]),
    ("The eve is cold.", "en", []),
])
def test_a_day_named_by_its_event(text, lang, expected, lex):
    assert windows(text, lang, lex) == expected


# - A count given as a range ("within two to three weeks", «خلال ثلاثة إلى ستة أشهر») runs to the
#   larger count; "in three to six months" is from the smaller to the larger.
# - "By year's end" is "by the end of the year".
@pytest.mark.parametrize("text,lang,expected", [
    ("Talks should conclude within two to three weeks.", "en", [(PUB, D(2026, 3, 4))]),
    ("The plant will reopen in three to six months.", "en", [(D(2026, 5, 11), D(2026, 8, 11))]),
    ("Results are due within 2-3 days.", "en", [(PUB, D(2026, 2, 14))]),
    ("تنتهي الأشغال خلال ثلاثة إلى ستة أشهر.", "ar", [(PUB, D(2026, 8, 11))]),
    ("The merger should close by year's end.", "en", [(PUB, D(2026, 12, 31))]),
    # a mid-year review is no date
    ("The fund publishes a mid-year review of the programme.", "en", []),
])
def test_count_ranges_and_year_end(text, lang, expected, lex):
    assert windows(text, lang, lex) == expected


# - "The Friday before the vote", «الخميس الذي يسبق يوم الاقتراع»: a weekday counted from an event
#   is not the coming one; "on Friday before the leaders leave" still is.
@pytest.mark.parametrize("text,lang,expected", [
    ("Campaigning must stop on the Saturday before the referendum.", "en", []),
    ("Counting resumes on the Monday after the runoff.", "en", []),
    ("يتوقف الصمت الانتخابي مساء السبت الذي يسبق يوم التصويت.", "ar", []),
    ("The accord will be signed on Friday before the envoys fly home.", "en", [(D(2026, 2, 13), D(2026, 2, 13))]),
    ("يصل الوفد يوم الخميس المقبل.", "ar", [(D(2026, 2, 12), D(2026, 2, 12))]),
])
def test_a_weekday_counted_from_an_event(text, lang, expected, lex):
    # (since session 12, «يوم التصويت» is itself a phrase, the vote's day, undated until the text
    # dates the vote: only dated windows are compared)
    assert [w for w in windows(text, lang, lex) if w != (None, None)] == expected
