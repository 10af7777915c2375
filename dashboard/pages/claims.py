"""Claims: the filterable, sortable table; select rows to open one or mark many; export."""

import streamlit as st

from dashboard import actions, charts
from dashboard.data import load
from dashboard.exports import export_buttons
from dashboard.filters import claim_filters
from dashboard.nav import open_claim, open_selected
from dashboard.ui import dates_to_iso, guard

st.title("Claims")
with guard("Loading the claims"):
    filters = claim_filters()
    claims = load("claims_filtered", filters.params())
    total = int(claims["total_matches"].iloc[0]) if not claims.empty else 0
    st.caption(f"{total} matching claims" + (f", showing {len(claims)}" if total > len(claims) else "")
               + ". Select one row to open it, several to mark them at once.")
    shown = dates_to_iso(claims, ["expected_from", "expected_to", "first_seen_at", "last_seen_at"])
    shown["status"] = shown["status"].where(~shown["is_overdue"].fillna(False).astype(bool), "overdue")
    selection = st.dataframe(
        shown, key="claims_table", on_select="rerun", height=520, selection_mode="multi-row", hide_index=True,
        column_order=["claim_id", "headline", "status", "event_type", "actors", "countries", "expected_from",
                      "expected_to", "expected_text", "max_certainty", "mention_count", "first_seen_at",
                      "last_seen_at", "outlets", "langs", "kinds"],
        column_config={
            "claim_id": st.column_config.NumberColumn("Claim", format="%d"),
            "headline": st.column_config.TextColumn("Headline", width="large"),
            "max_certainty": st.column_config.ProgressColumn("Certainty", min_value=0.0, max_value=1.0,
                                                             format="%.2f"),
            "status": "Status",
            "event_type": "Event type",
            "actors": "Actors",
            "countries": "Countries",
            "expected_from": "Expected from",
            "expected_to": "Expected to",
            "mention_count": "Mentions",
            "expected_text": "Expected (article's words)",
            "first_seen_at": "First mention",
            "last_seen_at": "Latest mention",
            "outlets": "Outlets",
            "langs": "Languages",
            "kinds": "Kinds",
        },
    )
    open_selected(claims, selection, "claims")
    if not claims.empty:
        with st.expander("These claims on a chart"):
            event = st.plotly_chart(charts.claims_scatter(claims), key="claims_chart", on_select="rerun",
                                    selection_mode="points")
            clicked = charts.selected_claim_id(event)
            if clicked is not None:
                open_claim(clicked)
    rows = list(selection.selection.rows) if selection else []
    if len(rows) > 1:
        actions.bulk_mark_form(claims.iloc[rows]["claim_id"].astype(int).tolist())

    export_buttons(filters.params(), total)
