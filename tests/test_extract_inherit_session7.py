"""A claim whose event type was only carried over from the claims before it, and whose date is its
own, dates a phase of that event (the campaign before a vote, the run-up to a summit), not the event
itself: a later claim about the event with no date of its own takes the date the claim about the
event gave, not the nearer phase's (`drafts.inherit`).

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday


def _window(res, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


def test_english_a_forecast_after_the_campaign_date_takes_the_vote_date(res):
    text = ("Malawi will hold a presidential election on June 14, the electoral commission said on Monday.\n\n"
            "Registration of candidates opens on April 2.\n\n"
            "Zambia is expected to send a team of observers, a diplomat said.")
    w = _window(res, text, "en", "team of observers")
    assert w is not None and w.start == date(2025, 6, 14)


def test_english_the_run_up_date_still_dates_the_phase_itself(res):
    # the phase keeps its own date: only the claims after it are affected
    text = ("Malawi will hold a presidential election on June 14, the electoral commission said on Monday.\n\n"
            "Registration of candidates opens on April 2.\n\n"
            "Zambia is expected to send a team of observers, a diplomat said.")
    w = _window(res, text, "en", "Registration")
    assert w is not None and w.start == date(2025, 4, 2)


def test_arabic_a_forecast_after_the_campaign_date_takes_the_vote_date(res):
    text = ("تجري موريتانيا انتخابات رئاسية يوم 22 حزيران المقبل، بحسب ما أعلنت اللجنة المستقلة.\n\n"
            "ويبدأ تسجيل المرشحين في الخامس من نيسان المقبل.\n\n"
            "ومن المتوقع أن ترسل الجزائر فريقا من المراقبين.")
    w = _window(res, text, "ar", "فريقا من المراقبين")
    assert w is not None and w.start == date(2025, 6, 22)


def test_a_run_up_date_is_still_taken_when_nothing_else_dates_the_event(res):
    # no claim of the event's own type is dated: the phase's date is the nearest there is
    text = ("Leaders of the bloc are preparing for a summit on water sharing, officials said.\n\n"
            "Preparatory work starts on April 2.\n\n"
            "Egypt is expected to push for a binding dispute mechanism, diplomats said.")
    w = _window(res, text, "en", "binding dispute")
    assert w is not None and w.start == date(2025, 4, 2)
