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
