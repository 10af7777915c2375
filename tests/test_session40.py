"""Session 40: what real news excerpts, read beside the held-out sets, showed. A surname the
gazetteer knows only as a surname is no given name («حكومة نتنياهو اليمينية» is Netanyahu's
government, not someone called Netanyahu al-Yamini); an adjective agreeing with the noun before a
surname is no family name («زيارة عباس المقبلة»); names joined in a list share the preposition of
the first («إلى السعودية وقطر والإمارات» are all where the trip goes), and the place a visit verb
takes after its subject is no party («يزور الوزير فلان دمشق»). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 24)


def extraction(res: Resources, text: str, lang: str):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def actors(res: Resources, text: str, lang: str = "ar") -> list[str]:
    return [a.name for a in extraction(res, text, lang).actors]


def claim_actors(res: Resources, text: str, lang: str = "ar") -> list[list[str]]:
    return [[a.name for a in m.actors] for m in extraction(res, text, lang).mentions]


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت مصادر مطلعة إن زيارة ترامب المقبلة إلى الخليج ستجري الشهر المقبل.", "Donald Trump"),
    ("ويرى مراقبون أن حكومة نتنياهو اليمينية قد تسقط قبل نهاية العام.", "Benjamin Netanyahu"),
    ("ومن المتوقع أن تبحث قمة بايدن المرتقبة ملف الحرب في أوكرانيا.", "Joe Biden"),
    ("وقال دبلوماسيون إن خطة ماكرون الجديدة ستطرح على القادة الأوروبيين الأسبوع المقبل.", "Emmanuel Macron"),
])
def test_a_known_surname_before_an_adjective_still_names_its_man(res, text, name):
    # the surname was read as the given name of an unknown «ترامب المقبلة», and dropped
    assert name in actors(res, text)


# guards (they pass on the start): a word that is a common given name before a family name is still
# someone else's given name, and a time word after a surname is still no family name
@pytest.mark.parametrize(("text", "absent", "present"), [
    ("وقال القيادي في حركة فتح محمود العالول إن الحركة ستعقد مؤتمرها الشهر المقبل.", "Mahmoud Abbas", None),
    ("وقال مصدر إن الرئيس الفلسطيني محمود عباس سيزور القاهرة الأسبوع المقبل.", None, "Mahmoud Abbas"),
])
def test_a_given_name_before_a_family_name_is_still_another_mans(res, text, absent, present):
    found = actors(res, text)
    if absent:
        assert absent not in found, found
    if present:
        assert present in found, found


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("قال مصدر إن زيارة الرئيس المقبلة إلى السعودية وقطر والإمارات ستجري الشهر المقبل.", "ar",
     {"Saudi Arabia", "Qatar", "United Arab Emirates"}),
    ("The president will travel to Saudi Arabia, Qatar and the UAE next month.", "en",
     {"Saudi Arabia", "Qatar", "United Arab Emirates"}),
    ("The envoy is expected to fly to Kenya and Ethiopia later this month.", "en", {"Kenya", "Ethiopia"}),
])
def test_names_joined_to_a_place_are_places_too(res, text, lang, places):
    found = claim_actors(res, text, lang)
    assert found, "no claim"
    # only the first of the list was read as a place; the ones joined to it were made parties
    assert not places & set(found[0]), found


# guard (passes on the start): states joined as the subject still act
def test_states_joined_as_a_subject_still_act(res):
    found = claim_actors(res, "Egypt and Jordan will host the talks next week.", "en")
    assert {"Egypt", "Jordan"} <= set(found[0]), found


@pytest.mark.parametrize(("text", "visitor", "place"), [
    ("ومن المقرر أن يزور وزير الخارجية التركي هاكان فيدان دمشق منتصف الشهر المقبل.", "Hakan Fidan", "Syria"),
    ("وسيزور الرئيس الفرنسي إيمانويل ماكرون القاهرة الأسبوع المقبل.", "Emmanuel Macron", "Egypt"),
])
def test_the_place_a_visit_verb_takes_after_its_subject_is_no_party(res, text, visitor, place):
    found = claim_actors(res, text)
    assert found and visitor in found[0], found
    assert place not in found[0], found


# guard (passes on the start): a capital as the subject of its own verb acts
def test_a_capital_acting_after_a_visit_clause_still_acts(res):
    found = claim_actors(res, "وقال مصدر إن الوزير سيزور المنطقة، ودمشق سترد على المقترح الأسبوع المقبل.")
    assert any("Syria" in f for f in found), found
