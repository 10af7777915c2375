"""Each language's name index is built when a text in that language first comes; it holds the
names of its own script only, and reads them as the index of both languages did."""

from __future__ import annotations

from claimtracker.config import DATA_DIR
from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.phrases import phrase_tokens

# invented people, so that the cached shared gazetteer is not the one tested
_EXTRA = [
    {"actor_id": "orla-tamsin-vey", "name": "Orla Tamsin Vey", "name_ar": "أورلا تامسين فاي", "kind": "person",
     "country": "IE", "aliases": ["Tamsin Vey", "تامسين فاي"]},
    {"actor_id": "the-halvard-forum", "name": "The Halvard Forum", "kind": "org", "country": "NO",
     "aliases": ["منتدى هالفارد"]},
]


def _ids(gaz: Gazetteer, text: str, lang: str) -> list[str]:
    return [h.actor.actor_id for h in gaz.find_actors(text, lang)]


def test_each_script_is_found_in_its_own_language_only():
    gaz = Gazetteer.load(DATA_DIR, extra_actors=_EXTRA)
    assert _ids(gaz, "Tamsin Vey will address the Halvard Forum next week.", "en") == [
        "orla-tamsin-vey", "the-halvard-forum"]
    assert _ids(gaz, "وقالت تامسين فاي إن منتدى هالفارد سيجتمع غدا", "ar") == ["orla-tamsin-vey", "the-halvard-forum"]
    # an Arabic-script alias is no English name, and the English name is not looked up in Arabic text
    assert _ids(gaz, "The envoy met منتدى هالفارد officials.", "en") == []
    assert _ids(gaz, "التقى Tamsin Vey بالوفد", "ar") == []


def test_reading_arabic_first_changes_no_english_hit():
    text = "Orla Tamsin Vey said Vey would attend."
    first_en = Gazetteer.load(DATA_DIR, extra_actors=_EXTRA[:1])
    expected = [(h.actor.actor_id, h.start, h.end) for h in first_en.find_actors(text, "en")]
    first_ar = Gazetteer.load(DATA_DIR, extra_actors=list(reversed(_EXTRA)))
    first_ar.find_actors("قالت أورلا تامسين فاي", "ar")
    assert [(h.actor.actor_id, h.start, h.end) for h in first_ar.find_actors(text, "en")] == expected
    assert expected[0] == ("orla-tamsin-vey", 0, 15)


def test_name_index_takes_the_tokens_it_is_given():
    given, own = NameIndex("ar"), NameIndex("ar")
    phrase = "وزارة الخارجية"
    given.add(phrase, "a", phrase_tokens(phrase, "ar"))
    own.add(phrase, "a")
    assert phrase in given and phrase in own
    assert given.starters() == own.starters()
