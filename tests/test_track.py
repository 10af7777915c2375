"""The track record on a small hand-made set, with the numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from claimtracker import track
from claimtracker.store.claims import mark_status
from claimtracker.store.db import Database
from tests.linking_helpers import OCT, PUTIN, SHARAA, add_actors, add_articles, mention, store

ROWS = [
    # claim_id, status, certainty, outlet, attribution_kind, event_type, actor_ids, published
    (1, "confirmed", 0.9, "A", "named", "meeting", ["putin", "sharaa"], date(2025, 8, 1)),
    (1, "confirmed", 0.7, "B", "anonymous", "meeting", ["putin", "sharaa"], date(2025, 9, 1)),
    (2, "refuted", 0.3, "A", "observers", "summit", ["sharaa"], date(2025, 8, 2)),
    (2, "refuted", 0.8, "B", "named", "summit", ["sharaa"], date(2025, 9, 2)),
    (3, "partly_confirmed", 0.5, "A", "named", "visit", [], date(2025, 8, 3)),
    (4, "open", 0.95, "A", "named", "meeting", ["putin"], date(2025, 8, 4)),
    (5, "expired", 0.99, "B", "named", "meeting", ["putin"], date(2025, 8, 5)),
]


@pytest.fixture
def df():
    return pd.DataFrame(
        [dict(mention_id=i, claim_id=c, status=s, certainty=p, outlet=o, attribution_kind=k, event_type=e,
              actor_ids=a, published_at=d) for i, (c, s, p, o, k, e, a, d) in enumerate(ROWS, start=1)])


def test_brier_counts_only_resolved_claims(df):
    # (0.9-1)^2 + (0.7-1)^2 + (0.3-0)^2 + (0.8-0)^2 + (0.5-0.5)^2 = 0.01 + 0.09 + 0.09 + 0.64 + 0
    assert track.brier_score(df) == pytest.approx(0.83 / 5)
    assert track.brier_score(df, partly=None) == pytest.approx(0.83 / 4)
    assert track.brier_score(df[df["status"] == "open"]) is None


def test_summary(df):
    s = track.summary(df)
    assert s["mentions"] == 5 and s["claims"] == 3
    assert s["share_confirmed"] == pytest.approx(2.5 / 5)


def test_calibration_bins_with_counts(df):
    cal = track.calibration(df).set_index("bin")
    assert list(cal["count"]) == [0, 1, 1, 1, 2]
    assert cal.loc["0.2–0.4", "share_confirmed"] == 0.0
    assert cal.loc["0.4–0.6", "share_confirmed"] == 0.5
    assert cal.loc["0.6–0.8", "share_confirmed"] == 1.0
    assert cal.loc["0.8–1.0", "share_confirmed"] == 0.5
    assert cal.loc["0.8–1.0", "mean_certainty"] == pytest.approx(0.85)
    assert pd.isna(cal.loc["0.0–0.2", "share_confirmed"])


def test_certainty_of_one_falls_in_the_last_bin(df):
    df.loc[0, "certainty"] = 1.0
    cal = track.calibration(df).set_index("bin")
    assert cal.loc["0.8–1.0", "count"] == 2


def test_breakdowns(df):
    outlets = track.breakdown(df, "outlet").set_index("outlet")
    assert outlets.loc["A", "count"] == 3 and outlets.loc["A", "share_confirmed"] == pytest.approx(0.5)
    assert outlets.loc["B", "count"] == 2 and outlets.loc["B", "share_confirmed"] == pytest.approx(0.5)
    # (0.7-1)^2 and (0.8-0)^2 for B
    assert outlets.loc["B", "brier"] == pytest.approx((0.09 + 0.64) / 2)
    actors = track.breakdown(df, "actor").set_index("actor_id")
    assert actors.loc["putin", "count"] == 2 and actors.loc["putin", "share_confirmed"] == 1.0
    assert actors.loc["sharaa", "count"] == 4 and actors.loc["sharaa", "share_confirmed"] == 0.5
    kinds = track.breakdown(df, "attribution").set_index("attribution_kind")
    assert kinds.loc["named", "count"] == 3
    assert kinds.loc["named", "share_confirmed"] == pytest.approx((1 + 0 + 0.5) / 3)
    events = track.breakdown(df, "event_type", partly=None)
    assert set(events["event_type"]) == {"meeting", "summit"}
    with pytest.raises(ValueError, match="cannot break"):
        track.breakdown(df, "weather")


def test_per_claim_keeps_the_latest_forecast(df):
    latest = track.per_claim(df).set_index("claim_id")
    assert latest.loc[1, "certainty"] == 0.7 and latest.loc[2, "certainty"] == 0.8
    assert track.brier_score(track.per_claim(df)) == pytest.approx((0.09 + 0.64 + 0) / 3)


def test_track_record_from_the_database(tmp_path):
    db = Database(tmp_path / "t.duckdb")
    add_articles(db, [(1, "en", date(2025, 8, 1), "A"), (2, "en", date(2025, 8, 2), "B"),
                      (3, "en", date(2025, 8, 3), "A")])
    add_actors(db, [PUTIN, SHARAA])
    store(db, [
        (1, date(2025, 8, 1), "en", "A", mention("Putin will meet al-Sharaa in October", certainty=0.9, expected=OCT,
                                                  attribution="named")),
        (2, date(2025, 8, 2), "en", "B", mention("The summit may be held in October", certainty=0.3, event="summit", countries=("SY",),
                                                  actors=(SHARAA,), expected=OCT)),
        (3, date(2025, 8, 3), "en", "A", mention("The Kremlin said the summit went ahead", kind="assertion",
                                                  event="summit", actors=(SHARAA,), countries=("SY",))),
    ])
    assert track.load(db).empty  # nothing resolved yet: nothing counts
    claims = {r[0]: r[1] for r in db.query("claim_report_claims", {
        "actor": None, "country": None, "status": None, "today": date(2025, 9, 1)})[["claim_id", "event_type"]].values}
    by_event = {v: k for k, v in claims.items()}
    mark_status(db, by_event["meeting"], "confirmed", None)
    mark_status(db, by_event["summit"], "refuted", None)
    df = track.load(db)
    assert sorted(df["certainty"]) == [0.3, 0.9]  # the outcome report is not a forecast
    assert track.brier_score(df) == pytest.approx(((0.9 - 1) ** 2 + 0.3 ** 2) / 2)
    assert len(track.load(db, actor="vladimir-putin")) == 1
    assert len(track.load(db, country="ru")) == 1
    assert len(track.load(db, date_from=date(2025, 8, 2))) == 1
    assert track.load(db, date_to=date(2025, 7, 1)).empty
