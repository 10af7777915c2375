"""The plotly figures: date axes in ISO form, hover text that shows an article's markup as text,
and the claim id on every claim point (so a click opens it)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from dashboard import charts

HOSTILE = '<a href="https://evil.example">click</a> <b>loud</b> & more'


def _claims() -> pd.DataFrame:
    return pd.DataFrame([{
        "claim_id": 7, "headline": HOSTILE, "status": "open", "is_overdue": False,
        "expected_from": date(2025, 10, 15), "expected_to": date(2025, 10, 15),
        "first_seen_at": date(2025, 8, 3), "max_certainty": 0.8,
    }])


def test_claim_points_carry_their_id_and_show_markup_as_text():
    fig = charts.claims_scatter(_claims())
    assert fig.layout.xaxis.tickformat == "%Y-%m-%d"
    point = fig.data[0]
    assert int(point.customdata[0][0]) == 7
    shown = str(point.customdata[0][1])
    assert "<a" not in shown and "<b>" not in shown
    assert "&lt;b&gt;loud&lt;/b&gt; &amp; more" in shown
    assert charts.selected_claim_id({"selection": {"points": [{"customdata": [7, shown]}]}}) == 7


def test_claim_timeline_dates_are_iso_and_hover_text_is_escaped():
    claim = {"expected_from": date(2025, 10, 15), "expected_to": date(2025, 10, 15)}
    mentions = pd.DataFrame([{
        "published_at": date(2025, 8, 3), "outlet": "<i>Wire</i>", "lang": "en", "quote": HOSTILE,
        "certainty": 0.55, "expected_from": date(2025, 10, 15), "expected_to": date(2025, 10, 15),
        "time_text": "<b>15 October</b>",
    }])
    history = pd.DataFrame([{
        "action": "status", "status": "refuted", "recorded_at": datetime(2025, 10, 20),
        "note": "<img src=x onerror=alert(1)>", "evidence_published_at": None,
    }])
    fig = charts.claim_timeline(claim, mentions, history)
    assert fig.layout.xaxis.tickformat == "%Y-%m-%d"
    hovers = [t for trace in fig.data if trace.hovertext is not None for t in trace.hovertext]
    assert len(hovers) == 2
    joined = " ".join(hovers)
    for tag in ("<a ", "<b>", "<i>", "<img"):
        assert tag not in joined
    assert "&lt;img src=x onerror=alert(1)&gt;" in joined
    assert "2025-08-03" in joined


def test_claims_by_month_axis_is_iso_months():
    df = pd.DataFrame({"month": [date(2025, 8, 1), date(2025, 9, 1)], "status": ["open", "refuted"],
                       "claims": [2, 1]})
    fig = charts.claims_by_month(df)
    assert fig.layout.xaxis.tickformat == "%Y-%m"


def test_claim_timeline_draws_all_mention_windows_in_one_trace():
    claim = {"expected_from": date(2025, 10, 15), "expected_to": date(2025, 10, 31)}
    mentions = pd.DataFrame([{
        "published_at": date(2025, 8, 1 + i % 28), "outlet": "Wire", "lang": "en", "quote": f"q{i}",
        "certainty": 0.5, "expected_from": date(2025, 10, 1 + i % 20), "expected_to": date(2025, 10, 31),
        "time_text": "October",
    } for i in range(300)])
    history = pd.DataFrame(columns=["action", "status", "recorded_at", "note", "evidence_published_at"])
    fig = charts.claim_timeline(claim, mentions, history)
    windows = [t for t in fig.data if t.line is not None and t.line.dash == "dot"]
    assert len(windows) == 1
    assert sum(x is None for x in windows[0].x) == 300
    assert len(fig.data) <= 4
