"""Track-record pieces shared by the Track record, Actors and Countries pages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from claimtracker.models import RESOLVED_STATUSES
from dashboard import charts


def share_confirmed(claims: pd.DataFrame, title: str) -> None:
    """Counts and the share confirmed among resolved claims (unresolved never count as wrong)."""
    status = claims["status"] if "status" in claims else pd.Series(dtype=str)
    resolved = status.isin(RESOLVED_STATUSES)
    confirmed = (status == "confirmed").sum() + 0.5 * (status == "partly_confirmed").sum()
    st.markdown(f"**{title}**")
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Claims", len(claims))
    c2.metric("Resolved", int(resolved.sum()))
    c3.metric("Refuted", int((status == "refuted").sum()))
    c4.metric("Share confirmed", f"{confirmed / resolved.sum():.0%}" if resolved.sum() else "—",
              help="Among resolved claims; partly confirmed counts half")


def track_record_section(params: dict, *, compact: bool = False) -> None:
    """The track record over the `track_record_mentions` rows that match `params` (actor,
    country, date_from, date_to): headline numbers, and unless compact the calibration chart
    and the breakdowns."""
    from claimtracker import track
    from dashboard.data import data_version

    once = st.toggle("Count each claim once (its latest forecast)", key=f"once_{compact}",
                     help="Otherwise every outlet's forecast of a claim counts")
    numbers, calib, tables = _computed(params, once, data_version())
    if numbers is None:
        st.info("No resolved claim with a forward mention matches yet: mark claims confirmed or refuted "
                "to build the track record.")
        return
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Resolved forecasts", numbers["mentions"])
    c2.metric("Resolved claims", numbers["claims"])
    c3.metric("Share confirmed", "—" if numbers["share_confirmed"] is None else f"{numbers['share_confirmed']:.0%}")
    c4.metric("Brier score", "—" if numbers["brier"] is None else f"{numbers['brier']:.3f}",
              help="Mean of (certainty − outcome)²: 0 is perfect, always saying 0.5 scores 0.25")
    if compact:
        st.plotly_chart(charts.calibration(calib), key=f"calibration_{compact}")
        return
    st.plotly_chart(charts.calibration(calib), key="calibration")
    tabs = st.tabs(["By outlet", "By attribution", "By event type", "By actor"])
    names = _actor_names()
    for tab, by in zip(tabs, ["outlet", "attribution", "event_type", "actor"], strict=True):
        with tab:
            table = tables[by].copy()
            column = track.BREAKDOWNS[by]
            if by == "actor":
                table[column] = table[column].map(lambda a: names.get(a, a))
            st.plotly_chart(charts.share_by(table.head(30), column), key=f"share_{by}")
            st.dataframe(table, hide_index=True, column_config={
                column: by.replace("_", " ").capitalize(), "count": "Forecasts", "claims": "Claims",
                "share_confirmed": st.column_config.NumberColumn("Share confirmed", format="%.2f"),
                "mean_certainty": st.column_config.NumberColumn("Mean certainty", format="%.2f"),
                "brier": st.column_config.NumberColumn("Brier", format="%.3f"),
            })


def _actor_names() -> dict[str, str]:
    from dashboard.data import load

    actors = load("actors_list")
    return dict(zip(actors["actor_id"], actors["name"], strict=True))


@st.cache_data(show_spinner=False, max_entries=64)
def _computed(params: dict, once: bool, version: tuple):
    """The summary, calibration and breakdowns, cached per filter and data version (`version`
    is only part of the key)."""
    from claimtracker import track
    from dashboard.data import load

    mentions = load("track_record_mentions", params)
    if mentions.empty:
        return None, None, None
    rows = track.per_claim(mentions) if once else mentions
    tables = {by: track.breakdown(rows, by) for by in track.BREAKDOWNS}
    return track.summary(rows), track.calibration(rows), tables
