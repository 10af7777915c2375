"""A claim with many mentions draws only the newest until the reader asks for all."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.mentions_view import SHOWN
from tests.dashboard.seed import ARTICLES, NOW

SPLIT = "Split this mention off into a new claim"


def _add_mentions(db, claim_id: int, n: int) -> list[int]:
    """`n` more mentions of claim `claim_id`, all quoting article 3; returns their ids, oldest first."""
    text = ARTICLES[2][6]
    quote = "Peru may hold an early election next year"
    start = text.index(quote)
    with db.write() as tx:
        ids = tx.next_ids("mention_id_seq", n)
        tx.insert_df("mentions", pd.DataFrame([{
            "mention_id": mid, "claim_id": claim_id, "article_id": 3, "quote": quote,
            "char_start": start, "char_end": start + len(quote), "kind": "speculation", "certainty": 0.35,
            "certainty_label": "low", "is_negated": False, "event_type": "election",
            "attribution_kind": "observers", "attribution_text": None, "time_text": "next year",
            "expected_from": date(2026, 1, 1), "expected_to": date(2026, 12, 31), "created_at": NOW,
        } for mid in ids]))
    return list(ids)


def _split_buttons(at) -> int:
    return sum(1 for b in at.button if b.label == SPLIT)


def test_a_busy_claim_shows_the_newest_mentions_until_asked_for_all(app_page, dash_db):
    _add_mentions(dash_db, 3, SHOWN + 5)
    total = SHOWN + 6
    at = app_page("claim", query={"claim_id": "3"})
    assert not at.exception
    assert _split_buttons(at) == SHOWN
    assert any(f"{SHOWN} newest of {total}" in c.value for c in at.caption)
    toggle = [t for t in at.toggle if t.label == f"Show all {total} mentions"]
    assert toggle, [t.label for t in at.toggle]
    toggle[0].set_value(True).run()
    assert not at.exception
    assert _split_buttons(at) == total


def test_a_claim_with_few_mentions_shows_them_all_without_a_toggle(app_page):
    at = app_page("claim", query={"claim_id": "1"})
    assert not at.exception
    assert _split_buttons(at) == 2
    assert not [t for t in at.toggle if t.label.startswith("Show all")]
