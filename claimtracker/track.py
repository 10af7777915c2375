"""The track record: how often forecasts of each certainty, outlet, source kind, event type and
actor came true. Pure functions over the DataFrame of the `track_record_mentions` query.

Definitions (docs/linking.md):
- The unit is a forward mention (prediction or speculation) of a resolved claim: each time an
  outlet stated the forecast, with the certainty of its wording.
- Resolved means confirmed (outcome 1), refuted (outcome 0) or partly_confirmed (0.5 by default;
  pass `partly=None` to leave those claims out). Open, expired and withdrawn claims never count:
  an unresolved forecast is not a wrong one.
- Share confirmed is the mean outcome; the Brier score is the mean of (certainty - outcome)^2
  (0 is perfect; always saying 0.5 scores 0.25).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

OUTCOME_OF_STATUS = {"confirmed": 1.0, "refuted": 0.0}
PARTLY_DEFAULT = 0.5
BIN_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
BREAKDOWNS = {
    "outlet": "outlet",
    "attribution": "attribution_kind",
    "event_type": "event_type",
    "actor": "actor_id",
}


def with_outcomes(df: pd.DataFrame, partly: float | None = PARTLY_DEFAULT) -> pd.DataFrame:
    """The resolved rows with an `outcome` column (1 confirmed, 0 refuted, `partly` for partly)."""
    values = dict(OUTCOME_OF_STATUS)
    if partly is not None:
        values["partly_confirmed"] = float(partly)
    out = df[df["status"].isin(list(values))].copy()
    out["outcome"] = out["status"].map(values).astype(float)
    out["certainty"] = out["certainty"].astype(float)
    return out


def brier_score(df: pd.DataFrame, partly: float | None = PARTLY_DEFAULT) -> float | None:
    """Mean squared difference between certainty and outcome; None when nothing is resolved."""
    res = with_outcomes(df, partly)
    if res.empty:
        return None
    return float(((res["certainty"] - res["outcome"]) ** 2).mean())


def _summarise(groups) -> pd.DataFrame:
    out = groups.agg(
        count=("outcome", "size"),
        claims=("claim_id", "nunique"),
        share_confirmed=("outcome", "mean"),
        mean_certainty=("certainty", "mean"),
        brier=("sq_error", "mean"),
    )
    return out.reset_index()


def calibration(df: pd.DataFrame, edges: Sequence[float] = BIN_EDGES,
                partly: float | None = PARTLY_DEFAULT) -> pd.DataFrame:
    """Share confirmed per certainty bin, with the count in each bin (empty bins shown with 0).

    Bins are [lo, hi) except the last, which includes 1.0.
    """
    res = with_outcomes(df, partly)
    res["sq_error"] = (res["certainty"] - res["outcome"]) ** 2
    labels = [f"{lo:.1f}–{hi:.1f}" for lo, hi in zip(edges[:-1], edges[1:], strict=True)]
    res["bin"] = pd.cut(res["certainty"].clip(edges[0], edges[-1]), bins=list(edges), labels=labels,
                        right=False, include_lowest=True)
    res.loc[res["certainty"] >= edges[-1], "bin"] = labels[-1]
    out = _summarise(res.groupby("bin", observed=False))
    out["bin_from"] = list(edges[:-1])
    out["bin_to"] = list(edges[1:])
    out["count"] = out["count"].fillna(0).astype(int)
    out["claims"] = out["claims"].fillna(0).astype(int)
    return out[["bin", "bin_from", "bin_to", "count", "claims", "share_confirmed", "mean_certainty", "brier"]]


def breakdown(df: pd.DataFrame, by: str, partly: float | None = PARTLY_DEFAULT, min_count: int = 1) -> pd.DataFrame:
    """Share confirmed, mean certainty and Brier score per outlet, attribution, event_type or actor."""
    if by not in BREAKDOWNS:
        raise ValueError(f"cannot break the track record down by {by!r}: use one of {', '.join(BREAKDOWNS)}")
    res = with_outcomes(df, partly)
    res["sq_error"] = (res["certainty"] - res["outcome"]) ** 2
    column = BREAKDOWNS[by]
    if by == "actor":
        res = res.explode("actor_ids").rename(columns={"actor_ids": "actor_id"})
        res = res[res["actor_id"].notna()]
    if res.empty:
        return pd.DataFrame(columns=[column, "count", "claims", "share_confirmed", "mean_certainty", "brier"])
    out = _summarise(res.groupby(column))
    out = out[out["count"] >= min_count]
    return out.sort_values(["count", column], ascending=[False, True]).reset_index(drop=True)


def summary(df: pd.DataFrame, partly: float | None = PARTLY_DEFAULT) -> dict:
    """Headline numbers: resolved forecasts and claims, share confirmed, Brier score."""
    res = with_outcomes(df, partly)
    return {
        "mentions": int(len(res)),
        "claims": int(res["claim_id"].nunique()) if not res.empty else 0,
        "share_confirmed": float(res["outcome"].mean()) if not res.empty else None,
        "brier": brier_score(df, partly),
    }


def per_claim(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claim: its latest forecast (by article date), so a story repeated by many
    outlets counts once."""
    if df.empty:
        return df
    ordered = df.sort_values(["claim_id", "published_at", "mention_id"], na_position="first")
    return ordered.groupby("claim_id", as_index=False).tail(1).reset_index(drop=True)


def load(db, actor: str | None = None, country: str | None = None, date_from: date | None = None,
         date_to: date | None = None) -> pd.DataFrame:
    """The forward mentions of resolved claims, filtered like the dashboard."""
    return db.query("track_record_mentions", {
        "actor": actor, "country": country.upper() if country else None,
        "date_from": date_from, "date_to": date_to,
    })
