"""Overview: counts, claims over time by status, top actors and countries, a world map and the
latest activity."""

import streamlit as st

from dashboard import charts
from dashboard.data import load, today
from dashboard.nav import open_claim
from dashboard.ui import country_label, dates_to_iso, guard

st.title("Overview")
with guard("Loading the overview"):
    counts = load("overview_counts", {"today": today()}).iloc[0]
    cols = st.columns(5)
    cols[0].metric("Open", int(counts["open"]))
    cols[1].metric("Confirmed", int(counts["confirmed"]) + int(counts["partly_confirmed"]))
    cols[2].metric("Refuted", int(counts["refuted"]))
    cols[3].metric("Overdue", int(counts["overdue"]), help="Open claims whose expected window has passed")
    cols[4].metric("All claims", int(counts["total"]))

    by_month = load("overview_claims_by_month", {"today": today()})
    left, right = st.columns(2)
    if by_month.empty:
        left.info("No claims yet: add articles to see them over time.")
    else:
        left.plotly_chart(charts.claims_by_month(by_month), key="by_month")

    recent_claims = load("claims_filtered", {
        "actors": None, "countries": None, "statuses": None, "event_types": None, "outlets": None,
        "langs": None, "kinds": None, "mention_from": None, "mention_to": None, "expected_from": None,
        "expected_to": None, "certainty_min": None, "certainty_max": None, "search": None,
        "today": today(), "sort": "last_seen", "limit": 2000,
    })
    if not recent_claims.empty:
        event = right.plotly_chart(charts.claims_scatter(recent_claims), key="claims_scatter",
                                   on_select="rerun", selection_mode="points")
        clicked = charts.selected_claim_id(event)
        if clicked is not None:
            open_claim(clicked)

    countries = load("overview_top_countries")
    a, c = st.columns(2)
    a.subheader("Top actors")
    actors = load("overview_top_actors", {"limit": 10})
    a.dataframe(actors[["name", "name_ar", "kind", "claims"]], hide_index=True,
                column_config={"name": "Actor", "name_ar": "Arabic name", "kind": "Kind", "claims": "Claims"})
    c.subheader("Countries")
    if not countries.empty:
        # The map's outlines come from plotly's CDN in the browser; offline it stays blank, so
        # the bars come first.
        bars, world = c.tabs(["Top countries", "World map"])
        event = bars.plotly_chart(charts.countries_bar(countries), key="countries_bar", on_select="rerun",
                                  selection_mode="points")
        code = charts.selected_value(event)
        if code:
            st.switch_page("dashboard/pages/countries.py", query_params={"code": country_label(code)})
        world.plotly_chart(charts.world_map(countries), key="world_map")

    st.subheader("Recent activity")
    activity = load("recent_activity", {"limit": 20})
    st.dataframe(dates_to_iso(activity, ["happened_at"]), hide_index=True,
                 column_order=["happened_at", "action", "status", "claim_id", "headline", "recorded_by", "note",
                               "articles_new", "claims_new"])
