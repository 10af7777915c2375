"""Every named read query in queries/*.sql runs, on the demo database and on an empty one, with
typical parameters, and its header comment names every parameter it takes."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from claimtracker.config import QUERIES_DIR

QUERY_FILES = sorted(QUERIES_DIR.glob("*.sql"))
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")

# Typical values by parameter name; a query with a parameter missing here fails the test, so
# whoever adds one adds its sample too.
SAMPLES = {
    "actor": "Putin",
    "actor_id": "vladimir-putin",
    "actors": ["vladimir-putin", "ahmed-al-sharaa"],
    "certainty_max": 1.0,
    "certainty_min": 0.2,
    "claim_id": 1,
    "claim_ids": [1, 2, 3],
    "countries": ["SY", "RU"],
    "country": "SY",
    "date_from": date(2025, 1, 1),
    "date_to": date(2026, 12, 31),
    "event_types": ["summit", "meeting", "visit"],
    "expected_from": date(2025, 1, 1),
    "expected_to": date(2026, 12, 31),
    "hashes": ["0" * 64],
    "kinds": ["prediction", "speculation"],
    "langs": ["ar", "en"],
    "limit": 20,
    "mention_from": date(2025, 1, 1),
    "mention_to": date(2026, 12, 31),
    "outlets": ["Meridian Daily", "SANA"],
    "pending_only": True,
    "search": "summit",
    "since": date(2024, 1, 1),
    "sort": "last_seen",
    "status": "open",
    "statuses": ["open", "confirmed", "overdue"],
    "today": date(2025, 11, 1),
    "urls": ["https://example.org/a"],
}


def split_header(sql: str) -> tuple[str, str]:
    lines = sql.splitlines()
    n = 0
    while n < len(lines) and lines[n].lstrip().startswith("--"):
        n += 1
    return "\n".join(lines[:n]), "\n".join(lines[n:])


def body_params(body: str) -> set[str]:
    code = "\n".join(line.split("--", 1)[0] for line in body.splitlines())
    return set(_PARAM.findall(code))


def test_there_are_queries():
    assert len(QUERY_FILES) >= 5


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_header_documents_what_and_parameters(path):
    header, body = split_header(path.read_text(encoding="utf-8"))
    assert header.strip(), f"{path.name} has no header comment"
    used = body_params(body)
    documented = set(_PARAM.findall(header))
    assert used <= documented, f"{path.name}: parameters not in the header: {sorted(used - documented)}"
    if not used:
        assert "no parameters" in header.lower(), f"{path.name}: say 'No parameters.' in the header"


@pytest.mark.parametrize("which", ["demo", "empty"])
@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_runs(path, which, request):
    db = request.getfixturevalue("demo_db" if which == "demo" else "tmp_db")
    _, body = split_header(path.read_text(encoding="utf-8"))
    names = body_params(body)
    missing = names - SAMPLES.keys()
    assert not missing, f"add sample values for {sorted(missing)} to SAMPLES"
    params = {n: SAMPLES[n] for n in names} or None
    df = db.query(path.stem, params)
    assert isinstance(df, pd.DataFrame)
    assert len(df.columns) > 0


def test_articles_matching_keys_finds_demo_articles(demo_db):
    row = demo_db.query_records("ingest_batches_recent", {"limit": 100})
    assert any(r["articles_new"] > 0 for r in row)
    with demo_db.read() as tx:
        url, sha = tx.execute("select url, content_sha256 from articles order by article_id limit 1")[0]
    found = demo_db.query("articles_matching_keys", {"urls": [url] if url else [], "hashes": [sha]})
    assert len(found) == 1
