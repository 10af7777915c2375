"""Review queue: claims from the latest ingest, overdue claims, and outcome suggestions to
accept or reject in one click."""

import streamlit as st

from dashboard import actions
from dashboard.data import load, query_exists, today
from dashboard.nav import claim_link, open_selected
from dashboard.ui import column_labels, dates_to_iso, esc, guard, iso, quote, rtl

st.title("Review queue")
actions.show_flash()
with guard("Loading the review queue"):
    suggestions = load("review_suggestions", {"limit": 200})
    overdue = load("overdue_claims", {"today": today()}) if query_exists("overdue_claims") else None
    new = load("review_new_claims", {"limit": 500})
    tab_s, tab_o, tab_n = st.tabs([
        f"Outcome suggestions ({len(suggestions)})",
        f"Overdue claims ({0 if overdue is None else len(overdue)})",
        f"New from the latest ingest ({len(new)})",
    ])
    with tab_s:
        if suggestions.empty:
            st.caption("No outcome suggestions wait for a decision.")
        for s in suggestions.itertuples():
            with st.container(border=True):
                st.markdown(f"**Suggested: {esc(s.outcome)}** for claim #{s.claim_id} "
                            f"(now {esc(s.status)})" + (f" · {esc(s.reason)}" if isinstance(s.reason, str) else ""))
                rtl(s.headline, bold=True)
                if isinstance(s.quote, str) and s.quote:
                    quote(s.quote)
                src = " · ".join(x for x in (iso(s.article_published_at),
                                             s.article_outlet if isinstance(s.article_outlet, str) else "",
                                             s.article_title if isinstance(s.article_title, str) else "") if x)
                if src:
                    st.caption(src)
                claim_link(int(s.claim_id))
                actions.suggestion_buttons(int(s.suggestion_id), str(s.suggestion_id))
    with tab_o:
        if overdue is None or overdue.empty:
            st.caption("No open claim is past its expected window.")
        else:
            if len(overdue) > 1000:
                st.caption(f"The 1000 most overdue of {len(overdue)}; the Claims page filters all of them "
                           "(Status: overdue).")
                overdue = overdue.head(1000)
            sel = st.dataframe(dates_to_iso(overdue, ["expected_from", "expected_to", "last_seen_at"]),
                               key="overdue_table", hide_index=True, column_config=column_labels(overdue), on_select="rerun",
                               selection_mode="single-row")
            open_selected(overdue, sel, "overdue")
    with tab_n:
        if new.empty:
            st.caption("The latest ingest created no claims.")
        else:
            st.caption(f"From batch {new['batch_id'].iloc[0]}: {new['batch_source'].iloc[0] or ''}")
            sel = st.dataframe(dates_to_iso(new, ["expected_from", "expected_to", "first_seen_at", "batch_started_at"]),
                               key="new_table", hide_index=True, column_config=column_labels(new), on_select="rerun", selection_mode="single-row",
                               column_order=["claim_id", "headline", "status", "event_type", "kind", "expected_from",
                                             "expected_to", "expected_text", "first_seen_at"])
            open_selected(new, sel, "new")
