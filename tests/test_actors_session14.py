"""Session 14: names inside place names, a preposition that looks like a title, another person's
given name before a known surname. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import article_actors


def _names(text: str, lang: str) -> list[str]:
    return [name for name, _ in article_actors(text, lang)]


@pytest.mark.parametrize("text, gone", [
    ("A tourism economist at Sultan Qaboos University said the launch could slip again.", "Qaboos bin Said"),
    ("Flights from King Khalid International Airport will resume on Monday, the operator said.", "King Khalid"),
    ("The forum will be held at the King Abdulaziz Conference Center next month.", "King Abdulaziz"),
    ("The delegation is expected to tour the Mohammed bin Rashid Space Centre on Tuesday.",
     "Mohammed bin Rashid Al Maktoum"),
])
def test_a_person_named_inside_an_english_place_name_is_no_actor(text, gone):
    assert gone not in _names(text, "en")


@pytest.mark.parametrize("text, gone", [
    ("وقال باحث في جامعة السلطان قابوس إن إطلاق التأشيرة قد يتأخر مجددا.", "Qaboos bin Said"),
    ("وانسحبت القوات من قاعدة عين الأسد الجوية العام الماضي وستغادر حرير الشهر المقبل.", "Bashar al-Assad"),
    ("ومن المتوقع أن تستأنف الرحلات من مطار الملك خالد الدولي يوم الاثنين.", "Khalid"),
    ("ويُنتظر أن يُنقل المصابون إلى مستشفى الملك فيصل التخصصي خلال ساعات.", "Faisal"),
])
def test_a_person_named_inside_an_arabic_place_name_is_no_actor(text, gone):
    assert not any(gone in name for name in _names(text, "ar"))


def test_the_namesake_still_counts_where_he_acts():
    assert "Salman bin Abdulaziz" in _names("King Salman will host the summit in Riyadh next week.", "en")
    assert "Salman bin Abdulaziz" in _names("وسيستقبل الملك سلمان الوفد في قصر اليمامة الأسبوع المقبل.", "ar")
    assert "Bashar al-Assad" in _names("وقال الرئيس بشار الأسد إنه سيزور موسكو الشهر المقبل.", "ar")


def test_the_expert_named_after_a_university_that_bears_a_name_is_found():
    text = "ويرى الخبير في اقتصاد النقل بجامعة السلطان قابوس، سالم الحارثي، أن الموعد قد يتأجل."
    assert _names(text, "ar") == ["Salem al-Harthi"]


@pytest.mark.parametrize("text", [
    "ويرى محللون أن الانسحاب قد يفتح الباب أمام عودة التنظيم خلال الأشهر المقبلة.",
    "وقد يمهد الاتفاق الطريق أمام عودة اللاجئين قبل نهاية العام.",
])
def test_in_front_of_is_not_the_imam_title(text):
    assert "Ayman Odeh" not in _names(text, "ar")


def test_the_imam_title_with_its_article_still_names_a_person():
    assert _names("وقال الإمام عودة إن المسجد سيفتح أبوابه يوم الجمعة.", "ar")


@pytest.mark.parametrize("text", [
    "وقال النائب فتحي المرزوقي إن اللجنة ستصوت على المشروع يوم الخميس.",
    "وأكد رئيس اللجنة، النائب فتحي المرزوقي، أن الجلسة العامة ستعقد قبل نهاية الشهر.",
])
def test_a_regional_given_name_before_a_known_surname_is_another_person(text):
    names = _names(text, "ar")
    assert "Moncef Marzouki" not in names


def test_the_known_person_by_surname_alone_is_kept():
    assert "Moncef Marzouki" in _names("وقال الرئيس الأسبق منصف المرزوقي إنه سيترشح في الانتخابات المقبلة.", "ar")


def _of_kind(text: str, kind: str) -> list[str]:
    """The names of the actors of one kind an English one-paragraph article names."""
    ex = extract("Headline\n\n" + text, published=None, lang="en", resources=Resources.load())
    return [a.name for a in ex.actors if a.kind == kind]


def _people(text: str) -> list[str]:
    return _of_kind(text, "person")


@pytest.mark.parametrize("text", [
    '"We will not raise the tariff," the director, Ana Ortiz, told Delta Valley Wire.',
    "The minister told Gulf Coast Dispatch that the talks would resume next week.",
    "The defence chief told Northern Chronicle the drills would start on Monday.",
])
def test_an_outlet_told_something_is_no_person(text):
    assert not any(w in name for name in _people(text) for w in ("Wire", "Dispatch", "Chronicle"))


@pytest.mark.parametrize("text, person", [
    ("The board will vote in May, the lender's regional country manager, Petra Lindqvist, said on Tuesday.",
     "Petra Lindqvist"),
    ("The firm's general manager, Karim Bensalem, said output would rise next year.", "Karim Bensalem"),
])
def test_a_manager_in_apposition_is_a_person(text, person):
    assert person in _people(text)


def test_a_command_said_is_no_person():
    assert "Joint Maritime Command" not in _people("Iraq's Joint Maritime Command said it would begin patrols within days.")


def _orgs(text: str) -> list[str]:
    return _of_kind(text, "org")


@pytest.mark.parametrize("text, org", [
    ("The FLNKS will not recognise the result, its spokesman said.", "FLNKS"),
    ("UNTM said it would call a general strike if the bill passed.", "UNTM"),
    ("The opposition PLRA will demand a congressional vote on any new annex.", "PLRA"),
])
def test_a_body_named_only_by_its_abbreviation_acting_is_an_org(text, org):
    assert org in _orgs(text)


@pytest.mark.parametrize("text, word", [
    ("GDP will grow by 3 percent next year, officials said.", "GDP"),
    ("KUNA said the emir would travel to Riyadh on Sunday.", "KUNA"),
    ("Kanak FLNKS leaders will meet in Noumea on Monday.", "FLNKS"),
    ("LNG exports will resume in March, the ministry said.", "LNG"),
])
def test_an_abbreviation_that_names_no_acting_body_is_none(text, word):
    assert word not in _orgs(text)


@pytest.mark.parametrize("text, person", [
    ("The rebel team is likely to be headed again by Idris Mahamat, a source close to the group said.", "Idris Mahamat"),
    ("The delegation will be led once more by Lucia Ferreyra, officials said.", "Lucia Ferreyra"),
    ("The commission will be co-chaired by Tomas Lindgren, the ministry said.", "Tomas Lindgren"),
])
def test_led_by_with_an_adverb_between_names_the_leader(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text, state", [
    ("Norwegian vessels will join the patrols in the second half of March.", "Norway"),
    ("The Greek navy may start escorting cargo ships through the strait.", "Greece"),
    ("Danish warships will escort the convoy through the strait next week.", "Denmark"),
])
def test_a_state_whose_ships_act_is_an_actor(text, state):
    assert state in _names(text, "en")


def test_a_state_whose_officials_or_navy_only_speak_is_no_actor():
    assert "Norway" not in _names("Norwegian officials said the patrols would begin in March.", "en")
    assert "Norway" not in _names("The Norwegian navy said the patrols would begin in March.", "en")


def test_an_arabic_state_whose_navy_acts_is_an_actor():
    assert "Greece" in _names("وقد تبدأ البحرية اليونانية مرافقة السفن التجارية عبر المضيق الشهر المقبل.", "ar")
