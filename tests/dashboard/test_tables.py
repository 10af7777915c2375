"""Every table of every page names its columns in words: no raw query column name
(`name_ar`, `last_seen_at`) reaches the screen."""

from __future__ import annotations

import json

import pytest


def _shown_columns(frame) -> list[str]:
    order = list(frame.proto.column_order)
    return order or [c for c in frame.value.columns]


@pytest.mark.parametrize(("page", "query"), [
    ("overview", {}),
    ("claims", {}),
    ("claim", {"claim_id": "1"}),
    ("review", {}),
    ("actors", {"actor_id": "Vladimir Putin"}),
    ("countries", {"code": "Syria (SY)"}),
])
def test_every_table_column_has_a_label(app_page, page, query):
    at = app_page(page, query=query)
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.dataframe) > 0
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        unlabelled = [c for c in _shown_columns(frame)
                      if not (config.get(c, {}).get("label") or config.get(c, {}).get("hidden"))]
        assert not unlabelled, (page, unlabelled)


def test_the_open_count_says_it_holds_the_overdue_ones(app_page):
    at = app_page("overview")
    metrics = {m.label: m for m in at.metric}
    # Seed: claims 1, 3, 4 are open; 1 and 4 are past their windows.
    assert (metrics["Open"].value, metrics["Overdue"].value) == ("3", "2")
    assert "overdue" in metrics["Open"].proto.help
