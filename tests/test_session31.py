"""Session 31: a body named only in a person's title («محافظ صندوق الاستثمارات العامة فلان», "the
chairman of the X Board, Y,") is what a later bare head («الصندوق», "the board") refers back to.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_actors

PUBLISHED = date(2026, 3, 10)


def names(text: str, lang: str) -> list[str]:
    return [n for n, _ in article_actors(text, lang, PUBLISHED)]


@pytest.mark.parametrize("text, lang, body", [
    ("قال محافظ صندوق الاستثمارات العامة، ياسر الرميان، إن الصندوق سيعلن خطته الجديدة في يناير المقبل.",
     "ar", "Public Investment Fund"),
    ("The chairman of the Ceylon Electricity Board, Tilak Perera, said the board will raise tariffs in May.",
     "en", "Ceylon Electricity Board"),
])
def test_a_bare_head_refers_back_to_a_body_in_a_title(text, lang, body):
    found = names(text, lang)
    assert body in found, found
    assert len(found) == 2, found  # the person is still read too


@pytest.mark.parametrize("text, lang, body", [
    ("قال محافظ صندوق الاستثمارات العامة، ياسر الرميان، إن الخطة الجديدة ستعلن في يناير المقبل.",
     "ar", "Public Investment Fund"),
    ("The chairman of the Ceylon Electricity Board, Tilak Perera, said tariffs will rise in May.",
     "en", "Ceylon Electricity Board"),
])
def test_a_body_in_a_title_alone_is_still_no_actor(text, lang, body):
    # `article_actors` puts a Latin headline before the Arabic text: the title scan once took the
    # language from the first word it looked at, and found no Arabic title after "Headline"
    assert body not in names(text, lang)
