"""The command line through click's CliRunner, and for real as `python -m claimtracker`."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimtracker.cli import cli
from tests.conftest import REPO

EN = ("The Kremlin said on Tuesday that President Vladimir Putin will receive Syrian President Ahmed "
      "al-Sharaa in Moscow on 15 October, and the talks are expected to cover the Russian bases.")


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACKER_LOG", str(tmp_path / "ct.log"))
    monkeypatch.delenv("CLAIMTRACKER_DB", raising=False)
    return CliRunner()


def run(runner, *args, ok=True):
    result = runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + (result.stderr if result.stderr_bytes else "")
    return result


@pytest.fixture
def seeded_db(runner, tmp_path, seed_article):
    db = tmp_path / "cli.duckdb"
    out = run(runner, "ingest", seed_article, "--published", "2025-08-03", "--db", db).output
    assert "Articles: 1 new, 0 duplicate, 0 failed" in out
    return db


def test_ingest_summary_and_dedup(runner, seeded_db, seed_article):
    out = run(runner, "ingest", seed_article, "--published", "2025-08-03", "--db", seeded_db).output
    assert "Articles: 0 new, 1 duplicate, 0 failed" in out
    assert "Mentions: 0 new" in out


def test_ingest_reports_failures_and_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = run(runner, "ingest", good, bad, tmp_path / "nope.md", "--db", tmp_path / "x.duckdb")
    assert "Articles: 1 new, 0 duplicate, 2 failed" in result.output
    assert f"Failed: {bad}:1: the line is not valid JSON" in result.output
    assert f"Failed: {tmp_path / 'nope.md'}: no such file or folder" in result.output


def test_ingest_with_nothing_readable_exits_non_zero(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(runner, "ingest", empty, "--db", tmp_path / "x.duckdb", ok=False)
    assert result.exit_code == 1
    assert "no article could be read" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_ingest_json_summary_and_options(runner, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    out = run(runner, "ingest", p, "--published", "2025-10-14", "--outlet", "Example Wire", "--lang", "en",
              "--format", "json", "--db", db).output
    summary = json.loads(out)
    assert summary["articles_new"] == 1 and summary["failures"] == []
    rows = json.loads(run(runner, "claims", "--format", "json", "--db", db).output)
    assert rows and all(m["outlet"] == "Example Wire" and m["published"] == "2025-10-14" and m["lang"] == "en"
                        for c in rows for m in c["mentions"])


def test_claims_formats_and_filters(runner, seeded_db):
    table = run(runner, "claims", "--actor", "Putin", "--db", seeded_db).output
    assert "#" in table and "certainty" in table and "claim(s)" in table
    rows = json.loads(run(runner, "claims", "--actor", "Putin", "--country", "sy", "--format", "json",
                          "--db", seeded_db).output)
    assert rows
    for claim in rows:
        assert {"claim_id", "headline", "status", "event_type", "actors", "countries", "expected", "mentions",
                "suggestions"} <= claim.keys()
        for m in claim["mentions"]:
            assert {"article_id", "published", "lang", "outlet", "quote", "certainty", "expected"} <= m.keys()
    parsed = list(csv.DictReader(io.StringIO(run(runner, "claims", "--format", "csv", "--db", seeded_db).output)))
    assert parsed and parsed[0]["published"] == "2025-08-03" and parsed[0]["lang"] == "ar"
    nothing = run(runner, "claims", "--status", "confirmed", "--db", seeded_db).output
    assert "No claims match." in nothing


def test_mark_records_a_status_event(runner, seeded_db):
    claim_id = json.loads(run(runner, "claims", "--format", "json", "--db", seeded_db).output)[0]["claim_id"]
    out = run(runner, "mark", claim_id, "refuted", "--note", "The meeting did not happen then",
              "--evidence-url", "https://example.org/e", "--by", "tester", "--db", seeded_db).output
    assert f"Claim {claim_id} marked refuted." in out
    [claim] = [c for c in json.loads(run(runner, "claims", "--status", "refuted", "--format", "json",
                                         "--db", seeded_db).output)]
    assert claim["claim_id"] == claim_id
    from claimtracker.store.db import Database

    events = Database(seeded_db).query("claim_status_history", {"claim_id": claim_id})
    assert "The meeting did not happen then" in set(events["note"].dropna())


@pytest.mark.parametrize("args, message", [
    (["mark", "999999", "confirmed", "--note", "x"], "999999"),
    (["extract", "{tmp}/missing.txt", "--published", "2025-01-01"], "no such file"),
    (["ingest", "{tmp}/a.txt", "--published", "yesterday"], "is not a date"),
    (["claims", "--status", "maybe"], "Invalid value"),
    (["merge", "1", "2", "--note", "same"], "no claim with id"),
])
def test_errors_are_one_line_without_traceback(runner, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(tmp_path / "e.duckdb")]
    if args[0] == "extract":
        args = args[:-2]
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(error_lines) == 1 and message in result.stderr


def test_unexpected_exception_becomes_internal_error_with_log_hint(runner, tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise ZeroDivisionError("bad luck")

    monkeypatch.setattr("claimtracker.store.claim_report.claims_report", boom)
    monkeypatch.setattr("claimtracker.store.claims.claims_report", boom)
    result = runner.invoke(cli, ["claims", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: internal error (ZeroDivisionError: bad luck)")
    assert str(tmp_path / "ct.log") in result.stderr
    assert "Traceback" in (tmp_path / "ct.log").read_text(encoding="utf-8")


def test_extract_prints_json_without_touching_a_database(runner, tmp_path, seed_article, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMTRACKER_DB", str(tmp_path / "should-not-exist.duckdb"))
    out = run(runner, "extract", seed_article, "--published", "2025-08-03", "--lang", "ar", "--format", "json").output
    data = json.loads(out)
    assert data["language"] == "ar" and data["mentions"]
    text = seed_article.read_text(encoding="utf-8")
    for m in data["mentions"]:
        assert text[m["start"]:m["end"]] == m["quote"]
    assert not (tmp_path / "should-not-exist.duckdb").exists()
    empty_date = json.loads(run(runner, "extract", seed_article, "--published", "").output)
    assert empty_date["language"] == "ar"


def test_extract_reads_stdin_and_rejects_other_languages(runner):
    result = runner.invoke(cli, ["extract", "-", "--published", "2025-10-14"], input=EN)
    assert result.exit_code == 0 and json.loads(result.output)["language"] == "en"
    result = runner.invoke(cli, ["extract", "-", "--published", "2025-10-14"], input="Президент примет коллегу.")
    assert result.exit_code == 1 and "Arabic" in result.stderr and "Traceback" not in result.stderr


def test_actors_add_list_edit(runner, tmp_path):
    db = tmp_path / "a.duckdb"
    out = run(runner, "actors", "add", "Zorvan Kelltrap", "--name-ar", "زورفان كيلتراب", "--country", "sy",
              "--alias", "Kelltrap", "--db", db).output
    assert "Added actor zorvan-kelltrap." in out
    again = runner.invoke(cli, ["actors", "add", "Zorvan Kelltrap", "--db", str(db)])
    assert again.exit_code == 1 and "exists already" in again.stderr
    run(runner, "actors", "edit", "zorvan-kelltrap", "--alias", "Z. Kelltrap", "--kind", "person", "--db", db)
    [row] = json.loads(run(runner, "actors", "list", "--origin", "user", "--format", "json", "--db", db).output)
    assert row["aliases"] == ["Kelltrap", "Z. Kelltrap"] and row["country"] == "SY"
    assert "زورفان كيلتراب" in run(runner, "actors", "list", "--db", db).output
    missing = runner.invoke(cli, ["actors", "edit", "nobody", "--name", "X", "--db", str(db)])
    assert missing.exit_code == 1 and "no actor" in missing.stderr


def test_db_from_environment(runner, tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACKER_DB", str(tmp_path / "env.duckdb"))
    run(runner, "ingest", p)
    assert (tmp_path / "env.duckdb").exists()


def _python_m(*args, env_db=None, cwd=None):
    env = {**os.environ, "CLAIMTRACKER_LOG": os.devnull}
    if env_db:
        env["CLAIMTRACKER_DB"] = str(env_db)
    return subprocess.run([sys.executable, "-m", "claimtracker", *map(str, args)], cwd=cwd or REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_real_python_m_claimtracker(tmp_path, seed_article):
    db = tmp_path / "real.duckdb"
    done = _python_m("ingest", seed_article, "--published", "2025-08-03", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "Articles: 1 new" in done.stdout, done.stdout
    assert done.stderr == "", done.stderr  # no progress bar off a terminal
    listed = _python_m("claims", "--actor", "Putin", "--format", "json", env_db=db)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)
    bad = _python_m("mark", "424242", "confirmed", "--note", "n", "--db", db)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr, bad.stderr
    helped = _python_m("--help")
    assert helped.returncode == 0 and "ingest" in helped.stdout


def test_a_file_that_is_not_a_database_is_one_clear_line(runner, tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database", encoding="utf-8")
    result = runner.invoke(cli, ["claims", "--db", str(bogus)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: could not open the database") and result.stderr.count("\n") == 1
    assert bogus.read_text(encoding="utf-8") == "not a database"
