"""Normalisation folds «سأ» (first-person future) into «سا», where names, nouns and past verbs
also start (سالم، ساعة، سابق، وساطة، سافر): those are no future cue, «سأزور», «سأعمل», «سأبقى» are."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 6, 3)


def _forward(text: str):
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم البلدية، سامر الخطيب، إن الأعمال انتهت في الساحة الرئيسية.",
        "وكانت وساطة عمانية قد أفضت إلى تبادل الأسرى قبل أيام.",
        "وسافر رئيس الوزراء إلى أنقرة في وقت سابق من الأسبوع الماضي.",
        "وساهم البنك في تمويل المشروع قبل ساعات من الإعلان.",
    ],
)
def test_words_starting_with_sa_are_no_future(text):
    assert _forward(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير للصحافيين: «سأزور بغداد الأسبوع المقبل».",
        "وقالت الرئيسة: «سأعمل مع البرلمان على إقرار القانون قبل نهاية العام».",
        "وأضاف: «سأبقى في منصبي حتى موعد الانتخابات في أكتوبر».",
    ],
)
def test_first_person_future_is_a_future_cue(text):
    (m,) = _forward(text)
    assert m.kind == "prediction" and m.certainty >= 0.7

