"""The benchmark scripts run end to end at a tiny size and report what they did. Their timings
are printed for people to read and never checked here."""

from __future__ import annotations

import io
import re

import pytest

from claimtracker.config import DB_ENV
from claimtracker.store import Database
from tests.conftest import REPO, SHARED


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    # dashboard_bench points $CLAIMTRACKER_DB at the database it measures; undo that afterwards.
    monkeypatch.setenv(DB_ENV, "")
    import dashboard_bench
    import ingest_bench
    import synthetic_db

    return synthetic_db, dashboard_bench, ingest_bench


@pytest.fixture
def small_db(tmp_path, bench):
    synthetic_db = bench[0]
    path = tmp_path / "synthetic.duckdb"
    counts = synthetic_db.main(["--claims", "200", "--out", str(path)])
    return path, counts


def test_synthetic_db_has_the_promised_rows(small_db):
    path, counts = small_db
    db = Database(path)
    assert counts["claims"] == db.scalar("select count(*) from claims") == 200
    assert counts["mentions"] == db.scalar("select count(*) from mentions") == 400
    assert 99 <= db.scalar("select count(*) from articles") <= 102
    assert db.scalar("select count(distinct lang) from articles") == 2
    # Every claim has a mention, an 'open' first event, and its status is that of its latest event.
    assert db.scalar("select count(*) from claims where claim_id not in (select claim_id from mentions)") == 0
    assert db.scalar("select count(distinct claim_id) from status_events where status = 'open'") == 200
    assert db.scalar("""
        select count(*) from claims as c
        where c.status <> (select s.status from status_events as s where s.claim_id = c.claim_id
                           order by s.event_id desc limit 1)""") == 0
    # Quotes sit where their offsets say in their article's text, in the article's language.
    assert db.scalar("""
        select count(*) from mentions as m join articles as a using (article_id)
        where substr(a.text, m.char_start + 1, m.char_end - m.char_start) <> m.quote""") == 0
    assert db.scalar("select count(*) from mentions where regexp_matches(quote, '[\u0600-\u06ff]')") > 0
    # Every actor a claim names is a stored actor; dates fall in 2024-2026.
    assert db.scalar("select count(*) from claim_actors where actor_id not in (select actor_id from actors)") == 0
    assert db.scalar("select min(year(published_at)) from articles") >= 2024
    assert db.scalar("select max(year(published_at)) from articles") <= 2026
    assert db.scalar("select count(distinct status) from claims") >= 3
    assert db.scalar("select count(*) from outcome_suggestions") == counts["outcome_suggestions"]


def test_dashboard_bench_prints_one_row_per_page(small_db, bench):
    path, _ = small_db
    dashboard_bench = bench[1]
    out = io.StringIO()
    results = dashboard_bench.main(["--db", str(path), "--pages", "overview,claim"], out=out)
    assert [r.page for r in results] == ["overview", "claim"]
    assert all(r.problem == "" for r in results), [r.problem for r in results]
    # The Claim page is opened on the claim with the most mentions.
    busiest = Database(path).scalar(
        "select claim_id from mentions group by claim_id order by count(*) desc, claim_id limit 1")
    assert results[1].query == {"claim_id": str(busiest)}
    text = out.getvalue()
    assert "200 claims" in text and "400 mentions" in text
    rows = [line for line in text.splitlines() if re.match(r"^(overview|claim)\s+\d+\.\d\d\s+\d+\.\d\d", line)]
    assert len(rows) == 2


def test_every_page_is_benchmarked_by_default(bench):
    pages = bench[1].pages()
    assert {"overview", "claims", "claim", "review", "track_record"} <= set(pages)
    assert pages == sorted(p.stem for p in (REPO / "dashboard" / "pages").glob("*.py"))


def test_ingest_bench_reports_new_then_duplicates(tmp_path, bench):
    ingest_bench = bench[2]
    out = io.StringIO()
    result = ingest_bench.main(["-k", "20", "--out", str(tmp_path / "ingest.duckdb")], out=out)
    first, second = result["first"]["summary"], result["second"]["summary"]
    assert (first.articles_new, first.articles_duplicate, first.articles_failed) == (20, 0, 0)
    assert first.mentions_new > 0
    assert (second.articles_new, second.articles_duplicate, second.mentions_new) == (0, 20, 0)
    db = Database(tmp_path / "ingest.duckdb")
    assert db.scalar("select count(*) from articles") == 20
    assert db.scalar("select count(distinct lang) from articles") == 2
    assert db.scalar("select count(*) from mentions") == first.mentions_new
    text = out.getvalue()
    assert "first ingest: 20 new, 0 duplicate" in text
    assert "again: 0 new, 20 duplicate" in text
    assert result["first"]["connections"] > 0


def test_generated_articles_are_distinct_and_about_the_size_asked(bench):
    articles = bench[2].build_articles(30, size=4096)
    assert len({a.text for a in articles}) == len({a.url for a in articles}) == 30
    assert all(4096 <= len(a.text.encode()) < 4096 + 400 for a in articles)
    assert {a.lang for a in articles} == {"ar", "en"}


@pytest.mark.skipif(not (SHARED / "eval" / "dev" / "articles.jsonl").exists(),
                    reason="the shared dev set is not beside the repo")
def test_extract_bench_reads_a_real_set_and_reports_its_density(bench, capsys):
    import extract_bench

    dev = SHARED / "eval" / "dev"
    articles = extract_bench.set_articles(dev)
    assert len(articles) == len((dev / "articles.jsonl").read_text().split("\n")) - 1
    assert {lang for _, lang, _ in articles} == {"ar", "en"}
    assert extract_bench.main(["-n", "4", "--articles", str(dev)]) == 0
    text = capsys.readouterr().out
    assert re.search(r"articles: 4 real articles of .*dev \(\d+, cycled\)", text)
    assert re.search(r"mentions \d+ \([\d.]+ per KB\)", text)
    assert re.search(r"4 KB-equivalent articles/s: \d+", text)
