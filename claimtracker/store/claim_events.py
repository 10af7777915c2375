"""The append-only claim log: status changes and the other recorded actions.

Every change to a claim adds `status_events` rows; none is ever updated or deleted. A row with
action 'status' sets the claim's status; other actions ('merge', 'merged_into', 'split',
'edit', 'suggestion_accepted', 'suggestion_rejected') carry the status the claim had then.
"""

from __future__ import annotations

from datetime import datetime

from claimtracker.errors import ClaimTrackerError, NotFound
from claimtracker.models import STATUSES
from claimtracker.store.db import utcnow


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ClaimTrackerError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    return status


def require_claim(tx, claim_id) -> str:
    """The claim's current status; NotFound when there is no such claim."""
    try:
        key = int(claim_id)
    except (TypeError, ValueError):
        raise NotFound(f"no claim with id {claim_id!r}") from None
    rows = tx.execute("select status from claims where claim_id = ?", [key])
    if not rows:
        raise NotFound(f"no claim with id {claim_id}")
    return rows[0][0]


def event_rows(tx, events: list[tuple], now: datetime, *, by: str | None = None, note: str | None = None,
               evidence_url: str | None = None, evidence_article_id: int | None = None) -> list[dict]:
    """Rows for status_events, ids reserved. events: (claim_id, action, status, previous_status[, related_claim_id])."""
    ids = tx.next_ids("event_id_seq", len(events))
    rows = []
    for event_id, ev in zip(ids, events, strict=True):
        claim_id, action, status, previous = ev[:4]
        rows.append({
            "event_id": event_id,
            "claim_id": int(claim_id),
            "action": action,
            "status": status,
            "previous_status": previous,
            "recorded_at": now,
            "recorded_by": by,
            "note": note,
            "evidence_url": evidence_url,
            "evidence_article_id": evidence_article_id,
            "related_claim_id": ev[4] if len(ev) > 4 else None,
        })
    return rows


_INSERT_EVENT = """
insert into status_events (
    event_id, claim_id, action, status, previous_status, recorded_at, recorded_by, note,
    evidence_url, evidence_article_id, related_claim_id
) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def insert_events(tx, rows: list[dict]) -> None:
    tx.executemany(_INSERT_EVENT, [tuple(r.values()) for r in rows])


def set_status_in_tx(tx, claim_id: int, status: str, note: str | None, *, by: str | None,
                     evidence_url: str | None = None, evidence_article_id: int | None = None,
                     action: str = "status", now: datetime | None = None) -> int:
    """Record a status change inside an open transaction; returns the event id."""
    check_status(status)
    previous = require_claim(tx, claim_id)
    if evidence_article_id is not None and not tx.execute(
            "select 1 from articles where article_id = ?", [int(evidence_article_id)]):
        raise NotFound(f"no article with id {evidence_article_id}")
    now = now or utcnow()
    rows = event_rows(tx, [(claim_id, action, status, previous)], now, by=by, note=note,
                      evidence_url=evidence_url, evidence_article_id=evidence_article_id)
    insert_events(tx, rows)
    tx.execute("update claims set status = ?, status_at = ? where claim_id = ?", [status, now, int(claim_id)])
    return rows[0]["event_id"]


def mark_status(db, claim_id, status, note, evidence_url=None, by=None, evidence_article_id=None) -> int:
    """Set a claim's status (a person's judgement), logged with its evidence. Returns the event id."""
    check_status(status)
    with db.write() as tx:
        return set_status_in_tx(tx, claim_id, status, note, by=by, evidence_url=evidence_url,
                                evidence_article_id=evidence_article_id)
