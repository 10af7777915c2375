"""Linking decided before the write transaction (`plan_links`) is used only while the claims it
was decided from are unchanged; otherwise the write links again inside its transaction."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.store.claims import edit_claim, mark_status, plan_links, store_mentions
from claimtracker.store.db import Database
from tests.linking_helpers import ERDOGAN, OCT, OCT15, PUTIN, SHARAA, add_actors, add_articles, mention, store

SUMMIT = dict(event="summit", actors=(SHARAA,), countries=("RU", "SY"), expected=OCT15)


@pytest.fixture
def db(tmp_path):
    db = Database(tmp_path / "plan.duckdb")
    add_articles(db, [
        (1, "ar", date(2025, 7, 20), "Enab Baladi"),
        (3, "en", date(2025, 9, 1), "AP"),
        (4, "en", date(2025, 9, 2), "Reuters"),
        (5, "en", date(2025, 7, 21), "AP"),
    ])
    add_actors(db, [PUTIN, SHARAA, ERDOGAN])
    return db


def _first():
    return (1, date(2025, 7, 20), "ar", "Enab Baladi",
            mention("من المتوقع أن يشارك الشرع في القمة الروسية العربية في 15 أكتوبر", **SUMMIT))


def _later():
    return [(3, date(2025, 9, 1), "en", "AP",
             mention("Al-Sharaa is expected to attend the Russia-Arab summit on 15 October", **SUMMIT)),
            (4, date(2025, 9, 2), "en", "Reuters",
             mention("Al-Sharaa will take part in the Russia-Arab summit on 15 October", **SUMMIT))]


def _claim_of(db, article_id):
    return db.scalar("select min(claim_id) from mentions where article_id = ?", [article_id])


def test_a_plan_made_before_another_write_is_not_used(db):
    # Planned on an empty database, the later reports would start a claim of their own ...
    plan = plan_links(db, _later())
    assert plan.result.decisions[0].is_new_claim
    # ... but meanwhile another ingest stored the story's first report.
    store(db, [_first()], batch_id=1)
    with db.write() as tx:
        counts = store_mentions(tx, 2, _later(), plan=plan)
    assert counts["claims_new"] == 0
    assert _claim_of(db, 3) == _claim_of(db, 4) == _claim_of(db, 1)
    assert db.scalar("select count(*) from claims") == 1


def test_a_plan_still_holds_when_nothing_linking_reads_changed(db, monkeypatch):
    store(db, [_first()], batch_id=1)
    claim_id = _claim_of(db, 1)
    plan = plan_links(db, _later())
    # A headline edit logs an event but changes no link candidate: no linking inside the write.
    assert edit_claim(db, claim_id, headline="Al-Sharaa at the Russia-Arab summit")

    def no_linking(*args, **kwargs):
        raise AssertionError("linked again inside the write transaction")

    monkeypatch.setattr("claimtracker.store.claims.link_batch", no_linking)
    with db.write() as tx:
        counts = store_mentions(tx, 2, _later(), plan=plan)
    assert counts["mentions_new"] == 2 and counts["claims_updated"] == 1
    assert _claim_of(db, 3) == _claim_of(db, 4) == claim_id
    assert db.scalar("select last_seen_at from claims where claim_id = ?", [claim_id]) == date(2025, 9, 2)


def test_a_plan_for_other_articles_is_not_used(db):
    store(db, [_first()], batch_id=1)
    plan = plan_links(db, [_first()])  # one article planned; two written
    with db.write() as tx:
        counts = store_mentions(tx, 2, _later(), plan=plan)
    assert counts["mentions_new"] == 2
    assert _claim_of(db, 3) == _claim_of(db, 4) == _claim_of(db, 1)


def _meetings():
    """A Putin–al-Sharaa meeting forecast, and an unrelated election forecast stored before it."""
    first = (1, date(2025, 7, 20), "en", "Enab Baladi",
             mention("Putin is expected to meet al-Sharaa in Moscow in October", expected=OCT))
    election = (5, date(2025, 7, 21), "en", "AP",
                mention("Erdogan could call early elections in October", event="election", actors=(ERDOGAN,),
                        countries=("TR",), expected=OCT))
    later = [(3, date(2025, 9, 1), "en", "AP",
              mention("A meeting between Putin and al-Sharaa in Moscow is likely in October", expected=OCT))]
    return first, election, later


class _CountingLink:
    def __init__(self):
        from claimtracker.linking import link_batch

        self.calls = 0
        self._link = link_batch

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self._link(*args, **kwargs)


@pytest.mark.parametrize("judged, relinked", [("election", False), ("meeting", True)])
def test_a_status_change_meanwhile_relinks_only_if_it_touches_a_candidate(db, monkeypatch, judged, relinked):
    first, election, later = _meetings()
    store(db, [first, election], batch_id=1)
    claims = {"meeting": _claim_of(db, 1), "election": _claim_of(db, 5)}
    assert claims["meeting"] != claims["election"]
    plan = plan_links(db, later)
    mark_status(db, claims[judged], "refuted", "a person judged it meanwhile")
    counting = _CountingLink()
    monkeypatch.setattr("claimtracker.store.claims.link_batch", counting)
    with db.write() as tx:
        counts = store_mentions(tx, 2, later, plan=plan)
    assert counting.calls == (1 if relinked else 0)
    assert counts["mentions_new"] == 1
    assert _claim_of(db, 3) != claims["election"]
    if not relinked:
        assert _claim_of(db, 3) == claims["meeting"]
