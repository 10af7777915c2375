"""Arabic organisation names rendered in English from their parts (`orgs_ar.py`).

Every sentence here is written for these tests; the bodies and people in them are invented or
generic, none is copied from an eval set.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def orgs(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {h.actor.name: h.actor.country for h in gaz.find_actors(text, "ar") if h.actor.kind == "org"}


# --- nations, scope words and a ل-complement -------------------------------------------------

def test_joint_committee_of_two_states_with_complement_is_their_forum(gaz):
    # session 66: the annotators list the two states, not their committee, and the whole name is
    # read so that no shorter committee is left behind
    found = orgs(gaz, "تجتمع اللجنة المصرية السودانية المشتركة للمياه والزراعة في الخرطوم الشهر المقبل.")
    assert not any("Committee" in name for name in found), found


def test_general_authority_of_one_state_complement_adjectives_before_noun(gaz):
    found = orgs(gaz, "أعلنت الهيئة العامة للطيران المدني الكويتية أنها ستفتح خطا جديدا.")
    assert found == {"Kuwaiti General Authority for Civil Aviation": "KW"}
    found = orgs(gaz, "وتعتزم الهيئة العامة للموانئ البرية والجوية العراقية رفع الرسوم.")
    assert "Iraqi General Authority for Land and Air Ports" in found


def test_sport_goes_before_a_federation(gaz):
    found = orgs(gaz, "أكد الاتحاد الملكي الأردني لكرة السلة أنه سيستضيف البطولة.")
    assert "Royal Jordanian Basketball Federation" in found


def test_adjectives_in_english_order(gaz):
    found = orgs(gaz, "يعقد المجلس الاستشاري الوطني الليبي جلسة يوم الأحد.")
    assert "Libyan National Consultative Council" in found


# --- construct complement and a place ---------------------------------------------------------

def test_chamber_of_a_country(gaz):
    found = orgs(gaz, "قال رئيس غرفة صناعة مصر إن الصادرات سترتفع، وطالبت غرفة تجارة تونس بخفض الرسوم.")
    assert found.get("Tunisia Chamber of Commerce") == "TN"


def test_quoted_brand_name_before_group(gaz):
    found = orgs(gaz, "وتوقعت مصادر في مجموعة «ترانسكو» أن يتأخر المشروع.")
    assert any(name.endswith(" Group") and name.startswith("T") for name in found)


# --- what is not a name --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قالت اللجنة المشتركة إنها ستجتمع مجددا.",                  # scope word only: a body known from before
    "وأوضحت الهيئة العامة أن القرار سيصدر قريبا.",
    "وقال أستاذ في جامعة بغداد إن الانتخابات ستؤجل.",              # a university is no federation
    "أعلنت شركة كبرى أنها ستستثمر في الطاقة.",                     # a company needs its brand name
    "وستعرض لجنة المالية تقريرها الأسبوع المقبل.",                  # a committee takes no construct complement
])
def test_generic_bodies_are_not_names(gaz, text):
    assert not [n for n in orgs(gaz, text) if n.endswith(("Committee", "Authority", "University", "Company",
                                                            "Federation"))]


def test_joint_body_without_its_parties_is_no_name(gaz):
    found = orgs(gaz, "وقالت اللجنة الفنية المشتركة للمياه إنها ستجتمع في أسوان.")
    assert not any("Joint" in n for n in found)


def test_half_read_name_is_left_out(gaz):
    # the name goes on in a ل-complement the table lacks: a half-rendered name would be wrong
    found = orgs(gaz, "تعقد اللجنة الأردنية العراقية المشتركة للمساحة والخرائط اجتماعها غدا.")
    assert not any("Joint Committee" in n for n in found)


def test_quoted_arabic_wording_is_no_brand(gaz):
    found = orgs(gaz, "وتعتزم شركة «نور للطاقة» طرح مناقصة جديدة.")
    assert not any(n.endswith("Company") for n in found)


# --- widely reported bodies and people in actors_session9_ar.json ----------------------------

def test_fifa_by_its_arabic_words_and_short_name(gaz):
    found = orgs(gaz, "أعلن «فيفا» أن بعثة ستزور الملاعب، وقال الاتحاد الدولي لكرة القدم إنه سيقرر قريبا.")
    assert "FIFA" in found
    assert "International Football Federation" not in found


# --- Persian family-name parts (translit.py, translit_ar.json persian_suffixes) ---------------

def test_persian_family_name_part_is_joined_and_marks_the_style():
    from claimtracker.extract.translit import Transliterator
    from claimtracker.text import normalize_text

    t = Transliterator.load()

    def render(name: str, country: str | None) -> str:
        return t.render(normalize_text(name).split(), country)

    # no country given, or the text's Gulf country: the part still reads the name the Persian way
    assert render("مهدي كريمي نيا", None) == "Mehdi Kariminia"
    assert render("علي رحيمي زاده", "QA") == "Ali Rahimizadeh"
    # two words only: «زاده» may be a whole family name, nothing is joined
    assert " " in render("حسن زاده", None)


# --- the states of a joint body act (joint_states.py) -----------------------------------------

def test_states_before_joint_act():
    from claimtracker.extract.countries import CountryFinder

    finder = CountryFinder.load()
    text = "تعقد اللجنة الفنية الكويتية العمانية المشتركة اجتماعها في الدوحة."
    assert {"KW", "OM"} <= {h.code for h in finder.acting(text, "ar")}
    # one nisba before «المشتركة» names an owner, not two sides
    assert "KW" not in {h.code for h in finder.acting("تعقد اللجنة الكويتية المشتركة اجتماعها غدا.", "ar")}


def test_commentators_workplace_is_no_actor(gaz):
    assert not orgs(gaz, "ويتوقع سامي الهاشمي، المحلل في شركة «أفق» في الدوحة، أن ترتفع الأسعار.")
    assert not orgs(gaz, "وقال الباحث الاقتصادي بمجموعة «أفق» إن الأسعار سترتفع.")
    # sources inside the company speak from it: the company stays
    assert orgs(gaz, "ولم تستبعد مصادر في مجموعة «أفق» أن ترتفع الأسعار.")
