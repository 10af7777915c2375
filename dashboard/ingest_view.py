"""Running an ingest from the dashboard: a progress bar while it runs, a summary after."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from claimtracker.ingest import ArticleDefaults, IngestSummary, article_from_text, ingest_articles, read_paths
from claimtracker.models import ReadFailure
from dashboard.data import write_action


def run_with_progress(items: list, source: str) -> IngestSummary:
    bar = st.progress(0.0, text="Reading and extracting…")

    def progress(done: int, total: int | None, label: str) -> None:
        share = min(done / total, 1.0) if total else 0.0
        bar.progress(share, text=f"{done}/{total or '?'} · {label[:80]}")

    summary = write_action(ingest_articles, items, progress, source=source, total=len(items))
    bar.progress(1.0, text="Done")
    return summary


def show_summary(summary: IngestSummary) -> None:
    st.success(f"{summary.articles_new} new articles, {summary.articles_duplicate} duplicates, "
               f"{summary.articles_failed} failed; {summary.mentions_new} mentions; "
               f"{summary.claims_new} new claims, {summary.claims_updated} claims updated.")
    for failure in summary.failures:
        st.warning(f"{failure.source}: {failure.reason}")
    st.session_state["last_ingest"] = summary.to_json()


def pasted(text: str, title: str, defaults: ArticleDefaults) -> IngestSummary:
    article = article_from_text(text, defaults, title=title or None)
    return run_with_progress([article], "pasted text")


def uploaded(files, defaults: ArticleDefaults) -> IngestSummary:
    """Uploaded files go through the same readers as files on disk, under their own names."""
    with tempfile.TemporaryDirectory(prefix="claimtracker-upload-") as tmp:
        paths, names = [], {}
        for i, f in enumerate(files):
            name = Path(f.name).name
            path = Path(tmp) / f"{i:04d}_{name}"
            path.write_bytes(f.getvalue())
            paths.append(path)
            names[str(path)] = name
        items = list(read_paths(paths, defaults))
    for item in items:
        item.source = _rename(item.source, names)
    return run_with_progress(items, "upload: " + ", ".join(names.values()))


def _rename(source: str | None, names: dict[str, str]) -> str | None:
    if source is None:
        return None
    for tmp, name in names.items():
        if source.startswith(tmp):
            return name + source[len(tmp):]
    return source


def fetched(url: str, defaults: ArticleDefaults, reader: Callable[..., list]) -> IngestSummary:
    with st.spinner(f"Fetching {url}…"):
        items = reader(url, defaults)
    if not items:
        items = [ReadFailure(url, "the page or feed held no articles")]
    return run_with_progress(items, url)
