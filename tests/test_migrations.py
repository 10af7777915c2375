"""Migrations: applied on open, recorded, and an older database is upgraded in place."""

from __future__ import annotations

from datetime import date

import pandas as pd

from claimtracker.config import QUERIES_DIR
from claimtracker.store.db import Database, utcnow
from claimtracker.store.migrate import apply_migrations, list_migrations


def _versions(db: Database) -> list[int]:
    with db.read() as tx:
        return [r[0] for r in tx.execute("select version from schema_migrations order by 1")]


def test_migration_files_are_numbered_without_gaps():
    versions = [m.version for m in list_migrations(QUERIES_DIR)]
    assert versions == list(range(1, len(versions) + 1))
    assert 2 in versions


def test_database_from_migration_001_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    old = Database(path, migrate=False)
    with old._connection() as con:
        assert apply_migrations(old, con, upto=1) == [1]
    now = utcnow()
    with old.write() as tx:
        tx.execute("insert into ingest_batches (batch_id, source, started_at) values (1, 'old run', ?)", [now])
        tx.insert_df("articles", pd.DataFrame({
            "article_id": [1], "url": ["https://old.example/1"], "content_sha256": ["abc"], "lang": ["en"],
            "published_at": [date(2025, 7, 31)], "ingested_at": [now], "batch_id": [1], "text": ["Old text."]}))
        tx.execute("insert into claims (claim_id, headline, event_type, kind, status, status_at, created_at) "
                   "values (1, 'An old claim', 'summit', 'prediction', 'open', ?, ?)", [now, now])
        tx.execute("insert into status_events (event_id, claim_id, status, recorded_at) values (1, 1, 'open', ?)",
                   [now])
    assert _versions(old) == [1]

    upgraded = Database(path)  # opening applies what is missing
    assert _versions(upgraded) == [m.version for m in list_migrations(QUERIES_DIR)]
    assert upgraded.scalar("select text from articles where article_id = 1") == "Old text."
    assert upgraded.scalar("select headline from claims where claim_id = 1") == "An old claim"
    assert upgraded.scalar("select count(*) from status_events") == 1
    # migration 002's columns exist, with their defaults on the old row
    assert upgraded.scalar("select claims_updated from ingest_batches where batch_id = 1") == 0
    assert upgraded.scalar("select failures from ingest_batches where batch_id = 1") == []


def test_applying_again_changes_nothing(tmp_db):
    tmp_db.scalar("select 1")
    with tmp_db._connection() as con:
        assert apply_migrations(tmp_db, con) == []
