"""Session 25: bodies every state may have, named without their state ("the Central Election
Commission", "the National Council", "the Legislative Council"), are named by the country the text
is about, like "the Election Commission" (Election Commission of Nepal). Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


def _names(text: str) -> list[str]:
    return [name for name, _ in article_actors(text, "en")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Central Election Commission", "Central Election Commission of Latvia"),
    ("Central Electoral Commission", "Central Electoral Commission of Latvia"),
    ("National Council", "National Council of Latvia"),
    ("Legislative Council", "Legislative Council of Latvia"),
])
def test_a_generic_body_takes_the_text_country(body, expected):
    text = (f"Latvia sets a date for its local elections\n\nRIGA, May 4 (Wire) - The {body} said on "
            "Tuesday that the vote would be held on June 7 in all municipalities of Latvia.")
    assert expected in _names(text)


def test_a_body_with_a_longer_name_of_its_own_keeps_it():
    text = ("Latvia sets a date for its local elections\n\nRIGA, May 4 (Wire) - The National Council "
            "of Resistance said on Tuesday that it would hold a rally in Riga next week.")
    assert "National Council of Latvia" not in _names(text)
