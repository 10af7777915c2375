"""A claim with no time of its own takes its sentence's date, but not one inside a separate claim
after it ("..., but warned it might pull out by June", «لكنه حذر ... قبل نهاية حزيران»); a clause
that goes on with the claim («على أن يعلن عنه خلال أيام», "which was planned for April") still
dates it (`sentence_claims.py`).

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday


def _window(res, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


def _not_in_june(w) -> bool:
    return w is None or w.end is None or w.end.month != 6


def test_a_date_after_but_belongs_to_the_second_claim(res):
    text = ("Ghana's finance minister said Accra would sign the accord in good faith, "
            "but warned that it could leave the talks by the end of June if creditors stalled.")
    assert _not_in_june(_window(res, text, "en", "would sign"))


def test_a_date_after_while_belongs_to_the_second_claim(res):
    text = ("Peru will keep its embassy in Quito open, while Ecuador is expected to recall "
            "its ambassador in June, diplomats said.")
    assert _not_in_june(_window(res, text, "en", "keep its embassy"))


def test_arabic_a_date_after_lakin_belongs_to_the_second_claim(res):
    text = ("وقال وزير الخارجية إن تونس ستشارك في الاجتماع بحسن نية، "
            "لكنه حذر من أنها قد تنسحب من المفاوضات قبل نهاية حزيران المقبل.")
    assert _not_in_june(_window(res, text, "ar", "ستشارك"))


def test_arabic_ala_an_clause_still_dates_the_claim(res):
    text = ("وقالت مصادر حكومية إن رئيس الوزراء سيجري تعديلا وزاريا يشمل خمس حقائب، "
            "على أن يعلن عنه خلال حزيران المقبل.")
    w = _window(res, text, "ar", "سيجري")
    assert w is not None and w.start is not None and w.start.month == 6


def test_a_relative_clause_date_still_dates_the_claim(res):
    text = ("Analysts said the speaker's resignation could delay the budget vote, "
            "which parliament had planned to hold in June.")
    w = _window(res, text, "en", "could delay")
    assert w is not None and w.start is not None and w.start.month == 6
