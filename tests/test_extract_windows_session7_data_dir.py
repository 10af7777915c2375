"""`Resources.load(data_dir=...)` reaches the event nouns (`event_nouns.json`, `same_event.py`)
and the words opening a separate claim (`separate_claims.json`, `sentence_claims.py`) of the
folder it is given, like the other lexicons, and still builds them per language when first read.

Sentences and words written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.document import Doc, gather
from claimtracker.extract.events import EventHit
from claimtracker.extract.resources import Resources
from claimtracker.extract.same_event import named_events
from claimtracker.extract.sentence_claims import others_times
from claimtracker.text import normalize
from tests.conftest import data_folder

PUBLISHED = date(2025, 3, 10)


@pytest.fixture(scope="module")
def custom(tmp_path_factory) -> Resources:
    """A data folder like the project's, but with its own event nouns and separate-claim words."""
    root = data_folder(tmp_path_factory.mktemp("data"), {
        "event_nouns.json": {"en": {"refer_determiners": ["yonder"], "plural_ending": "s"}},
        "separate_claims.json": {"en": ["meanwhile"]},
    })
    return Resources.load(data_dir=root)


def _doc(res: Resources, text: str) -> Doc:
    return gather(text, normalize(text), "en", PUBLISHED, res)


def _hit(text: str, word: str) -> EventHit:
    at = text.index(word)
    return EventHit("summit", 1, at, at + len(word))


def test_custom_folder_determiner_points_back_and_the_default_one_does_not(custom):
    text = "Delegates expect yonder summits to adopt a water charter."
    doc = _doc(custom, text)
    hits = [_hit(text, "summits")]
    _, back = named_events(doc, hits, custom.lexicons["en"].nouns)
    assert back == frozenset({"summit"})  # the custom plural ending and determiner are read
    _, default_back = named_events(doc, hits, Resources.load().lexicons["en"].nouns)
    assert default_back == frozenset()


def test_custom_folder_opening_word_makes_a_separate_claim(custom):
    text = "Lima will attend the forum, meanwhile Quito may leave the bloc by June."
    doc = _doc(custom, text)
    june = [t for t in doc.times if "June" in text[t.start:t.end]]
    assert june
    later = (text.index("meanwhile"), len(text))
    assert others_times(doc, 0, june, [later], custom.lexicons["en"].separate) == []
    # the project's own words do not hold "meanwhile": June goes on with the first claim
    assert others_times(doc, 0, june, [later], Resources.load().lexicons["en"].separate) == june


def test_custom_folder_language_without_entries_reads_nothing(custom):
    ar = custom.lexicons["ar"]
    assert ar.nouns.determiner is None
    assert ar.separate is not None and ar.separate.match("لكن") is None


def test_languages_of_a_custom_folder_are_built_once(custom):
    assert custom.lexicons["en"] is custom.lexicons["en"]
    assert custom.lexicons["en"].nouns is not Resources.load().lexicons["en"].nouns
