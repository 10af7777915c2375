"""Session 13 Arabic title rules, on sentences written for these tests (the people are invented).

- a title with a possessive pronoun («زعيمها»، «قائدها»، «سفيرها») opens a name as the bare title
  does: "its leader X";
- a title of two holders («وزيرا خارجية البلدين»، «سفيرا البلدين»، «وزيري الخارجية») names both: a
  second name joined by و to the first holder's is the second holder's (`dual_titles` in
  `titles_ar.json`); after a title of one holder it is not.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def people(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


@pytest.mark.parametrize("text", [
    "وقال زعيمها كمال الدين بوعزة إن الحركة ستقرر موقفها بعد أسبوع.",
    "وقال قائدها العسكري كمال الدين بوعزة إن القوات ستنسحب بعد أسبوع.",
    "وأوضح سفيرها كمال الدين بوعزة أن الوفد سيصل الأسبوع المقبل.",
])
def test_a_possessive_title_opens_a_name(gaz, text):
    assert people(gaz, text) == ["Kamal al-Din Bouaza"]


@pytest.mark.parametrize("text", [
    "ويلتقي وزيرا خارجية البلدين كمال الدين بوعزة وسامي الفرجاني الأسبوع المقبل.",
    "بمشاركة وزيري الخارجية كمال الدين بوعزة وسامي الفرجاني الأسبوع المقبل.",
    "ويلتقي سفيرا البلدين كمال الدين بوعزة وسامي الفرجاني والوفد المرافق الأسبوع المقبل.",
])
def test_a_title_of_two_holders_names_both(gaz, text):
    assert people(gaz, text) == ["Kamal al-Din Bouaza", "Sami al-Farjani"]


def test_a_title_of_one_holder_names_one(gaz):
    text = "وقال وزير الخارجية كمال الدين بوعزة وسامي الفرجاني إن الاجتماع سيعقد الأسبوع المقبل."
    assert people(gaz, text) == ["Kamal al-Din Bouaza"]


def test_the_second_holder_needs_a_full_name(gaz):
    text = "ويلتقي وزيرا خارجية البلدين كمال الدين بوعزة والوفد المرافق الأسبوع المقبل."
    assert people(gaz, text) == ["Kamal al-Din Bouaza"]


@pytest.mark.parametrize("text, country", [
    ("وقال سفير الأردن لدى مصر أمجد العضايلة إن الوزير سيزور القاهرة الأسبوع المقبل.", "JO"),
    ("وقالت سفيرة الاتحاد الأوروبي لدى مصر سارة الحداد إن الوفد سيصل الأسبوع المقبل.", None),
])
def test_the_state_an_envoy_is_posted_to_is_not_the_envoys(gaz, text, country):
    found = [(h.actor.kind, h.actor.country) for h in gaz.find_actors(text, "ar")]
    assert ("person", country) in found
    assert ("person", "EG") not in found


def test_a_user_person_with_arabic_aliases_only_is_found_by_the_surname():
    # a row people add in the dashboard may carry an Arabic alias and no Arabic name; its surname
    # alone used to raise a TypeError (None in str) instead of being read
    gaz = Gazetteer.load(extra_actors=[{"actor_id": "kamal-bouaza", "name": "Kamal Bouaza", "kind": "person",
                                        "country": "DZ", "aliases": ["بوعزة"]}])
    found = [h.actor.name for h in gaz.find_actors("وقال بوعزة إن الحزب سيقرر موقفه بعد أسبوع.", "ar")]
    assert found == ["Kamal Bouaza"]
