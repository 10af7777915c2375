"""A quotation that opens on a time modifier keeps the modifier: 'operating "before August 7"'.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from claimtracker.extract.timewords import find_times


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ('The mayor said the bridge would be "before October 3" open to lorries.', "en", date(2026, 10, 2)),
        ("He hoped the camp could close “before October 3”, aides said.", "en", date(2026, 10, 2)),
        ("وقال إن الجسر سيفتح «قبل 3 أكتوبر»، بحسب مساعديه.", "ar", date(2026, 10, 2)),
    ],
)
def test_a_quoted_modifier_still_modifies(text, lang, end):
    hits = find_times(text, lang, date(2026, 5, 1), Resources.load().time_lexicon)
    assert hits and hits[0].window.end == end and hits[0].window.start == date(2026, 5, 1), hits


def _windows(text: str, lang: str) -> list[tuple[str, str]]:
    hits = find_times(text, lang, date(2026, 5, 20), Resources.load().time_lexicon)
    return [(h.window.start.isoformat(), h.window.end.isoformat()) for h in hits if h.window.start and h.window.end]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The panel files its report on June 2, and a floor vote is expected the following week.", "en",
         ("2026-06-08", "2026-06-14")),
        ("Envoys meet on July 14 and their ministers the following day.", "en", ("2026-07-15", "2026-07-15")),
        ("The new rules take effect in September and the tariff cut the following month.", "en",
         ("2026-10-01", "2026-10-31")),
        ("وتقدم اللجنة تقريرها في الثاني من يونيو، على أن يجري التصويت في الأسبوع التالي.", "ar",
         ("2026-06-08", "2026-06-14")),
        ("يجتمع السفراء في 14 يوليو ثم الوزراء في اليوم التالي.", "ar", ("2026-07-15", "2026-07-15")),
    ],
)
def test_following_counts_from_the_date_before(text, lang, expected):
    assert _windows(text, lang)[-1] == expected


def test_following_with_no_date_before_reads_from_publication():
    assert _windows("A floor vote is expected the following week.", "en") == [("2026-05-25", "2026-05-31")]


def test_a_date_in_a_relative_clause_that_holds_the_cue_is_that_claims():
    # "The port, which is scheduled to open in 2027," is a claim of its own: its date is its own
    from claimtracker.extract import extract

    ex = extract("The port, which is scheduled to open in 2027, will handle maize exports.",
                 published=date(2026, 3, 1), lang="en", resources=Resources.load())
    claim = next(m for m in ex.mentions if "scheduled" in m.quote)
    assert claim.expected is not None and claim.expected.start == date(2027, 1, 1)


def test_a_date_in_an_aside_without_the_cue_is_not_the_claims():
    from claimtracker.extract import extract

    ex = extract("Reyes, who chairs the bloc in 2027, is expected to attend the summit next month.",
                 published=date(2026, 3, 1), lang="en", resources=Resources.load())
    claim = next(m for m in ex.mentions if "attend" in m.quote)
    assert claim.expected is not None and claim.expected.start == date(2026, 4, 1)
