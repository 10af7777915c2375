"""Moving between pages: opening a claim, an actor or a country from anywhere."""

from __future__ import annotations

import streamlit as st

CLAIM_PAGE = "dashboard/pages/claim.py"


def open_claim(claim_id: int) -> None:
    """Switch to the claim page for `claim_id` (its URL is /claim?claim_id=N)."""
    st.switch_page(CLAIM_PAGE, query_params={"claim_id": str(int(claim_id))})


def claim_link(claim_id: int, label: str | None = None) -> None:
    st.page_link(CLAIM_PAGE, label=label or f"Open claim #{claim_id}", icon=":material/open_in_new:",
                 query_params={"claim_id": str(int(claim_id))})


def open_selected(df, selection, key: str) -> None:
    """Under a table with row selection: a button that opens the selected claim."""
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    if len(rows) == 1:
        claim_id = int(df.iloc[rows[0]]["claim_id"])
        if st.button(f"Open claim #{claim_id}", key=f"{key}_open"):
            open_claim(claim_id)
