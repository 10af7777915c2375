"""Numbered migrations under queries/migrations, applied on open and recorded in a table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimtracker.errors import StoreError

_FILE = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def list_migrations(queries_dir: Path) -> list[Migration]:
    found = []
    for p in sorted((queries_dir / "migrations").glob("*.sql")):
        m = _FILE.match(p.name)
        if not m:
            raise StoreError(f"migration file name must look like 001_name.sql: {p.name}")
        found.append(Migration(int(m.group(1)), m.group(2), p))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError("two migrations share a number")
    return found


def apply_migrations(db, con, upto: int | None = None) -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction. Returns the versions applied."""
    db._run(con, """
        create table if not exists schema_migrations (
            version integer primary key,
            name varchar not null,
            applied_at timestamp not null default (now() at time zone 'UTC')
        )""", None)
    done = {r[0] for r in db._run(con, "select version from schema_migrations", None, fetch=True)}
    applied = []
    for mig in list_migrations(db.queries_dir):
        if mig.version in done or (upto is not None and mig.version > upto):
            continue
        sql = mig.path.read_text(encoding="utf-8")
        db._run(con, "begin transaction", None)
        try:
            for statement in _statements(sql):
                db._run(con, statement, None, name=f"migration {mig.path.name}")
            db._run(con, "insert into schema_migrations (version, name) values (?, ?)", [mig.version, mig.name])
        except BaseException:
            con.execute("rollback")
            raise
        db._run(con, "commit", None)
        applied.append(mig.version)
    return applied


def _statements(sql: str) -> list[str]:
    # Migrations are plain DDL without semicolons inside literals, so a split is enough.
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]
