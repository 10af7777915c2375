"""Session 61: a state's cabinet as the subject of a clause is an actor, named for its state
("Sri Lanka's cabinet is expected to approve" -> Cabinet of Sri Lanka, "Spain's cabinet will"
-> Council of Ministers of Spain). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _orgs(res, text: str) -> set[str]:
    ex = extract(text, published=PUB, lang="en", resources=res)
    return {a.name for a in ex.actors if a.kind == "org"}


@pytest.mark.parametrize(("text", "name"), [
    ("COLOMBO, May 4 (Kandy Wire) - Sri Lanka's cabinet is expected to approve the port lease next week.",
     "Cabinet of Sri Lanka"),
    ("PRAGUE, May 4 (Vltava Wire) - The Czech cabinet will on Wednesday approve a plan to buy out the utility.",
     "Government of the Czech Republic"),
    ("MADRID, May 4 (Meseta Wire) - Spain's cabinet will approve the regional financing deal on Tuesday.",
     "Council of Ministers of Spain"),
    # a bare "the cabinet": the state the text is about
    ("HARARE, May 4 (Limpopo Wire) - Zimbabwe's finance minister said the cabinet would approve the land bill "
     "next month.", "Cabinet of Zimbabwe"),
    # a head of government's cabinet is his state's
    ("PODGORICA, May 4 (Tara Wire) - Montenegro's Prime Minister Milojko Spajic's cabinet is expected to approve "
     "the power plan on Thursday.", "Government of Montenegro"),
    # at a sentence start, with no article
    ("SUVA, May 4 (Rewa Wire) - Fiji will review its police pact with China. Cabinet is expected to decide "
     "in April.", "Cabinet of Fiji"),
    ("ISLAMABAD, May 4 (Margalla Wire) - Pakistan's finance ministry said the federal cabinet is expected to "
     "approve the budget on Friday.", "Cabinet of Pakistan"),
    # the dateline's capital alone gives the state ("ISLAMABAD" is no old name of Chattogram here)
    ("ISLAMABAD, May 4 (Margalla Wire) - The finance minister said the federal cabinet is expected to "
     "approve the budget on Friday.", "Cabinet of Pakistan"),
])
def test_a_cabinet_that_acts_is_its_states_cabinet(res, text, name):
    assert name in _orgs(res, text)


@pytest.mark.parametrize("text", [
    # an object, or after a preposition
    "COLOMBO, May 4 (Kandy Wire) - Sri Lanka's fisheries minister could resign from the cabinet next week.",
    # before a noun: a reshuffle, a title, a press office
    "COLOMBO, May 4 (Kandy Wire) - A cabinet reshuffle is expected in Sri Lanka next week.",
    "TOKYO, May 4 (Kanda Wire) - Chief Cabinet Secretary Minoru Kihara said Japan will send an envoy next week.",
    "COLOMBO, May 4 (Kandy Wire) - Sri Lanka will sign the deal next week, the cabinet's press office said.",
    # another cabinet than the state's: a new one, or a provincial premier's
    "COLOMBO, May 4 (Kandy Wire) - Sri Lanka's new cabinet will be sworn in next week.",
])
def test_a_cabinet_that_does_not_act_is_no_actor(res, text):
    assert not {n for n in _orgs(res, text) if "Cabinet" in n or "Council of Ministers" in n}



def test_a_towns_own_name_outranks_a_larger_towns_alternate(tmp_path):
    import json

    from claimtracker.extract.world_cities import build_index

    rows = {
        "1": {"name": "Chattogram", "countrycode": "BD", "population": 3900000,
              "alternatenames": ["Chittagong", "Islamabad"]},
        "2": {"name": "Islamabad", "countrycode": "PK", "population": 1000000, "alternatenames": []},
        "3": {"name": "Perth", "countrycode": "AU", "population": 2000000, "alternatenames": []},
        "4": {"name": "Perth", "countrycode": "GB", "population": 47000, "alternatenames": []},
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    index = build_index(path)
    assert index["ISLAMABAD"] == "PK"
    assert index["CHITTAGONG"] == "BD"   # an alternate no town bears as its own name still counts
    assert index["PERTH"] == "AU"        # a far larger namesake still wins among own names


def test_a_generic_english_party_name_keeps_the_canonical_name(res):
    # "Social Democrats" is borne by several states' parties: no own-language name of Sweden's
    ex = extract("STOCKHOLM, May 4 (Malaren Wire) - Sweden's Social Democrats will vote against the budget "
                 "next week, their leader said.", published=PUB, lang="en", resources=res)
    assert "Swedish Social Democratic Party" in {a.name for a in ex.actors}


def test_a_partys_own_language_name_is_still_the_one_the_text_writes(res):
    ex = extract("LIMA, May 4 (Rimac Wire) - Renovación Popular will field a candidate in the June runoff, "
                 "its spokesman said.", published=PUB, lang="en", resources=res)
    assert "Renovación Popular" in {a.name for a in ex.actors}


@pytest.mark.parametrize(("text", "window"), [
    ("VIENNA, Oct 20 (Drava Wire) - Austria will extend checks at its border for another six months from "
     "November 12, the ministry said.", ("2025-11-12", "2026-05-11")),
    ("LIMA, Oct 20 (Rimac Wire) - Troops will keep supporting police patrols for a further 60 days from "
     "December 1, the ministry said.", ("2025-12-01", "2026-01-29")),
])
def test_a_duration_that_goes_on_runs_from_its_start(res, text, window):
    ex = extract(text, published=date(2025, 10, 20), lang="en", resources=res)
    expected = ex.mentions[0].expected
    assert expected is not None
    assert (expected.start.isoformat(), expected.end.isoformat() if expected.end else None) == window


@pytest.mark.parametrize("text", [
    "ستمدد النمسا عمليات التفتيش على حدودها لمدة ستة أشهر أخرى اعتبارا من 12 نوفمبر.",
    "ستمدد النمسا عمليات التفتيش على حدودها ستة أشهر إضافية اعتبارا من 12 نوفمبر.",
])
def test_an_arabic_duration_that_goes_on_runs_from_its_start(res, text):
    ex = extract(text, published=date(2025, 10, 20), lang="ar", resources=res)
    expected = ex.mentions[0].expected
    assert expected is not None and expected.end is not None
    assert (expected.start.isoformat(), expected.end.isoformat()) == ("2025-11-12", "2026-05-11")


@pytest.mark.parametrize(("text", "event"), [
    ("RIGA, March 12 (Daugava Wire) - Latvia will push for sanctions on firms supplying the plant, officials said.",
     "sanction"),
    ("RIGA, March 12 (Daugava Wire) - The opposition could push for a snap election in June, its leader said.",
     "election"),
    # nothing named after "push for" but a position: a statement, as before
    ("RIGA, March 12 (Daugava Wire) - Latvia will push for a tougher common position on migration, officials said.",
     "statement"),
])
def test_what_a_party_pushes_for_names_the_claims_event(res, text, event):
    ex = extract(text, published=PUB, lang="en", resources=res)
    assert ex.mentions[0].event_type == event
