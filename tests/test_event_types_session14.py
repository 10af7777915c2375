"""Session 14 event words: the oil price cap is a sanction, escorting ships is military, a
reduction of violence is a truce, an Arabic security operation is military. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUB = date(2026, 2, 1)


@pytest.mark.parametrize("text, part, expected", [
    ("Ministers are expected to cut the price cap on seaborne Russian oil to $45 a barrel next week.",
     "price cap", "sanction"),
    ("The G7 could tighten the oil price cap in March, officials said.", "price cap", "sanction"),
    ("The government will lower fuel prices next month, the minister said.", "fuel prices", "other"),
    ("The navy may begin escorting merchant vessels through the strait next month.", "escorting", "military"),
    ("Warring factions are expected to agree a reduction of violence during the holiday.", "reduction", "ceasefire"),
    ("The Senate foreign relations committee will hold a hearing on the treaty on Thursday.", "hearing", "meeting"),
    ("The court will hold an appeal hearing in the case on Thursday.", "hearing", "other"),
    ("The tribunal is expected to hold hearings on the merits of the case in May.", "hearings", "other"),
])
def test_event_words_en(text, part, expected):
    assert forward_event(text, "en", part, PUB) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("وقال الجيش إنه سيبدأ عملية واسعة لتعقب خلايا مسلحة في الصحراء خلال الأيام المقبلة.", "عملية", "military"),
    ("ويتوقع أن تطلق الشرطة حملة أمنية في الأحياء الشرقية الأسبوع المقبل.", "حملة", "military"),
    ("ومن المرجح أن يلتزم الطرفان بخفض العنف خلال شهر رمضان.", "خفض", "ceasefire"),
])
def test_event_words_ar(text, part, expected):
    assert forward_event(text, "ar", part, PUB) == expected


@pytest.mark.parametrize("text, part, lang", [
    ("The presidential run-off will be held on March 15. The two candidates will face off in a televised debate "
     "on March 3.", "debate", "en"),
    ("Voters will elect a new parliament on April 12. The new parliament will be installed on May 1, the electoral "
     "court said.", "installed", "en"),
    ("Croatia will hold a snap election in March. The country will adopt the single currency next year.", "currency",
     "en"),
])
def test_steps_around_an_election_are_not_the_election(text, part, lang):
    # the story is about an election, which a claim with no event word of its own would carry
    assert forward_event(text, lang, part, PUB) == "other"
