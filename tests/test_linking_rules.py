"""Linking rules for a story's development: attending a gathering, follow-ups after an event,
dateline windows, undated forecasts far apart, drift after a postponement, headlines."""

from __future__ import annotations

from datetime import date

from claimtracker.linking import LinkInput, link_batch, same_claim
from claimtracker.models import ActorRef, Window
from tests.linking_helpers import OCT15, PUTIN, SHARAA, mention

ARAB_LEAGUE = ActorRef("arab-league", "Arab League", "org", None)
EU = ActorRef("european-union", "European Union", "org", None)
NOV = Window(date(2025, 11, 1), date(2025, 11, 30), "November")
H1_2026 = Window(date(2026, 1, 1), date(2026, 6, 30), "the first half of 2026")
COMING_MONTHS = Window(date(2025, 10, 15), date(2026, 1, 15), "in the coming months")
SUMMIT = dict(event="summit", actors=(SHARAA, ARAB_LEAGUE), countries=("RU", "SY"))


def item(m, published, lang="en", key=0, article=None):
    return LinkInput(mention=m, lang=lang, published=published, key=key, article=article)


def claims_of(*items):
    result = link_batch([], list(items))
    return {d.key: d.claim_id for d in result.decisions}, result


def test_attending_a_summit_joins_the_summit_whatever_event_type_it_was_given():
    summit = item(mention("The Russia-Arab League summit will be held in Moscow on 15 October", expected=OCT15,
                          **SUMMIT), date(2025, 7, 31))
    attend = item(mention("يأمل الكرملين أن يشارك الشرع في القمة الروسية العربية", event="meeting",
                          actors=(SHARAA,), countries=("SY",), expected=OCT15), date(2025, 8, 2), "ar", key=1)
    travel = item(mention("Al-Sharaa will travel to Moscow next month for the summit", event="visit",
                          actors=(SHARAA,), countries=("SY", "RU"), expected=OCT15), date(2025, 9, 10), key=2)
    ids, result = claims_of(summit, attend, travel)
    assert ids[0] == ids[1] == ids[2]
    assert result.profiles[ids[0]].event_type == "summit"


def test_a_bilateral_meeting_beside_a_summit_stays_its_own_claim():
    summit = item(mention("Al-Sharaa is expected to attend the summit on 15 October", expected=OCT15, **SUMMIT),
                  date(2025, 7, 31))
    sidelines = item(mention("Putin and al-Sharaa could meet on the sidelines of the summit", event="meeting",
                             actors=(PUTIN, SHARAA), expected=OCT15), date(2025, 8, 4), key=1)
    pair = item(mention("قمة بين بوتين والشرع في موسكو", event="meeting", actors=(PUTIN, SHARAA),
                        expected=OCT15), date(2025, 8, 5), "ar", key=2)
    ids, result = claims_of(summit, sidelines, pair)
    assert ids[1] != ids[0] and ids[2] == ids[1]
    assert result.profiles[ids[1]].event_type == "meeting"


def test_a_report_naming_a_summit_does_not_confirm_it():
    summit = item(mention("Al-Sharaa is expected to attend the summit on 15 October", expected=OCT15, **SUMMIT),
                  date(2025, 7, 31))
    talks = item(mention("The talks took place on the day the summit was originally planned", kind="assertion",
                         event="meeting", actors=(ARAB_LEAGUE,), countries=("RU",),
                         expected=OCT15), date(2025, 10, 15), key=1)
    ids, result = claims_of(summit, talks)
    assert ids[1] != ids[0]
    assert not result.profiles[ids[0]].has_confirmation


def test_after_the_event_a_forecast_reaching_past_it_is_a_new_claim():
    plan = item(mention("Putin will receive al-Sharaa on 15 October", expected=OCT15), date(2025, 10, 14), "en", 0, 1)
    held = item(mention("Putin received al-Sharaa in the Kremlin", kind="assertion", expected=OCT15),
                date(2025, 10, 15), key=1, article=2)
    next_talks = item(mention("Further talks between the two sides are expected in the coming months",
                              actors=(), countries=("RU", "SY"), expected=COMING_MONTHS),
                      date(2025, 10, 15), key=2, article=2)
    same_day = item(mention("Putin and al-Sharaa are expected to discuss the bases", expected=OCT15),
                    date(2025, 10, 15), key=3, article=2)
    ids, _ = claims_of(plan, held, next_talks, same_day)
    assert ids[0] == ids[1] == ids[3]
    assert ids[2] != ids[0]


def test_a_forecast_dated_its_own_article_day_is_not_placed_on_that_day():
    plan = item(mention("Al-Sharaa will attend the summit on 15 October", expected=OCT15, **SUMMIT),
                date(2025, 7, 31))
    dateline = Window(date(2025, 9, 9), date(2025, 9, 9), "اليوم الثلاثاء")
    announced = item(mention("أعلن نوفاك اليوم الثلاثاء أن الشرع سيشارك في القمة", expected=dateline, **SUMMIT),
                     date(2025, 9, 9), "ar", key=1)
    ids, result = claims_of(plan, announced)
    assert ids[0] == ids[1]
    assert (result.profiles[ids[0]].expected_from, result.profiles[ids[0]].expected_to) == (OCT15.start, OCT15.end)


def test_undated_forecasts_months_apart_are_different_occasions():
    a = item(mention("Putin said he would meet al-Sharaa soon"), date(2025, 8, 9))
    b = item(mention("Putin said he would meet al-Sharaa soon, in Moscow"), date(2025, 10, 16), key=1)
    assert not same_claim(a, b)
    c = item(mention("Putin and al-Sharaa will meet soon, sources say"), date(2025, 8, 20), key=1)
    assert same_claim(a, c)


def test_a_postponed_summit_gathers_its_new_dates_and_keeps_the_newest_window():
    plan = item(mention("The summit will be held on 15 October", expected=OCT15, **SUMMIT), date(2025, 7, 31))
    off = item(mention("The summit has been postponed", kind="assertion", **SUMMIT), date(2025, 10, 9), key=1)
    later = item(mention("The first summit will most likely take place in the first half of 2026",
                         event="agreement", actors=(ARAB_LEAGUE,), countries=("RU",), expected=H1_2026),
                 date(2025, 11, 24), key=2, article=9)
    recalled = item(mention("In October November was considered as a new date for the summit", event="summit",
                            actors=(ARAB_LEAGUE,), countries=("RU",), expected=NOV),
                    date(2025, 11, 24), key=3, article=9)
    ids, result = claims_of(plan, off, later, recalled)
    assert ids[0] == ids[1] == ids[2] == ids[3]
    p = result.profiles[ids[0]]
    assert (p.expected_from, p.expected_to) == (H1_2026.start, H1_2026.end)


def test_a_date_before_the_window_without_postponement_is_another_event():
    plan = item(mention("The summit will be held in November", expected=NOV, **SUMMIT), date(2025, 7, 31))
    earlier = item(mention("The summit will be held on 15 October", expected=OCT15, **SUMMIT), date(2025, 8, 1),
                   key=1)
    assert not same_claim(plan, earlier)


def test_a_claim_started_without_actors_takes_them_from_the_first_mention_naming_some():
    vague = item(mention("Diplomats expect the bases to feature in any presidential meeting", actors=(),
                         countries=(), expected=OCT15), date(2025, 7, 31), "en", 0, 1)
    named = item(mention("Diplomats expect Putin and al-Sharaa to discuss the bases when they meet", expected=OCT15),
                 date(2025, 7, 31), key=1, article=1)
    ids, result = claims_of(vague, named)
    assert ids[0] == ids[1]
    assert result.profiles[ids[0]].core_actor_ids == {"vladimir-putin", "ahmed-al-sharaa"}


def test_event_type_and_window_alone_do_not_link_claims_about_nobody_in_common():
    election = item(mention("An election is expected next year", event="election", actors=(), countries=(),
                            expected=H1_2026), date(2025, 7, 10))
    statement = item(mention("Diplomats do not rule out another delay to next year", event="statement", actors=(),
                             countries=("RU",), expected=H1_2026), date(2025, 10, 10), key=1)
    assert not same_claim(election, statement)
    sanctions = item(mention("The EU is expected to adopt new sanctions in the first half of 2026",
                             event="sanction", actors=(EU,), countries=(), expected=H1_2026), date(2025, 7, 18))
    assert same_claim(sanctions, item(mention("New EU sanctions are expected in the first half of 2026",
                                              event="sanction", actors=(EU,), countries=(), expected=H1_2026),
                                      date(2025, 7, 20), key=1))


def test_a_forecast_for_today_is_not_the_same_as_one_months_later():
    today = Window(date(2025, 7, 18), date(2025, 7, 18), "اليوم")
    tomorrow = Window(date(2025, 10, 23), date(2025, 10, 23), "غداً")
    sanctions = dict(event="sanction", actors=(EU,), countries=("RU",))
    july = item(mention("من المتوقع أن يقر الاتحاد الأوروبي اليوم حزمة عقوبات", expected=today, **sanctions),
                date(2025, 7, 18), "ar")
    october = item(mention("من المتوقع أن يقر الاتحاد الأوروبي غداً حزمة عقوبات", expected=tomorrow, **sanctions),
                   date(2025, 10, 22), "ar", key=1)
    assert not same_claim(july, october)



def test_a_clause_naming_no_one_from_another_article_needs_a_restatement_to_join():
    late = Window(date(2025, 10, 21), date(2025, 12, 31), "late October and December")
    fragment = item(mention("which is scheduled for late October.", actors=(), countries=(), expected=late),
                    date(2025, 9, 10), article=1)
    # another story's meeting: no actor, no country, and short wording only loosely alike (0.6)
    other = item(mention("with the next meetings scheduled for late October and December.", actors=(),
                         countries=(), expected=late), date(2025, 9, 17), key=1, article=2)
    # the same clause restated in a third article
    again = item(mention("With the next meetings scheduled for late October and in December.", actors=(),
                         countries=(), expected=late), date(2025, 9, 18), key=2, article=3)
    ids, _ = claims_of(fragment, other, again)
    assert ids[1] != ids[0]
    assert ids[2] == ids[1]
