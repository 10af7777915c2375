"""Session 26: names found where they were lost. A summit the gazetteer knows by its Arabic name
(«القمة الخليجية», the Gulf Cooperation Council's) names its body after «خلال», «قبل» or «جدول
أعمال» too: the summit is the body meeting, not a body named in passing like «على هامش الجمعية
العامة». Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


def _names(text: str, lang: str) -> list[str]:
    return [name for name, _ in article_actors(text, lang)]


@pytest.mark.parametrize("text", [
    "وتطرح الكويت ملف الربط الكهربائي على جدول أعمال القمة الخليجية المقبلة في الرياض في ديسمبر.",
    "ويرجح أن يوقع الجانبان الاتفاق خلال القمة الخليجية المقررة في الدوحة مطلع ديسمبر.",
    "وتأتي الزيارة قبل القمة الخليجية المقررة في المنامة الشهر المقبل.",
])
def test_the_gulf_summit_names_the_gcc_after_an_event_word(text):
    assert "Gulf Cooperation Council" in _names(text, "ar")


def test_the_general_assembly_named_in_passing_stays_out():
    text = "وسيلتقي الوزير نظيره الروسي على هامش الجمعية العامة للأمم المتحدة الشهر المقبل."
    assert "United Nations General Assembly" not in _names(text, "ar")
