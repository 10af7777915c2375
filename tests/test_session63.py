"""Session 63: a region's legislature written with a capital after the possessive ("Nebraska's
Legislature"), the Netherlands' provincial councils, a state set up as the topic of an Arabic clause
(«أما واشنطن، فقال سفيرها»), and given names spelled as their country spells them (Algeria's
Yacine, the Gulf's Sulaiman). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _actors(res, text: str, lang: str) -> dict[str, str]:
    ex = extract(text, published=PUB, lang=lang, resources=res)
    return {a.name: a.kind for a in ex.actors}


@pytest.mark.parametrize(("text", "body"), [
    ("Wyoming's Legislature will take up the water bill next Tuesday, its clerk said.", "Wyoming Legislature"),
    ("Nebraska's Legislature is expected to debate the tax plan next week.", "Nebraska Legislature"),
    ("Navarre's Parliament will vote on the budget on Thursday, the speaker said.", "Parliament of Navarre"),
])
def test_a_possessive_before_a_capital_legislature_names_the_region_s_body(res, text, body):
    assert body in _actors(res, text, "en")


def test_a_dutch_province_s_council_is_its_legislature(res):
    text = "Drenthe's provincial council will vote next month on the wind farm, the province said."
    assert "Provincial Council of Drenthe" in _actors(res, text, "en")


def test_a_provincial_council_is_no_legislature_where_the_country_has_none_so_named(res):
    # Canada's provinces have legislative assemblies: "provincial council" there is some other body
    text = "Manitoba's provincial council of nurses will meet next week, its chair said."
    actors = _actors(res, text, "en")
    assert not any("Legislative" in name for name in actors), actors


@pytest.mark.parametrize(("text", "state"), [
    ("أما واشنطن، فقال سفيرها لدى الأردن إنها لن تتدخل في الخلاف.", "United States"),
    ("وأما تونس فتستعد لاستضافة الاجتماع الوزاري الشهر المقبل.", "Tunisia"),
])
def test_a_state_set_up_as_the_topic_of_the_clause_acts_in_it(res, text, state):
    assert _actors(res, text, "ar").get(state) == "country"


@pytest.mark.parametrize("text", [
    # a place the clause happens in, not its topic
    "أما في تونس، فقد تأجل الاجتماع الوزاري إلى الشهر المقبل.",
    # a nominal clause («فهي») says what they are, not what they do
    "أما تونس والجزائر فهي من دول الاتحاد المغاربي.",
])
def test_a_state_after_amma_that_is_a_place_or_described_does_not_act(res, text):
    assert "Tunisia" not in _actors(res, text, "ar")


@pytest.mark.parametrize(("text", "name"), [
    ("الجزائر - «صدى الهضاب»\n\nقال وزير الصناعة الجزائري ياسين بلحاج إن المصنع سيفتتح الأسبوع المقبل.", "Yacine"),
    ("الرباط - «منبر الأطلس»\n\nقال وزير التجهيز المغربي ياسين بنعلي إن الطريق سيفتتح الأسبوع المقبل.", "Yassine"),
    ("الرياض - «منبر نجد»\n\nقال رئيس الجمعية التعاونية السعودي سليمان العمري إن المشروع سيكتمل الشهر المقبل.",
     "Sulaiman"),
])
def test_a_given_name_is_spelled_as_its_country_spells_it(res, text, name):
    people = [n for n, kind in _actors(res, text, "ar").items() if kind == "person"]
    assert any(p.split()[0] == name for p in people), people


def _events(res, text: str) -> list[str]:
    return [m.event_type for m in extract(text, published=PUB, lang="en", resources=res).mentions]


@pytest.mark.parametrize("text", [
    "Three candidates will contest the Republican primary in Laramie on August 18, officials said.",
    "The May 19 Democratic primary could decide the race for the open seat, analysts said.",
    "The governor will campaign for the Yes side in Bozeman next week, her office said.",
])
def test_a_party_primary_or_a_referendum_side_is_an_election(res, text):
    assert _events(res, text) == ["election"]


def test_a_primary_that_is_no_vote_is_no_election(res):
    text = "The primary school in Laramie will reopen next week, the district said."
    assert "election" not in _events(res, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a senator's abbreviated title before another name is not Hun Sen's surname
    ("The bill's sponsor, State Sen. Maria Olsen, said the vote would come next week.", "Hun Sen"),
    # a surname after "in" is a place: County Kerry, not John Kerry, though the text names the US
    ("US Energy Secretary Chris Wright will visit Dublin. A by-election in Kerry is due on September 24.",
     "John Kerry"),
])
def test_a_bare_surname_that_is_a_title_s_abbreviation_or_a_place_is_no_one(res, text, absent):
    assert absent not in _actors(res, text, "en")


def test_a_bare_surname_after_its_full_name_still_counts(res):
    text = "Cambodia's Hun Sen will visit Hanoi next week. Sen said he would meet the prime minister."
    assert "Hun Sen" in _actors(res, text, "en")


def test_a_chamber_named_in_full_and_then_bare_is_listed_once(res):
    # "the Senate" is read as "Senate of the United States", the row's alias: the same body
    text = ("LINCOLN, Neb., Feb 10 (Platte Wire) - The U.S. Senate will vote on the farm bill next week. "
            "Analysts say the bill is unlikely to reach the Senate floor before the recess.")
    senates = [name for name in _actors(res, text, "en") if "Senate" in name]
    assert senates == ["United States Senate"]


def test_a_title_does_not_reach_a_bare_surname_over_a_preposition(res):
    # «العاملة» reads as the title «عامل» (a Moroccan governor); «منذ الخريف» is "since the autumn",
    # not Bandar Alkhorayef, whose family name is the word for autumn
    text = ("الرياض - «منبر نجد»\n\nوقال وزير الصناعة السعودي إن المصانع تعاني نقصا في الأيدي العاملة "
            "منذ الخريف، وإن الحكومة ستعلن خطة الشهر المقبل.")
    assert "Bandar Alkhorayef" not in _actors(res, text, "ar")


def test_a_title_right_before_a_bare_surname_still_names_him(res):
    text = "الرياض - «منبر نجد»\n\nوقال الوزير الخريف إن الحكومة ستعلن خطة الشهر المقبل."
    assert "Bandar Alkhorayef" in _actors(res, text, "ar")


@pytest.mark.parametrize(("text", "given"), [
    # «الإسلام» reads as a verbal noun, which ends a name, unless it closes a two-word given name
    ("دكا - «منبر»\n\nقال وزير الخارجية البنغالي نور الإسلام شودري إن الاتفاق سيوقع الشهر المقبل.", "Nurul Islam"),
    ("طرابلس - «منبر»\n\nقال المرشح الليبي سيف الإسلام الورفلي إن حملته ستبدأ الأسبوع المقبل.", "Saif al-Islam"),
])
def test_a_two_word_given_name_on_a_verbal_noun_is_read(res, text, given):
    people = [n for n, kind in _actors(res, text, "ar").items() if kind == "person"]
    assert any(p.startswith(given + " ") for p in people), people


def test_a_portfolio_in_construct_is_part_of_the_title(res):
    # «رعاية المغتربين» (expatriates' welfare) is the minister's portfolio, not his name
    text = ("الرياض - «منبر نجد»\n\nيصل وزير رعاية المغتربين البنغالي محمد حسين إلى الرياض "
            "بعد غد، على أن يوقع اتفاقا الأسبوع المقبل.")
    people = [n for n, kind in _actors(res, text, "ar").items() if kind == "person"]
    assert people == ["Mohammed Hussein"], people
