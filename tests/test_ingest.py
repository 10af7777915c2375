"""The ingest run against a real database: the seed article, dedup, batches, failures that leave
stored rows intact, and people's actors reaching the extractor."""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimtracker.ingest import ArticleDefaults, article_from_text, ingest_articles, ingest_paths
from claimtracker.models import ReadFailure
from claimtracker.store.actors import add_actor
from claimtracker.store.claims import claims_report
from tests.conftest import count_rows

EN_1 = ("Kremlin to host the summit\n\nThe Kremlin said on Tuesday that President Vladimir Putin will "
        "receive Syrian President Ahmed al-Sharaa in Moscow on 15 October, and the talks are expected "
        "to cover the Russian bases.")
EN_2 = ("Officials in Ankara said Turkish President Recep Tayyip Erdogan may visit Damascus next month "
        "for talks on border security, according to a source familiar with the plans.")
AR_1 = ("قالت مصادر مطلعة إن الرئيس الروسي فلاديمير بوتين قد يلتقي الرئيس السوري أحمد الشرع "
        "في موسكو خلال شهر أكتوبر المقبل لبحث مستقبل القواعد الروسية.")


@pytest.fixture
def seeded(tmp_db, seed_article):
    summary = ingest_paths(tmp_db, [seed_article], ArticleDefaults(published=date(2025, 8, 3)))
    return tmp_db, summary


def test_seed_article_gives_claims_with_putin_and_syria(seeded):
    db, summary = seeded
    assert (summary.articles_new, summary.articles_failed, summary.articles_duplicate) == (1, 0, 0)
    assert summary.mentions_new > 0 and summary.claims_new > 0
    with_putin = claims_report(db, actor="Putin")
    in_syria = claims_report(db, country="SY")
    assert with_putin and in_syria
    both = {c["claim_id"] for c in with_putin} & {c["claim_id"] for c in in_syria}
    assert both
    article = db.query_records("ingest_batches_recent", {"limit": 1})[0]
    assert article["articles_new"] == 1 and article["mentions_new"] == summary.mentions_new
    assert db.scalar("select published_at from articles") == date(2025, 8, 3)
    assert db.scalar("select lang from articles") == "ar"
    assert db.scalar("select count(*) from actors where actor_id = 'vladimir-putin' and origin = 'gazetteer'") == 1


def test_second_ingest_adds_nothing(seeded, seed_article, tmp_path):
    db, _ = seeded
    before = count_rows(db)
    again = ingest_paths(db, [seed_article], ArticleDefaults(published=date(2025, 8, 3)))
    assert (again.articles_new, again.articles_duplicate, again.mentions_new) == (0, 1, 0)
    # the same text re-wrapped, under another name and with other whitespace, is the same article
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n  " + seed_article.read_text(encoding="utf-8").replace("\n", "\n\n") + "  \n",
                    encoding="utf-8")
    third = ingest_paths(db, [copy], ArticleDefaults())
    assert (third.articles_new, third.articles_duplicate) == (0, 1)
    assert count_rows(db) == before


def test_same_url_is_a_duplicate_and_duplicates_within_one_run(tmp_db):
    a = article_from_text(EN_1, url="https://example.org/1")
    b = article_from_text(EN_2, url="https://example.org/1")  # same URL, other text
    c = article_from_text(EN_1)  # same text, no URL
    summary = ingest_articles(tmp_db, [a, b, c])
    assert (summary.articles_new, summary.articles_duplicate) == (1, 2)
    assert tmp_db.scalar("select count(*) from articles") == 1


def test_batches_and_one_batch_row_per_run(tmp_db):
    texts = [f"{EN_2} Report number {i}." for i in range(7)]
    summary = ingest_articles(tmp_db, [article_from_text(t) for t in texts], batch_size=3)
    assert summary.articles_new == 7
    assert tmp_db.scalar("select count(*) from ingest_batches") == 1
    row = tmp_db.query_records("ingest_batches_recent", {"limit": 1})[0]
    assert row["articles_new"] == 7 and row["finished_at"] is not None
    with tmp_db.read() as tx:
        stored = sorted(r[0] for r in tx.execute("select article_id from articles"))
    assert sorted(summary.article_ids) == stored and len(stored) == 7


def test_bad_inputs_fail_alone_and_keep_stored_rows(seeded, tmp_path):
    db, _ = seeded
    before = count_rows(db)
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(EN_2, encoding="utf-8")
    (folder / "cp1256.txt").write_bytes(AR_1.encode("cp1256"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 50)
    (folder / "russian.txt").write_text("Президент примет своего коллегу в Москве в следующем месяце.",
                                        encoding="utf-8")
    (folder / "hostile.html").write_text("<div>" * 100_000, encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": EN_1, "url": "https://example.org/k", "published": "2025-10-14"}) + "\n{broken\n",
        encoding="utf-8")
    summary = ingest_paths(db, [folder, tmp_path / "missing.txt"])
    failed = {f.source.rsplit("/", 1)[-1]: f.reason for f in summary.failures}
    assert summary.articles_new == 3, failed  # good.txt, cp1256.txt, lines.jsonl:1
    assert set(failed) == {"empty.txt", "garbage.txt", "russian.txt", "hostile.html", "lines.jsonl:2", "missing.txt"}
    assert "empty" in failed["empty.txt"]
    assert "Arabic" in failed["russian.txt"] and "English" in failed["russian.txt"]
    assert "no such file" in failed["missing.txt"]
    assert all(reason and "\n" not in reason for reason in failed.values())
    after = count_rows(db)
    assert after["articles"] == before["articles"] + 3
    assert after["claims"] >= before["claims"] and after["status_events"] >= before["status_events"]
    stored = db.scalar("select text from articles where source like '%cp1256.txt'")
    assert stored == AR_1
    row = db.query_records("ingest_batches_recent", {"limit": 1})[0]
    assert row["articles_failed"] == 6 and len(row["failures"]) == 6


def test_a_failing_write_keeps_everything_before_it(seeded, monkeypatch):
    db, _ = seeded
    before = count_rows(db)

    def broken(*args, **kwargs):
        raise RuntimeError("linking exploded")

    monkeypatch.setattr("claimtracker.store.claims.store_mentions", broken)
    with pytest.raises(RuntimeError):
        ingest_articles(db, [article_from_text(EN_1), article_from_text(AR_1)])
    assert count_rows(db) == before  # the batch's transaction rolled back as a whole


def test_people_actors_reach_the_extractor(tmp_db):
    text = ("Energy minister Zorvan Kelltrap will visit Moscow next week for talks on gas supplies, "
            "the ministry said in a statement on Monday.")
    add_actor(tmp_db, "Zorvan Kelltrap", kind="person", country="SY", aliases=["Kelltrap"])
    summary = ingest_articles(tmp_db, [article_from_text(text, ArticleDefaults(published=date(2025, 9, 1)))])
    assert summary.mentions_new > 0
    found = tmp_db.scalar("select count(*) from claim_actors where actor_id = 'zorvan-kelltrap'")
    assert found >= 1


def test_progress_reports_every_item(tmp_db):
    calls = []
    items = [article_from_text(EN_1), ReadFailure("x.txt", "the file is empty"), article_from_text(EN_2)]
    ingest_articles(tmp_db, items, progress=lambda done, total, src: calls.append((done, total, src)), total=3)
    assert [c[0] for c in calls] == [1, 2, 3]
    assert all(c[1] == 3 for c in calls)
