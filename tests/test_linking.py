"""Pure linking: mentions built by hand, so these do not depend on the extractor."""

from __future__ import annotations

from datetime import date

from claimtracker.linking import LinkInput, detect_outcome, headline_for, link_batch, load_lexicon, same_claim
from claimtracker.models import ActorRef, Window
from tests.linking_helpers import ERDOGAN, LAVROV, OCT, OCT15, PUTIN, SHARAA, mention

FEB = Window(date(2025, 2, 1), date(2025, 2, 28), "February")
NOV = Window(date(2025, 11, 1), date(2025, 11, 30), "November")
H1_2026 = Window(date(2026, 1, 1), date(2026, 6, 30), "the first half of 2026")


def item(m, lang="en", published=date(2025, 8, 1), key=0):
    return LinkInput(mention=m, lang=lang, published=published, key=key)


def linked(a, b) -> bool:
    return same_claim(a, b)


def test_arabic_and_english_reports_of_one_meeting_link():
    ar = item(mention("رجح مراقبون لقاء بين بوتين والشرع في أكتوبر", kind="speculation", expected=OCT), "ar",
              date(2025, 8, 2))
    en = item(mention("Putin is expected to meet al-Sharaa in Moscow in October", expected=OCT15), "en",
              date(2025, 9, 10), key=1)
    assert linked(ar, en)


def test_cross_language_link_works_without_windows():
    ar = item(mention("لقاء مرتقب بين الرئيسين بوتين والشرع"), "ar")
    en = item(mention("A Putin–al-Sharaa meeting is on the cards"), "en", key=1)
    assert linked(ar, en)


def test_same_actors_different_event_type_do_not_link():
    meeting = item(mention("Putin will meet al-Sharaa in October", expected=OCT))
    summit = item(mention("Al-Sharaa will attend the Russia-Arab summit in October", event="summit",
                          expected=OCT), key=1)
    assert not linked(meeting, summit)


def test_same_actors_different_month_do_not_link():
    feb = item(mention("Putin and al-Sharaa may hold a call in February", expected=FEB), published=date(2025, 1, 20))
    octo = item(mention("Putin and al-Sharaa will meet in October", expected=OCT), published=date(2025, 1, 25), key=1)
    assert not linked(feb, octo)


def test_different_actors_same_event_type_do_not_link():
    a = item(mention("Putin will meet al-Sharaa in October", expected=OCT))
    b = item(mention("Putin will meet Erdogan in October", actors=(PUTIN, ERDOGAN), countries=("RU", "TR"),
                     expected=OCT), key=1)
    assert not linked(a, b)


def test_an_extra_actor_still_links():
    a = item(mention("Putin will meet al-Sharaa in October", expected=OCT))
    b = item(mention("Putin, with Lavrov at his side, will receive al-Sharaa", actors=(PUTIN, SHARAA, LAVROV),
                     expected=OCT15), key=1)
    assert linked(a, b)


def test_event_type_and_window_alone_do_not_link():
    a = item(mention("A summit is expected in October", event="summit", actors=(), countries=(), expected=OCT))
    b = item(mention("قمة مرتقبة في أكتوبر", event="summit", actors=(), countries=(), expected=OCT), "ar", key=1)
    assert not linked(a, b)


def test_same_language_wording_links_when_actors_are_missing():
    a = item(mention("The Russia-Arab summit in Moscow is scheduled for 15 October", event="summit", actors=(),
                     countries=(), expected=OCT15))
    b = item(mention("The Russia-Arab summit in Moscow is scheduled for October 15", event="summit", actors=(),
                     countries=(), expected=OCT15), published=date(2025, 8, 5), key=1)
    assert linked(a, b)


def test_window_drift_after_the_old_window_passed_links():
    first = item(mention("The summit will be held on 15 October", event="summit", actors=(SHARAA,),
                         expected=OCT15), published=date(2025, 7, 31))
    later = item(mention("The summit may now take place in November", event="summit", actors=(SHARAA,),
                         expected=NOV), published=date(2025, 10, 20), key=1)
    latest = item(mention("The summit is likely in the first half of 2026", event="summit", actors=(SHARAA,),
                          expected=H1_2026), published=date(2025, 12, 5), key=2)
    result = link_batch([], [first, later, latest])
    assert len({d.claim_id for d in result.decisions}) == 1
    (profile,) = result.profiles.values()
    assert (profile.expected_from, profile.expected_to) == (H1_2026.start, H1_2026.end)


def test_a_different_date_before_the_window_passed_is_another_event():
    first = item(mention("Putin will meet al-Sharaa on 15 October", expected=OCT15), published=date(2025, 8, 1))
    other = item(mention("Putin will meet al-Sharaa in November", expected=NOV), published=date(2025, 8, 3), key=1)
    assert not linked(first, other)


def test_past_tense_report_confirms_the_forward_claim():
    forward = item(mention("Observers expect a Putin–al-Sharaa meeting", kind="speculation", certainty=0.4),
                   published=date(2025, 8, 4))
    report = item(mention("استقبل الرئيس بوتين الرئيس الشرع في الكرملين", kind="assertion", certainty=0.95), "ar",
                  date(2025, 10, 15), key=1)
    result = link_batch([], [forward, report])
    first, second = result.decisions
    assert second.claim_id == first.claim_id
    assert (second.outcome, second.outcome_reason, second.suggest) == ("confirmed", "happened", True)


def test_postponement_refutes_the_summit_claim():
    forward = item(mention("Al-Sharaa will attend the summit on 15 October", event="summit", actors=(SHARAA,),
                           expected=OCT15), published=date(2025, 7, 31))
    report = item(mention("أعلن الكرملين تأجيل القمة الروسية العربية", kind="assertion", event="summit", actors=(),
                          countries=("RU",)), "ar", date(2025, 10, 9), key=1)
    first, second = link_batch([], [forward, report]).decisions
    assert second.claim_id == first.claim_id
    assert (second.outcome, second.outcome_reason) == ("refuted", "postponed")


def test_denial_refutes():
    forward = item(mention("Putin may meet al-Sharaa in October", kind="speculation", expected=OCT))
    denial = item(mention("The Kremlin denied that any meeting is planned", kind="assertion", actors=(PUTIN,),
                          countries=("RU",)), published=date(2025, 8, 10), key=1)
    first, second = link_batch([], [forward, denial]).decisions
    assert second.claim_id == first.claim_id
    assert (second.outcome, second.outcome_reason) == ("refuted", "denied")


def test_outcome_long_after_the_window_starts_its_own_claim():
    forward = item(mention("Putin will meet al-Sharaa in October", expected=OCT), published=date(2025, 8, 1))
    report = item(mention("Putin received al-Sharaa in the Kremlin", kind="assertion"),
                  published=date(2026, 9, 1), key=1)
    first, second = link_batch([], [forward, report]).decisions
    assert second.claim_id != first.claim_id and not second.suggest


def test_outcome_before_the_forecast_does_not_resolve_it():
    report = item(mention("Putin received al-Sharaa in the Kremlin", kind="assertion"), published=date(2025, 7, 1))
    forward = item(mention("Putin will meet al-Sharaa again in October", expected=OCT), published=date(2025, 8, 1),
                   key=1)
    decisions = link_batch([], [report, forward]).decisions
    assert not any(d.suggest for d in decisions)


def test_batch_is_linked_in_date_order_whatever_the_input_order():
    report = item(mention("Putin received al-Sharaa in the Kremlin", kind="assertion"), published=date(2025, 10, 15),
                  key=0)
    forward = item(mention("Putin will meet al-Sharaa in October", expected=OCT), published=date(2025, 8, 1), key=1)
    decisions = {d.key: d for d in link_batch([], [report, forward]).decisions}
    assert decisions[1].is_new_claim and decisions[0].claim_id == decisions[1].claim_id
    assert decisions[0].suggest


def test_negated_forecast_does_not_join_the_positive_one():
    yes = item(mention("Putin will meet al-Sharaa in October", expected=OCT))
    no = item(mention("Putin will not meet al-Sharaa in October", expected=OCT, negated=True), key=1)
    assert not linked(yes, no)


def test_outcome_lexicons_match_words_with_attached_prefixes():
    ar = load_lexicon("ar")
    assert "happened" in ar.reasons_in("واستقبل الرئيس ضيفه")
    assert "postponed" in ar.reasons_in("وأُرجئت القمة إلى موعد لاحق")
    assert "cancelled" in ar.reasons_in("تقرر إلغاء الزيارة")
    assert ar.reasons_in("من أجل السلام في المنطقة") == set()
    en = load_lexicon("en")
    assert en.reasons_in("The summit was postponed until further notice") == {"postponed"}
    assert en.reasons_in("The Kremlin called off the meeting") == {"cancelled"}
    assert en.reasons_in("Metropolitan areas expect growth") == set()


def test_forward_mentions_never_report_outcomes():
    assert detect_outcome(mention("The summit may be postponed", kind="speculation", event="summit"), "en") is None
    done = detect_outcome(mention("The summit was postponed", kind="assertion", event="summit"), "en")
    assert (done.outcome, done.reason) == ("refuted", "postponed")
    held = detect_outcome(mention("Putin met al-Sharaa", kind="assertion"), "en")
    assert (held.outcome, held.reason) == ("confirmed", "happened")
    assert detect_outcome(mention("Russia's position is firm", kind="assertion"), "en") is None


def test_headline_from_actors_event_and_window():
    assert headline_for(mention("x", expected=OCT15)) == "Vladimir Putin – Ahmed al-Sharaa: meeting, 15 Oct 2025"
    assert headline_for(mention("x", expected=OCT)) == "Vladimir Putin – Ahmed al-Sharaa: meeting, Oct 2025"
    long_quote = "word " * 40
    assert headline_for(mention(long_quote, actors=())).endswith("…")


def test_reports_of_past_events_months_apart_do_not_link():
    call = item(mention("بحث الرئيس بوتين مع الرئيس الشرع في اتصال هاتفي العلاقات", kind="assertion", event="other"),
                "ar", date(2025, 2, 12))
    visit = item(mention("بحث الرئيس بوتين مع الرئيس الشرع في الكرملين العلاقات", kind="assertion", event="other"),
                 "ar", date(2025, 10, 15), key=1)
    assert not linked(call, visit)
    same_day = item(mention("Putin and al-Sharaa discussed relations in the Kremlin", kind="assertion",
                            event="other"), "en", date(2025, 10, 16), key=2)
    assert linked(visit, same_day)


def test_redating_wording_links_a_later_window_before_the_old_one_passed():
    first = item(mention("The summit is scheduled for 15 October", event="summit", actors=(), countries=("RU",),
                         expected=OCT15), published=date(2025, 7, 31))
    moved = item(mention("رجح الكرملين أن تعقد القمة في نوفمبر بدلاً من موعدها الأصلي", event="summit", actors=(),
                         countries=("RU",), expected=NOV), "ar", date(2025, 10, 10), key=1)
    plain = item(mention("قمة في نوفمبر", event="summit", actors=(), countries=("RU",), expected=NOV), "ar",
                 date(2025, 10, 10), key=1)
    assert linked(first, moved)
    assert not linked(first, plain)


def test_past_tense_report_labelled_a_forecast_still_counts():
    today = date(2025, 10, 15)
    report = mention("استقبل الرئيس بوتين اليوم الرئيس الشرع", kind="prediction", expected=Window(today, today, "اليوم"))
    assert detect_outcome(report, "ar", published=today).reason == "happened"
    plan = mention("سيستقبل الرئيس بوتين الرئيس الشرع غداً", kind="prediction",
                   expected=Window(date(2025, 10, 16), date(2025, 10, 16), "غداً"))
    assert detect_outcome(plan, "ar", published=today) is None
    postponed = mention("The summit, due on October 15, has been postponed", kind="prediction", event="summit",
                        expected=OCT15)
    assert detect_outcome(postponed, "en", published=date(2025, 10, 9)).reason == "postponed"
    maybe = mention("The summit may be postponed", kind="speculation", event="summit")
    assert detect_outcome(maybe, "en", published=date(2025, 10, 9)) is None


def test_a_meeting_weeks_before_the_window_does_not_confirm_it():
    forward = item(mention("Putin will meet al-Sharaa in October", expected=OCT), published=date(2025, 8, 1))
    earlier = item(mention("Al-Sharaa met the Russian delegation in Damascus", kind="assertion", actors=(SHARAA,)),
                   published=date(2025, 9, 9), key=1)
    in_time = item(mention("Putin received his Syrian counterpart", kind="assertion", actors=(PUTIN,)),
                   published=date(2025, 10, 15), key=2)
    first, second, third = link_batch([], [forward, earlier, in_time]).decisions
    assert not second.suggest
    assert third.suggest and third.claim_id == first.claim_id


def test_one_report_may_suggest_on_several_forecasts():
    early = item(mention("Putin will meet al-Sharaa in early October",
                         expected=Window(date(2025, 10, 1), date(2025, 10, 10), "early October")),
                 published=date(2025, 8, 1))
    late = item(mention("Putin will meet al-Sharaa in late October",
                        expected=Window(date(2025, 10, 20), date(2025, 10, 31), "late October")),
                published=date(2025, 8, 2), key=1)
    report = item(mention("Putin received al-Sharaa in the Kremlin", kind="assertion"), published=date(2025, 10, 15),
                  key=2)
    first, second, third = link_batch([], [early, late, report]).decisions
    assert first.claim_id != second.claim_id
    assert third.suggest and {third.claim_id, *third.also_suggest} == {first.claim_id, second.claim_id}


def test_speakers_are_not_who_the_claim_is_about():
    novak = ActorRef("alexander-novak", "Alexander Novak", "person", "RU", "ألكسندر نوفاك")
    a = item(mention("Lavrov said al-Sharaa will visit Moscow on 15 October", event="visit", actors=(LAVROV, SHARAA),
                     expected=OCT15, said="Lavrov said"))
    b = item(mention("قال نوفاك إن الشرع سيزور موسكو في 15 أكتوبر", event="visit", actors=(novak, SHARAA),
                     expected=OCT15, said="قال نوفاك"), "ar", key=1)
    assert linked(a, b)
    assert headline_for(a.mention) == "Ahmed al-Sharaa: visit, 15 Oct 2025"
    # Without the attributions, Lavrov and Novak would be two different other parties.
    plain_a = item(mention("x", event="visit", actors=(LAVROV, SHARAA), expected=OCT15))
    plain_b = item(mention("y", event="visit", actors=(novak, SHARAA), expected=OCT15), "ar", key=1)
    assert not linked(plain_a, plain_b)
