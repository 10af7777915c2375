"""Export a set of claims as CSV, Parquet or JSON, and resolved claims as schema.org ClaimReview
JSON-LD (https://schema.org/ClaimReview)."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from claimtracker.errors import InputError

FORMATS = ("csv", "parquet", "json")
# ClaimReview's rating: 1 (false) .. 5 (true), with the words a reader sees in alternateName.
_RATINGS = {
    "confirmed": (5, "Confirmed"),
    "partly_confirmed": (3, "Partly confirmed"),
    "refuted": (1, "Refuted"),
}


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def _plain(df: pd.DataFrame, *, join_lists: bool) -> pd.DataFrame:
    """Dates become ISO strings; lists become '; '-joined text (CSV) or plain lists (JSON)."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == object and s.map(_is_list).any():
            if join_lists:
                out[col] = s.map(lambda v: "; ".join(map(str, v)) if _is_list(v) else v)
            else:
                out[col] = s.map(lambda v: [_json_value(x) for x in v] if _is_list(v) else v)
        elif pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s.map(_iso)
    return out


def _json_value(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (date, datetime, pd.Timestamp)):
        return _iso(value)
    if _is_list(value):
        return [_json_value(v) for v in value]
    return str(value)


def _iso(value: Any) -> str | None:
    if value is None or (not isinstance(value, (list, tuple, dict, np.ndarray)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def export_claims(df: pd.DataFrame, fmt: str) -> bytes:
    """The rows of `df` (e.g. the claims_filtered query) as CSV, Parquet or JSON bytes."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        buf = io.BytesIO()
        out = df.copy()
        for col in out.columns:
            if out[col].dtype == object:
                out[col] = out[col].map(lambda v: list(v) if isinstance(v, np.ndarray) else v)
        out.to_parquet(buf, index=False)
        return buf.getvalue()
    plain = _plain(df, join_lists=(fmt == "csv"))
    if fmt == "csv":
        # The BOM lets spreadsheet programs read the Arabic as UTF-8.
        return plain.to_csv(index=False).encode("utf-8-sig")
    records = plain.astype(object).where(plain.notna(), None).to_dict("records")
    return json.dumps(records, ensure_ascii=False, indent=1, default=_json_value).encode("utf-8")


def claim_review(row: dict, *, publisher: str = "Claim Tracker", base_url: str | None = None) -> dict:
    """One resolved claim (a row of queries/claim_reviews.sql) as a ClaimReview object."""
    status = row["status"]
    if status not in _RATINGS:
        raise InputError(f"claim {row['claim_id']} is {status}, not resolved: only resolved claims are reviewed")
    value, words = _RATINGS[status]
    found = row.get("appearances")
    appearances = [dict(a) for a in found] if found is not None else []

    def work(a: dict) -> dict:
        item: dict[str, Any] = {"@type": "CreativeWork"}
        if a.get("url"):
            item["url"] = a["url"]
        if a.get("title"):
            item["headline"] = a["title"]
        if _iso(a.get("published_at")):
            item["datePublished"] = _iso(a.get("published_at"))
        if a.get("outlet"):
            item["publisher"] = {"@type": "Organization", "name": a["outlet"]}
        return item

    first = appearances[0] if appearances else {}
    if first.get("attribution_kind") == "named" and first.get("attribution_text"):
        claim_author = {"@type": "Person", "name": first["attribution_text"]}
    elif first.get("outlet"):
        claim_author = {"@type": "Organization", "name": first["outlet"]}
    else:
        claim_author = {"@type": "Organization", "name": "unknown"}
    item_reviewed: dict[str, Any] = {
        "@type": "Claim",
        "author": claim_author,
        "appearance": [work(a) for a in appearances],
    }
    if appearances:
        item_reviewed["firstAppearance"] = work(first)
        if _iso(first.get("published_at")):
            item_reviewed["datePublished"] = _iso(first.get("published_at"))
    review_url = row.get("evidence_url") or (
        f"{base_url.rstrip('/')}/claim?claim_id={row['claim_id']}" if base_url else None
    )
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["headline"],
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": words,
        },
        "itemReviewed": item_reviewed,
        "datePublished": _iso(row.get("reviewed_at")),
    }
    if review_url:
        out["url"] = review_url
    if row.get("review_note"):
        out["reviewBody"] = row["review_note"]
    return out


def claim_reviews(db, claim_ids: list[int] | None = None, *, publisher: str = "Claim Tracker",
                  base_url: str | None = None) -> list[dict]:
    """ClaimReview objects for the resolved claims among `claim_ids` (all resolved when None)."""
    rows = db.query_records("claim_reviews", {"claim_ids": [int(c) for c in claim_ids] if claim_ids else None})
    return [claim_review(r, publisher=publisher, base_url=base_url) for r in rows]


def claim_reviews_jsonld(db, claim_ids: list[int] | None = None, **kwargs) -> bytes:
    """The ClaimReview objects as one JSON-LD document (a JSON array), UTF-8."""
    return json.dumps(claim_reviews(db, claim_ids, **kwargs), ensure_ascii=False, indent=1,
                      default=_json_value).encode("utf-8")
