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


POLLING_EN = """Karesia will hold its presidential election on January 15, the electoral commission said on Friday.

Campaigning will end on January 13, two days before polling.

Authorities may restrict mobile internet on polling day, two telecoms executives said.

If no candidate wins, a runoff would be held on February 12, and results would come two days after the runoff.
"""

POLLING_AR = """من المقرر أن تجري الانتخابات التشريعية في فارنيا يوم 14 تشرين الثاني المقبل، بحسب الهيئة العليا للانتخابات.

وتنتهي الحملة الانتخابية يوم 11 تشرين الثاني، وفق الهيئة.

وقد تقطع السلطات خدمة الإنترنت يوم الاقتراع، بحسب مصادر في شركات الاتصالات.
"""


@pytest.mark.parametrize(
    ("text", "lang", "published", "part", "day"),
    [
        # "polling day", «يوم الاقتراع»: the vote's day, which the text gave first
        (POLLING_EN, "en", date(2025, 12, 5), "on polling day", date(2026, 1, 15)),
        (POLLING_AR, "ar", date(2026, 9, 20), "يوم الاقتراع", date(2026, 11, 14)),
        # a count from polling is counted from that day, not from the campaign's end named just before
        (POLLING_EN, "en", date(2025, 12, 5), "two days before polling", date(2026, 1, 13)),
        # a runoff has a day of its own
        (POLLING_EN, "en", date(2025, 12, 5), "two days after the runoff", date(2026, 2, 14)),
    ],
)
def test_days_named_by_the_vote(text: str, lang: str, published: date, part: str, day: date) -> None:
    found = {q: w for q, w in _windows(text, lang, published).items() if part in q}
    assert found, f"no claim holding {part!r}"
    assert list(found.values())[0] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The party, which boycotted the vote in March, may take part in the next election, its leader said.",
        "The opposition, which lost heavily in March, could boycott the next election, its leader said.",
        "The ruling party, which was elected in March, may call a referendum, its leader said.",
    ],
)
def test_month_after_a_past_verb_is_no_window_to_come(text: str) -> None:
    # the month dates the past event of its clause, so it is no window of the forward claim
    for start, end in _windows(text, "en", date(2026, 6, 10)).values():
        assert not (start is not None and start.month == 3), (text, start, end)


def test_arabic_month_after_a_past_verb_is_no_window_to_come() -> None:
    text = "وقال زعيم الحزب، الذي قاطع الانتخابات في آذار، إن الحزب قد يشارك في الاستحقاق المقبل."
    for start, _ in _windows(text, "ar", date(2026, 6, 10)).values():
        assert not (start is not None and start.month == 3), start


def test_a_planned_announcement_keeps_its_date() -> None:
    # «الإعلان عن» after «يعتزم الحزب»: the announcement is to come, so its date is the claim's
    text = "ويعتزم حزب الاستقلال الإعلان عن مرشحيه في منتصف يوليوز، بحسب ما صرّح به أمينه العام."
    windows = list(_windows(text, "ar", date(2026, 6, 16)).values())
    assert windows == [(date(2026, 7, 11), date(2026, 7, 20))]
