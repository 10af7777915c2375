"""Cached access to the database for the pages.

Every read goes through `load(name, params)`: a named query, cached by Streamlit and keyed on a
cheap fingerprint of the data (`data_version`), so a page re-opens from memory until something
is written. Every write goes through `write_action`, which clears that cache.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from claimtracker.config import db_path
from claimtracker.store import Database

log = logging.getLogger(__name__)
T = TypeVar("T")


def today() -> date:
    return datetime.now(UTC).date()


@st.cache_resource(show_spinner=False)
def _database(path: str) -> Database:
    return Database(path)


def database() -> Database:
    """The Database for $CLAIMTRACKER_DB (or the default file)."""
    return _database(str(db_path()))


def data_version() -> tuple:
    """A tuple that changes whenever anything the pages show is written."""
    return _data_version(str(db_path()))


# Opening the file costs tens of milliseconds, so the fingerprint itself is kept for two
# seconds: a page's several reads share one look, and another process's writes (a command-line
# ingest) show within two seconds. The dashboard's own writes clear it at once.
@st.cache_data(show_spinner=False, ttl=2, max_entries=16)
def _data_version(path: str) -> tuple:
    row = _database(path).query("data_version").iloc[0]
    return tuple(None if pd.isna(v) else v for v in row.tolist())


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(path: str, name: str, params: dict | None, version: tuple) -> pd.DataFrame:
    # `version` is only part of the cache key: a new version means new data.
    return _database(path).query(name, params)


def load(name: str, params: dict | None = None) -> pd.DataFrame:
    """The named query's rows, from the cache while the data has not changed."""
    return _cached_query(str(db_path()), name, params, data_version())


def query_exists(name: str) -> bool:
    """Whether queries/<name>.sql exists (other modules add theirs over time)."""
    return (database().queries_dir / f"{name}.sql").is_file()


def write_action(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a library write with the database, then drop every cached read."""
    try:
        return fn(database(), *args, **kwargs)
    finally:
        st.cache_data.clear()


def ensure_demo() -> None:
    """On an empty database, load the demo corpus once, so a new user sees claims at once."""
    if st.session_state.get("_demo_checked"):
        return
    st.session_state["_demo_checked"] = True
    version = data_version()
    if version[2] or version[4]:  # articles or claims exist
        return
    try:
        from claimtracker.ingest import load_demo
    except ImportError:
        log.warning("claimtracker.ingest.load_demo is not available; the database stays empty")
        return
    with st.spinner("First start: loading the demo corpus…"):
        write_action(load_demo)
