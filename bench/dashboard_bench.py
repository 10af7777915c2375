"""How long each dashboard page takes to open over a large database, first and cached.

    .venv/bin/python bench/dashboard_bench.py                    # 100,000 claims (built once, then reused)
    .venv/bin/python bench/dashboard_bench.py --claims 20000
    .venv/bin/python bench/dashboard_bench.py --db data/claims.duckdb --pages overview,claims
    .venv/bin/python bench/dashboard_bench.py --pages claim --claim-id 99998   # a claim of two mentions

Every page of dashboard/pages/ is opened with Streamlit's AppTest (as tests/dashboard/test_pages.py
does) with $CLAIMTRACKER_DB naming the database: first with an empty cache (the queries run),
then again in a new session (what a user sees on every later visit until something is written).
One throwaway open first pays for the imports and Streamlit's component scan, which a server
pays once at start. The Claim, Actors and Countries pages are opened on the busiest claim,
actor and country. The figures are printed, never checked: a slow page is something to read
about, not a failure.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from claimtracker.config import DB_ENV  # noqa: E402
from claimtracker.store import Database  # noqa: E402

APP = ROOT / "streamlit_app.py"
PAGES_DIR = ROOT / "dashboard" / "pages"
# A page that does not need anything chosen is opened bare; these get the busiest thing.
WARM_PAGE = "add_articles"


@dataclass
class PageTiming:
    page: str
    query: dict
    first_s: float
    cached_s: float
    problem: str  # "" when the page opened without an exception or error message


def pages() -> list[str]:
    return sorted(p.stem for p in PAGES_DIR.glob("*.py") if not p.name.startswith("_"))


def busiest(db: Database) -> dict[str, dict]:
    """Query parameters that open the Claim, Actors and Countries pages on their busiest subject."""
    from dashboard.ui import country_label

    claim_id = db.scalar("select claim_id from mentions group by claim_id order by count(*) desc, claim_id limit 1")
    actors = db.query("overview_top_actors", {"limit": 1})
    countries = db.query("overview_top_countries")
    out: dict[str, dict] = {}
    if claim_id is not None:
        out["claim"] = {"claim_id": str(int(claim_id))}
    if not actors.empty:
        out["actors"] = {"actor_id": str(actors.iloc[0]["name"])}
    if not countries.empty:
        out["countries"] = {"code": country_label(str(countries.iloc[0]["country"]))}
    return out


def _open(page: str, query: dict, timeout: float, components=None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=timeout)
    if components is not None and hasattr(at, "_bidi_component_manager"):
        # Each new AppTest scans every installed package for components (about 0.3 s here),
        # which a real server does once at start: share the warm-up's scan.
        at._bidi_component_manager = components
    at.switch_page(f"dashboard/pages/{page}.py")
    for key, value in query.items():
        at.query_params[key] = value
    t0 = time.perf_counter()
    at.run()
    return time.perf_counter() - t0, at


def _quiet(record: logging.LogRecord) -> bool:
    msg = record.getMessage()
    return "ScriptRunContext" not in msg and "No runtime found" not in msg


def _problem(at) -> str:
    found = [e.value for e in at.exception] + [e.value for e in at.error]
    return str(found[0]).splitlines()[0][:80] if found else ""


def run(db_path: Path, page_names: list[str] | None = None, timeout: float = 300,
        claim_id: int | None = None) -> list[PageTiming]:
    """Open each page twice over the database at `db_path`; the timings, in page order."""
    import streamlit as st

    # Outside a running app Streamlit warns at every cache call that it has no script context;
    # AppTest resets log levels, so a filter on the loggers is what keeps the table readable.
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(name).addFilter(_quiet)
    os.environ[DB_ENV] = str(db_path)
    queries = busiest(Database(db_path))
    if claim_id is not None:
        queries["claim"] = {"claim_id": str(claim_id)}
    # Imports, the app's first script run and the world map outlines are paid once per
    # server, not per page: a throwaway open keeps them out of the first page's figure.
    _, warm = _open(WARM_PAGE, {}, timeout)
    components = getattr(warm, "_bidi_component_manager", None)
    results = []
    for page in page_names or pages():
        st.cache_data.clear()
        query = queries.get(page, {})
        first, at = _open(page, query, timeout, components)
        problem = _problem(at)
        cached, at = _open(page, query, timeout, components)
        results.append(PageTiming(page, query, first, cached, problem or _problem(at)))
    return results


def table(results: list[PageTiming]) -> str:
    lines = [f"{'page':<14} {'first open s':>12} {'cached open s':>13}  opened with / problem",
             f"{'-' * 14} {'-' * 12} {'-' * 13}  {'-' * 30}"]
    for r in results:
        note = ", ".join(f"{k}={v}" for k, v in r.query.items())
        if r.problem:
            note = (note + "; " if note else "") + "PROBLEM: " + r.problem
        lines.append(f"{r.page:<14} {r.first_s:>12.2f} {r.cached_s:>13.2f}  {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None, out=None) -> list[PageTiming]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="an existing database to measure (default: the synthetic one)")
    ap.add_argument("--claims", type=int, default=100_000, help="claims in the synthetic database (default 100000)")
    ap.add_argument("--rebuild", action="store_true", help="build the synthetic database again even if it exists")
    ap.add_argument("--pages", help="comma-separated page names (default: every page in dashboard/pages)")
    ap.add_argument("--claim-id", type=int, help="open the Claim page on this claim (default: the busiest)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds one page may take (default 300)")
    args = ap.parse_args(argv)
    out = out or sys.stdout

    if args.db:
        path = args.db
    else:
        import synthetic_db

        path = Path(f"/tmp/claimtracker-synthetic-{args.claims}.duckdb")
        if args.rebuild or not path.exists():
            t0 = time.perf_counter()
            synthetic_db.build(path, args.claims)
            out.write(f"built {path} in {time.perf_counter() - t0:.1f} s\n")
    db = Database(path)
    with db.read() as tx:
        row = tx.execute("select (select count(*) from claims), (select count(*) from mentions),"
                         " (select count(*) from articles), (select count(*) from status_events)")[0]
    sizes = dict(zip(("claims", "mentions", "articles", "status_events"), row, strict=True))
    out.write(f"database {path}: {path.stat().st_size / 1e6:.0f} MB, "
              + ", ".join(f"{v:,} {k}" for k, v in sizes.items()) + "\n")
    names = [p.strip() for p in args.pages.split(",")] if args.pages else None
    results = run(path, names, args.timeout, args.claim_id)
    out.write(table(results) + "\n")
    return results


if __name__ == "__main__":
    main()
