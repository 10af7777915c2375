"""The claims filters: widgets bound to the URL (so a filtered view is a shareable link) and the
parameters of the `claims_filtered` query they produce."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from claimtracker.models import EVENT_TYPES, KINDS, STATUSES
from claimtracker.text import normalize_text
from dashboard.data import load, today
from dashboard.ui import country_label

SORTS = {
    "last_seen": "Latest mention",
    "first_seen": "First mention",
    "certainty": "Highest certainty",
    "mentions": "Most mentions",
    "expected": "Expected date",
    "claim_id": "Newest claim",
}
LANGUAGES = {"ar": "Arabic", "en": "English"}
STATUS_CHOICES = (*STATUSES, "overdue")


@dataclass
class ClaimFilters:
    actors: list[str]
    countries: list[str]
    statuses: list[str]
    event_types: list[str]
    outlets: list[str]
    langs: list[str]
    kinds: list[str]
    mention_from: date | None
    mention_to: date | None
    expected_from: date | None
    expected_to: date | None
    certainty: tuple[float, float]
    search: str
    sort: str
    limit: int

    def params(self) -> dict:
        """Parameters for queries/claims_filtered.sql; an empty choice means no filter."""
        lo, hi = self.certainty
        text = normalize_text(self.search.strip()) if self.search.strip() else None
        return {
            "actors": self.actors or None,
            "countries": self.countries or None,
            "statuses": self.statuses or None,
            "event_types": self.event_types or None,
            "outlets": self.outlets or None,
            "langs": self.langs or None,
            "kinds": self.kinds or None,
            "mention_from": self.mention_from,
            "mention_to": self.mention_to,
            "expected_from": self.expected_from,
            "expected_to": self.expected_to,
            "certainty_min": lo if lo > 0.0 else None,
            "certainty_max": hi if hi < 1.0 else None,
            "search": text,
            "today": today(),
            "sort": self.sort,
            "limit": int(self.limit),
        }


def _options(opts: pd.DataFrame, facet: str) -> tuple[list[str], dict[str, str]]:
    part = opts[opts["facet"] == facet]
    values = [str(v) for v in part["value"]]
    labels = dict(zip(values, (str(x) for x in part["label"]), strict=True))
    return values, labels


def _keep(values: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    """Known values first, then the closed vocabulary, so a filter can name a value with no claims yet."""
    seen = dict.fromkeys(values)
    seen.update(dict.fromkeys(extra))
    return list(seen)


def claim_filters(container=None) -> ClaimFilters:
    """Draw the filter widgets (in `container`, default the sidebar) and return their values."""
    box = container if container is not None else st.sidebar
    opts = load("claims_filter_options")
    actor_ids, actor_labels = _options(opts, "actor")
    countries, _ = _options(opts, "country")
    outlets, _ = _options(opts, "outlet")
    langs, _ = _options(opts, "lang")
    event_types, _ = _options(opts, "event_type")
    kinds, _ = _options(opts, "kind")

    box.header("Filters")
    actors = box.multiselect("Actor", actor_ids, format_func=lambda a: actor_labels.get(a, a),
                             key="actor", bind="query-params", placeholder="any actor")
    country = box.multiselect("Country", countries, format_func=country_label, key="country",
                              bind="query-params", placeholder="any country")
    status = box.multiselect("Status", list(STATUS_CHOICES), format_func=lambda s: s.replace("_", " "),
                             key="status", bind="query-params", placeholder="any status")
    event = box.multiselect("Event type", _keep(event_types, EVENT_TYPES), key="event_type",
                            bind="query-params", placeholder="any event type")
    outlet = box.multiselect("Outlet", outlets, key="outlet", bind="query-params", placeholder="any outlet")
    lang = box.multiselect("Language", _keep(langs, tuple(LANGUAGES)),
                           format_func=lambda x: LANGUAGES.get(x, x), key="lang", bind="query-params",
                           placeholder="any language")
    kind = box.multiselect("Kind", _keep(kinds, KINDS), key="kind", bind="query-params", placeholder="any kind")
    c1, c2 = box.columns(2)
    m_from = c1.date_input("Mentioned from", value=None, key="mentioned_from", bind="query-params")
    m_to = c2.date_input("Mentioned to", value=None, key="mentioned_to", bind="query-params")
    e_from = c1.date_input("Expected from", value=None, key="expected_from", bind="query-params")
    e_to = c2.date_input("Expected to", value=None, key="expected_to", bind="query-params")
    certainty = box.slider("Certainty", 0.0, 1.0, (0.0, 1.0), step=0.05, key="certainty", bind="query-params")
    search = box.text_input("Search text", key="q", bind="query-params",
                            help="Matches Arabic whatever its diacritics and hamza forms")
    sort = box.selectbox("Sort by", list(SORTS), format_func=SORTS.__getitem__, key="sort", bind="query-params")
    limit = box.number_input("Rows to show", min_value=10, max_value=100_000, value=1000, step=100, key="limit",
                             bind="query-params")
    return ClaimFilters(
        actors=list(actors), countries=list(country), statuses=list(status), event_types=list(event),
        outlets=list(outlet), langs=list(lang), kinds=list(kind), mention_from=m_from, mention_to=m_to,
        expected_from=e_from, expected_to=e_to, certainty=tuple(certainty), search=search or "",
        sort=sort or "last_seen", limit=int(limit),
    )
