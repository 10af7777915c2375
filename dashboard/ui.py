"""Small display pieces shared by the pages: escaped right-to-left text, quote highlighting,
dates with the article's own words, and the error guard that keeps tracebacks off the screen."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache

import pandas as pd
import streamlit as st

from claimtracker.errors import ClaimTrackerError

log = logging.getLogger(__name__)

STATUS_COLORS = {
    "open": "#1f77b4",
    "overdue": "#ff7f0e",
    "confirmed": "#2ca02c",
    "partly_confirmed": "#98df8a",
    "refuted": "#d62728",
    "expired": "#7f7f7f",
    "withdrawn": "#bcbd22",
}
# Streamlit's markdown badges: coloured by status, readable without an emoji font.
STATUS_BADGES = {
    "open": "blue", "overdue": "orange", "confirmed": "green", "partly_confirmed": "green",
    "refuted": "red", "expired": "gray", "withdrawn": "violet",
}


@contextmanager
def guard(what: str = "That") -> Iterator[None]:
    """Show the project's errors as one line; show anything unexpected as one line too."""
    try:
        yield
    except ClaimTrackerError as exc:
        st.error(str(exc))
    except Exception as exc:  # noqa: BLE001 - the user must never see a traceback
        # Streamlit's own control flow (rerun, stop, switch_page) derives from BaseException
        # and passes through.
        log.exception("%s failed", what)
        st.error(f"{what} failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")


def esc(text: object) -> str:
    """HTML-escape anything that came from an article or a user."""
    return html.escape("" if text is None else str(text), quote=True)


def link_html(url: object, label: object | None = None) -> str:
    """A safe anchor for an http(s) URL from an article or a user; anything else as plain text."""
    text = esc(label if label is not None else url)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return text


def all_country_codes() -> list[str]:
    """Every ISO 3166-1 alpha-2 code babel knows a country name for."""
    return sorted(c for c in _territories() if len(c) == 2 and c.isalpha())


def rtl(text: object, *, tag: str = "div", size: str | None = None, bold: bool = False) -> None:
    """Show text in its own direction (Arabic right to left), escaped."""
    style = []
    if size:
        style.append(f"font-size:{size}")
    if bold:
        style.append("font-weight:600")
    st.markdown(
        f'<{tag} dir="auto" class="ct-text" style="{";".join(style)}">{esc(text)}</{tag}>',
        unsafe_allow_html=True,
    )


def highlighted(text: str, start: int, end: int, *, context: int | None = 400) -> str:
    """The article text (or `context` characters around the quote) with the quote marked, escaped."""
    start = max(0, min(int(start), len(text)))
    end = max(start, min(int(end), len(text)))
    lo, hi = 0, len(text)
    if context is not None:
        lo, hi = max(0, start - context), min(len(text), end + context)
    before = ("… " if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + (" …" if hi < len(text) else "")
    body = f"{esc(before)}<mark>{esc(text[start:end])}</mark>{esc(after)}"
    return f'<div dir="auto" class="ct-article" style="white-space:pre-wrap;line-height:1.7">{body}</div>'


def iso(value: object) -> str:
    """A date (or timestamp) in ISO form; empty for missing."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def window(start: object, end: object, words: object = None) -> str:
    """An expected window in ISO form with the article's own words: 2025-10-01 – 2025-10-31 (أكتوبر)."""
    a, b = iso(start), iso(end)
    if a and b:
        span = a if a == b else f"{a} – {b}"
    elif a:
        span = f"from {a}"
    elif b:
        span = f"by {b}"
    else:
        span = "no date"
    if words is not None and not pd.isna(words) and str(words).strip():
        span += f" («{words}»)"
    return span


def status_label(status: str, is_overdue: bool = False) -> str:
    """A coloured markdown badge for a status (overdue shown apart from open)."""
    shown = "overdue" if is_overdue and status == "open" else status
    return f":{STATUS_BADGES.get(shown, 'gray')}-badge[{shown.replace('_', ' ')}]"


def window_html(start: object, end: object, words: object = None) -> str:
    """`window()` as escaped HTML, the article's words isolated so Arabic keeps its direction
    inside an English line."""
    plain = window(start, end)
    if words is not None and not pd.isna(words) and str(words).strip():
        return f"{esc(plain)} (<bdi>{esc(words)}</bdi>)"
    return esc(plain)


def quote(text: object) -> None:
    """A quote from an article, in its own direction, set off by a rule on its starting side."""
    st.markdown(f'<blockquote dir="auto" class="ct-quote">{esc(text)}</blockquote>', unsafe_allow_html=True)


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").territories)


def country_name(code: str) -> str:
    return _territories().get(str(code).upper(), str(code))


def country_label(code: str) -> str:
    return f"{country_name(code)} ({code})"


def inject_css() -> None:
    # Arabic reads better a little larger and with its own line height.
    st.markdown(
        """<style>
        .ct-text:dir(rtl), .ct-article:dir(rtl) { font-size: 1.08em; line-height: 1.8; text-align: right; }
        .ct-article mark { background: #ffe58a; padding: 0 2px; }
        .ct-quote { border-inline-start: 3px solid #bbb; padding-inline-start: 0.8em; margin: 0.3em 0;
                    text-align: start; }
        </style>""",
        unsafe_allow_html=True,
    )


# What each query column is called on screen, so no table shows a raw column name.
COLUMN_LABELS = {
    "claim_id": "Claim", "headline": "Headline", "status": "Status", "previous_status": "Previous status",
    "event_type": "Event type", "kind": "Kind", "expected_from": "Expected from", "expected_to": "Expected to",
    "expected_text": "Expected (article's words)", "first_seen_at": "First mention", "last_seen_at": "Latest mention",
    "mention_count": "Mentions", "max_certainty": "Highest certainty", "latest_certainty": "Latest certainty",
    "days_overdue": "Days overdue", "pending_suggestions": "Pending suggestions", "shared_actors": "Shared actors",
    "batch_id": "Ingest batch", "batch_source": "Ingest source", "batch_started_at": "Ingested at",
    "name": "Name", "name_ar": "Arabic name", "country": "Country", "aliases": "Aliases", "origin": "Origin",
    "updated_at": "Updated at", "claims": "Claims", "open": "Open", "confirmed": "Confirmed", "refuted": "Refuted",
    "happened_at": "When", "action": "What", "recorded_by": "Who", "note": "Note",
    "evidence_url": "Evidence", "articles_new": "New articles", "claims_new": "New claims",
    "actors": "Actors", "countries": "Countries", "actor_id": "Actor id", "status_at": "Status since",
}


def column_labels(df: pd.DataFrame, **overrides) -> dict:
    """`column_config` for st.dataframe naming every known column in words (ids shown as plain
    numbers, not 1,234)."""
    config: dict = {c: COLUMN_LABELS[c] for c in df.columns if c in COLUMN_LABELS}
    if "claim_id" in config:
        config["claim_id"] = st.column_config.NumberColumn("Claim", format="%d")
    config.update(overrides)
    return config


def dates_to_iso(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """A copy with the given date columns as ISO strings, for tables."""
    out = df.copy()
    for col in columns:
        if col in out.columns:
            out[col] = _iso_column(out[col])
    return out


def _iso_column(values: pd.Series) -> pd.Series:
    # Vectorised: per-value formatting cost about a second on a 100,000-row table.
    try:
        stamps = pd.to_datetime(values, errors="coerce")
    except (TypeError, ValueError):
        return values.map(iso)
    if not pd.api.types.is_datetime64_any_dtype(stamps):
        return values.map(iso)
    has_time = (stamps.dt.hour.fillna(0) + stamps.dt.minute.fillna(0) + stamps.dt.second.fillna(0)) > 0
    text = stamps.dt.strftime("%Y-%m-%d").where(~has_time, stamps.dt.strftime("%Y-%m-%d %H:%M"))
    return text.fillna("").astype(object)
