"""A claim dated by one thing that names its event with another date ("register candidates by
February 2 for the April 12 election") passes the event's date, not its own, to later claims about
that event (eleventh session). Texts written for these tests."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract

PUB = date(2026, 1, 20)


def windows(text: str, lang: str, res: Resources) -> list[tuple[str | None, str | None]]:
    out = extract(text, PUB, lang, res).to_json()
    return [((m["expected"] or {}).get("from"), (m["expected"] or {}).get("to")) for m in out["mentions"]]


def test_later_claims_about_the_election_take_its_date(res):
    text = ("Parties are racing to register candidates by February 2 for the April 12 general election, "
            "the electoral board said.\n"
            "President Ana Ruiz said on Monday the vote would take place as planned.\n"
            "The board will also accredit foreign observers, its chairman said.")
    got = windows(text, "en", res)
    assert got[0] == ("2026-01-20", "2026-02-02")  # the claim itself keeps its own deadline
    assert got[1:] == [("2026-04-12", "2026-04-12")] * 2


def test_a_runoff_named_with_its_date_passes_it_on(res):
    text = ("The commission will publish the final results by Friday for the February 15 runoff, "
            "officials said.\n"
            "Turnout in the runoff is expected to be lower, analysts said.")
    got = windows(text, "en", res)
    assert got[0] == ("2026-01-20", "2026-01-23")
    assert got[-1] == ("2026-02-15", "2026-02-15")


def test_a_claim_of_another_type_keeps_the_claims_own_date(res):
    # the observers' visit is no election: nothing changes for a claim the election does not date
    text = ("Candidates must file papers by February 2 for the April 12 election, the board said.\n"
            "A European delegation will visit the capital next week.")
    got = windows(text, "en", res)
    assert got[-1] == ("2026-01-26", "2026-02-01")


def test_a_past_plan_is_not_passed_on(res):
    text = ("Talks on the loan, initially planned for last Friday, have been postponed to January 28, "
            "officials said.\n"
            "A person close to the talks said the ministry could offer a smaller loan.")
    got = windows(text, "en", res)
    assert got[-1] == ("2026-01-28", "2026-01-28")


def test_a_more_precise_date_of_the_same_event_wins_en(res):
    text = ("Ministers to meet in Accra next month on the rail link\n\n"
            "Transport ministers will meet in Accra in mid-February to set up the joint rail company, "
            "officials said.\n"
            "A framework agreement could be signed at the meeting, one official said.")
    got = windows(text, "en", res)
    assert got[-1] == ("2026-02-11", "2026-02-20")


def test_a_more_precise_date_of_the_same_event_wins_ar(res):
    text = ("اجتماع ثلاثي في عمّان الشهر المقبل لبحث الربط السككي\n\n"
            "أعلن وزير النقل أن الاجتماع الثلاثي سيعقد في عمّان منتصف شباط المقبل.\n"
            "وأشار الوزير إلى أن الاتفاق الإطاري قد يوقع خلال الاجتماع.")
    got = windows(text, "ar", res)
    assert got[-1] == ("2026-02-11", "2026-02-20")


def test_an_arabic_plural_names_the_same_event(res):
    text = ("تستضيف عمّان يوم الأربعاء المقبل اجتماعات اللجنة الأردنية العراقية المشتركة لبحث خط النقل البري.\n"
            "وقال وكيل الوزارة إن الجانبين سيوقعان مذكرة تفاهم فنية خلال الاجتماع، مضيفا أن التشغيل "
            "التجريبي سيبدأ في منتصف آذار المقبل.")
    got = windows(text, "ar", res)
    assert got[1] == ("2026-01-21", "2026-01-21")
