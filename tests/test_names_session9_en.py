"""Session 9 English organisation rules, on sentences written for these tests (the parties, bodies
and people are invented).

- a name's possessive or a possessive pronoun introduces a body as "the" does ("Zambia's National
  Treasury will", "the Senate's Budget and Appropriations Committee, chaired by ..., will");
- a capitalised name before a party's kind noun is a party wherever it stands ("his Tonse party
  would", "brought Lund's Siumut party to power", "the opposition Jotna coalition said"), named
  without the noun unless its last word is an institution word ("the Social Democratic party");
- a body named "<Head> of <Name>" with a possessive is the body ("the Court of Auditors' report");
- a kind noun followed by a name introduces that name, and a region's bloc is no party; a head
  alone, a plain name's possessive or "the Treasury bills" names no body.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer


def names(gaz: Gazetteer, text: str, kind: str | None = None) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "en") if kind is None or h.actor.kind == kind]


# --- a possessive in the place of "the" -------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Zambia's National Treasury will cut fuel levies next month, the minister said.", "National Treasury"),
    ("Malawi’s Revenue Collection Authority said on Friday it would audit 40 firms.",
     "Revenue Collection Authority"),
    ("The Senate's Budget and Appropriations Committee, chaired by lawmaker Anne Phiri, will table "
     "its report on June 2.", "Budget and Appropriations Committee"),
    ("Their Farmers Reform Council has said it will march on the capital in May.", "Farmers Reform Council"),
])
def test_possessive_introduces_a_body(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


# --- a name before a party's kind noun --------------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Opposition leader Hakainde Moyo said his Tonse party would march against the tax.", "Tonse"),
    ("The vote brought Lund's Siumut party to power two years ago.", "Siumut"),
    ("A referendum could come in 2030, said Aaja Berg, leader of the opposition Atassut party, which "
     "wants a quicker break.", "Atassut"),
    ("The opposition Jotna coalition said it would file a motion of censure within a week.", "Jotna"),
    # a name that ends in a head noun is whole already
    ("The opposition Jotna Alliance coalition said it would file a motion next week.", "Jotna Alliance"),
    # an institution word keeps the noun: the party is called so
    ("The governing Social Democratic party will meet next week to pick a leader.", "Social Democratic Party"),
])
def test_party_named_before_its_kind_noun(gaz, text, party):
    assert party in names(gaz, text, "org"), names(gaz, text)


def test_known_party_keeps_its_gazetteer_name(gaz):
    # the gazetteer's full name wins over the bare words before "party"
    text = "Analysts said the uMkhonto weSizwe party could gain seats in the next vote."
    assert "uMkhonto weSizwe Party" in names(gaz, text, "org"), names(gaz, text)


# --- "<Head> of <Name>" with a possessive -----------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("The Court of Auditors' report found that the deficit was twice the official figure.", "Court of Auditors"),
    ("The Chamber of Mines's forecast shows output falling next year, the paper said.", "Chamber of Mines"),
])
def test_of_name_with_possessive_is_a_body(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


# --- what stays no body ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Banks bought the Treasury bills at a lower yield on Monday.",
    "Kenya's Treasury said on Monday it would not raise taxes.",  # a head alone points back
    "The party's leader said his party would not join any coalition this year.",
    "Mali, Burkina Faso and Niger left the West African bloc in January.",
    "The Kenyan party will contest the vote in May.",
    # a noun after the kind noun makes a compound, not a party's name
    "Staff gathered for the Harvest party season in December.",
    "The Westland party congress picked a new leader in March.",
])
def test_no_body(gaz, text):
    assert names(gaz, text, "org") == [], names(gaz, text)


def test_kind_noun_before_a_name_introduces_that_name(gaz):
    text = "The three states left the regional alliance Westbloc in January and formed their own."
    found = names(gaz, text, "org")
    assert "Westbloc" in found and not any("Regional" in n for n in found), found


def test_plain_name_possessive_is_not_the_acting_body(gaz):
    # the assembly only owns the committee that acts: the committee is named, the assembly is not
    text = "The National Assembly's Finance Committee will table its report on June 2."
    found = names(gaz, text, "org")
    assert "Finance Committee" in found and not any(n.startswith("National Assembly") for n in found), found


# --- a translated body keeps an acronym of words the translation dropped ---------------------------

@pytest.mark.parametrize("text, body", [
    ("The Andean Miners' Federation (FSTMB) has called a strike for Thursday.", "Andean Miners' Federation"),
    ("The government may ask the Development Bank of the Andes (CAF) for a bridge loan in May.",
     "Development Bank of the Andes"),
])
def test_defined_body_whatever_its_acronym_spells(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


def test_defined_term_without_head_is_no_body(gaz):
    text = "The Gross Domestic Product (PBI) will grow next year, the central bank said."
    assert not any("Gross" in n for n in names(gaz, text, "org")), names(gaz, text)


# --- a name with joiners set beside its kind noun --------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Armenia's main opposition alliance, the Union for Armenian Renewal, will hold a rally on Saturday.",
     "Union for Armenian Renewal"),
    ("The country's largest miners union, the Federation of Mine and Energy Workers, said it would strike.",
     "Federation of Mine and Energy Workers"),
])
def test_apposed_name_with_joiners(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


def test_defined_body_opening_a_paragraph(gaz):
    text = "LA PAZ (Wire) - Fuel prices rose.\n\nThe Andean Miners' Federation (FSTMB) has called a strike."
    assert "Andean Miners' Federation" in names(gaz, text, "org"), names(gaz, text)


# --- a party named in apposition -----------------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Tonse, the party of former president Peter Banda, will boycott the vote.", "Tonse"),
    ("The vote was won by Umoja, a coalition formed in 2020, which will pick a leader next week.", "Umoja"),
    ("Analysts said Jubilee Progress, the main opposition alliance, would boycott the vote.", "Jubilee Progress"),
])
def test_party_in_apposition(gaz, text, party):
    assert party in names(gaz, text, "org"), names(gaz, text)


@pytest.mark.parametrize("text", [
    "Peter Banda, the party leader, said it would boycott the vote.",
    "Peter Banda, the party's chief, said it would boycott the vote.",
    "Meanwhile, the party said it would boycott the vote.",
])
def test_no_party_in_a_persons_apposition(gaz, text):
    assert names(gaz, text, "org") == [], names(gaz, text)


# --- more finite verbs make a head-noun name a subject ---------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("The Court of Accounts found that the deficit was twice the official figure.", "Court of Accounts"),
    ("The Federal Audit Chamber ruled on Monday that the contract was void.", "Federal Audit Chamber"),
    ("The National Budget Office warns that debt could top 90% of output next year.", "National Budget Office"),
])
def test_body_acting_with_a_past_or_present_verb(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


# --- a name after "the opposition/ruling/governing"; a for-complement --------------------------------

@pytest.mark.parametrize("text, body", [
    ("Talks with the opposition Sorelo broke down on Monday.", "Sorelo"),
    ("The ruling Law and Order said it would win the vote.", "Law and Order"),
    ("The opposition United Front for Change will march on Friday.", "United Front for Change"),
    ("The Council for Coastal Affairs said it would meet in May.", "Council for Coastal Affairs"),
])
def test_party_after_descriptor_and_for_complement(gaz, text, body):
    assert body in names(gaz, text, "org"), names(gaz, text)


@pytest.mark.parametrize("text", [
    "The opposition in Malawi will march on Friday.",
    "The opposition Senator Mark Dunn said no.",
    "The ruling Monday was clear to all sides.",
])
def test_descriptor_without_a_party_name(gaz, text):
    assert names(gaz, text, "org") == [], names(gaz, text)
