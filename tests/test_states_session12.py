"""Session 12 states (`joint_states.meeting_members_ar`, `state_agents.kingdom_subjects`): the
members of a joint meeting named by the people who sit for them, and «المملكة» read as the kingdom
the text's actors belong to.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract import Resources, extract


def _acting(finder, text: str, codes=()) -> list[str]:
    return sorted({h.code for h in finder.acting(text, "ar", actor_codes=list(codes))})


@pytest.mark.parametrize("text, codes", [
    # a joint meeting's count adjective, then its members' noun and the list of their states
    ("وقال الوزير إن الاجتماع الثلاثي لوزراء الطاقة في الأردن ومصر والعراق سيعقد الشهر المقبل.",
     ["EG", "IQ", "JO"]),
    ("وتعقد اللجنة اجتماعها بمشاركة ممثلين عن تونس وليبيا والجزائر.", ["DZ", "LY", "TN"]),
    ("وتستضيف العاصمة اجتماعا وزاريا رباعيا يضم وزراء النقل في الكويت والسعودية وقطر والبحرين.",
     ["BH", "KW", "QA", "SA"]),
    # the same nouns without a joint meeting, or a single state, name no members
    ("وقال إن وزراء الطاقة في الأردن ومصر والعراق يتابعون الأسعار.", []),
    ("وتعقد اللجنة اجتماعها بمشاركة ممثلين عن تونس.", []),
])
def test_meeting_members_ar(finder, text, codes):
    assert _acting(finder, text) == codes


@pytest.mark.parametrize("text, actors, codes", [
    # the text names its own kingdom only by its actors (its parliament, its minister): «المملكة» is that one
    ("وزار الوزير الرياض الشهر الماضي. ويرى محللون أن المملكة ستواجه عجزا أكبر.", ["BH", "BH"], ["BH"]),
    # without actors, the kingdom the text names
    ("وزار الوزير الرياض الشهر الماضي. ويرى محللون أن المملكة ستواجه عجزا أكبر.", [], ["SA"]),
])
def test_kingdom_by_actors(finder, text, actors, codes):
    assert _acting(finder, text, actors) == codes


def test_meeting_members_in_extract():
    text = ("أعلن وزير النقل أن الاجتماع الرباعي لوزراء النقل في العراق وتركيا وقطر والإمارات "
            "سيعقد في بغداد منتصف الشهر المقبل لبحث مشروع الطريق.")
    out = extract(text, None, "ar", Resources.load()).to_json()
    names = {a["name"] for a in out["actors"] if a["kind"] == "country"}
    assert {"Qatar", "United Arab Emirates", "Turkey", "Iraq"} <= names


def _country_actors(text: str) -> set[str]:
    out = extract(text, None, "ar", Resources.load()).to_json()
    return {a["country"] for a in out["actors"] if a["kind"] == "country"}


@pytest.mark.parametrize("text, present, absent", [
    # a ministry where sources work, or an official's ministry joined with ب, does not speak for its state
    ("الرباط - قال مصدر مطلع إن الانتخابات التشريعية المغربية قد تتأخر. وقالت مصادر مطلعة في وزارة "
     "الداخلية إن الاقتراع سيجري على الأرجح في سبتمبر المقبل.", set(), {"MA"}),
    ("بيروت - يصل مسؤول بالخارجية الأميركية إلى بيروت الأسبوع المقبل لبحث ملف الحدود.", set(), {"US"}),
    # a ministry that names its state by a nisba, or that announces, still speaks for it
    ("وقال مصدر في وزارة الخارجية السورية إن الحكومة لن تعترف بأي ترسيم جديد قبل الربيع.", {"SY"}, set()),
    ("وأعلنت وزارة الخارجية المغربية أن الوزير سيزور نواكشوط الأسبوع المقبل.", {"MA"}, set()),
])
def test_placed_ministry_ar(text, present, absent):
    found = _country_actors(text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize("text, codes", [
    # one adjective of the body's kind between the body and its nisba
    ("ولم تستبعد المصادر أن يزور وفد فني إيراني الكويت في منتصف أبريل.", ["IR"]),
    ("وقال المتحدث إن الوفد الأمني المصري سيصل إلى غزة غدا.", ["EG"]),
    # an indefinite body in the nominative after a present verb is its subject
    ("ومن المتوقع أن يتوجه وفد أردني إلى دمشق الأسبوع المقبل.", ["JO"]),
    # the accusative body is an object; a definite body before its head person is the verb's object
    ("وتستقبل الوزارة وفدا فنيا إيرانيا الأسبوع المقبل.", []),
    ("ويرأس الوفد الفني الإيراني نائب الوزير.", []),
])
def test_body_qualifier_ar(finder, text, codes):
    assert _acting(finder, text) == codes


@pytest.mark.parametrize("text, codes", [
    # a joint meeting's adjective before a name with a preposition joined: the venue, not a member
    ("اجتماع وزاري ثلاثي بالجزائر الأحد المقبل لبحث مشروع الأنبوب.", []),
    # the name itself after the adjective is a member, as before
    ("وعقدت اللجنة الثلاثية السعودية الإيرانية اجتماعها الأول.", ["IR", "SA"]),
])
def test_joint_adjective_venue_ar(finder, text, codes):
    assert _acting(finder, text) == codes
