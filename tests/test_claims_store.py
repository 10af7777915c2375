"""Claim writes on a real (temporary) database: linking into claims, statuses, merge, split, edits,
suggestions, expiry and the report."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.errors import ClaimTrackerError, NotFound
from claimtracker.models import Window
from claimtracker.store.claims import (
    accept_suggestion,
    claims_report,
    edit_claim,
    expire_if_enabled,
    expire_overdue,
    mark_status,
    merge_claims,
    reject_suggestion,
    split_mention,
)
from claimtracker.store.db import Database
from tests.linking_helpers import ERDOGAN, OCT, OCT15, PUTIN, SHARAA, add_actors, add_articles, mention, store

SUMMIT = "summit"


@pytest.fixture
def db(tmp_path):
    db = Database(tmp_path / "t.duckdb")
    add_articles(db, [
        (1, "ar", date(2025, 7, 20), "Enab Baladi"),
        (2, "en", date(2025, 8, 3), "Reuters"),
        (3, "en", date(2025, 9, 1), "AP"),
        (4, "ar", date(2025, 10, 10), "Al Jazeera"),
        (5, "en", date(2025, 10, 16), "Reuters"),
        (6, "ar", date(2025, 10, 20), "SANA"),
    ])
    add_actors(db, [PUTIN, SHARAA, ERDOGAN])
    return db


def _story():
    """The founding story: a summit al-Sharaa will attend, and a Putin–al-Sharaa meeting."""
    summit = dict(event=SUMMIT, actors=(SHARAA,), countries=("RU", "SY"), expected=OCT15)
    return [
        (1, date(2025, 7, 20), "ar", "Enab Baladi",
         mention("من المتوقع أن يشارك الشرع في القمة الروسية العربية في 15 أكتوبر", certainty=0.6, **summit)),
        (2, date(2025, 8, 3), "en", "Reuters",
         mention("Observers see the visit as paving the way for a Putin–al-Sharaa meeting",
                 kind="speculation", certainty=0.4, attribution="observers")),
        (3, date(2025, 9, 1), "en", "AP",
         mention("Al-Sharaa is expected to attend the Russia-Arab summit on 15 October", certainty=0.7, **summit)),
        (4, date(2025, 10, 10), "ar", "Al Jazeera",
         mention("مصادر: لقاء مرتقب بين بوتين والشرع في موسكو هذا الشهر", certainty=0.8, expected=OCT,
                 attribution="anonymous")),
        (5, date(2025, 10, 16), "en", "Reuters",
         mention("Putin received al-Sharaa in the Kremlin on Wednesday", kind="assertion", certainty=0.95)),
        (6, date(2025, 10, 20), "ar", "SANA",
         mention("أعلنت موسكو تأجيل القمة الروسية العربية التي كانت مقررة في 15 أكتوبر", kind="assertion",
                 certainty=0.9, event=SUMMIT, actors=(), countries=("RU",), expected=OCT15)),
    ]


def _claims(db):
    return {c["claim_id"]: c for c in claims_report(db, today=date(2025, 11, 1))}


def _events(db, claim_id=None):
    with db.read() as tx:
        if claim_id is None:
            return tx.execute("select claim_id, action, status from status_events order by event_id")
        return tx.execute("select action, status, previous_status from status_events where claim_id = ? "
                          "order by event_id", [claim_id])


def test_story_builds_two_claims_with_outcome_suggestions(db):
    counts = store(db, _story())
    assert counts == {"mentions_new": 6, "claims_new": 2, "claims_updated": 0, "suggestions_new": 2}
    claims = list(_claims(db).values())
    summit = next(c for c in claims if c["event_type"] == SUMMIT)
    meeting = next(c for c in claims if c["event_type"] == "meeting")
    assert {m["lang"] for m in summit["mentions"]} == {"ar", "en"}
    assert [m["published"] for m in summit["mentions"]] == ["2025-07-20", "2025-09-01", "2025-10-20"]
    assert [(s["outcome"], s["article_id"]) for s in summit["suggestions"]] == [("refuted", 6)]
    assert [(s["outcome"], s["article_id"]) for s in meeting["suggestions"]] == [("confirmed", 5)]
    certainties = [m["certainty"] for m in meeting["mentions"] if m["outcome"] is None]
    assert certainties == sorted(certainties) and len(certainties) == 2
    assert meeting["expected"]["from"] == "2025-10-01"
    assert meeting["actors"] == ["Ahmed al-Sharaa", "Vladimir Putin"]
    assert all(c["status"] == "open" for c in claims)
    assert [e[1:] for e in _events(db)] == [("status", "open"), ("status", "open")]


def test_story_in_separate_batches_links_to_stored_claims(db):
    story = _story()
    totals = [store(db, [item], batch_id=i) for i, item in enumerate(story, start=1)]
    assert sum(t["claims_new"] for t in totals) == 2
    assert sum(t["claims_updated"] for t in totals) == 4
    assert sum(t["suggestions_new"] for t in totals) == 2
    # Storing the same outcome article again does not suggest it twice.
    with db.write() as tx:
        tx.execute("insert into articles (article_id, content_sha256, lang, published_at, ingested_at, text) "
                   "values (7, 'x7', 'en', '2025-10-17', now(), 't')")
    again = store(db, [(5, date(2025, 10, 16), "en", "Reuters", story[4][4])])
    assert again["suggestions_new"] == 0


def test_claim_window_follows_latest_mention_and_drift_is_kept(db):
    store(db, [(2, date(2025, 8, 3), "en", "Reuters", mention("Putin will meet al-Sharaa on 15 October",
                                                               expected=OCT15))])
    nov = Window(date(2025, 11, 1), date(2025, 11, 30), "November")
    # Published after the 15 October window passed: the meeting is re-dated, same claim.
    store(db, [(6, date(2025, 10, 20), "ar", "SANA", mention("قمة بين بوتين والشرع في نوفمبر", expected=nov))])
    (claim,) = _claims(db).values()
    assert claim["expected"] == {"from": "2025-11-01", "to": "2025-11-30", "text": "November"}
    assert [m["expected"]["text"] for m in claim["mentions"]] == ["15 October", "November"]
    series = db.query("claim_mention_series", {"claim_id": claim["claim_id"]})
    assert list(series["time_text"]) == ["15 October", "November"]
    assert claim["first_seen"] == "2025-08-03" and claim["last_seen"] == "2025-10-20"


def test_mark_status_appends_events_and_sets_status(db):
    store(db, _story())
    claim_id = min(_claims(db))
    first = mark_status(db, claim_id, "confirmed", "it happened", by="ana", evidence_article_id=5)
    second = mark_status(db, claim_id, "open", "too early", by="ana")
    assert second > first
    assert _events(db, claim_id) == [("status", "open", None), ("status", "confirmed", "open"),
                                     ("status", "open", "confirmed")]
    assert _claims(db)[claim_id]["status"] == "open"


def test_mark_status_rejects_bad_input(db):
    store(db, _story())
    claim_id = min(_claims(db))
    with pytest.raises(ClaimTrackerError, match="unknown status 'maybe'"):
        mark_status(db, claim_id, "maybe", None)
    with pytest.raises(NotFound, match="no claim with id 999"):
        mark_status(db, 999, "confirmed", None)
    with pytest.raises(NotFound, match="no article"):
        mark_status(db, claim_id, "confirmed", None, evidence_article_id=999)
    assert _claims(db)[claim_id]["status"] == "open"
    assert len(_events(db, claim_id)) == 1


def test_accept_and_reject_suggestions(db):
    store(db, _story())
    claims = list(_claims(db).values())
    summit = next(c for c in claims if c["event_type"] == SUMMIT)
    meeting = next(c for c in claims if c["event_type"] == "meeting")
    accept_suggestion(db, meeting["suggestions"][0]["suggestion_id"], by="ana")
    reject_suggestion(db, summit["suggestions"][0]["suggestion_id"], by="ana")
    after = _claims(db)
    assert after[meeting["claim_id"]]["status"] == "confirmed"
    assert after[summit["claim_id"]]["status"] == "open"
    assert [e[0] for e in _events(db, meeting["claim_id"])] == ["status", "status", "suggestion_accepted"]
    assert [e[0] for e in _events(db, summit["claim_id"])] == ["status", "suggestion_rejected"]
    with db.read() as tx:
        evidence = tx.execute("select evidence_article_id, evidence_url from status_events "
                              "where claim_id = ? and status = 'confirmed' and action = 'status'",
                              [meeting["claim_id"]])
    assert evidence == [(5, "https://example.org/5")]
    with pytest.raises(ClaimTrackerError, match="already accepted"):
        accept_suggestion(db, meeting["suggestions"][0]["suggestion_id"])
    with pytest.raises(NotFound):
        reject_suggestion(db, 12345)


def test_merge_moves_everything_and_logs_both_sides(db):
    store(db, _story())
    claims = list(_claims(db).values())
    summit = next(c for c in claims if c["event_type"] == SUMMIT)["claim_id"]
    meeting = next(c for c in claims if c["event_type"] == "meeting")["claim_id"]
    merge_claims(db, meeting, summit, note="same trip", by="ana")
    after = claims_report(db, today=date(2025, 11, 1))
    assert [c["claim_id"] for c in after] == [meeting]
    assert len(after[0]["mentions"]) == 6 and len(after[0]["suggestions"]) == 2
    assert _events(db, meeting)[-1][0] == "merge"
    assert [e[0] for e in _events(db, summit)] == ["status", "merged_into", "status"]
    assert _events(db, summit)[-1][1] == "withdrawn"
    with pytest.raises(ClaimTrackerError, match="into itself"):
        merge_claims(db, meeting, meeting)
    with pytest.raises(ClaimTrackerError, match="already merged"):
        merge_claims(db, meeting, summit)
    with pytest.raises(NotFound):
        merge_claims(db, meeting, 999)


def test_split_makes_a_new_claim_and_logs_it(db):
    store(db, _story())
    meeting = next(c for c in _claims(db).values() if c["event_type"] == "meeting")
    moved = meeting["mentions"][1]
    new_id = split_mention(db, moved["mention_id"], note="a different meeting", by="ana")
    after = _claims(db)
    assert [m["mention_id"] for m in after[new_id]["mentions"]] == [moved["mention_id"]]
    assert len(after[meeting["claim_id"]]["mentions"]) == len(meeting["mentions"]) - 1
    assert after[new_id]["status"] == "open"
    assert after[new_id]["actors"] == ["Ahmed al-Sharaa", "Vladimir Putin"]
    assert _events(db, meeting["claim_id"])[-1][0] == "split"
    assert [e[0] for e in _events(db, new_id)] == ["status", "split"]
    only = after[new_id]["mentions"][0]["mention_id"]
    with pytest.raises(ClaimTrackerError, match="only mention"):
        split_mention(db, only)
    with pytest.raises(NotFound):
        split_mention(db, 999)


def test_edit_claim_changes_and_logs(db):
    store(db, _story())
    claim_id = min(_claims(db))
    edit_claim(db, claim_id, headline="Al-Sharaa at the Russia–Arab summit", actor_ids=["ahmed-al-sharaa", "vladimir-putin"],
               countries=["ru", "SY"], by="ana")
    claim = _claims(db)[claim_id]
    assert claim["headline"] == "Al-Sharaa at the Russia–Arab summit"
    assert claim["countries"] == ["RU", "SY"]
    assert claim["actors"] == ["Ahmed al-Sharaa", "Vladimir Putin"]
    assert _events(db, claim_id)[-1][0] == "edit"
    with pytest.raises(NotFound, match="no actor with id nobody"):
        edit_claim(db, claim_id, actor_ids=["nobody"])
    with pytest.raises(ClaimTrackerError, match="ISO country"):
        edit_claim(db, claim_id, countries=["Syria"])
    with pytest.raises(ClaimTrackerError, match="nothing to change"):
        edit_claim(db, claim_id)
    assert _claims(db)[claim_id]["actors"] == ["Ahmed al-Sharaa", "Vladimir Putin"]
    events = len(_events(db, claim_id))
    assert edit_claim(db, claim_id, actor_ids=["vladimir-putin", "ahmed-al-sharaa"], countries=["SY", "RU"]) is False
    assert len(_events(db, claim_id)) == events


def test_expiry_needs_a_grace_period_and_is_its_own_status(db, monkeypatch):
    store(db, [(2, date(2025, 8, 3), "en", "Reuters", mention("Putin will meet al-Sharaa on 15 October",
                                                               expected=OCT15))])
    (claim_id,) = _claims(db)
    overdue = db.query("overdue_claims", {"today": date(2025, 10, 20)})
    assert list(overdue["claim_id"]) == [claim_id] and list(overdue["days_overdue"]) == [5]
    assert expire_overdue(db, grace_days=30, today=date(2025, 11, 1)) == []
    monkeypatch.delenv("CLAIMTRACKER_AUTO_EXPIRE_DAYS", raising=False)
    assert expire_if_enabled(db, today=date(2026, 1, 1)) == []
    assert _claims(db)[claim_id]["status"] == "open"
    monkeypatch.setenv("CLAIMTRACKER_AUTO_EXPIRE_DAYS", "30")
    assert expire_if_enabled(db, today=date(2025, 11, 20)) == [claim_id]
    assert _claims(db)[claim_id]["status"] == "expired"
    assert _events(db, claim_id)[-1] == ("status", "expired", "open")
    assert expire_overdue(db, grace_days=0, today=date(2026, 1, 1)) == []
    with pytest.raises(ClaimTrackerError, match="negative"):
        expire_overdue(db, grace_days=-1)


def test_report_filters(db):
    store(db, _story())
    everything = claims_report(db, today=date(2025, 11, 1))
    assert len(everything) == 2
    assert len(claims_report(db, actor="vladimir-putin")) == 1
    assert len(claims_report(db, actor="Ahmed al-Sharaa")) == 2
    assert len(claims_report(db, actor="putin")) == 1
    assert len(claims_report(db, actor="الشرع")) == 2
    assert len(claims_report(db, country="ru")) == 2
    assert claims_report(db, country="TR") == []
    assert len(claims_report(db, status="overdue", today=date(2025, 11, 1))) == 2
    assert claims_report(db, status="overdue", today=date(2025, 9, 1)) == []
    with pytest.raises(ClaimTrackerError, match="unknown status"):
        claims_report(db, status="nope")


def test_status_history_never_loses_rows(db):
    store(db, _story())
    claims = sorted(_claims(db))
    seen = []
    for status in ("confirmed", "refuted", "partly_confirmed", "open"):
        mark_status(db, claims[0], status, None)
        rows = _events(db)
        assert rows[: len(seen)] == seen
        seen = rows
    merge_claims(db, claims[0], claims[1])
    assert _events(db)[: len(seen)] == seen


def test_store_with_no_items_writes_nothing(db):
    assert store(db, []) == {"mentions_new": 0, "claims_new": 0, "claims_updated": 0, "suggestions_new": 0}
    assert claims_report(db) == []


def test_store_mentions_without_actors_countries_or_windows(db):
    bare = mention("Something may happen", kind="speculation", event="other", actors=(), countries=())
    counts = store(db, [(1, None, "en", None, bare), (2, date(2025, 8, 3), "en", "Reuters", bare)])
    assert counts["mentions_new"] == 2
    claims = claims_report(db)
    assert {len(c["mentions"]) for c in claims} <= {1, 2}
    assert all(c["actors"] == [] and c["countries"] == [] and c["expected"] is None for c in claims)
    assert claims[0]["headline"] == "Something may happen"


def test_merge_keeps_one_suggestion_per_report_and_split_moves_only_its_own(db):
    early = mention("Putin will meet al-Sharaa in early October",
                    expected=Window(date(2025, 10, 1), date(2025, 10, 10), "early October"))
    late = mention("Putin will meet al-Sharaa in late October",
                   expected=Window(date(2025, 10, 20), date(2025, 10, 31), "late October"))
    report = mention("Putin received al-Sharaa in the Kremlin", kind="assertion")
    counts = store(db, [(2, date(2025, 8, 3), "en", "Reuters", early), (3, date(2025, 9, 1), "en", "AP", late),
                        (5, date(2025, 10, 16), "en", "Reuters", report)])
    assert counts["claims_new"] == 2 and counts["suggestions_new"] == 2
    first, second = sorted(_claims(db))
    merge_claims(db, first, second)
    kept = _claims(db)[first]
    assert [(s["outcome"], s["article_id"]) for s in kept["suggestions"]] == [("confirmed", 5)]
    moved = next(m for m in kept["mentions"] if m["article_id"] == 3)
    new_id = split_mention(db, moved["mention_id"])
    assert _claims(db)[new_id]["suggestions"] == []
    assert len(_claims(db)[first]["suggestions"]) == 1


def test_no_new_suggestion_for_an_outcome_already_recorded(db):
    store(db, [(2, date(2025, 8, 3), "en", "Reuters", mention("Putin will meet al-Sharaa in October", expected=OCT))])
    (claim_id,) = _claims(db)
    mark_status(db, claim_id, "confirmed", "seen on TV")
    counts = store(db, [(5, date(2025, 10, 16), "en", "Reuters",
                         mention("Putin received al-Sharaa in the Kremlin", kind="assertion"))])
    assert counts["claims_new"] == 0 and counts["suggestions_new"] == 0
    counts = store(db, [(6, date(2025, 10, 20), "ar", "SANA",
                         mention("نفى الكرملين أن يكون اللقاء قد عقد", kind="assertion", negated=True))])
    assert counts["suggestions_new"] == 1


def test_a_report_of_a_past_event_is_never_overdue(db):
    today = Window(date(2025, 10, 16), date(2025, 10, 16), "today")
    store(db, [(5, date(2025, 10, 16), "en", "Reuters",
                mention("Putin received al-Sharaa in the Kremlin today", kind="assertion", expected=today))])
    (claim,) = claims_report(db, today=date(2025, 12, 1))
    assert claim["expected"] is None and not claim["is_overdue"]
    assert db.query("overdue_claims", {"today": date(2025, 12, 1)}).empty
