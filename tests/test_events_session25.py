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


@pytest.mark.parametrize("text", [
    "ويجري البلدان تمرينا مشتركا للبحث والإنقاذ في الخليج مطلع سبتمبر.",
    "وأعلنت وزارة الدفاع أن التمرين الجوي المشترك سيجرى فوق الصحراء الشهر المقبل.",
    "وأعلنت قيادة الجيش أنها ستنشر لواء إضافيا على الحدود الشرقية الأسبوع المقبل.",
    "وقال مصدر أمني إن الشرطة تستعد لشن عملية ضد مهربي الوقود في الجنوب الأسبوع المقبل.",
])
def test_exercises_brigades_and_launched_operations_are_military(text):
    assert _event(text) == "military"


def test_a_training_course_is_no_exercise():
    assert _event("ومن المقرر أن تنظم الوزارة دورة تدريبية للمعلمين الشهر المقبل.") != "military"


def test_a_visa_restriction_list_is_a_sanction():
    text = "Washington could add more officials to its visa restriction list before the end of June, diplomats said."
    assert _event(text, "en") == "sanction"


@pytest.mark.parametrize("text", [
    "The parliament will vote on Thursday on a revised economic cooperation agreement with its neighbour.",
    "The lower house will vote next Wednesday on ratifying a loan agreement with the bank.",
])
def test_a_vote_on_an_agreement_with_its_day_between(text):
    assert _event(text, "en") == "agreement"
