"""The places table (`data/gazetteer/places.json`) and its index (`claimtracker/extract/places.py`)."""

from __future__ import annotations

import json

from claimtracker.config import DATA_DIR
from claimtracker.extract.places import PlaceIndex, load_places
from claimtracker.text import normalize_text

ROWS = json.loads((DATA_DIR / "gazetteer" / "places.json").read_text(encoding="utf-8"))["places"]


def test_rows_have_their_fields_and_no_name_twice_in_one_state():
    seen = set()
    for row in ROWS:
        assert set(row) == {"name", "name_ar", "aliases_ar", "aliases_en", "country", "kind"}, row
        assert len(row["country"]) == 2 and row["country"].isupper(), row
        assert row["kind"] in {"city", "province", "region"}, row
        assert (row["name"], row["country"]) not in seen, row
        seen.add((row["name"], row["country"]))


def test_the_longest_spelling_wins_and_the_texts_state_decides_between_namesakes():
    index = PlaceIndex([
        {"name": "Tripoli", "name_ar": "طرابلس", "country": "LY"},
        {"name": "Tripoli", "name_ar": "طرابلس", "country": "LB"},
        {"name": "Bint Jbeil", "name_ar": "بنت جبيل", "country": "LB"},
    ])
    words = normalize_text("بلدية طرابلس وبنت جبيل").split()
    assert index.match_ar(words, 1)[0].country == "LY"  # the first listed when the text says nothing
    assert index.match_ar(words, 1, country="LB")[0].country == "LB"
    assert index.match_ar(words, 2) is None  # «وبنت»: clitics are the caller's to strip
    assert index.match_ar(words, 2, first="بنت") == (index.match_ar(["بنت", "جبيل"], 0)[0], 3)


def test_a_place_that_is_also_a_name_word_does_not_end_a_name():
    index = load_places(DATA_DIR)
    words = normalize_text("زار صلاح الدين العقبة").split()

    class T:
        def __init__(self, start, end):
            self.start, self.end = start, end

    tokens = [T(i * 10, i * 10 + 5) for i in range(len(words))]
    spans = index.spans_ar(tokens, words, lambda w: w == normalize_text("صلاح").strip())
    assert spans == {30: 35}  # Aqaba, not Salahuddin
