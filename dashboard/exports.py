"""The export buttons under the claims table. Files are built only when a button is clicked
(Streamlit runs the callable then), from the whole filtered set rather than the rows shown."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import pandas as pd
import streamlit as st

from claimtracker.export import claim_reviews_jsonld, export_claims
from dashboard.data import database

_MIME = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "json": "application/json"}


def app_base_url(page_url: str | None, page_path: str = "claims") -> str | None:
    """The dashboard's own address (scheme, host, base path) from the URL of one of its pages, so
    that a ClaimReview without an evidence link still has a `url`: its claim page."""
    if not page_url:
        return None
    parts = urlsplit(page_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    path = parts.path
    if path.rstrip("/").endswith("/" + page_path):
        path = path.rstrip("/")[: -len(page_path)]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/") + "/", "", ""))


def _current_url() -> str | None:
    try:
        return st.context.url
    except Exception:  # noqa: BLE001 - no browser session (AppTest, bare mode): no address to give
        return None


def export_buttons(params: dict, total: int) -> None:
    st.subheader("Export")
    st.caption(f"Exports hold all {total} matching claims, not only the rows shown. ClaimReview JSON-LD "
               "(schema.org) holds the resolved ones among them.")
    full_params = {**params, "limit": max(total, 1)}

    def full_set():
        return database().query("claims_filtered", full_params)

    base = app_base_url(_current_url())
    cols = st.columns(4)
    for col, fmt in zip(cols, _MIME, strict=False):
        col.download_button(f"Export {fmt.upper()}", data=_exporter(full_set, fmt),
                            file_name=f"claims.{fmt}", mime=_MIME[fmt], key=f"export_{fmt}", on_click="ignore")
    cols[3].download_button(
        "Export ClaimReview JSON-LD",
        data=lambda: claim_reviews_jsonld(database(), [int(c) for c in full_set()["claim_id"]], base_url=base),
        file_name="claim-reviews.jsonld", mime="application/ld+json", key="export_claimreview", on_click="ignore")


def _exporter(rows: Callable[[], pd.DataFrame], fmt: str) -> Callable[[], bytes]:
    """The file of one format, made only when the button is pressed (each button its own format)."""
    return lambda: export_claims(rows(), fmt)
