"""Export of a filtered set of claims (CSV, Parquet, JSON) and the ClaimReview JSON-LD."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest

from claimtracker.errors import InputError
from claimtracker.export import FORMATS, claim_reviews, claim_reviews_jsonld, export_claims
from claimtracker.store.claim_events import mark_status
from tests.dashboard.seed import seed


@pytest.fixture
def db(tmp_path):
    return seed(tmp_path / "export.duckdb")


def _claims(db) -> pd.DataFrame:
    return db.query("claims_filtered", {
        "actors": None, "countries": None, "statuses": None, "event_types": None, "outlets": None,
        "langs": None, "kinds": None, "mention_from": None, "mention_to": None, "expected_from": None,
        "expected_to": None, "certainty_min": None, "certainty_max": None, "search": None,
        "today": date(2026, 1, 1), "sort": "claim_id", "limit": 100,
    })


def test_csv_keeps_arabic_and_every_row(db):
    df = _claims(db)
    data = export_claims(df, "csv")
    assert data.startswith("\ufeff".encode())  # spreadsheet programs then read UTF-8
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["claim_id"]) == [4, 3, 2, 1]
    assert "بوتين يلتقي الشرع في موسكو" in set(back["headline"])
    assert back.loc[back["claim_id"] == 1, "actor_ids"].iloc[0] == "ahmed-al-sharaa; vladimir-putin"
    assert back.loc[back["claim_id"] == 1, "expected_from"].iloc[0] == "2025-10-01"


def test_parquet_round_trips_types(db):
    df = _claims(db)
    back = pd.read_parquet(io.BytesIO(export_claims(df, "parquet")))
    assert len(back) == 4
    assert list(back.loc[back["claim_id"] == 1, "actor_ids"].iloc[0]) == ["ahmed-al-sharaa", "vladimir-putin"]
    assert back["max_certainty"].dtype == float


def test_json_has_iso_dates_and_lists(db):
    records = json.loads(export_claims(_claims(db), "json"))
    first = {r["claim_id"]: r for r in records}[1]
    assert first["expected_to"] == "2025-10-31"
    assert first["actor_ids"] == ["ahmed-al-sharaa", "vladimir-putin"]
    assert first["headline"] == "بوتين يلتقي الشرع في موسكو"


def test_every_format_exports_an_empty_set(db):
    empty = _claims(db).iloc[0:0]
    for fmt in FORMATS:
        assert isinstance(export_claims(empty, fmt), bytes)


def test_unknown_format_is_an_input_error(db):
    with pytest.raises(InputError, match="unknown export format"):
        export_claims(_claims(db), "xlsx")


def test_claim_review_of_a_refuted_claim(db):
    reviews = claim_reviews(db)
    assert len(reviews) == 1  # only claim 2 is resolved
    r = reviews[0]
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert r["claimReviewed"] == "Russia–Arab summit in Moscow"
    assert r["reviewRating"]["alternateName"] == "Refuted"
    assert r["reviewRating"]["ratingValue"] == r["reviewRating"]["worstRating"] == 1
    assert r["url"] == "https://example.org/postponed"
    assert r["datePublished"].startswith("2025-11-01")
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2025-08-03"
    assert item["firstAppearance"]["url"] == "https://example.org/ar/1"
    assert [a["url"] for a in item["appearance"]] == ["https://example.org/ar/1"]
    assert item["author"]["name"] == "Example Arabic"


def test_claim_review_first_appearance_is_the_earliest_article(db):
    mark_status(db, 1, "confirmed", "The Kremlin received him", by="tester")
    review = claim_reviews(db, [1], base_url="https://tracker.example/")[0]
    assert review["reviewRating"]["alternateName"] == "Confirmed"
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["bestRating"] == 5
    # No evidence URL was given, so the review points at the claim's page.
    assert review["url"] == "https://tracker.example/claim?claim_id=1"
    dates = [a["datePublished"] for a in review["itemReviewed"]["appearance"]]
    assert dates == ["2025-08-03", "2025-10-14"]
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == "2025-08-03"


def test_open_claims_are_not_reviewed(db):
    assert claim_reviews(db, [1, 3, 4]) == []


def test_jsonld_document_is_valid_json(db):
    doc = json.loads(claim_reviews_jsonld(db))
    assert isinstance(doc, list) and doc[0]["@type"] == "ClaimReview"


@pytest.mark.parametrize(("page_url", "base"), [
    ("http://localhost:8501/claims?actor=Vladimir+Putin&status=refuted", "http://localhost:8501/"),
    ("https://tracker.example/team/claims/", "https://tracker.example/team/"),
    ("https://tracker.example/", "https://tracker.example/"),
    (None, None),
    ("file:///tmp/x", None),
])
def test_the_dashboards_own_address_for_claim_review_urls(page_url, base):
    from dashboard.exports import app_base_url

    assert app_base_url(page_url) == base


def test_every_claim_review_has_a_url_when_the_dashboard_gives_its_address(db):
    from dashboard.exports import app_base_url

    mark_status(db, 1, "confirmed", "The Kremlin received him", by="tester")
    base = app_base_url("http://localhost:8501/claims?status=confirmed")
    urls = sorted(r.get("url") for r in claim_reviews(db, base_url=base))
    # Claim 2 has an evidence link; claim 1 has none, so its review points at its claim page.
    assert urls == ["http://localhost:8501/claim?claim_id=1", "https://example.org/postponed"]

