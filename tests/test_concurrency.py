"""An ingest in another process while this process keeps reading and writing the same file:
DuckDB lets one process hold the file at a time, so both sides wait their turn; nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from claimtracker.ingest import ArticleDefaults, article_from_text, ingest_articles
from claimtracker.store.claim_events import mark_status
from claimtracker.store.db import Database
from tests.conftest import REPO

CITIES = ["Ankara", "Baghdad", "Cairo", "Amman", "Doha", "Riyadh", "Beirut", "Tehran", "Tunis", "Rabat"]


def _articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        out.append({
            "text": (f"Report {i}: officials said the foreign minister will travel to {city} next week for "
                     f"talks on trade, and an agreement is expected to be signed during visit number {i}."),
            "url": f"https://example.org/concurrency/{i}",
            "published": "2025-09-01",
            "lang": "en",
            "outlet": "Example Wire",
        })
    return out


def test_ingest_in_a_subprocess_while_this_process_reads_and_writes(tmp_path):
    path = tmp_path / "shared.duckdb"
    db = Database(path)
    first = ingest_articles(db, [article_from_text(
        "The Kremlin said President Vladimir Putin will receive the Syrian president in Moscow on 15 October.",
        ArticleDefaults(published=date(2025, 10, 10)))])
    assert first.claims_new >= 1
    claim_id = db.scalar("select min(claim_id) from claims")
    n = 240
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in _articles(n)) + "\n", encoding="utf-8")

    env = {**os.environ, "CLAIMTRACKER_LOG": str(tmp_path / "ct.log")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimtracker", "ingest", str(corpus), "--format", "json", "--db", str(path)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    reads = writes = 0
    try:
        while proc.poll() is None or reads == 0:
            assert db.scalar("select count(*) from articles") >= 1
            reads += 1
            mark_status(db, claim_id, "open" if writes % 2 else "confirmed", f"concurrent note {writes}", by="test")
            writes += 1
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert summary["articles_new"] == n and summary["articles_failed"] == 0
    assert db.scalar("select count(*) from articles") == n + 1
    notes = db.scalar("select count(*) from status_events where note like 'concurrent note %'")
    assert notes == writes
    expected_status = "open" if (writes - 1) % 2 else "confirmed"
    assert db.scalar("select status from claims where claim_id = ?", [claim_id]) == expected_status
    # every mention the ingest wrote points at a stored claim and article
    orphans = db.scalar("""select count(*) from mentions m
                           left join claims c using (claim_id) left join articles a using (article_id)
                           where c.claim_id is null or a.article_id is null""")
    assert orphans == 0
