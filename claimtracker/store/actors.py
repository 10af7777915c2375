"""The actors table: gazetteer actors that claims refer to, and actors people add or edit.

People's actors (origin 'user') go to the extractor at the start of every ingest, so an actor
added in the dashboard is found from the next ingest on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from claimtracker.errors import InputError, NotFound
from claimtracker.models import ActorRef
from claimtracker.store.db import Database, Tx, utcnow

ACTOR_KINDS = ("person", "org", "country")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def actor_slug(name: str) -> str:
    """A stable id from a name: 'Vladimir Putin' -> 'vladimir-putin'; Arabic names keep their letters."""
    folded = unicodedata.normalize("NFKD", name or "")
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^\w]+", "-", folded).strip("-_")
    if not slug:
        raise InputError("an actor needs a name with letters in it")
    return slug[:80]


def _clean_aliases(aliases: Iterable[str] | str | None) -> list[str]:
    if aliases is None:
        return []
    if isinstance(aliases, str):
        aliases = re.split(r"[,\n؛;،]", aliases)
    seen: dict[str, None] = {}
    for alias in aliases:
        alias = " ".join(str(alias).split())
        if alias:
            seen.setdefault(alias, None)
    return list(seen)


def _validate(name: str | None, kind: str | None, country: str | None) -> tuple[str, str, str | None]:
    name = " ".join((name or "").split())
    if not name:
        raise InputError("an actor needs a name")
    kind = (kind or "person").strip().lower()
    if kind not in ACTOR_KINDS:
        raise InputError(f"actor kind {kind!r} is not one of: {', '.join(ACTOR_KINDS)}")
    country = (country or "").strip().upper() or None
    if country is not None and not _COUNTRY.match(country):
        raise InputError(f"country {country!r} is not an ISO 3166-1 alpha-2 code such as SY or RU")
    return name, kind, country


def upsert_actors(tx: Tx, actors: Iterable[ActorRef], origin: str = "gazetteer") -> int:
    """Insert actors that the table does not hold yet; rows people edited are never overwritten."""
    unique = {a.actor_id: a for a in actors if a.actor_id}
    if not unique:
        return 0
    now = utcnow()
    rows = list(unique.values())
    tx.execute_df(
        """insert into actors (actor_id, name, name_ar, kind, country, aliases, origin, created_at, updated_at)
           select
               actor_id,
               name,
               name_ar::varchar,
               kind,
               country::varchar,
               []::varchar[],
               ?,
               ?,
               ?
           from _df
           on conflict (actor_id) do nothing""",
        pd.DataFrame({
            "actor_id": [a.actor_id for a in rows],
            "name": [a.name or a.actor_id for a in rows],
            "name_ar": pd.Series([a.name_ar for a in rows], dtype="object"),
            "kind": [a.kind or "person" for a in rows],
            "country": pd.Series([a.country for a in rows], dtype="object"),
        }),
        [origin, now, now],
    )
    return len(unique)


def list_actors(db: Database) -> pd.DataFrame:
    """Every actor with its aliases, origin and claim counts."""
    return db.query("actors_list")


def get_actor(db: Database, actor_id: str) -> dict | None:
    rows = db.query_records("actor_detail", {"actor_id": actor_id})
    if not rows:
        return None
    row = rows[0]
    # DuckDB lists arrive as numpy arrays, whose truth value is ambiguous.
    row["aliases"] = list(row["aliases"]) if row.get("aliases") is not None else []
    return row


def user_actors(db: Database) -> list[dict]:
    """People's actors in the form `Resources.load(extra_actors=...)` takes."""
    rows = db.query_records("actors_user")
    for row in rows:
        row["aliases"] = list(row["aliases"]) if row.get("aliases") is not None else []
    return rows


def add_actor(db: Database, name: str, *, name_ar: str | None = None, kind: str = "person",
              country: str | None = None, aliases: Iterable[str] | str | None = None,
              actor_id: str | None = None) -> str:
    """Add a person's actor; returns its id. An actor that only the extractor knew (a gazetteer
    or title-pattern row with that id) becomes the person's; one people made already is an error."""
    name, kind, country = _validate(name, kind, country)
    actor_id = actor_slug(actor_id or name)
    name_ar = " ".join((name_ar or "").split()) or None
    now = utcnow()
    with db.write() as tx:
        origin = tx.execute("select max(origin) from actors where actor_id = ?", [actor_id])[0][0]
        if origin == "user":
            raise InputError(f"an actor with id {actor_id!r} exists already; edit it instead")
        if origin is not None:
            tx.execute("delete from actors where actor_id = ?", [actor_id])
        tx.execute(
            """insert into actors (actor_id, name, name_ar, kind, country, aliases, origin, created_at, updated_at)
               values (?, ?, ?, ?, ?, ?, 'user', ?, ?)""",
            [actor_id, name, name_ar, kind, country, _clean_aliases(aliases), now, now],
        )
    return actor_id


def edit_actor(db: Database, actor_id: str, *, name: str | None = None, name_ar: str | None = None,
               kind: str | None = None, country: str | None = None,
               aliases: Iterable[str] | str | None = None) -> dict:
    """Change an actor's names, kind, country or aliases (None leaves a field as it is). The actor
    becomes a user actor, so the extractor uses the edited names from the next ingest on."""
    current = get_actor(db, actor_id)
    if current is None:
        raise NotFound(f"no actor with id {actor_id!r}")
    new_name, new_kind, new_country = _validate(
        name if name is not None else current["name"],
        kind if kind is not None else current["kind"],
        country if country is not None else current["country"],
    )
    new_name_ar = current["name_ar"] if name_ar is None else (" ".join(name_ar.split()) or None)
    new_aliases = current["aliases"] if aliases is None else _clean_aliases(aliases)
    with db.write() as tx:
        tx.execute(
            """update actors
               set name = ?, name_ar = ?, kind = ?, country = ?, aliases = ?, origin = 'user', updated_at = ?
               where actor_id = ?""",
            [new_name, new_name_ar, new_kind, new_country, new_aliases, utcnow(), actor_id],
        )
    updated = get_actor(db, actor_id)
    if updated is None:  # another process removed the row between the write and the read
        raise NotFound(f"actor {actor_id} was removed while it was being edited")
    return updated
