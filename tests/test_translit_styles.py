"""Regional habits of romanising Arabic family names the gazetteer does not hold.

Names written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text


@pytest.fixture(scope="module")
def tr() -> Transliterator:
    return Transliterator.load()


@pytest.mark.parametrize("word", ["العبادلة", "الشواربة", "سوالمة"])
def test_levant_ta_marbuta(tr, word):
    # a final ta marbuta is -eh in the Levant, -a elsewhere
    assert tr.word(normalize_text(word), levant=True).endswith("eh")
    plain = tr.word(normalize_text(word))
    assert plain.endswith("a") and not plain.endswith("eh")


@pytest.mark.parametrize("word, opening", [
    # no word opens on two consonants: a consonant before وا takes a short a
    ("سوالمة", "Sawa"),
    ("الزوابعة", "al-Zawa"),
    ("الشواربة", "al-Shawa"),
])
def test_consonant_before_wa_takes_a_vowel(tr, word, opening):
    assert tr.word(normalize_text(word)).startswith(opening)


def test_style_of_the_texts_country():
    # a Jordanian deputy's family name gets the Levantine ending; an Iraqi one does not
    gaz = Gazetteer.load()
    jo = "وقال النائب الأردني سامر العبادلة إن البرلمان سيناقش القانون الأسبوع المقبل في عمّان."
    iq = "وقال النائب العراقي سامر العبادلة إن البرلمان سيناقش القانون الأسبوع المقبل في بغداد."
    assert any(h.actor.name.endswith("eh") for h in gaz.find_actors(jo, "ar"))
    assert any(h.actor.name.endswith("al-Abadala") for h in gaz.find_actors(iq, "ar"))
