"""Arabic party and movement names the gazetteer lacks (`parties_ar.py`), on sentences written for
these tests: the head's construct is rendered in English in English order (adjectives, nouns, head),
a nationality adjective after the name gives its state, and a head with words the table does not
know names nothing."""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.parties_ar import table_from


def orgs(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(h.actor.name, h.actor.country) for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"]


@pytest.mark.parametrize("text, name, country", [
    ("وقال حزب العمال والفلاحين التونسي إنه سيقاطع الانتخابات البلدية المقبلة.", "Workers' and Farmers' Party", "TN"),
    ("وقالت حركة التغيير الديمقراطي الموريتانية إنها ستشارك في الحوار الشهر المقبل.",
     "Democratic Change Movement", "MR"),
    ("ويعقد حزب الكرامة والعدالة الأردني مؤتمره العام يوم الجمعة المقبل.", "Dignity and Justice Party", "JO"),
    ("وأعلن تحالف المستقبل المدني العراقي أنه سيدخل الانتخابات بقائمة موحدة.", "Civic Future Alliance", "IQ"),
    # a clitic on the head, and the feminine adjective after a feminine noun
    ("وانضم نواب لحزب النهوض الوطني الليبي إلى الكتلة الجديدة أمس.", "National Advancement Party", "LY"),
    ("وقالت حركة المواطنة الديمقراطية المغربية إنها ستقدم لوائحها الشهر المقبل.", "Democratic Citizenship Movement", "MA"),
])
def test_a_party_named_by_its_words(gaz, text, name, country):
    assert (name, country) in orgs(gaz, text)


@pytest.mark.parametrize("text", [
    "ويتوقع أن تتراجع حركة التجارة عبر المعبر الأسبوع المقبل.",
    "وتشهد جبهة القتال في الشمال هدوءا حذرا منذ أمس.",
    "وقال إن حزبا جديدا سيولد من رحم الحركة الاحتجاجية.",
    "وتوقع أن تزداد حركة السفن في الميناء خلال الصيف.",
])
def test_a_head_with_other_words_names_no_party(gaz, text):
    assert orgs(gaz, text) == []


def test_english_order_puts_adjectives_before_nouns():
    table = table_from({"heads": {"حركة": "Movement"}, "nouns": {"الجيل": "Generation"},
                        "adjectives": {"الجديد": "New"}})
    assert table.adjectives  # the feminine is made too
    assert set(table.adjectives) >= {"الجديد", "الجديده"}


def test_the_new_generation_movement_of_the_text(gaz):
    assert ("New Generation Movement", None) in orgs(gaz, "وتعتزم حركة الجيل الجديد الانضمام إلى الحكومة الشهر المقبل.")


@pytest.mark.parametrize("text, name, country", [
    # a known party of another state bears the same name: the nationality after it decides
    ("وقالت حركة التغيير الديمقراطي الموريتانية إنها ستشارك في الحوار الشهر المقبل.",
     "Democratic Change Movement", "MR"),
    ("وانضم نواب لحزب الوحدة الوطنية الليبي إلى الكتلة الجديدة أمس.", "National Unity Party", "LY"),
])
def test_another_states_party_of_the_same_name(gaz, text, name, country):
    assert orgs(gaz, text) == [(name, country)]


def test_a_second_state_joined_to_a_names_own_adjective_keeps_the_name(gaz):
    # «المخابرات المصرية والأمريكية»: Egyptian and American intelligence, not another state's body
    text = "وسيحضر الاجتماع مديرا المخابرات المصرية والأمريكية الأسبوع المقبل."
    assert ("Egyptian General Intelligence", "EG") in orgs(gaz, text)
