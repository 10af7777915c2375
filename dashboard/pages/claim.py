"""A claim: headline, status and history, every mention in its article, the prediction
timeline, related claims, and the actions (mark, reopen, edit)."""

import pandas as pd
import streamlit as st

from dashboard import actions, charts
from dashboard.data import load, today
from dashboard.mentions_view import mention_cards
from dashboard.nav import open_selected
from dashboard.ui import (
    all_country_codes,
    column_labels,
    country_label,
    dates_to_iso,
    esc,
    guard,
    iso,
    quote,
    rtl,
    status_label,
    window_html,
)


def _go_to(claim_id: int) -> None:
    # A callback runs before the page script, so it may still change the bound "claim_id" widget.
    st.session_state["claim_id"] = int(claim_id)


st.title("Claim")
actions.show_flash()
with guard("Loading the claim"):
    claim_id = st.number_input("Claim id", min_value=1, step=1, value=None, key="claim_id",
                               bind="query-params", placeholder="type a claim number")
    if claim_id is None:
        st.info("Open a claim from the Claims page, the Overview or the Review queue, or type its number.")
        st.stop()
    found = load("claim_detail", {"claim_id": int(claim_id), "today": today()})
    if found.empty:
        st.warning(f"There is no claim #{int(claim_id)}.")
        st.stop()
    claim = found.iloc[0].to_dict()
    claim["actor_ids"] = list(claim["actor_ids"])
    claim["countries"] = list(claim["countries"])

    merged = claim.get("merged_into_id") is not None and not pd.isna(claim["merged_into_id"])
    if merged:
        target = int(claim["merged_into_id"])
        st.warning(f"This claim was merged into claim #{target}: its mentions, actors and countries are "
                   "there now, and it is left out of lists and counts.")
        st.button(f"Open claim #{target}", key="open_merged_target", on_click=_go_to, args=(target,))
    rtl(claim["headline"], tag="h2")
    c1, c2, c3, c4 = st.columns(4)
    c1.markdown(f"**Status**  \n{status_label(claim['status'], bool(claim['is_overdue']))}")
    c2.markdown(f"**Expected**  \n{window_html(claim['expected_from'], claim['expected_to'], claim['expected_text'])}",
                unsafe_allow_html=True)
    c3.markdown(f"**Event**  \n{esc(claim['event_type'])} · {esc(claim['kind'])}")
    c4.markdown(f"**Seen**  \n{iso(claim['first_seen_at'])} → {iso(claim['last_seen_at'])}")
    st.markdown(f"**Actors:** {esc(claim['actor_names']) or '—'}  \n"
                f"**Countries:** {esc(', '.join(country_label(c) for c in claim['countries'])) or '—'}")

    # A merged claim is judged and edited through the claim it went into.
    suggestions = load("claim_suggestions", {"claim_ids": [int(claim_id)], "pending_only": True})
    for sug in ([] if merged else suggestions.itertuples()):
        with st.container(border=True):
            st.markdown(f"**Suggested outcome: {esc(sug.outcome)}** ({esc(sug.reason)}) from "
                        f"{iso(sug.published_at)} · {esc(sug.outlet or '')}")
            if isinstance(sug.quote, str):
                quote(sug.quote)
            actions.suggestion_buttons(int(sug.suggestion_id), f"claim_{sug.suggestion_id}")

    mentions = load("claim_mentions", {"claim_id": int(claim_id)})
    history = load("claim_status_history", {"claim_id": int(claim_id)})
    st.plotly_chart(charts.claim_timeline(claim, mentions, history), key="timeline")

    tab_m, tab_h, tab_r, tab_a = st.tabs(["Mentions", "History", "Related claims", "Edit"])
    with tab_m:
        mention_cards(mentions, int(claim_id))
    with tab_h:
        shown = dates_to_iso(history, ["recorded_at"])
        st.dataframe(shown, hide_index=True,
                     column_order=["recorded_at", "action", "status", "previous_status", "recorded_by", "note",
                                   "evidence_url", "evidence_title", "related_claim_id"],
                     column_config=column_labels(
                         shown, recorded_at="When", evidence_url=st.column_config.LinkColumn("Evidence"),
                         evidence_title="Evidence title", related_claim_id="Related claim"))
    with tab_r:
        related = load("related_claims", {"claim_id": int(claim_id), "limit": 50})
        if related.empty:
            st.caption("No other claim shares an actor with this one.")
        else:
            sel = st.dataframe(dates_to_iso(related, ["expected_from", "expected_to", "last_seen_at"]),
                               key="related_table", hide_index=True, column_config=column_labels(related),
                               on_select="rerun", selection_mode="single-row")
            open_selected(related, sel, "related")
    with tab_a:
        if merged:
            st.caption("Edit the claim it was merged into.")
        else:
            opts = load("claims_filter_options")
            actor_opts = dict(zip(opts[opts.facet == "actor"]["value"], opts[opts.facet == "actor"]["label"],
                                  strict=True))
            all_actors = load("actors_list")
            actor_opts.update(dict(zip(all_actors["actor_id"], all_actors["name"], strict=True)))
            actions.edit_form(claim, actor_opts, all_country_codes(), country_label)
            actions.merge_form(int(claim_id))

    if not merged:
        actions.mark_form(int(claim_id))
