"""Session 8 English actor rules, on sentences written for these tests (the people and bodies are
invented).

- a party or company named before a title ("Harbour Workers Party leader X") is an actor; an organ of
  a state there ("Foreign Office spokeswoman X", "Kremlin spokesman X") is only the speaker's post;
- a legislature's one word ("Congress") is the body of the country the text is about unless the
  gazetteer body's country is named in its sentence;
- a body translated into English may keep its own acronym in another letter order ("(CSE)");
- descriptive nouns (tycoon, businessman, lawyer) and "led by" introduce a person as a title does;
  a name follows a title's capitalised portfolio ("Minister for Coastal Affairs X");
- a kind noun introduces a body ("the port operator X", "the dairy union, the X,", "the X party
  will"), and a full name ending in a head noun after "the" acts as a subject ("the Federal Audit
  Chamber will"); a kind noun with no name, a month, a nationality adjective or a country is no body.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def names(gaz: Gazetteer, text: str, kind: str | None = None) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "en") if kind is None or h.actor.kind == kind]


# --- an organisation before a title: a side, unless it is an organ of a state --------------------

def test_party_before_title_is_an_actor(gaz):
    # a party the institution rule builds from its words, in a text about Malawi
    text = ("Civic Reform Party leader Greta Holm said on Monday the party would vote against the "
            "budget in Malawi's parliament.")
    assert any("Civic Reform Party" in n for n in names(gaz, text, "org")), names(gaz, text)


def test_company_before_title_is_an_actor():
    row = {"id": "nordgas-test", "name": "Nordgas", "kind": "org", "country": "NO", "aliases_en": []}
    gaz = Gazetteer.load(extra_actors=[row])
    text = "Nordgas deputy chairman Emil Varga said the pipeline would open in May."
    assert "Nordgas" in names(gaz, text, "org")
    # the same entry before a state organ's title word stays out: only the organ's own words decide
    assert gaz._organ_en("Foreign Office") and not gaz._organ_en("Nordgas")


@pytest.mark.parametrize("text", [
    "Foreign Office spokeswoman Lina Marsh said talks would resume on Friday.",
    "Kremlin spokesman Dmitry Peskov said the visit would take place in May.",
])
def test_state_organ_before_title_is_affiliation(gaz, text):
    assert names(gaz, text, "org") == []


# --- "Congress" in a text about another country ---------------------------------------------------

def test_congress_is_the_texts_country_when_the_us_is_named_elsewhere(gaz):
    text = ("Peru's president will send the pension bill to Congress by May, Peruvian officials said. "
            "Peru's central bank expects growth to slow. Lima wants a loan from the U.S. Export-Import Bank.")
    found = names(gaz, text, "org")
    assert "Congress of Peru" in found and "United States Congress" not in found, found


def test_congress_stays_us_congress_when_the_sentence_names_the_us(gaz):
    text = ("Peru's president will travel to Lima on Monday. "
            "The United States will ask Congress for more aid money next year, a diplomat said.")
    assert "United States Congress" in names(gaz, text, "org")


# --- an acronym in another letter order -------------------------------------------------------------

def test_translated_body_keeps_its_own_acronym(gaz):
    text = "The Supreme Electoral Council (CSE) will announce results on Sunday. The CSE said turnout was high."
    assert "Supreme Electoral Council" in names(gaz, text, "org")


def test_two_letter_acronym_in_another_order_is_no_body(gaz):
    text = "The Digital Council (CD) will meet on Monday."
    assert "Digital Council" not in names(gaz, text, "org")


# --- descriptive nouns and "led by" before a name; a name after a portfolio --------------------

@pytest.mark.parametrize("text, person", [
    ("Exiled magnate Pavel Dronov will appeal the ruling next week, his lawyers said.", "Pavel Dronov"),
    ("Allies of the fugitive businessman Viktor Lamberg will face sanctions in June.", "Viktor Lamberg"),
    ("An EU delegation headed by Marta Lindqvist will visit Tirana on Monday.", "Marta Lindqvist"),
    ("A Fund mission led by Oskar Tamm arrives on Monday for the final review.", "Oskar Tamm"),
    ("Minister for Coastal Affairs Tomas Reyes will visit the port on Friday.", "Tomas Reyes"),
])
def test_person_after_descriptive_noun_or_portfolio(gaz, text, person):
    assert person in names(gaz, text, "person")


def test_portfolio_alone_is_no_person(gaz):
    assert names(gaz, "The Minister for Finance said on Tuesday the tax would rise.", "person") == []


# --- bodies introduced by a kind noun, or acting under a head-noun name -------------------------

@pytest.mark.parametrize("text, body", [
    ("The port operator Baltmar will raise fees next month, the transport minister said.", "Baltmar"),
    ("Kenya's state power utility Kenlec could ration electricity in July, officials said.", "Kenlec"),
    ("The country's biggest dairy union, the VMBU, said it would block roads next week.", "VMBU"),
    ("The Harbour Workers party will contest the vote in May, its leader said.", "Harbour Workers Party"),
    ("The Federal Audit Chamber will publish its report in June, a spokeswoman said.", "Federal Audit Chamber"),
    ("The Joint Creditor Panel, chaired by Norway and Canada, will meet in Oslo in May.", "Joint Creditor Panel"),
    ("The opposition Union of Democratic Forces will boycott the vote, party officials said.",
     "Union of Democratic Forces"),
])
def test_described_body_is_an_actor(gaz, text, body):
    assert body in names(gaz, text, "org")


@pytest.mark.parametrize("text", [
    "The company said on Monday it will cut 400 jobs by June.",
    "The company Tuesday said it expected a loss.",
    "The Chinese company will build the plant by 2027.",
    "The national grid operator will publish tariffs in April.",
    "The United Kingdom, the largest donor, will pledge more funds next year.",
    "The Committee will meet again on Friday, the chairman said.",
    "Talks stalled after the Budget Committee hearing on Friday.",
])
def test_no_body_without_a_name(gaz, text):
    assert names(gaz, text, "org") == []


def test_kind_noun_after_nationality_adjective(gaz):
    text = "The Dutch company Veltronix, which prints the ballots, will deliver them in May."
    found = names(gaz, text, "org")
    assert "Veltronix" in found, found
    # the adjective describes the company: no country of the text comes from the company itself
    assert next(h.actor.country for h in gaz.find_actors(text, "en") if h.actor.name == "Veltronix") is None


# --- a commentator's employer, before or beside the name, is no actor ------------------------------

@pytest.fixture(scope="module")
def gaz_firm() -> Gazetteer:
    return Gazetteer.load(extra_actors=[{"id": "stonebridge-capital", "name": "Stonebridge Capital",
                                         "kind": "org", "country": "GB"}])


@pytest.mark.parametrize("text", [
    "Rates will fall in June, said Mara Quill, Stonebridge Capital's global CIO.",
    "Rates will fall in June, said Mara Quill, chief economist at Stonebridge Capital.",
    "Rates will fall in June, said Mara Quill, an analyst at Stonebridge Capital in London.",
    "Stonebridge Capital chief economist Mara Quill said rates would fall in June.",
])
def test_commentators_employer_is_no_actor(gaz_firm, text):
    assert names(gaz_firm, text, "org") == []


@pytest.mark.parametrize("text", [
    "Stonebridge Capital chairman Mara Quill said the fund would buy the port in June.",
    "Stonebridge Capital will buy the port operator next year, its chief executive Mara Quill said.",
])
def test_company_acting_or_speaking_through_its_officer_is_an_actor(gaz_firm, text):
    assert names(gaz_firm, text, "org") == ["Stonebridge Capital"]


# --- a state's defence force or coast guard is an institution; before a spokesman, the post ----

def test_defence_force_with_its_country_is_a_body(gaz):
    text = "Troops from Belize will hold drills with the Suriname Defence Force in October."
    assert "Suriname Defence Force" in names(gaz, text, "org")


def test_coast_guard_before_spokesman_is_the_post(gaz):
    text = "Indonesian Coast Guard spokesman Ardi Wibowo said patrols would double next month."
    assert names(gaz, text, "org") == []
    assert "Indonesian Coast Guard" in names(gaz, "The Indonesian Coast Guard will double patrols next month.", "org")


def test_name_before_who_heads_is_a_person(gaz):
    text = "Mara Quill, who heads the Harbour Fund, said rates would fall in June."
    assert "Mara Quill" in names(gaz, text, "person")


def test_trade_noun_before_a_two_word_name_is_a_person(gaz):
    text = "Prices rose in June after the veteran oil trader Marek Dunn bought the cargo."
    assert names(gaz, text, "org") == []


@pytest.mark.parametrize("text", [
    "The Sunni militia will withdraw from the town next week, officials said.",
    "The Kurdish party will boycott the vote in May.",
])
def test_peoples_adjective_before_kind_noun_is_no_name(gaz, text):
    assert names(gaz, text, "org") == []


def test_name_ends_at_a_full_stop_after_a_word(gaz):
    text = "Rates will fall in June, said Mara Quill. Stonebridge's shares rose on Tuesday."
    assert names(gaz, text, "person") == ["Mara Quill"]
    assert "Kamal P. Sharma" in names(gaz, "Premier Kamal P. Sharma will visit Delhi on Monday.", "person")
