"""A state agency, authority or regulator speaking after the claim is an official statement
("..., the agency said in a statement"); eleventh session. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 5, 4)


def attribution(res, text: str) -> tuple[str | None, str | None]:
    m = extract(text, PUB, "en", res).mentions[0]
    return (m.attribution.kind, m.attribution.text) if m.attribution else (None, None)


@pytest.mark.parametrize("text", [
    "The port will open bids for a second terminal on June 2, the agency said in a statement.",
    "Electricity tariffs will rise by 4 percent in July, the energy regulator said.",
    "The new tolls are expected to apply from September, the roads authority said on Monday.",
])
def test_a_state_agency_speaks_as_an_official_statement(res, text):
    kind, words = attribution(res, text)
    assert kind == "official_statement" and words is not None and "said" in words


def test_an_agency_in_the_claim_is_no_source(res):
    text = "The travel agency will reopen its branch in the capital next week, officials said."
    assert attribution(res, text)[0] == "anonymous"


def test_a_trailing_statement_is_not_the_claims_event(res):
    text = "The port will open bids for a second terminal on June 2, the agency said in a statement."
    assert extract(text, PUB, "en", res).mentions[0].event_type != "statement"


@pytest.mark.parametrize("text", [
    "وحسب بلاغ لوزارة التجارة، سترتفع أسعار الحليب بداية الشهر المقبل.",
    "وأفاد بلاغ رسمي بأن الوزير سيزور الرباط يوم الخميس المقبل.",
])
def test_a_maghrebi_communique_is_an_official_statement(res, text):
    m = extract(text, PUB, "ar", res).mentions[0]
    assert m.attribution is not None and m.attribution.kind == "official_statement"


@pytest.mark.parametrize(("text", "kind"), [
    ("The ministry has said the tender would close on Friday.", "official_statement"),
    ("Officials have said the port could reopen next week.", "anonymous"),
    ("Senator Ana Ruiz, who leads most polls, has said she would review the deal if elected.", "named"),
])
def test_a_perfect_tense_reporting_verb_names_its_source(res, text, kind):
    assert attribution(res, text)[0] == kind
