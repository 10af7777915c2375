"""A claim whose event type was only carried over from the claims before it, and whose date is its
own, dates a phase of that event (the campaign before a vote, the run-up to a summit), not the event
itself: a later claim about the event with no date of its own takes the date the claim about the
event gave, not the nearer phase's (`inherit.inherit`).

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


# "X is expected to attend" names no event: it goes on about the story's event, not about an event
# of a kind the text introduced in passing ("a preparatory meeting"), even the nearer one.

def _first(res, text: str, containing: str):
    return first_forward(res, text, "en", PUBLISHED, containing)


def test_attend_goes_on_about_the_summit_not_the_preparatory_meeting(res):
    text = ("Andean leaders will gather in Quito from October 3 to 5 for their annual summit, officials said.\n\n"
            "Trade ministers will hold a preparatory meeting in Lima on Tuesday.\n\n"
            "Bolivia is expected to attend, an aide said.")
    m = _first(res, text, "Bolivia")
    assert m.event_type == "summit"
    assert m.expected is not None and m.expected.start == date(2025, 10, 3)


def test_take_part_after_a_technical_session_goes_on_about_the_summit(res):
    text = ("Heads of state of the Nile basin will meet in Kigali on November 20 for a summit on dams.\n\n"
            "Engineers from the member states will hold a technical workshop in Kampala next week.\n\n"
            "Ethiopia will take part, its foreign ministry said.")
    m = _first(res, text, "Ethiopia")
    assert m.event_type == "summit"


def test_attend_after_a_meeting_the_story_is_about_stays_with_the_meeting(res):
    # the story is about the emergency meeting itself (it opens the text): attending is attending it
    text = ("Gulf finance ministers will hold an emergency meeting in Muscat on Thursday to discuss oil prices.\n\n"
            "Kuwait is expected to attend, an official said.")
    m = _first(res, text, "Kuwait")
    assert m.event_type == "meeting"
    assert m.expected is not None and m.expected.start == date(2025, 3, 13)


def test_a_claim_about_something_else_does_not_date_the_meeting_before_it(res):
    # the border post's opening took the meeting's type and lost it (it is about something else,
    # `event_refer.carried_type`): its date is the opening's, and talks after it are the meeting's
    text = ("Defence ministers of the two countries will meet in Tozeur on May 20, the ministry said.\n\n"
            "The border post will stay open around the clock from July 1, the interior minister said.\n\n"
            "The Libyan minister is expected to hold talks with the governor of Tozeur, officials said.")
    m = _first(res, text, "hold talks")
    assert m.expected is not None and m.expected.start == date(2025, 5, 20)
