"""Session 76: Egyptian spellings of names as the golds write them.

Every sentence and name here is written for this file.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text


@pytest.fixture(scope="module")
def tr() -> Transliterator:
    return Transliterator.load()


def spell(tr: Transliterator, name: str, country: str | None) -> str:
    return tr.render([normalize_text(w).strip() for w in name.split()], country)


@pytest.mark.parametrize("name, english", [
    # a family nisba with the article ends in -y in Egypt, as one without it does
    ("كمال الدسوقي", "Kamal al-Dasouky"),
    ("منى الجارحي", "Mona al-Garhy"),
    # Egypt's own spellings of given names
    ("شريف حلمي", "Sherif Helmy"),
    ("عصام بدر", "Essam Badr"),
    ("حسام فرج", "Hossam Farag"),
    ("عماد رزق", "Emad Rizk"),
    ("ناجي منصور", "Nagy Mansour"),
    ("فخري منصور", "Fakhry Mansour"),
    ("ريهام سالم", "Riham Salem"),
])
def test_egyptian_names(tr, name, english):
    assert spell(tr, name, "EG") == english


@pytest.mark.parametrize("name, country, english", [
    # elsewhere the family nisba keeps -i and the given names their common English forms
    ("كمال الدسوقي", "JO", "Kamal al-Dasouqi"),
    ("شريف الكردي", "SY", "Sharif al-Kardi"),
    ("عصام بدر", "LB", "Issam Badr"),
    ("ناجي منصور", "JO", "Naji Mansour"),
])
def test_other_countries_keep_their_spellings(tr, name, country, english):
    assert spell(tr, name, country) == english
