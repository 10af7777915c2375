"""Countries: each with its claims and track record."""

import streamlit as st

from dashboard.data import load
from dashboard.nav import open_selected
from dashboard.track_view import share_confirmed, track_record_section
from dashboard.ui import column_labels, country_label, dates_to_iso, guard

st.title("Countries")
with guard("Loading the countries"):
    countries = load("countries_list")
    st.dataframe(countries.assign(name=countries["country"].map(country_label)), hide_index=True,
                 key="countries_table", column_order=["name", "claims", "open", "confirmed", "refuted"],
                 column_config=column_labels(countries, name="Country"))
    country = st.selectbox("Country", list(countries["country"]), format_func=country_label, index=None,
                           key="code", bind="query-params", placeholder="choose a country")
    if country:
        claims = load("countries_claims", {"country": country})
        share_confirmed(claims, f"Track record of claims about {country_label(country)}")
        sel = st.dataframe(dates_to_iso(claims, ["expected_from", "expected_to", "first_seen_at", "last_seen_at"]),
                           key="country_claims", column_config=column_labels(claims), hide_index=True, on_select="rerun", selection_mode="single-row")
        open_selected(claims, sel, "country_claims")
        with st.expander("Calibration of the forecasts"):
            track_record_section({"actor": None, "country": country, "date_from": None, "date_to": None}, compact=True)
