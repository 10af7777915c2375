"""Track record: calibration (share confirmed per certainty bin, with counts), the share
confirmed by outlet, attribution kind, event type and actor, and the Brier score."""

import streamlit as st

from dashboard.data import load
from dashboard.track_view import track_record_section
from dashboard.ui import country_label, guard

st.title("Track record")
st.caption("Over resolved claims only: an open claim is never counted as wrong.")
with guard("Computing the track record"):
    opts = load("claims_filter_options")
    actors = opts[opts["facet"] == "actor"]
    labels = dict(zip(actors["value"], actors["label"], strict=True))
    c1, c2, c3, c4 = st.columns(4)
    actor = c1.selectbox("Actor", list(labels), format_func=labels.__getitem__, index=None, key="actor",
                         bind="query-params", placeholder="any actor")
    country = c2.selectbox("Country", list(opts[opts["facet"] == "country"]["value"]), format_func=country_label,
                           index=None, key="country", bind="query-params", placeholder="any country")
    date_from = c3.date_input("Articles from", value=None, key="from", bind="query-params")
    date_to = c4.date_input("Articles to", value=None, key="to", bind="query-params")
    track_record_section({"actor": actor, "country": country, "date_from": date_from, "date_to": date_to})
