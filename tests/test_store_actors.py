"""store.actors: people's actors, their aliases, and gazetteer upserts that never overwrite them."""

from __future__ import annotations

import pytest

from claimtracker.errors import InputError, NotFound
from claimtracker.models import ActorRef
from claimtracker.store.actors import (
    actor_slug,
    add_actor,
    edit_actor,
    get_actor,
    list_actors,
    upsert_actors,
    user_actors,
)

PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "person", "RU", "فلاديمير بوتين")


def test_slugs():
    assert actor_slug("Vladimir Putin") == "vladimir-putin"
    assert actor_slug("  Recep Tayyip Erdoğan ") == "recep-tayyip-erdogan"
    assert actor_slug("أحمد الشرع") == "احمد-الشرع"  # folded as the gazetteer folds
    with pytest.raises(InputError):
        actor_slug("  -- ")


def test_add_get_and_user_rows_for_the_extractor(tmp_db):
    actor_id = add_actor(tmp_db, "Hussein Salama", name_ar="حسين سلامة", country="sy",
                         aliases="Hussein al-Salama, سلامة ،  Hussein al-Salama")
    assert actor_id == "hussein-salama"
    row = get_actor(tmp_db, actor_id)
    assert row["origin"] == "user" and row["country"] == "SY" and row["kind"] == "person"
    assert row["aliases"] == ["Hussein al-Salama", "سلامة"]
    assert user_actors(tmp_db) == [{"actor_id": "hussein-salama", "name": "Hussein Salama", "name_ar": "حسين سلامة",
                                    "kind": "person", "country": "SY", "aliases": ["Hussein al-Salama", "سلامة"]}]


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "  "}, "needs a name"),
    ({"name": "X Y", "kind": "robot"}, "not one of"),
    ({"name": "X Y", "country": "Syria"}, "alpha-2"),
])
def test_add_validates(tmp_db, kwargs, message):
    with pytest.raises(InputError, match=message):
        add_actor(tmp_db, **kwargs)
    assert list_actors(tmp_db).empty


def test_gazetteer_upsert_is_idempotent_and_never_overwrites_edits(tmp_db):
    with tmp_db.write() as tx:
        assert upsert_actors(tx, [PUTIN, PUTIN]) == 1
    edited = edit_actor(tmp_db, "vladimir-putin", aliases=["بوتين"], name_ar="بوتين")
    assert edited["origin"] == "user" and edited["name_ar"] == "بوتين" and edited["name"] == "Vladimir Putin"
    with tmp_db.write() as tx:
        upsert_actors(tx, [PUTIN])
    row = get_actor(tmp_db, "vladimir-putin")
    assert row["aliases"] == ["بوتين"] and row["origin"] == "user" and row["name_ar"] == "بوتين"
    assert len(list_actors(tmp_db)) == 1


def test_adding_an_actor_the_extractor_found_takes_it_over(tmp_db):
    with tmp_db.write() as tx:
        upsert_actors(tx, [ActorRef("hussein-salama", "Hussein Salama", "person")], origin="title")
    assert add_actor(tmp_db, "Hussein Salama", country="SY", aliases=["Salama"]) == "hussein-salama"
    row = get_actor(tmp_db, "hussein-salama")
    assert (row["origin"], row["country"], row["aliases"]) == ("user", "SY", ["Salama"])


def test_add_existing_and_edit_missing(tmp_db):
    add_actor(tmp_db, "Zorvan Kelltrap")
    with pytest.raises(InputError, match="exists already"):
        add_actor(tmp_db, "Zorvan  Kelltrap")
    with pytest.raises(NotFound):
        edit_actor(tmp_db, "nobody", name="X")
    with pytest.raises(InputError, match="alpha-2"):
        edit_actor(tmp_db, "zorvan-kelltrap", country="XYZ")
    assert get_actor(tmp_db, "zorvan-kelltrap")["country"] is None
