"""Session 11 English organisation rules, on sentences written for these tests (the firms, bodies,
people and places are invented or used only as places).

- a kind noun introduces the name after it also when the noun is "agency", "unit", "arm",
  "subsidiary", "NGO", "giant", "authority", "organisation", "network"; a medium's
  agency ("the state news agency X") stays a source;
- a name set before a comma and a description headed by a kind noun ("X, the other producer in
  the region,", "X, a unit of ...", "X, the group's shipping arm,") is a body; a person's two names before a trade noun, a
  person's title, a place after "In" and a day are not;
- a capitalised name ending in a party's or union's head before its officer's title and a name
  ("Green Unity Party chairman X") is a body as well as the officer's employer;
- a ministry's portfolio may be any capitalised words ("the Ministry of Construction", "Ministry
  of Mines and Energy"), not only the words the institution tables know.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def names(gaz: Gazetteer, text: str, kind: str | None = None) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "en") if kind is None or h.actor.kind == kind]


# --- new kind nouns before a name ----------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Peru's export promotion agency Promarca will open two trade offices in Asia next year.", "Promarca"),
    ("The group's shipping arm Tallmast said it could order four new vessels by 2028.", "Tallmast"),
    ("Its property subsidiary Verdanta is expected to list its shares in Nairobi in March.", "Verdanta"),
    ("The local NGO Tamarisk Eco Forum plans to challenge the permit in court next month.", "Tamarisk Eco Forum"),
    ("The mining giant Orvanta will decide on the smelter expansion by the end of the year.", "Orvanta"),
])
def test_new_kind_nouns_introduce_a_name(gaz, text, body):
    assert body in names(gaz, text, "org")


@pytest.mark.parametrize("text, medium", [
    ("The state news agency Belvista said the talks would resume next week.", "Belvista"),
    ("Ratings agency Korvell could cut the country's outlook in June, analysts said.", "Korvell"),
])
def test_a_news_or_rating_agency_is_no_actor(gaz, text, medium):
    assert medium not in names(gaz, text)


# --- a description set beside the name -------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Nordvik, the largest producer in the region, could seek new terms next year.", "Nordvik"),
    ("Ferrolux, a unit of the steel group, has offered to finance the line.", "Ferrolux"),
    ("Talks with Brightwell Power, the state utility, will resume on Monday.", "Brightwell Power"),
    ("Kasoro, the regulator that oversees the ports, said it would publish new tariffs.", "Kasoro"),
    ("Tallmast, the group's shipping arm, will order four vessels in 2027.", "Tallmast"),
    ("Linhaverde, Tavora's rail unit, is expected to bid for the line.", "Linhaverde"),
])
def test_a_description_after_the_name_makes_a_body(gaz, text, body):
    assert body in names(gaz, text, "org")


@pytest.mark.parametrize("text, word", [
    ("Lena Marsh, a trader at a Geneva house, said prices could rise next year.", "Lena Marsh"),
    ("Ivo Rask, the company spokesman, said the plant would reopen in May.", "Ivo Rask"),
    ("Amos Kerich, a member of the union, said the strike would go ahead.", "Amos Kerich"),
    ("In Kisumu, the union, which represents dock workers, said it would strike.", "Kisumu"),
    ("On Monday, the company, which makes tyres, said it would cut 300 jobs.", "Monday"),
    ("Ana Ruiz, Orvik's shipping chief, said freight rates could rise.", "Ana Ruiz"),
    ("Korvell, the ratings agency, could cut the outlook in June.", "Korvell"),
    ("Separately, the regulator, which oversees the ports, said it would raise fees.", "Separately"),
    ("Domestically, the group, which runs 40 mills, expects sales to slow.", "Domestically"),
])
def test_people_places_and_days_are_no_body(gaz, text, word):
    assert word not in names(gaz, text, "org")


# --- a body named before its officer's title -------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Green Unity Party chairman Amos Kirui said his party would join the talks next week.",
     "Green Unity Party"),
    ("Coastal Fishers Union leader Mary Atieno said the union would strike on Friday.", "Coastal Fishers Union"),
    ("Asked about the vote, Rural Renewal Movement spokesman Petr Holm said the movement would abstain.",
     "Rural Renewal Movement"),
])
def test_a_body_before_its_officer_title(gaz, text, body):
    assert body in names(gaz, text, "org")


def test_a_head_alone_before_a_title_is_no_body(gaz):
    found = names(gaz, "The Party leader Amos Kirui said the party would contest the poll.", "org")
    assert not any(n.endswith("Party") for n in found)


# --- a ministry's portfolio ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Vietnam's Ministry of Construction will name the winning bidders in March.", "Ministry of Construction"),
    ("LIMA, May 2 - Peru's Ministry of Mines and Energy will publish new rules next month.",
     "Ministry of Mines and Energy"),
])
def test_a_ministry_of_any_portfolio(gaz, text, body):
    assert any(n.startswith(body) for n in names(gaz, text, "org"))


def test_a_ministry_portfolio_stops_at_a_day_and_a_country(gaz):
    found = names(gaz, "The Ministry of Tourism Tuesday said Japan and Peru will sign a deal.", "org")
    assert found and not any("Tuesday" in n or "Japan and" in n or "Japan of" in n for n in found)
