"""Issue 4's "done when" on the demo corpus, ingested in date order into an empty database.

This runs the real extractor, so it checks linking and extraction together.
"""

from __future__ import annotations

from datetime import date

from claimtracker.store.claims import claims_report


def _claims(demo_db):
    return claims_report(demo_db, today=date(2025, 12, 1))


def test_the_summit_claim_gathers_both_languages_and_offers_the_postponement(demo_db):
    summit = [c for c in _claims(demo_db) if c["event_type"] == "summit" and "Ahmed al-Sharaa" in c["actors"]]
    assert summit, "no summit claim about al-Sharaa"
    claim = max(summit, key=lambda c: len(c["mentions"]))
    assert {m["lang"] for m in claim["mentions"]} == {"ar", "en"}
    months = {m["published"][:7] for m in claim["mentions"]}
    assert "2025-07" in months and "2025-10" in months
    refutations = [s for s in claim["suggestions"] if s["outcome"] == "refuted" and s["reason"] == "postponed"]
    assert refutations


def test_the_meeting_claim_gathers_speculation_and_reports_and_offers_the_reception(demo_db):
    meetings = [c for c in _claims(demo_db)
                if c["event_type"] == "meeting" and {"Vladimir Putin", "Ahmed al-Sharaa"} <= set(c["actors"])]
    assert meetings, "no Putin–al-Sharaa meeting claim"
    claim = max(meetings, key=lambda c: len(c["mentions"]))
    months = {m["published"][:7] for m in claim["mentions"]}
    assert "2025-08" in months and "2025-10" in months
    assert any(s["outcome"] == "confirmed" for s in claim["suggestions"])
    forecasts = [m for m in claim["mentions"] if m["outcome"] is None and m["kind"] in ("prediction", "speculation")]

    def mean(month):
        values = [m["certainty"] for m in forecasts if m["published"].startswith(month)]
        return sum(values) / len(values)

    assert mean("2025-10") > mean("2025-08")
    series = demo_db.query("claim_mention_series", {"claim_id": claim["claim_id"]})
    assert list(series["published_at"]) == sorted(series["published_at"])
