"""Overview: counts, claims over time by status, a world map of claims by country, top actors and
countries and the latest activity."""

import streamlit as st

from dashboard import charts, geo
from dashboard.data import load, today
from dashboard.nav import open_claim
from dashboard.ui import column_labels, country_label, dates_to_iso, guard


def _open_country(code: str | None) -> None:
    if code:
        st.switch_page("dashboard/pages/countries.py", query_params={"code": country_label(code)})


st.title("Overview")
with guard("Loading the overview"):
    counts = load("overview_counts", {"today": today()}).iloc[0]
    cols = st.columns(5)
    cols[0].metric("Open", int(counts["open"]), help="Every open claim, the overdue ones among them")
    cols[1].metric("Confirmed", int(counts["confirmed"]) + int(counts["partly_confirmed"]))
    cols[2].metric("Refuted", int(counts["refuted"]))
    cols[3].metric("Overdue", int(counts["overdue"]), help="Open claims whose expected window has passed")
    cols[4].metric("All claims", int(counts["total"]))

    countries = load("overview_top_countries")
    if not countries.empty:
        world = charts.world_map(countries)
        if world is None:
            st.caption("The world map's country outlines are not installed (package `pyogrio`); "
                       "the top countries are below.")
        else:
            event = st.plotly_chart(world, key="world_map", on_select="rerun", selection_mode="points",
                                    config=geo.plotly_config())
            _open_country(charts.selected_value(event))

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

    a, c = st.columns(2)
    a.subheader("Top actors")
    actors = load("overview_top_actors", {"limit": 10})
    a.dataframe(actors[["name", "name_ar", "kind", "claims"]], hide_index=True,
                column_config={"name": "Actor", "name_ar": "Arabic name", "kind": "Kind", "claims": "Claims"})
    c.subheader("Countries")
    if not countries.empty:
        event = c.plotly_chart(charts.countries_bar(countries), key="countries_bar", on_select="rerun",
                               selection_mode="points")
        _open_country(charts.selected_value(event))

    st.subheader("Recent activity")
    activity = load("recent_activity", {"limit": 20})
    st.dataframe(dates_to_iso(activity, ["happened_at"]), hide_index=True, column_config=column_labels(activity),
                 column_order=["happened_at", "action", "status", "claim_id", "headline", "recorded_by", "note",
                               "articles_new", "claims_new"])
