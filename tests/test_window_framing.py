"""The day something was said is not the window of what it says: a day no later than publication,
then a forward cue, then a date still to come. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)  # a Monday



def _window(res: Resources, text: str, lang: str, containing: str):
    return first_forward(res, text, lang, PUBLISHED, containing).expected


@pytest.mark.parametrize("text,containing,day", [
    ("أعلنت وزيرة الصحة ليلى المنصوري اليوم الاثنين أن بعثة من البنك الدولي ستزور عمان يوم الخميس.",
     "ستزور", date(2025, 3, 13)),
    ("صرح المتحدث باسم الحكومة اليوم الاثنين بأن الوفد سيغادر إلى الجزائر يوم الأربعاء المقبل.",
     "سيغادر", date(2025, 3, 12)),
    ("The trade secretary, Mara Voss, said today that the inspectors will reach Riga on Thursday.",
     "will reach", date(2025, 3, 13)),
])
def test_the_day_of_telling_gives_way_to_the_date_after_the_cue(res, text, containing, day):
    w = _window(res, text, "ar" if text[0] > "z" else "en", containing)
    assert w is not None and (w.start, w.end) == (day, day)


def test_today_after_the_cue_is_still_the_claims_day(res):
    # "today" follows the cue: it is when the vote happens, whatever comes later in the sentence
    w = _window(res, "The council will vote today on the budget, and a ruling is expected on Friday.", "en", "vote today")
    assert w is not None and w.start == w.end == PUBLISHED


def test_a_count_from_an_event_is_not_that_events_date(res):
    # the first claim's window is counted from the signing; the later claim about the signing takes
    # the signing's own date, not the count
    text = ("The two governments will sign the water-sharing accord in Kampala on Thursday.\n\n"
            "Under the accord, joint monitoring is to begin within 45 days of signing, the ministry said.\n\n"
            "Ugandan Water Minister Grace Atwine will attend the signing ceremony and hold talks with her counterpart.")
    w = _window(res, text, "en", "Grace Atwine")
    assert w is not None and (w.start, w.end) == (date(2025, 3, 13), date(2025, 3, 13))
