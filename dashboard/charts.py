"""Plotly figures for the pages. Each takes DataFrames from a named query and returns a figure;
points that stand for a claim carry its id in `customdata[0]`, so a click can open it."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from dashboard import geo
from dashboard.ui import STATUS_COLORS, country_name, iso, window

# Date axes read as ISO days, like every date on the pages.
_ISO_DAY = "%Y-%m-%d"
_LAYOUT = {"margin": {"l": 10, "r": 10, "t": 40, "b": 10}, "legend": {"orientation": "h", "y": -0.15}}


def claims_by_month(df: pd.DataFrame) -> go.Figure:
    """Stacked bars: claims per month of first mention, by status."""
    fig = go.Figure()
    for status, part in df.groupby("status", sort=False):
        fig.add_bar(
            x=part["month"], y=part["claims"], name=status.replace("_", " "),
            marker_color=STATUS_COLORS.get(status),
            hovertemplate="%{x|%Y-%m}: %{y} " + status + " claims<extra></extra>",
        )
    fig.update_layout(barmode="stack", title="Claims over time, by status", xaxis_title="first mentioned",
                      yaxis_title="claims", xaxis_tickformat="%Y-%m", **_LAYOUT)
    return fig


# Starts at a light blue, not white, so a country with one claim stands out from the grey ones.
_MAP_BLUES = [[0.0, "#c6dbef"], [0.5, "#4292c6"], [1.0, "#08306b"]]


def world_map(df: pd.DataFrame) -> go.Figure | None:
    """Choropleth of claims per country (alpha-2 codes in `df["country"]`, counts in
    `df["claims"]`) over every country's outline in grey; each country with claims carries its
    code in `customdata[0]`, so a click can open it. The outlines come from `dashboard.geo`, drawn
    with the geo base map hidden; shown with `config=geo.plotly_config()`, plotly.js fetches
    nothing. None when the outlines cannot be loaded."""
    world = geo.world_geojson()
    if world is None:
        return None
    known = {f["id"] for f in world["features"]}
    df = df[df["country"].isin(known)]
    df = df.assign(name=df["country"].map(country_name))
    outline = {"line": {"color": "white", "width": 0.5}}
    fig = go.Figure()
    fig.add_choropleth(
        geojson=world, featureidkey="id", locations=sorted(known), z=[0] * len(known),
        colorscale=[[0, "#e6e6e6"], [1, "#e6e6e6"]], showscale=False, hoverinfo="skip", marker=outline,
        name="countries", showlegend=False,
    )
    fig.add_choropleth(
        geojson=geo.country_features(df["country"]), featureidkey="id", locations=df["country"],
        z=df["claims"], colorscale=_MAP_BLUES, zmin=0, zmax=max([1, *df["claims"]]), text=df["name"],
        customdata=df[["country"]].to_numpy(),
        hovertemplate="%{text} (%{customdata[0]}): %{z} claims<extra>click to open</extra>",
        colorbar={"title": {"text": "claims"}, "thickness": 12}, marker=outline, name="claims",
    )
    # No base layer (land, coastlines, frame) is drawn: plotly.js would fetch it from its CDN.
    fig.update_geos(visible=False, projection_type="natural earth", lataxis_range=[-58, 85])
    fig.update_layout(title="Claims by country (click one to open it)", clickmode="event+select",
                      height=460, **{**_LAYOUT, "margin": {"l": 0, "r": 0, "t": 40, "b": 0}})
    return fig


def countries_bar(df: pd.DataFrame, top: int = 15) -> go.Figure:
    """Claims per country as bars, most first; each bar carries its ISO code to open the country."""
    df = df.head(top)
    fig = go.Figure(go.Bar(
        x=df["country"].map(country_name), y=df["claims"], customdata=df[["country"]].to_numpy(),
        marker_color="#4682b4",
        hovertemplate="%{x} (%{customdata[0]}): %{y} claims<extra>click to open</extra>",
    ))
    fig.update_layout(title="Top countries (click one to open it)", yaxis_title="claims", clickmode="event+select",
                      **_LAYOUT)
    return fig


def selected_value(event) -> str | None:
    """The customdata[0] of the first clicked point of a plotly selection event, as text."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    for p in points or []:
        data = p.get("customdata") if isinstance(p, dict) else None
        if data:
            return str(data[0])
    return None


def claims_scatter(df: pd.DataFrame) -> go.Figure:
    """Each claim as a point: x = expected date (or first mention), y = highest certainty."""
    df = df.copy()
    df["x"] = df["expected_from"].fillna(df["expected_to"]).fillna(df["first_seen_at"])
    df["shown"] = df["status"].where(~df["is_overdue"].fillna(False).astype(bool), "overdue")
    fig = go.Figure()
    for status, part in df.groupby("shown", sort=False):
        fig.add_scatter(
            x=part["x"], y=part["max_certainty"], mode="markers", name=status.replace("_", " "),
            marker={"color": STATUS_COLORS.get(status), "size": 10, "line": {"width": 1, "color": "white"}},
            customdata=part[["claim_id", "headline"]].assign(headline=part["headline"].map(_hover_text)).to_numpy(),
            hovertemplate="#%{customdata[0]} %{customdata[1]}<br>expected %{x|%Y-%m-%d}"
                          "<br>certainty %{y:.2f}<extra>click to open</extra>",
        )
    fig.update_layout(title="Claims by expected date and certainty (click one to open it)",
                      xaxis_title="expected", yaxis_title="highest certainty", yaxis_range=[-0.05, 1.05],
                      xaxis_tickformat=_ISO_DAY,
                      clickmode="event+select", **_LAYOUT)
    return fig


def claim_timeline(claim: dict, mentions: pd.DataFrame, history: pd.DataFrame) -> go.Figure:
    """Certainty over article dates; the expected window as a band; each mention's own window as
    a dotted line (the drift); the outcome as a marker."""
    fig = go.Figure()
    if claim.get("expected_from") is not None and not pd.isna(claim.get("expected_from")):
        end = claim.get("expected_to")
        end = claim["expected_from"] if end is None or pd.isna(end) else end
        fig.add_vrect(x0=pd.Timestamp(claim["expected_from"]), x1=pd.Timestamp(end) + pd.Timedelta(days=1),
                      fillcolor="#ffbf00", opacity=0.18, line_width=0,
                      annotation_text="expected " + window(claim["expected_from"], claim.get("expected_to")),
                      annotation_position="top left")
    # Every mention's own window in one trace, broken by None: a trace per mention cost most of
    # the page's drawing time on a claim with hundreds of mentions.
    xs: list = []
    ys: list = []
    for row in mentions.itertuples():
        if pd.isna(row.expected_from) and pd.isna(row.expected_to):
            continue
        a = row.expected_from if not pd.isna(row.expected_from) else row.expected_to
        b = row.expected_to if not pd.isna(row.expected_to) else row.expected_from
        xs += [a, b, None]
        ys += [row.certainty, row.certainty, None]
    if xs:
        fig.add_scatter(x=xs, y=ys, mode="lines", name="each mention's window", showlegend=False,
                        line={"dash": "dot", "color": "#999"}, hoverinfo="skip", connectgaps=False)
    if not mentions.empty:
        text = [
            f"{iso(r.published_at)} · {_hover_text(r.outlet or '')} ({_hover_text(r.lang)})<br>"
            f"{_hover_text(_short(r.quote))}<br>certainty {r.certainty:.2f} · expected "
            f"{_hover_text(window(r.expected_from, r.expected_to, r.time_text))}"
            for r in mentions.itertuples()
        ]
        fig.add_scatter(
            x=mentions["published_at"], y=mentions["certainty"], mode="markers", name="mentions",
            marker={"size": 11, "color": "#1f77b4", "line": {"width": 1, "color": "white"}},
            hovertext=text, hoverinfo="text",
        )
        # The line follows the surest wording of each day, so several reports on one day do
        # not zig-zag.
        daily = mentions.groupby("published_at", as_index=False)["certainty"].max()
        fig.add_scatter(x=daily["published_at"], y=daily["certainty"], mode="lines", name="certainty over time",
                        line={"color": "#1f77b4", "width": 2}, hoverinfo="skip")
    outcome = history[history["action"] == "status"].tail(1) if not history.empty else history
    if not outcome.empty and outcome.iloc[0]["status"] in ("confirmed", "partly_confirmed", "refuted"):
        last = outcome.iloc[0]
        st_ = last["status"]
        # The outcome sits at the date of its evidence article when there is one, else when it
        # was recorded.
        evidence_date = last.get("evidence_published_at")
        when = evidence_date if evidence_date is not None and not pd.isna(evidence_date) else last["recorded_at"]
        y = 1.0 if st_ == "confirmed" else 0.5 if st_ == "partly_confirmed" else 0.0
        fig.add_scatter(x=[when], y=[y], mode="markers", name=f"outcome: {st_.replace('_', ' ')}",
                        marker={"symbol": "star" if y else "x", "size": 18, "color": STATUS_COLORS[st_]},
                        hovertext=[f"{st_} on {iso(when)}: {_hover_text(last['note'] or '')}"], hoverinfo="text")
    fig.update_layout(title="Prediction timeline", xaxis_title="article date", yaxis_title="certainty",
                      yaxis_range=[-0.05, 1.1], xaxis_tickformat=_ISO_DAY, **_LAYOUT)
    return fig


def _hover_text(text: object) -> str:
    """Article or user text for plotly's hover labels, which read a few HTML tags (<a>, <b>, <br>):
    escaped, so a tag in an article shows as text (plotly turns the entities back into characters)."""
    return html.escape("" if text is None else str(text), quote=False)


def _short(text: str, n: int = 90) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def bar_counts(df: pd.DataFrame, x: str, y: str, title: str, hover: str | None = None) -> go.Figure:
    fig = go.Figure(go.Bar(x=df[x], y=df[y], hovertext=df[hover] if hover else None,
                           hovertemplate="%{x}: %{y}<extra></extra>" if not hover else None))
    fig.update_layout(title=title, **_LAYOUT)
    return fig


def selected_claim_id(event) -> int | None:
    """The claim id of the first clicked point of a plotly selection event, if any."""
    try:
        points = event.selection.points
    except AttributeError:
        try:
            points = event["selection"]["points"]
        except (KeyError, TypeError):
            return None
    for p in points or []:
        data = p.get("customdata") if isinstance(p, dict) else None
        if data:
            try:
                return int(data[0])
            except (TypeError, ValueError):
                continue
    return None


def calibration(df: pd.DataFrame) -> go.Figure:
    """Share confirmed per certainty bin as bars (the count in each bin written on it), and the
    diagonal a perfectly calibrated source would follow."""
    mids = (df["bin_from"] + df["bin_to"]) / 2
    fig = go.Figure()
    fig.add_bar(
        x=mids, y=df["share_confirmed"], width=(df["bin_to"] - df["bin_from"]) * 0.9, name="share confirmed",
        text=[f"n={n}" for n in df["count"]], textposition="outside", marker_color="#2ca02c",
        customdata=df[["bin", "count", "claims", "mean_certainty"]].to_numpy(),
        hovertemplate="certainty %{customdata[0]}<br>%{customdata[1]} forecasts of %{customdata[2]} claims"
                      "<br>share confirmed %{y:.2f}<br>mean certainty %{customdata[3]:.2f}<extra></extra>",
    )
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", name="perfect calibration",
                    line={"dash": "dash", "color": "#888"}, hoverinfo="skip")
    fig.update_layout(title="Calibration: share confirmed at each certainty", xaxis_title="certainty",
                      yaxis_title="share confirmed", xaxis_range=[0, 1], yaxis_range=[0, 1.15], **_LAYOUT)
    return fig


def share_by(df: pd.DataFrame, column: str) -> go.Figure:
    """Share confirmed per group, with the number of forecasts in the hover text."""
    fig = go.Figure(go.Bar(
        x=df[column].astype(str), y=df["share_confirmed"], marker_color="#1f77b4",
        customdata=df[["count", "claims", "brier"]].to_numpy() if not df.empty else None,
        hovertemplate="%{x}<br>share confirmed %{y:.2f}<br>%{customdata[0]} forecasts, %{customdata[1]} claims"
                      "<br>Brier %{customdata[2]:.3f}<extra></extra>",
    ))
    fig.update_layout(title=f"Share confirmed by {column.replace('_', ' ')}", yaxis_range=[0, 1.05], **_LAYOUT)
    return fig
