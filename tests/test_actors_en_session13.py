"""Session 13 English actor rules, on sentences written for these tests (parties and places are
used only as names; the sentences are invented).

- a one-word everyday alias ("Congress", "Labour") right before the head of a longer name
  ("Party", "Movement", "Union" ...) is a word of that name: "the Malawi Congress Party" is a party,
  not Malawi's legislature (`name_heads_after_en` in `common_words.json`);
- the abstract nouns that end party names ("Direct Democracy", "Democratic Renewal") are never a
  person's surname, so "Direct Democracy said" names no person (`org_words` in `titles_en.json`).
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def actors(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(h.actor.name, h.actor.kind) for h in gaz.find_actors(text, "en")]


@pytest.mark.parametrize("text, name", [
    ("The Malawi Congress Party will hold its convention in Lilongwe next month.", "Malawi Congress Party"),
    ("The Kenya Congress Movement said it would field candidates in Nairobi next year.", "Kenya Congress Movement"),
])
def test_everyday_alias_inside_a_longer_name_is_that_name(gaz, text, name):
    found = actors(gaz, text)
    assert (name, "org") in found
    assert not any(n.startswith("Congress of") for n, _ in found)


@pytest.mark.parametrize("text, body", [
    ("Congress will vote on the budget next month, lawmakers in Lima said.", "Congress of Peru"),
    ("Peru's Congress will vote on the budget next month.", "Congress of Peru"),
])
def test_the_legislature_alone_is_still_the_legislature(gaz, text, body):
    assert (body, "org") in actors(gaz, text)


@pytest.mark.parametrize("text", [
    "Direct Democracy said it would back the bill next week.",
    "Freedom and Direct Democracy said it would back the bill next week.",
    "Democratic Renewal said it would join the coalition in March.",
    "said National Solidarity, which holds four seats.",
])
def test_a_party_named_by_abstract_nouns_is_no_person(gaz, text):
    assert not [n for n, kind in actors(gaz, text) if kind == "person"]


def test_a_person_before_said_is_still_found(gaz):
    assert ("Tomas Reval", "person") in actors(gaz, "Tomas Reval said the party would back the bill next week.")


@pytest.mark.parametrize("text, name", [
    ("The Czech Constitutional Court will rule on the complaint in Brno next week.",
     "Constitutional Court of the Czech Republic"),
])
def test_a_state_body_takes_the_name_english_news_gives_its_state(gaz, text, name):
    # CLDR's short name is "Czechia"; English news mostly writes the Czech Republic
    assert (name, "org") in actors(gaz, text)


def test_country_display_names(gaz):
    assert gaz.countries.country_name("CZ", "en") == "Czech Republic"
    assert gaz.countries.country_name("HK", "en") == "Hong Kong"


@pytest.mark.parametrize("text, name, code", [
    ("The Civil Aviation Authority of Nepal will reopen the airport in Pokhara next week.",
     "Civil Aviation Authority of Nepal", "NP"),
    ("Steel Authority of India plans to raise output at its Bhilai plant next year.", "Steel Authority of India", "IN"),
    ("The Electricity Authority of Cambodia will raise tariffs in January.", "Electricity Authority of Cambodia", "KH"),
    # a known body's name inside a longer one is not that body
    ("The Agricultural Bank of China will lend $2 billion to the project next year.", "Agricultural Bank of China", "CN"),
])
def test_words_before_the_head_of_a_body_of_a_country_are_its_name(gaz, text, name, code):
    found = [(h.actor.name, h.actor.country) for h in gaz.find_actors(text, "en") if h.actor.kind == "org"]
    assert found == [(name, code)]


@pytest.mark.parametrize("text, name", [
    ("On Monday the Ministry of Finance of Nepal said it would cut spending next month.", "Ministry of Finance of Nepal"),
    ("The Bank of China will lend $2 billion to the project next year.", "Bank of China"),
    ("Officials said the Bank of Thailand would cut rates in March.", "Bank of Thailand"),
])
def test_function_words_and_times_do_not_describe_a_body(gaz, text, name):
    assert name in [h.actor.name for h in gaz.find_actors(text, "en")]


@pytest.mark.parametrize("text, country", [
    ("The EU ambassador to Egypt, Sarah Hadley, said the report would be debated in March.", None),
    ("The UN envoy on Myanmar, Sarah Hadley, said the talks would resume in March.", None),
    ("The head of the Egyptian commission, Sarah Hadley, said the report would be debated in March.", "EG"),
])
def test_the_state_a_post_faces_is_not_the_holders(gaz, text, country):
    assert ("Sarah Hadley", country) in [(h.actor.name, h.actor.country) for h in gaz.find_actors(text, "en")]


def test_a_city_named_like_a_persons_surname_is_the_city(gaz):
    found = [(h.actor.name, h.actor.kind) for h in gaz.find_actors(
        "Delegates will meet in The Hague next week to discuss the treaty.", "en")]
    assert not [n for n, kind in found if kind == "person"]


def test_the_surname_alone_still_names_the_person(gaz):
    text = "William Hague said the talks would resume next week. Hague added that the deal was close."
    assert [h.actor.name for h in gaz.find_actors(text, "en")].count("William Hague") == 2


@pytest.mark.parametrize("text, name, code", [
    ("Kelvar Grid Corporation of India will build the link by 2028, officials said.",
     "Kelvar Grid Corporation of India", "IN"),
    ("The Ostran Steel Company of Nigeria will restart the mill next year.", "Ostran Steel Company of Nigeria", "NG"),
])
def test_a_firms_name_takes_its_of_place(gaz, text, name, code):
    assert (name, code) in [(h.actor.name, h.actor.country) for h in gaz.find_actors(text, "en")]


def test_a_firm_without_an_of_place_keeps_its_name(gaz):
    assert "Talvern Holdings" in [h.actor.name for h in gaz.find_actors("Talvern Holdings will sign the deal next week.", "en")]


def test_a_party_named_in_its_own_language_keeps_that_name(res):
    from claimtracker.extract import extract
    text = "Headline\n\nRenovación Popular will field a candidate in the Lima runoff in June, the party said."
    names = [a.name for a in extract(text, None, "en", res).actors]
    assert "Renovación Popular" in names and "Popular Renewal" not in names


def test_bodies_and_short_forms_keep_the_canonical_name(res):
    from claimtracker.extract import extract
    text = ("Headline\n\nThe Fed will cut rates in March, while Labour will table its bill in London next week, "
            "the Labour Party said.")
    names = [a.name for a in extract(text, None, "en", res).actors]
    assert "Federal Reserve" in names and "Fed" not in names
    assert "Labour" not in names
