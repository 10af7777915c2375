"""A body whose name every state's body bears ("the Election Commission", «سلطة المياه») is named
with the country the text is about: Election Commission of Malawi, Water Authority of Jordan, so
two countries' commissions are two actors. Names of their own are left alone. Our own sentences."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import extract

PUB = date(2026, 4, 2)


def names(res, text: str, lang: str) -> list[str]:
    return [a.name for a in extract(text, PUB, lang, res).actors]


def test_an_english_generic_body_takes_the_texts_country(res):
    text = ("LILONGWE, April 2 - Malawi will hold local elections on June 9. The Electoral Commission "
            "said on Wednesday that voter registration would close on May 4.")
    assert "Electoral Commission of Malawi" in names(res, text, "en")


def test_an_arabic_generic_body_takes_the_texts_country(res):
    text = ("عمّان - قال وزير المياه الأردني إن الحكومة ستوقع اتفاقية التمويل الشهر المقبل. "
            "وأكدت سلطة المياه أنها لن ترفع التعرفة قبل نهاية العام.")
    assert "Water Authority of Jordan" in names(res, text, "ar")


def test_a_body_with_a_name_of_its_own_keeps_it(res):
    text = "The European Commission will propose new tariffs on steel next week, officials said."
    assert names(res, text, "en") == ["European Commission"]
