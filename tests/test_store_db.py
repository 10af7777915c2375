"""The one SQL module: named queries, bound parameters, transactions, errors, the file lock."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from claimtracker.errors import DatabaseBusy, StoreError
from claimtracker.store.db import Database, utcnow


def test_fresh_database_has_every_table(tmp_db):
    assert tmp_db.query_records("ingest_batches_recent", {"limit": 5}) == []
    with tmp_db.read() as tx:
        names = {r[0] for r in tx.execute("select table_name from information_schema.tables")}
    for t in ("articles", "actors", "claims", "mentions", "claim_actors", "claim_countries", "status_events",
              "ingest_batches", "schema_migrations"):
        assert t in names


def test_write_commits_and_rolls_back(tmp_db):
    with tmp_db.write() as tx:
        tx.execute("insert into ingest_batches (batch_id, source, started_at) values (?, ?, ?)", [1, "a", utcnow()])
    with pytest.raises(RuntimeError), tmp_db.write() as tx:
        tx.execute("insert into ingest_batches (batch_id, source, started_at) values (?, ?, ?)",
                   [2, "b", utcnow()])
        raise RuntimeError("boom")
    assert tmp_db.scalar("select list(batch_id order by batch_id) from ingest_batches") == [1]


def test_parameters_are_bound_not_formatted(tmp_db):
    hostile = "x'); drop table articles; --"
    with tmp_db.write() as tx:
        tx.execute("insert into ingest_batches (batch_id, source, started_at) values (?, ?, ?)",
                   [1, hostile, utcnow()])
    assert tmp_db.scalar("select source from ingest_batches") == hostile
    assert tmp_db.scalar("select count(*) from articles") == 0


def test_duckdb_errors_become_store_errors(tmp_db):
    with pytest.raises(StoreError, match="refused"), tmp_db.write() as tx:
        tx.execute("insert into no_such_table values (1)")
    with pytest.raises(StoreError, match="no such query"):
        tmp_db.query("no_such_query")
    with pytest.raises(StoreError, match="not a query name"):
        tmp_db.query("../etc/passwd")


def test_unique_article_keys_are_enforced(tmp_db):
    row = {"article_id": [1], "url": ["https://a.example/1"], "content_sha256": ["h"], "lang": ["en"],
           "ingested_at": [utcnow()], "text": ["t"]}
    with tmp_db.write() as tx:
        tx.insert_df("articles", pd.DataFrame(row))
    with pytest.raises(StoreError), tmp_db.write() as tx:
        tx.insert_df("articles", pd.DataFrame({**row, "article_id": [2], "content_sha256": ["other"]}))
    assert tmp_db.scalar("select count(*) from articles") == 1


def test_next_ids_reserves_distinct_ids(tmp_db):
    with tmp_db.write() as tx:
        first = tx.next_ids("claim_id_seq", 3)
        second = tx.next_ids("claim_id_seq", 2)
    assert len(set(first + second)) == 5
    with pytest.raises(StoreError), tmp_db.write() as tx:
        tx.next_ids("seq; drop table claims", 1)


def test_named_query_binds_list_parameters(tmp_db):
    row = {"article_id": [1, 2], "url": ["https://a.example/1", None], "content_sha256": ["h1", "h2"],
           "lang": ["en", "ar"], "ingested_at": [utcnow()] * 2, "text": ["t1", "t2"],
           "published_at": [date(2025, 8, 3)] * 2}
    with tmp_db.write() as tx:
        tx.insert_df("articles", pd.DataFrame(row))
    df = tmp_db.query("articles_matching_keys", {"urls": ["https://a.example/1"], "hashes": ["h2"]})
    assert sorted(df["article_id"]) == [1, 2]
    assert tmp_db.query("articles_matching_keys", {"urls": [], "hashes": []}).empty


def test_waits_for_the_lock_and_reports_busy(tmp_path):
    path = tmp_path / "locked.duckdb"
    db = Database(path)
    db.scalar("select 1")  # create and migrate
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseBusy, match="busy"):
            Database(path, busy_timeout=0.3).scalar("select count(*) from claims")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert Database(path).scalar("select count(*) from claims") == 0
