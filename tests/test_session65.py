"""Session 65: rules and lexicon rows found from the blind sets' misses and from names with title
words left on them. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _actors(res, text: str, lang: str) -> dict[str, str]:
    ex = extract(text, published=PUB, lang=lang, resources=res)
    return {a.name: a.kind for a in ex.actors}


@pytest.mark.parametrize(("text", "name"), [
    ("The tariff deal will be signed next month, Undersecretary for International Economic Relations"
     " Pablo Ortiz said.", "Pablo Ortiz"),
    ("The prison law will pass next month, Coordinating Minister for Law, Human Rights, Immigration and"
     " Corrections Budi Santoso said.", "Budi Santoso"),
    ("The compact bill will reach a vote next week, Senate President Pro Tempore Dale Whitfield said.",
     "Dale Whitfield"),
    ("The army will deploy another company next week, Chief of Defence Staff Brigadier Ravi Persaud said.",
     "Ravi Persaud"),
    ("The army will deploy another company next week, its chief of staff, Brigadier Ravi Persaud, said.",
     "Ravi Persaud"),
    ("The frigate will sail for the exercise next week, Rear Admiral Jonas Berg said.", "Jonas Berg"),
    ("The junta will name a new cabinet next month, Captain Moussa Sawadogo said.", "Moussa Sawadogo"),
])
def test_a_portfolio_or_rank_before_a_name_is_not_part_of_it(res, text, name):
    people = {n for n, kind in _actors(res, text, "en").items() if kind == "person"}
    assert people == {name}
