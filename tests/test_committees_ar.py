"""Session 24: a legislature's committee named in Arabic by its remit (`committees_ar.py`), and a
title after a body that starts the verb's object, not the body's post. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


def _actors(text: str) -> dict[str, str | None]:
    return dict(article_actors(text, "ar"))


@pytest.mark.parametrize(("text", "name", "country"), [
    # a remit noun and a chamber with its nisba: the chamber is named without its state
    ("وقالت لجنة المالية في مجلس النواب العراقي إنها ستناقش الموازنة الأسبوع المقبل.",
     "Finance Committee of the Council of Representatives", "IQ"),
    # several remits joined by و, the chamber joined by ب
    ("وتعقد لجنة الزراعة والمياه والأهوار بمجلس النواب العراقي جلسة يوم الأحد المقبل.",
     "Agriculture, Water and Marshes Committee of the Council of Representatives", "IQ"),
    # a remit of two words and a second one
    ("وستناقش لجنة الشؤون الخارجية والدفاع الوطني في مجلس النواب المغربي الاتفاق غدا.",
     "Foreign Affairs and National Defence Committee of the House of Representatives", "MA"),
    # «الشؤون» with its adjectives, and a chamber of fixed English
    ("وناقشت لجنة الشؤون المالية والاقتصادية بمجلس الشورى البحريني المشروع، على أن تصوت عليه الأحد المقبل.",
     "Financial and Economic Affairs Committee of the Shura Council", "BH"),
    # the definite committee with its nisba, and the chamber of the state of that name
    ("وقال النائب إن اللجنة القانونية في مجلس النواب اللبناني ستجتمع يوم الثلاثاء.",
     "Legal Committee of the Parliament", "LB"),
])
def test_committee_of_a_named_chamber(text, name, country):
    actors = _actors(text)
    assert actors.get(name) == country, actors


def test_the_chamber_stays_an_actor_of_its_own():
    actors = _actors("وقالت لجنة المالية في مجلس النواب العراقي إنها ستناقش الموازنة الأسبوع المقبل.")
    assert "Council of Representatives of Iraq" in actors


def test_marker_adjective_makes_the_committee_of_the_texts_state():
    text = ("بغداد - «الرافدين»\n\nوأعلنت الحكومة العراقية أنها سترسل الموازنة إلى البرلمان، "
            "ومن المنتظر أن تستضيف لجنة النفط والغاز النيابية وزير النفط يوم الأحد المقبل.")
    assert _actors(text).get("Oil and Gas Committee of the Council of Representatives") == "IQ"


def test_marker_adjective_without_a_known_state_names_no_chamber():
    actors = _actors("أعلنت لجنة التربية والتعليم النيابية أنها ستستضيف الوزيرة الأسبوع المقبل.")
    assert "Education Committee" in actors


@pytest.mark.parametrize("text", [
    # no chamber and no marker: some other body's committee
    "وقالت لجنة التحقيق إنها ستنشر تقريرها الأسبوع المقبل.",
    "وستعقد لجنة المالية اجتماعها المقبل يوم الأحد.",
    # where a source works is no actor
    "وقال مصدر في لجنة النفط والغاز النيابية إن الاتفاق سيوقع الشهر المقبل.",
])
def test_no_committee(text):
    assert not [n for n in _actors(text) if "Committee" in n]


def test_a_chamber_whose_adjective_names_no_state_is_left():
    actors = _actors("وستصوت لجنة الشؤون الخارجية في البرلمان الأوروبي على الاتفاق الشهر المقبل.")
    assert not [n for n in actors if "Committee" in n]


def test_a_title_after_a_body_is_the_verbs_object():
    # «وزيرة المالية طيف سامي» is hosted by the committee, not the committee's post
    text = ("بغداد - «الرافدين»\n\nومن المنتظر أن تستضيف لجنة الزراعة والمياه النيابية وزيرة المالية "
            "العراقية طيف سامي يوم الخميس المقبل لبحث مستحقات الفلاحين.")
    actors = _actors(text)
    assert "Agriculture and Water Committee of the Council of Representatives" in actors
    assert "Taif Sami" in actors
