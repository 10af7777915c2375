"""Arabic organisation names, session 11: the gazetteer's bodies in their other Arabic word orders,
state companies named by their parts, a ل-complement in construct with a country, Tunisian union
federations, bodies a multi-state organisation owns, companies named by their quoted brand, and
parliamentary blocs (`orgs_ar.py`, `data/gazetteer/orgs_session9_ar.json`, `actors_session11_ar.json`).

Every sentence here is written for these tests; the bodies and people in them are invented or
generic, none is copied from an eval set.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def orgs(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {h.actor.name: h.actor.country for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"}


# --- the gazetteer's bodies under their other Arabic names ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("أعلن البنك الأوروبي للاستثمار أنه سيمول محطة تحلية في أغادير العام المقبل.", "European Investment Bank"),
    ("ويعتزم البنك الأوروبي للإعمار والتنمية ضخ قرض جديد في قطاع الطاقة المصري.",
     "European Bank for Reconstruction and Development"),
    ("وقال الصندوق العربي للإنماء إنه سيدرس طلب التمويل خلال الربع الثالث.",
     "Arab Fund for Economic and Social Development"),
    # a central bank named by its nationality adjective, not a commercial bank of its capital
    ("وتوقع البنك المركزي السوداني أن يتراجع التضخم قبل نهاية الصيف.", "Central Bank of Sudan"),
    ("وستوقع شركة «سيمنس» الألمانية عقد التوربينات في الخريف.", "Siemens"),
    ("وقالت الشركة القابضة للغازات الطبيعية إنها ستطرح مزايدة للتنقيب في البحر المتوسط.", "Egyptian Natural Gas Holding Company"),
    ("وتعتزم الشركة الوطنية للطرق السيارة فتح مقطع جديد قرب فاس.", "Autoroutes du Maroc"),
    ("وتعتزم مجموعة أسياد توسيع ميناء صحار قبل عام 2028.", "Asyad Group"),
    ("وقالت شركة طيران الخليج إنها ستسير رحلات إضافية في الصيف.", "Gulf Air"),
    ("وتوقعت سلطة النقد الفلسطينية أن يتباطأ النمو العام المقبل.", "Palestine Monetary Authority"),
])
def test_known_bodies_under_other_arabic_names(gaz, text, name):
    assert name in orgs(gaz, text)


# --- a state company named by its parts; a company by its quoted brand -------------------------

def test_state_company_named_by_scope_word_and_complement(gaz):
    found = orgs(gaz, "أعلنت الشركة العامة للنقل البحري أنها ستطلق خطا إلى مرسين في الشتاء.")
    assert "General Company for Sea Transport" in found
    found = orgs(gaz, "وتتوقع الشركة الوطنية للكهرباء والمياه أن ترتفع الأحمال في الصيف.")
    assert "National Company for Electricity and Water" in found


def test_company_named_by_its_brand_alone(gaz):
    found = orgs(gaz, "وقالت شركة «فالكور» الفرنسية إنها ستبني المحطة قبل عام 2030.")
    assert found and not any("Company" in n for n in found)
    assert any(n.lower().startswith("f") for n in found)


# --- a ل-complement in construct with a country ------------------------------------------------

def test_complement_in_construct_with_a_country(gaz):
    found = orgs(gaz, "وأكدت الشركة العامة لموانئ سوريا أنها ستعيد تأهيل الرصيف الشمالي.")
    assert found.get("General Company for Ports of Syria") == "SY"
    found = orgs(gaz, "وقالت الهيئة العامة لكهرباء الأردن إنها ستعدل التعرفة في الربيع.")
    assert found.get("General Authority for Electricity of Jordan") == "JO"


# --- «الجامعة العامة»: a federation of unions ----------------------------------------------------

def test_general_federation(gaz):
    found = orgs(gaz, "وأعلنت الجامعة العامة للنقل إضرابا عن العمل يومي الأربعاء والخميس.")
    assert "General Federation of Transport" in found
    assert "Tunisian Handball Federation" in orgs(gaz, "وقالت الجامعة التونسية لكرة اليد إنها ستستضيف الدورة.")


def test_federation_complement_keeps_its_adjective(gaz):
    found = orgs(gaz, "وهددت الجامعة العامة للتعليم الأساسي بمقاطعة الامتحانات في جوان.")
    assert "General Federation of Basic Education" in found


def test_complement_with_an_unknown_relative_adjective_is_no_half_name(gaz):
    # «الإدارية» qualifies the complement; "General Company for Transport" would be half the name
    assert not orgs(gaz, "وأكدت الشركة العامة للنقل الإدارية أنها ستجدد أسطولها.")


def test_bare_monetary_authority_is_no_palestinian_body_elsewhere(gaz):
    assert "Palestine Monetary Authority" not in orgs(gaz, "عمّان - قالت سلطة النقد إنها ستراجع التعليمات.")


@pytest.mark.parametrize("text", [
    "وقال أستاذ في الجامعة الأردنية إن النتائج ستعلن قريبا.",
    "وتعتزم الجامعة العامة تنظيم وقفة احتجاجية.",                 # a scope word alone: a body named before
])
def test_university_or_bare_federation_is_no_name(gaz, text):
    assert not [n for n in orgs(gaz, text) if n.endswith(("Federation", "University"))]


# --- a body a multi-state organisation owns -------------------------------------------------------

def test_body_owned_by_the_gcc(gaz):
    found = orgs(gaz, "وتجتمع لجنة التعاون التجاري لدول مجلس التعاون في مسقط الشهر المقبل.")
    assert "GCC Trade Cooperation Committee" in found
    assert found["GCC Trade Cooperation Committee"] is None
    found = orgs(gaz, "وقالت هيئة الطيران المدني لدول مجلس التعاون إنها ستوحد الرسوم.")
    assert "GCC Civil Aviation Authority" in found


@pytest.mark.parametrize("text", [
    "وستعرض لجنة الموازنة تقريرها على النواب الأسبوع المقبل.",     # a parliament's committee
    "وقالت لجنة التعاون إنها ستجتمع مجددا.",                       # no owner: a body named before
])
def test_committee_without_owner_is_no_name(gaz, text):
    assert not [n for n in orgs(gaz, text) if n.endswith("Committee")]


# --- parliamentary blocs ------------------------------------------------------------------------

def test_bloc_named_by_its_quoted_name(gaz):
    found = orgs(gaz, "وأعلنت كتلة «النهضة» النيابية أنها ستقاطع جلسة التصويت.")
    assert any(n.endswith(" bloc") for n in found)
    assert not [n for n in orgs(gaz, "وقالت الكتلة النيابية إنها ستقاطع الجلسة.") if n.endswith("bloc")]
