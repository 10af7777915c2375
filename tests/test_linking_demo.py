"""Issue 4's "done when" on the demo corpus, ingested in date order into an empty database.

This runs the real extractor, so it checks linking and extraction together.
"""

from __future__ import annotations

from datetime import date

from claimtracker.store.claims import claims_report


def _claims(demo_db):
    return claims_report(demo_db, today=date(2025, 12, 1))


def _forecasts(claim):
    return [m for m in claim["mentions"] if m["outcome"] is None and m["kind"] in ("prediction", "speculation")]


def _summit(demo_db):
    summit = [c for c in _claims(demo_db) if c["event_type"] == "summit" and "Ahmed al-Sharaa" in c["actors"]]
    assert summit, "no summit claim about al-Sharaa"
    return max(summit, key=lambda c: len(c["mentions"]))


def _meeting(demo_db):
    meetings = [c for c in _claims(demo_db)
                if c["event_type"] == "meeting" and {"Vladimir Putin", "Ahmed al-Sharaa"} <= set(c["actors"])]
    assert meetings, "no Putin–al-Sharaa meeting claim"
    return max(meetings, key=lambda c: len(c["mentions"]))


def _published(demo_db, article_id) -> str:
    """The date of an article, from any mention of it."""
    for claim in _claims(demo_db):
        for m in claim["mentions"]:
            if m["article_id"] == article_id:
                return m["published"]
    raise AssertionError(f"article {article_id} has no mention")


def test_the_summit_claim_gathers_both_languages_and_offers_the_postponement(demo_db):
    claim = _summit(demo_db)
    assert "summit" in claim["headline"] and "al-Sharaa" in claim["headline"]
    forecasts = _forecasts(claim)
    # Forecasts (not only the postponement reports) from both languages, July to October.
    by_lang = {lang: {m["published"][:7] for m in forecasts if m["lang"] == lang} for lang in ("ar", "en")}
    assert "2025-07" in by_lang["en"] and "2025-07" in by_lang["ar"], by_lang
    months = {m["published"][:7] for m in claim["mentions"]}
    assert {"2025-07", "2025-10"} <= months
    assert any(m["expected"] and m["expected"]["from"] == "2025-10-15" for m in forecasts if m["published"] < "2025-10")
    refutations = [s for s in claim["suggestions"] if s["outcome"] == "refuted" and s["reason"] == "postponed"]
    assert refutations
    assert all(_published(demo_db, s["article_id"]) >= "2025-10-09" for s in refutations)
    # The summit never happened: the bilateral meeting beside it is not its confirmation.
    assert not [s for s in claim["suggestions"] if s["outcome"] == "confirmed"]
    assert not [m for m in claim["mentions"] if m["outcome"] == "confirmed"]


def test_the_meeting_claim_gathers_speculation_and_reports_and_offers_the_reception(demo_db):
    claim = _meeting(demo_db)
    assert "Putin" in claim["headline"] and "al-Sharaa" in claim["headline"] and "meeting" in claim["headline"]
    months = {m["published"][:7] for m in claim["mentions"]}
    assert "2025-08" in months and "2025-10" in months
    forecasts = _forecasts(claim)
    assert {m["lang"] for m in forecasts if m["published"].startswith("2025-08")} == {"ar", "en"}
    confirmations = [s for s in claim["suggestions"] if s["outcome"] == "confirmed"]
    assert confirmations
    assert {_published(demo_db, s["article_id"]) for s in confirmations} == {"2025-10-15"}
    # No refutation: the summit's postponement is not the meeting's.
    assert not [s for s in claim["suggestions"] if s["outcome"] == "refuted"]
    # One event, not everything that names al-Sharaa: no mention of it is a summit forecast, and
    # its forecasts all expect the meeting by mid-October.
    assert not [m for m in claim["mentions"] if m["outcome"] == "refuted"]
    assert all(m["expected"] is None or m["expected"]["from"] is None or m["expected"]["from"] <= "2025-10-20"
               for m in forecasts), [m["expected"] for m in forecasts]

    def mean(month):
        values = [m["certainty"] for m in forecasts if m["published"].startswith(month)]
        return sum(values) / len(values)

    assert mean("2025-10") > mean("2025-08")
    series = demo_db.query("claim_mention_series", {"claim_id": claim["claim_id"]})
    assert list(series["published_at"]) == sorted(series["published_at"])


def _summit_windows(demo_db) -> list[tuple[str, str, str]]:
    """(published, expected_from, lang) of the summit claim's forecasts, in series order."""
    claim = _summit(demo_db)
    series = demo_db.query("claim_mention_series", {"claim_id": claim["claim_id"]})
    forward = series[series["outcome"].isna() & series["expected_from"].notna()]
    return [(str(p)[:10], str(f)[:10], lang) for p, f, lang in zip(
        forward["published_at"], forward["expected_from"], forward["lang"], strict=True)]


def test_the_summit_window_drifts_from_october_to_november_to_2026(demo_db):
    claim = _summit(demo_db)
    windows = _summit_windows(demo_db)
    assert "2025-10-15" in {f for p, f, _ in windows if p < "2025-10-09"}, windows
    after = [(p, f) for p, f, _ in windows if p >= "2025-10-09"]
    assert any(f.startswith("2025-11") for _, f in after), windows
    assert any(f.startswith("2026-01") for _, f in after), windows
    # In the order it was reported: November first (10 October), then 2026 (24 November).
    november = [p for p, f in after if f.startswith("2025-11")]
    next_year = [p for p, f in after if f.startswith("2026-01")]
    assert min(november) < min(next_year), windows
    # The claim's own window is the newest re-dating, not a later clause recalling November.
    assert claim["expected"]["from"] == "2026-01-01" and claim["expected"]["to"] == "2026-06-30"
