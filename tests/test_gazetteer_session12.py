"""Session 12, gazetteer data: spellings the Arabic press uses that the rows lacked.

- «حزب العدالة والتنمية» names both Morocco's PJD and Turkey's AKP: the text's country decides;
- «البابا لاوون الرابع عشر» is Pope Leo XIV; «الشركة السورية للنفط» is the Syrian Petroleum Company.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


def _actors(text: str) -> list[tuple[str, str | None]]:
    ex = extract(text, published=date(2025, 10, 1), lang="ar", resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("الرباط - قال الأمين العام لحزب العدالة والتنمية إن الحزب سيشارك في الانتخابات التشريعية المغربية المقبلة.",
         ("Justice and Development Party", "MA")),
        ("أنقرة - قال متحدث باسم حزب العدالة والتنمية إن الحزب سيعقد مؤتمره في تركيا الشهر المقبل.",
         ("Justice and Development Party", "TR")),
        ("وتستعد بيروت لاستقبال البابا لاوون الرابع عشر في زيارة تبدأ نهاية الشهر المقبل.", ("Pope Leo XIV", "VA")),
        ("ومن المتوقع أن توقع الشركة السورية للنفط مذكرة تفاهم مع شركة عراقية الشهر المقبل.",
         ("Syrian Petroleum Company", "SY")),
    ],
)
def test_press_spellings(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text)
