"""Arabic forms the lexicons missed: the dual and plural of «يعتزم» are intentions (medium), and
«نسبة» ("rate", "share") is no «نسب إلى» ("attributed to"), so it takes no date away."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract
from claimtracker.models import certainty_label

PUBLISHED = date(2026, 1, 14)


def _forward(text: str):
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


def test_dual_and_plural_intend_are_medium():
    for text in ("وقالت مصادر دبلوماسية إن الجانبين يعتزمان افتتاح قنصلية في البصرة الشهر المقبل.",
                 "ويعتزمون تنظيم مؤتمر للمانحين في الرباط خلال الربيع المقبل، بحسب مصادر مطلعة."):
        (m,) = _forward(text)
        assert certainty_label(m.certainty) == "medium", text


def test_a_rate_is_no_reporting_verb():
    (m,) = _forward("ومن المقرر أن يرفع البنك المركزي نسبة الاحتياطي الإلزامي يوم 3 فبراير المقبل.")
    assert m.expected is not None and m.expected.start == date(2026, 2, 3)
    assert m.attribution.kind == "outlet"


def test_attributed_to_still_reports():
    (m,) = _forward("ونسبت الوكالة إلى مصدر حكومي أن الحكومة ستعلن موازنتها الأسبوع المقبل.")
    assert m.attribution.kind != "outlet"
