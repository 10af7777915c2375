"""Which earlier claim dates a claim that names a known event (ninth session), on texts written
for these tests.

The first claim that names and dates the event in its own words wins (it introduced the event);
later claims naming it mostly speak of something done at it, on dates of their own. A claim that
moves the event ("postponed to") wins outright. A word of a compound event noun («جلسات الحوار»)
names the same event as that word alone («الحوار»).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUB = date(2026, 6, 9)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


def windows(text: str, lang: str, res: Resources) -> list[tuple[str | None, str | None]]:
    out = extract(text, PUB, lang, res).to_json()
    return [((m["expected"] or {}).get("from"), (m["expected"] or {}).get("to")) for m in out["mentions"]]


def test_the_event_keeps_the_date_it_was_introduced_with_en(res):
    text = ("The national conference will open on July 14 in the capital, its organisers said. "
            "The conclusions of the conference will be sent to the president by the end of August. "
            "The president is expected to open the conference with a speech.")
    assert windows(text, "en", res)[-1] == ("2026-07-14", "2026-07-14")


def test_the_event_keeps_the_date_it_was_introduced_with_ar(res):
    text = ("أعلنت اللجنة المنظمة أن جلسات الحوار الوطني ستنطلق في منتصف يوليو المقبل. "
            "ويرجح مراقبون مشاركة حزب الأمل في الحوار، على أن يحسم مكتبه السياسي قراره يوم الجمعة المقبل. "
            "ومن المنتظر أن يفتتح الرئيس الحوار بكلمة.")
    assert windows(text, "ar", res)[-1] == ("2026-07-11", "2026-07-20")


def test_a_new_date_for_the_event_wins(res):
    text = ("The regional summit will be held on October 10 in Accra. "
            "On Monday the organisers said the summit would be postponed to November 20. "
            "Most leaders are expected to attend the summit.")
    assert windows(text, "en", res)[-1] == ("2026-11-20", "2026-11-20")


@pytest.mark.parametrize(
    ("text", "lang", "window"),
    [
        ("The finance ministry will table the budget before the general elections scheduled for March.", "en",
         ("2027-03-01", "2027-03-31")),
        ("وستعرض الحكومة مشروع الموازنة قبل الانتخابات التشريعية المقررة في مارس المقبل.", "ar",
         ("2027-03-01", "2027-03-31")),
    ],
)
def test_a_claim_timed_by_a_dated_event_takes_its_date(res, text, lang, window):
    assert windows(text, lang, res) == [window]


def test_preparations_for_a_dated_event_do_not_take_its_date(res):
    # the meeting that prepares the summit is not on the summit's date
    text = "The ministers will meet on Monday to discuss preparations for the summit scheduled for early December."
    assert windows(text, "en", res) == [("2026-06-15", "2026-06-15")]


def test_a_claim_naming_a_known_event_takes_its_date_not_the_sentences_other_claims(res):
    text = ("أعلنت اللجنة المنظمة أن جلسات الحوار الوطني ستنطلق في منتصف يوليو المقبل. "
            "ويرجح مراقبون مشاركة حزب الأمل في الحوار، على أن يحسم مكتبه السياسي قراره يوم الجمعة المقبل.")
    assert windows(text, "ar", res) == [("2026-07-11", "2026-07-20"), ("2026-07-11", "2026-07-20"),
                                         ("2026-06-12", "2026-06-12")]


def test_a_claim_naming_no_known_event_shares_its_sentences_date(res):
    # the meeting during the visit is on the visit's date: nothing earlier dated it
    text = "ويقوم وزير الخارجية بزيارة إلى عمان الأسبوع المقبل، يلتقي خلالها نظيره الأردني."
    assert windows(text, "ar", res) == [("2026-06-15", "2026-06-21"), ("2026-06-15", "2026-06-21")]


def test_a_claim_opening_as_a_separate_one_does_not_take_the_earlier_clauses_date(res):
    # «بينما»: the summit's date, named before, not the date of the visit the sentence opens with
    text = ("وتعقد القمة الاقتصادية المشتركة في النصف الثاني من يوليو المقبل في الرباط. "
            "ويزور وزير الخارجية الرباط مطلع يوليو لتحضير جدول أعمال القمة، "
            "بينما لم يتضح بعد ما إذا كانت القمة ستشهد توقيع اتفاقية للنقل البحري.")
    assert windows(text, "ar", res)[-1] == ("2026-07-16", "2026-07-31")


def test_a_purpose_clause_keeps_the_date_of_the_trip_it_serves(res):
    text = ("Talks on the grain corridor will open in Ankara next week. "
            "The trade minister will travel to Ankara in July to meet exporters and press for the corridor talks to end.")
    assert windows(text, "en", res)[-2:] == [("2026-07-01", "2026-07-31"), ("2026-07-01", "2026-07-31")]
