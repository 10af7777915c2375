"""Reading claims back for people: the `claims` command's report."""

from __future__ import annotations

from datetime import date

import pandas as pd

from claimtracker.errors import ClaimTrackerError
from claimtracker.models import STATUSES
from claimtracker.store.db import utcnow


def _plain(value):
    """A value as JSON would hold it: dates as ISO strings, arrays as lists, missing as None."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, float) and pd.isna(value):
        return None
    return value


def _records(df: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in df.astype(object).to_dict("records")]


def _window(from_, to, text) -> dict | None:
    if from_ is None and to is None and text is None:
        return None
    return {"from": from_, "to": to, "text": text}


def claims_report(db, actor=None, country=None, status=None, today=None) -> list[dict]:
    """Each claim with its mentions and outcome suggestions, as `claims --format json` prints them.

    `status` may be a status or 'overdue'; `actor` an actor id or name; `country` an ISO code.
    """
    if status is not None and status not in STATUSES and status != "overdue":
        raise ClaimTrackerError(f"unknown status {status!r}: use one of {', '.join(STATUSES)} or overdue")
    today = today or utcnow().date()
    claims = _records(db.query("claim_report_claims", {
        "actor": actor, "country": country, "status": status, "today": today}))
    if not claims:
        return []
    ids = [c["claim_id"] for c in claims]
    mentions: dict[int, list] = {i: [] for i in ids}
    for m in _records(db.query("claim_report_mentions", {"claim_ids": ids})):
        mentions[m["claim_id"]].append({
            "mention_id": m["mention_id"],
            "article_id": m["article_id"],
            "published": m["published_at"],
            "lang": m["lang"],
            "outlet": m["outlet"],
            "quote": m["quote"],
            "kind": m["kind"],
            "certainty": round(float(m["certainty"]), 3),
            "expected": _window(m["expected_from"], m["expected_to"], m["time_text"]),
            "outcome": m["outcome"],
        })
    suggestions: dict[int, list] = {i: [] for i in ids}
    for s in _records(db.query("claim_suggestions", {"claim_ids": ids, "pending_only": False})):
        suggestions[s["claim_id"]].append({
            "suggestion_id": s["suggestion_id"],
            "outcome": s["outcome"],
            "reason": s["reason"],
            "article_id": s["article_id"],
            "quote": s["quote"],
            "decision": s["decision"],
        })
    return [
        {
            "claim_id": c["claim_id"],
            "headline": c["headline"],
            "status": c["status"],
            "is_overdue": bool(c["is_overdue"]),
            "event_type": c["event_type"],
            "actors": c["actors"] or [],
            "countries": c["countries"] or [],
            "expected": _window(c["expected_from"], c["expected_to"], c["expected_text"]),
            "first_seen": c["first_seen_at"],
            "last_seen": c["last_seen_at"],
            "mentions": mentions[c["claim_id"]],
            "suggestions": suggestions[c["claim_id"]],
        }
        for c in claims
    ]
