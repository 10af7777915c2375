"""Session 12, attribution (en): a state's services speak officially ("Kyrgyzstan's border service
said", "the customs service said"), not a news service; a spokesperson "for" a body, or with a
dotted abbreviation before the title ("a U.S. embassy spokesperson"), is `named`, as the guideline
counts a named institution's spokesperson.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


def _kinds(text: str) -> list[str | None]:
    ex = extract(text, published=date(2025, 10, 1), lang="en", resources=Resources.load())
    return [m.attribution.kind if m.attribution else None for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two checkpoints will reopen to freight traffic on May 1, Varnia's border service said.",
         "official_statement"),
        ("The port will reopen to container traffic on June 3, the customs service said.", "official_statement"),
        ("An observer mission will arrive in the capital on Wednesday, a spokesperson for the bloc's commission said.",
         "named"),
        ("The king will receive the party leaders next week, a spokesman for the Royal Palace said.", "named"),
        ("The navy could hold a joint exercise with Ostland next month, a U.S. embassy spokesperson said.", "named"),
    ],
)
def test_attribution_kinds(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_a_news_service_is_no_official_source() -> None:
    assert _kinds("The port will reopen on June 3, the news service said.") == ["outlet"]


def _kinds_ar(text: str) -> list[str | None]:
    ex = extract(text, published=date(2025, 10, 1), lang="ar", resources=Resources.load())
    return [m.attribution.kind if m.attribution else None for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # «كما لم تستبعد»: ك + «ما» is "as", not the conditional «ما لم» (unless)
        ("كما لم تستبعد مصادر فارنية أن يزور وزير الخارجية العاصمة الشهر المقبل.", "anonymous"),
        # «أقر بأن»: acknowledged that
        ("غير أن المصدر أقر بأن خط الأنابيب لن يكون جاهزا للتصدير قبل عام 2028.", "anonymous"),
        # a ministry's (media) office
        ("وأوضح المكتب أن الوفد سيلتقي وزير الطاقة الفارني الأسبوع المقبل.", "official_statement"),
        ("وقال المكتب الإعلامي للوزارة إن الوفد سيلتقي وزير الطاقة الفارني الأسبوع المقبل.", "official_statement"),
        # sources in an institution
        ("ولم تستبعد مصادر في الرئاسة الفارنية أن يزور وزير الخارجية العاصمة الشهر المقبل.", "anonymous"),
    ],
)
def test_arabic_attribution_kinds(text: str, kind: str) -> None:
    assert _kinds_ar(text) == [kind]


def test_a_party_politburo_member_is_no_office() -> None:
    text = "وقال عضو المكتب السياسي للحركة إن الحركة ستشارك في الانتخابات المقبلة."
    assert "official_statement" not in _kinds_ar(text)
