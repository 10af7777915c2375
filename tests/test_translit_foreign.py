"""Names of people of non-Arab countries outside Europe and the Americas, read back from Arabic.

Arabic writes an African, Asian or Caucasian name from its Latin romanisation, vowels and all, so
the name is read back letter by letter (the `latin` style) with the region's own habits: و is u,
Ng- and Mb- open a word, w stands between a consonant and a vowel. Names written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text


@pytest.fixture(scope="module")
def tr() -> Transliterator:
    return Transliterator.load(learned=False)  # the rules alone, not the gazetteer's learned spellings


def _render(tr: Transliterator, name: str, country: str | None) -> str:
    return tr.render(normalize_text(name).split(), country)


@pytest.mark.parametrize("name, country, expected", [
    # Ng- and Mb- open a word; an initial أو is O; و a vowel u, a final ـو o
    ("نغوبو أوكونجو", "NG", "Ngubo Okunjo"),  # (نغوزي is a listed name: Ngozi)
    ("نغيما مباسوغو", "GQ", "Ngima Mbasugo"),
    # و between a consonant and a vowel is w
    ("جوزيف موانغي", "KE", "Joseph Mwangi"),
    # a European given name of the table, the family name letter by letter
    ("فيليكس كاتومبا", "CD", "Felix Katumba"),
    # the vowel a consonant run hides is a, not Europe's e
    ("بختيار سعيدوف", "UZ", "Bakhtiar Saidov"),
    # a Georgian ending
    ("ليفان غوغيشفيلي", "GE", "Levan Gugishvili"),
    # ف is v in Israeli names
    ("آفي ليفين", "IL", "Avi Livin"),
])
def test_region_habits(tr, name, country, expected):
    assert _render(tr, name, country) == expected


def test_arab_given_name_keeps_arab_rendering(tr):
    # a Kenyan named Ahmed Youssef is spelled the Arab way
    assert _render(tr, "أحمد يوسف", "KE") == "Ahmed Youssef"


def test_slavic_family_name_after_arab_given_name(tr):
    # an Azeri's Arab given name keeps its spelling, the -iyev family name is read back
    assert _render(tr, "رشيد علييف", "AZ") == "Rashid Aliyev"


def test_family_name_of_the_names_table_in_latin_reading(tr):
    # a family name the names table spells (حداد Haddad) keeps that spelling in a Brazilian's name
    assert _render(tr, "ماريا حداد", "BR") == "Maria Haddad"
    # a European given name of the Arab names table (فيكتور) no longer turns the name Arab
    assert _render(tr, "فيكتور لوبيز", "MX") == "Victor Lobiz"
