"""Session 12, windows: a claim about an election's polling day (turnout, «نسبة المشاركة», a
candidate expected to win) with no date of its own takes the day the text gave the vote, not the
date of the nearest step of the process before it (ballot papers due, candidacies closing).

Every sentence here is written for this file (invented countries and people).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

EN = """Karesia will hold its presidential election on January 15, the electoral commission said on Friday.

Ballot papers are due to reach all districts by the end of December, the commission's chairman said.

Analysts expect the president to win comfortably, but turnout could drop further.
"""

AR = """من المقرر أن تجري الانتخابات التشريعية في فارنيا يوم 14 تشرين الثاني المقبل، بحسب الهيئة العليا للانتخابات.

ويُغلق باب الترشح نهاية أيلول الجاري، وفق الهيئة.

ويتوقع مراقبون ألا تتجاوز نسبة المشاركة 40 في المئة.
"""


def _windows(text: str, lang: str, published: date) -> dict[str, tuple[date | None, date | None]]:
    ex = extract(text, published=published, lang=lang, resources=Resources.load())
    return {m.quote: ((m.expected.start, m.expected.end) if m.expected else (None, None)) for m in ex.mentions}


@pytest.mark.parametrize(
    ("text", "lang", "published", "part", "day"),
    [
        (EN, "en", date(2025, 12, 5), "turnout", date(2026, 1, 15)),
        (EN, "en", date(2025, 12, 5), "win comfortably", date(2026, 1, 15)),
        (AR, "ar", date(2026, 9, 20), "نسبة المشاركة", date(2026, 11, 14)),
    ],
)
def test_polling_day_claims_take_the_vote_s_day(text: str, lang: str, published: date, part: str, day: date) -> None:
    found = {q: w for q, w in _windows(text, lang, published).items() if part in q}
    assert found, f"no claim holding {part!r}"
    assert list(found.values())[0] == (day, day)


@pytest.mark.parametrize(
    ("text", "lang", "published", "part", "window"),
    [
        # the process steps keep their own dates
        (EN, "en", date(2025, 12, 5), "Ballot papers", (date(2025, 12, 5), date(2025, 12, 31))),
        (AR, "ar", date(2026, 9, 20), "باب الترشح", (date(2026, 9, 21), date(2026, 9, 30))),
    ],
)
def test_process_steps_keep_their_dates(text: str, lang: str, published: date, part: str,
                                        window: tuple[date, date]) -> None:
    found = {q: w for q, w in _windows(text, lang, published).items() if part in q}
    assert list(found.values())[0] == window
