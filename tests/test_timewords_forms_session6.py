"""Window forms fixed for unseen news (sixth session). Sentences are written for these tests.

- A modifier saying when something begins ("starting July 1", «ابتداء من غرة جويلية») keeps the
  date itself: the beginning is the event. "As early as" and "not before" still leave the end open.
- A past-looking word a forward cue governs is the verbal noun of what is to come («قد يقرر
  تخفيض»-like «قد يقرر خفض الفائدة»), not a past event that would take the date away.
- «تأجيل الاقتراع إلى أيلول»: the date the delay leads into is the claim's, even when the time
  phrase begins with the preposition that ends the delay.
- «خلال جلسته المقررة في ...»: a claim placed inside an event keeps that event's date, even when
  the event noun carries a pronoun the event lexicon does not list.
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
    return [(h.window.start, h.window.end, h.window.text) for h in find_times(text, lang, PUB, lex)]


@pytest.mark.parametrize("text,lang,expected", [
    ("The new tariff schedule applies starting April 6.", "en", (D(2026, 4, 6), D(2026, 4, 6))),
    ("Visa fees double effective March 15, the ministry said.", "en", (D(2026, 3, 15), D(2026, 3, 15))),
    ("The ferry will run daily as of June 2.", "en", (D(2026, 6, 2), D(2026, 6, 2))),
    ("سيفتح المعبر أمام الشاحنات ابتداء من غرة أفريل.", "ar", (D(2026, 4, 1), D(2026, 4, 1))),
    ("تطبق الرسوم الجديدة اعتبارا من 15 آذار المقبل.", "ar", (D(2026, 3, 15), D(2026, 3, 15))),
])
def test_a_start_date_is_the_day_itself(lex, text, lang, expected):
    found = windows(text, lang, lex)
    assert found and found[-1][:2] == expected


@pytest.mark.parametrize("text,lang,start", [
    ("The court could rule as early as May 4.", "en", D(2026, 5, 4)),
    ("The plant will not restart before anything else, not before October.", "en", D(2026, 10, 1)),
    ("لن تستأنف المفاوضات ليس قبل أيار.", "ar", D(2026, 5, 1)),
])
def test_as_early_as_and_not_before_stay_open(lex, text, lang, start):
    found = windows(text, lang, lex)
    assert found and found[-1][0] == start and found[-1][1] is None


@pytest.mark.parametrize("text,containing,expected", [
    ("وتفيد مصادر مطلعة بأن المصرف المركزي قد يقرر خفض الفائدة يوم 19 آذار.", "قد يقرر",
     (D(2026, 3, 19), D(2026, 3, 19))),
    ("ويرجح نواب أن الحكومة قد تطلب تأجيل الاستفتاء إلى تشرين الأول إذا تعثرت المشاورات.", "قد تطلب",
     (D(2026, 10, 1), D(2026, 10, 31))),
    ("ومن المتوقع أن تطلب اللجنة تمديد المهلة حتى نهاية نيسان.", "تطلب",
     (D(2026, 2, 11), D(2026, 4, 30))),
])
def test_a_verbal_noun_the_cue_governs_keeps_its_date(res, text, containing, expected):
    w = first_forward(res, text, "ar", PUB, containing).expected
    assert w is not None and (w.start, w.end) == expected


def test_a_past_verb_still_dates_its_own_event(res):
    # «وكان البنك قد خفض الفائدة في كانون الثاني»: a past cut, its month no window to come
    text = "وكان المصرف قد خفض الفائدة في كانون الثاني، ويتوقع محللون أن يبقيها دون تغيير في أيار."
    w = first_forward(res, text, "ar", PUB, "يبقيها").expected
    assert w is not None and w.start == D(2026, 5, 1)


@pytest.mark.parametrize("text,containing,day", [
    ("وكان المجلس قد لوح بفرض قيود، ويتوقع دبلوماسيون أن يبحث المجلس قائمة بالأسماء خلال جلسته "
     "المقررة في 9 آذار.", "يتوقع", D(2026, 3, 9)),
    ("وقالت مصادر إن البرلمان قد يصادق على الموازنة خلال دورته المرتقبة في 2 نيسان.", "قد يصادق",
     D(2026, 4, 2)),
])
def test_a_claim_inside_an_event_takes_its_scheduled_date(res, text, containing, day):
    w = first_forward(res, text, "ar", PUB, containing).expected
    assert w is not None and w.start == day


@pytest.mark.parametrize("text,lang,containing", [
    ("يزور رئيس الوزراء الكويتي بغداد الأسبوع المقبل، ويلتقي خلالها الرئيس العراقي، وفق ما أعلن الناطق "
     "باسم الحكومة العراقية في مؤتمره الصحفي الأسبوعي اليوم الأربعاء.", "ar", "ويلتقي"),
    ("The envoy will visit Khartoum next week. He is expected to meet army leaders, a spokeswoman for "
     "the foreign ministry told a regular news briefing in the capital on Tuesday.", "en", "army leaders"),
])
def test_the_day_a_titled_speaker_said_it_is_no_window(res, text, lang, containing):
    # the speaker's name and title stand between the reporting verb and the day: still the day
    # of telling, so the claim inherits the visit's week
    w = first_forward(res, text, lang, PUB, containing).expected
    assert w is not None and (w.start, w.end) == (D(2026, 2, 16), D(2026, 2, 22))


def test_today_after_a_cue_is_still_the_claims_day(res):
    w = first_forward(res, "وقال الناطق باسم الوزارة إن الوفد سيصل إلى الخرطوم اليوم الأربعاء.", "ar", PUB,
                      "سيصل").expected
    assert w is not None and w.start == PUB


@pytest.mark.parametrize("text,expected", [
    ("Exports, worth some $2 billion a year before the blockade, may recover by June.",
     [(D(2026, 2, 11), D(2026, 6, 30), "by June")]),
    ("The pipeline, carrying 300,000 barrels a day before the attack, could restart next month.",
     [(D(2026, 3, 1), D(2026, 3, 31), "next month")]),
])
def test_an_amount_a_year_is_a_rate_not_a_count(lex, text, expected):
    assert windows(text, "en", lex) == expected


def test_a_count_of_time_before_an_event_is_still_one(lex):
    found = find_times("The referendum comes a year before the general election.", "en", PUB, lex)
    assert [h.anchored for h in found] == [("before", "year", 1)]


@pytest.mark.parametrize("text,lang,containing,expected", [
    ("The board said bids would close on March 2 and that the winner would be named ten days later.", "en",
     "the winner", (D(2026, 3, 12), D(2026, 3, 12))),
    ("The agency said the port would reopen on April 6 and that ferries would resume a week later.", "en",
     "ferries", (D(2026, 4, 13), D(2026, 4, 13))),
    ("وأكد الوزير أن اللجنة ستجتمع يوم الأحد المقبل وأن القرار سيصدر مطلع آذار.", "ar",
     "القرار", (D(2026, 3, 1), D(2026, 3, 10))),
])
def test_a_second_reported_clause_keeps_its_own_date(res, text, lang, containing, expected):
    w = first_forward(res, text, lang, PUB, containing).expected
    assert w is not None and (w.start, w.end) == expected


@pytest.mark.parametrize("text", [
    "ستزداد الإمدادات خلال أشهر الصيف.",
    "يمنع سير الشاحنات خلال ساعات الليل.",
])
def test_the_months_of_a_season_are_no_count_from_publication(lex, text):
    assert windows(text, "ar", lex) == []


@pytest.mark.parametrize("text,end", [
    ("يصدر الحكم خلال أيام قليلة.", D(2026, 2, 18)),
    ("تستأنف الرحلات خلال الأيام المقبلة.", D(2026, 2, 18)),
    ("تكتمل الأشغال خلال أسابيع.", D(2026, 3, 4)),
])
def test_within_days_and_weeks_still_count(lex, text, end):
    found = windows(text, "ar", lex)
    assert found and found[0][:2] == (PUB, end)


@pytest.mark.parametrize("text,containing,expected", [
    ("The council said it would name a new board within 30 days and planned to hold local polls in "
     "October.", "planned", (D(2026, 10, 1), D(2026, 10, 31))),
    ("The ministry said it would open the tender in March and aimed to sign contracts by the end of "
     "the year.", "aimed", (PUB, D(2026, 12, 31))),
])
def test_a_second_predicate_in_the_past_tense_keeps_its_own_date(res, text, containing, expected):
    w = first_forward(res, text, "en", PUB, containing).expected
    assert w is not None and (w.start, w.end) == expected
