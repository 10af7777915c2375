"""Outcomes: a person's decision on a suggested outcome, and expiry of overdue claims.

No claim changes status on its own: suggestions wait for a person, and expiry runs when a person
asks for it, or automatically only where auto-expiry has been switched on
(`CLAIMTRACKER_AUTO_EXPIRE_DAYS`, the grace period in days).
"""

from __future__ import annotations

import os
from datetime import date, timedelta

from claimtracker.errors import ClaimTrackerError, NotFound
from claimtracker.store.claim_events import event_rows, insert_events, require_claim, set_status_in_tx
from claimtracker.store.db import utcnow

AUTO_EXPIRE_ENV = "CLAIMTRACKER_AUTO_EXPIRE_DAYS"


def _suggestion(tx, suggestion_id) -> tuple:
    try:
        key = int(suggestion_id)
    except (TypeError, ValueError):
        raise NotFound(f"no suggestion with id {suggestion_id!r}") from None
    rows = tx.execute(
        "select claim_id, outcome, reason, article_id, quote, decision from outcome_suggestions where suggestion_id = ?",
        [key])
    if not rows:
        raise NotFound(f"no suggestion with id {suggestion_id}")
    if rows[0][5] is not None:
        raise ClaimTrackerError(f"suggestion {suggestion_id} was already {rows[0][5]}")
    return rows[0]


def _article_url(tx, article_id) -> str | None:
    if article_id is None:
        return None
    rows = tx.execute("select url from articles where article_id = ?", [article_id])
    return rows[0][0] if rows else None


def accept_suggestion(db, suggestion_id, by=None) -> int:
    """Set the claim's status to the suggested outcome, with the article as evidence; returns the event id."""
    with db.write() as tx:
        claim_id, outcome, reason, article_id, quote, _ = _suggestion(tx, suggestion_id)
        now = utcnow()
        note = f"suggestion {suggestion_id} accepted ({reason}): {quote}" if quote else f"suggestion {suggestion_id} accepted"
        event_id = set_status_in_tx(tx, claim_id, outcome, note, by=by, evidence_url=_article_url(tx, article_id),
                                    evidence_article_id=article_id, now=now)
        insert_events(tx, event_rows(tx, [(claim_id, "suggestion_accepted", outcome, outcome)], now, by=by,
                                     note=note, evidence_article_id=article_id))
        tx.execute("update outcome_suggestions set decision = 'accepted', decided_at = ?, decided_by = ? "
                   "where suggestion_id = ?", [now, by, int(suggestion_id)])
        return event_id


def reject_suggestion(db, suggestion_id, by=None) -> int:
    """Dismiss a suggestion; the claim's status stays as it is. Returns the event id."""
    with db.write() as tx:
        claim_id, outcome, reason, article_id, quote, _ = _suggestion(tx, suggestion_id)
        status = require_claim(tx, claim_id)
        now = utcnow()
        rows = event_rows(tx, [(claim_id, "suggestion_rejected", status, status)], now, by=by,
                          note=f"suggestion {suggestion_id} rejected ({outcome}, {reason})",
                          evidence_article_id=article_id)
        insert_events(tx, rows)
        tx.execute("update outcome_suggestions set decision = 'rejected', decided_at = ?, decided_by = ? "
                   "where suggestion_id = ?", [now, by, int(suggestion_id)])
        return rows[0]["event_id"]


def overdue_claim_ids(tx, before: date) -> list[int]:
    rows = tx.execute(
        """select claim_id from claims
           where status = 'open' and merged_into_id is null
             and coalesce(expected_to, expected_from) < ?
           order by claim_id""", [before])
    return [r[0] for r in rows]


def expire_overdue(db, grace_days=30, today=None, by="auto") -> list[int]:
    """Mark 'expired' every open claim whose window ended more than `grace_days` before today."""
    try:
        grace = int(grace_days)
    except (TypeError, ValueError):
        raise ClaimTrackerError(f"the grace period must be a whole number of days, not {grace_days!r}") from None
    if grace < 0:
        raise ClaimTrackerError("the grace period cannot be negative")
    today = today or utcnow().date()
    with db.write() as tx:
        ids = overdue_claim_ids(tx, today - timedelta(days=grace))
        if not ids:
            return []
        now = utcnow()
        rows = event_rows(tx, [(c, "status", "expired", "open") for c in ids], now, by=by,
                          note=f"no outcome {grace} days after the expected window")
        insert_events(tx, rows)
        tx.execute("update claims set status = 'expired', status_at = ? where list_contains(?, claim_id)", [now, ids])
        return ids


def auto_expire_days() -> int | None:
    """The auto-expiry grace period if switched on in the environment, else None."""
    raw = os.environ.get(AUTO_EXPIRE_ENV, "").strip()
    if not raw:
        return None
    try:
        return max(0, int(raw))
    except ValueError:
        raise ClaimTrackerError(f"{AUTO_EXPIRE_ENV} must be a whole number of days, not {raw!r}") from None


def expire_if_enabled(db, today=None) -> list[int]:
    """Run expiry only when auto-expiry is switched on; otherwise change nothing."""
    days = auto_expire_days()
    if days is None:
        return []
    return expire_overdue(db, grace_days=days, today=today, by="auto")
