"""Session 43: the misses of held-out 108–110. A legislature's vote, or one on a measure, whose
object names sanctions or a truce is about them («يصوت مجلس الأمن على تمديد العقوبات»). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 5, 11)


def extraction(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def event_types(res: Resources, text: str, lang: str) -> list[str | None]:
    return [m.event_type for m in extraction(res, text, lang).mentions]


@pytest.mark.parametrize(("text", "lang"), [
    ("The Security Council is expected to vote on extending its arms embargo on Haiti by June 30.", "en"),
    ("The European Parliament may vote on a motion urging new sanctions against the junta next month.", "en"),
    ("ومن المتوقع أن يصوت مجلس الأمن على تمديد العقوبات المفروضة على هايتي قبل نهاية يونيو.", "ar"),
    ("وقد يصوت البرلمان الأوروبي الشهر المقبل على قرار يطالب بفرض عقوبات على قادة الانقلاب.", "ar"),
])
def test_a_vote_on_sanctions_is_a_sanction_claim(res, text, lang):
    assert event_types(res, text, lang) == ["sanction"]


# guard (passes on the start): a vote on a measure that names no sanction stays `other`, and a
# sanction word in the next sentence does not reach back to it
@pytest.mark.parametrize(("text", "lang"), [
    ("Parliament is expected to vote on the budget next week. The sanctions remain in force.", "en"),
    ("The Senate will vote on the new military service law on Friday.", "en"),
    ("ومن المتوقع أن يصوت مجلس النواب على الموازنة الأسبوع المقبل.", "ar"),
])
def test_a_vote_on_another_measure_stays_other(res, text, lang):
    assert event_types(res, text, lang)[0] == "other"
