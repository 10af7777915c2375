"""An arrival said with "due in" / "expected in" and a place is a visit, and the trip dates what it
is made for when nothing else dated it.

Every sentence here is written for this file (invented people, places and topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 4)


def _claims(text: str):
    ex = extract(text, published=PUBLISHED, lang="en", resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


def _claim(text: str, part: str):
    found = [m for m in _claims(text) if part in m.quote]
    assert found, f"no forward claim holding {part!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Trade Minister Ines Varga is due in Windhoek next week for talks on the copper levy.", "Windhoek"),
        ("A World Bank mission is expected in Maputo on Monday to review the rail loan.", "Maputo"),
        ("The two envoys are due in Yerevan on Thursday.", "Yerevan"),
    ],
)
def test_due_in_a_place_is_a_visit(text, part):
    assert _claim(text, part).event_type == "visit"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The first loan payment is due in March.", "payment"),
        ("Parliamentary elections are due in 2027.", "elections"),
        ("The budget bill is due in parliament next week.", "budget"),
    ],
)
def test_due_in_a_time_or_a_body_is_no_visit(text, part):
    assert _claim(text, part).event_type != "visit"


def test_a_trip_dates_the_talks_it_is_made_for():
    text = ("Trade Minister Ines Varga is due in Windhoek next week for talks on the copper levy.\n\n"
            "A ministry official said the talks would also cover a smelter planned in Walvis Bay, "
            "which is scheduled to open by the end of 2028.")
    later = _claim(text, "would also cover")
    assert later.expected is not None
    assert (later.expected.start.isoformat(), later.expected.end.isoformat()) == ("2026-03-09", "2026-03-15")


def test_a_nearer_dated_sentence_wins_over_the_trip():
    text = ("Trade Minister Ines Varga is due in Windhoek next week for meetings with the mining chamber.\n\n"
            "The chamber's board next meets on March 26. Analysts said it could use that meeting to "
            "cut the levy for the first time since 2024.")
    later = _claim(text, "that meeting")
    assert later.expected is not None and later.expected.start.isoformat() == "2026-03-26"


@pytest.mark.parametrize(
    "text",
    [
        "ومن المنتظر أن يعقد وزير الاقتصاد مؤتمرا صحافيا بعد غد لشرح خطة الدعم.",
        "وسيعقد رئيس الهيئة المؤتمر الصحافي الأسبوعي يوم الأحد المقبل.",
    ],
)
def test_a_press_conference_in_either_spelling_is_a_statement(text):
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    claims = [m for m in ex.mentions if m.is_forward]
    assert claims and claims[0].event_type == "statement"
