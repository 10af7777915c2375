"""The export buttons under the claims table. Files are built only when a button is clicked
(Streamlit runs the callable then), from the whole filtered set rather than the rows shown."""

from __future__ import annotations

import streamlit as st

from claimtracker.export import claim_reviews_jsonld, export_claims
from dashboard.data import database

_MIME = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "json": "application/json"}


def export_buttons(params: dict, total: int) -> None:
    st.subheader("Export")
    st.caption(f"Exports hold all {total} matching claims, not only the rows shown. ClaimReview JSON-LD "
               "(schema.org) holds the resolved ones among them.")
    full_params = {**params, "limit": max(total, 1)}

    def full_set():
        return database().query("claims_filtered", full_params)

    cols = st.columns(4)
    for col, fmt in zip(cols, _MIME, strict=False):
        col.download_button(f"Export {fmt.upper()}", data=lambda fmt=fmt: export_claims(full_set(), fmt),
                            file_name=f"claims.{fmt}", mime=_MIME[fmt], key=f"export_{fmt}", on_click="ignore")
    cols[3].download_button(
        "Export ClaimReview JSON-LD",
        data=lambda: claim_reviews_jsonld(database(), [int(c) for c in full_set()["claim_id"]]),
        file_name="claim-reviews.jsonld", mime="application/ld+json", key="export_claimreview", on_click="ignore")
