"""Session 25: a name in quotation marks between an Arabic verb and its object («توقع الشركة
«نور» عقدا») stays inside the verb's reach, as any other word does. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2026, 1, 20)


def _event(text: str, lang: str = "ar") -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


@pytest.mark.parametrize("text", [
    "ومن المقرر أن توقع الشركة الوطنية للكهرباء «نور» منتصف مايو عقدا لإنشاء محطة تعمل بالغاز.",
    "ومن المتوقع أن توقع وزارة النقل وشركة «سفن» الأسبوع المقبل عقدا لتوسعة الميناء.",
])
def test_a_quoted_name_between_sign_and_contract(text):
    assert _event(text) == "agreement"


def test_the_same_sentence_without_quotes_is_unchanged():
    assert _event("ومن المقرر أن توقع الشركة الوطنية للكهرباء منتصف مايو عقدا لإنشاء محطة تعمل بالغاز.") == "agreement"
