"""Arab cabinets and lower houses named by their everyday name («مجلس الوزراء», «مجلس النواب»):
the body of the country the text names, and none when it names no such country.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def orgs(text: str) -> list[str]:
    return [h.actor.name for h in Gazetteer.load().find_actors(text, "ar") if h.actor.kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("قالت مصادر في بيروت إن مجلس الوزراء سيبحث خطة الكهرباء يوم الاثنين.", "Council of Ministers of Lebanon"),
    ("ويصوت مجلس النواب في بغداد الأسبوع المقبل على قانون الانتخابات.", "Council of Representatives of Iraq"),
    ("وأقر مجلس الوزراء السعودي في جلسته أمس نظام الاستثمار الجديد.", "Council of Ministers of Saudi Arabia"),
])
def test_everyday_name_is_the_body_of_the_texts_country(text, name):
    assert name in orgs(text)


def test_no_country_no_body():
    assert orgs("سيجتمع مجلس الوزراء غدا لبحث الموازنة.") == []


def test_body_inside_a_title_is_the_persons_affiliation():
    text = "وقال رئيس مجلس النواب العراقي محمود المشهداني إن الجلسة ستعقد السبت."
    assert orgs(text) == []


@pytest.mark.parametrize("text, name", [
    # a Balkan legislature by its possessive or adjectival everyday name (gazetteer aliases)
    ("Lawmakers said Kosovo's parliament could convene again in the autumn.", "Assembly of Kosovo"),
    ("The Serbian parliament is due to debate the budget bill next month.", "National Assembly of Serbia"),
])
def test_possessive_legislature_in_english(text, name):
    assert name in [h.actor.name for h in Gazetteer.load().find_actors(text, "en") if h.actor.kind == "org"]
