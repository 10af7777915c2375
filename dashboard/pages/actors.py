"""Actors: each with its claims and track record; add actors and edit their names and aliases
(the extractor uses them from the next ingest on)."""

import streamlit as st

from dashboard import actions
from dashboard.data import load
from dashboard.nav import open_selected
from dashboard.people import actor_forms
from dashboard.track_view import share_confirmed, track_record_section
from dashboard.ui import column_labels, country_label, dates_to_iso, guard, rtl

st.title("Actors")
actions.show_flash()
with guard("Loading the actors"):
    actors = load("actors_list")
    st.dataframe(actors.assign(aliases=actors["aliases"].map(lambda a: ", ".join(a) if a is not None else "")),
                 hide_index=True, key="actors_table", column_config=column_labels(actors),
                 column_order=["name", "name_ar", "kind", "country", "aliases", "origin", "claims", "confirmed",
                               "refuted"])
    labels = dict(zip(actors["actor_id"], actors["name"], strict=True))
    actor_id = st.selectbox("Actor", list(labels), format_func=lambda a: labels.get(a, a), index=None,
                            key="actor_id", bind="query-params", placeholder="choose an actor")
    if actor_id:
        row = actors[actors["actor_id"] == actor_id].iloc[0]
        rtl(f"{row['name']} — {row['name_ar'] or ''}", tag="h3")
        st.caption(f"{row['kind']} · {country_label(row['country']) if row['country'] else 'no country'} · "
                   f"origin: {row['origin']}")
        claims = load("actors_claims", {"actor_id": actor_id})
        share_confirmed(claims, f"Track record of claims about {row['name']}")
        sel = st.dataframe(dates_to_iso(claims, ["expected_from", "expected_to", "first_seen_at", "last_seen_at"]),
                           key="actor_claims", column_config=column_labels(claims), hide_index=True, on_select="rerun", selection_mode="single-row")
        open_selected(claims, sel, "actor_claims")
        with st.expander("Calibration of the forecasts"):
            track_record_section({"actor": actor_id, "country": None, "date_from": None, "date_to": None}, compact=True)
    actor_forms(actors, actor_id)
