"""Screenshots of every dashboard page into docs/screenshots/<page>.png.

Starts `streamlit run streamlit_app.py` on a free port over a database (by default a fresh one
in a temporary folder, which the app fills with the demo corpus at first start), opens each
page in headless Chromium and saves a full-page PNG.

    .venv/bin/python scripts/screenshots.py [--db PATH] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# page name -> URL path and query string
PAGES = {
    "overview": "",
    "claims": "claims",
    "claims_filtered": "claims?country=Syria+%28SY%29",
    "claim": "claim?claim_id={claim_id}",
    "review": "review",
    "actors": "actors",
    "countries": "countries?code=Syria+%28SY%29",
    "add_articles": "add_articles",
    "track_record": "track_record",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(base: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("streamlit exited before it was ready")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become ready in time")


def _settle(page, timeout: float = 120) -> None:
    """Wait until Streamlit has finished running the script: the page has a title, nothing is
    loading, and that stays so for a second; then give the charts a moment to draw."""
    idle = """() => !!document.querySelector('h1')
        && !document.querySelector('[data-testid="stStatusWidget"]')
        && !document.querySelector('[data-testid="stSkeleton"]')"""
    deadline = time.monotonic() + timeout
    calm = 0
    while calm < 4 and time.monotonic() < deadline:
        page.wait_for_timeout(300)
        calm = calm + 1 if page.evaluate(idle) else 0
    page.wait_for_timeout(1500)


def _best_claim(db_file: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from claimtracker.store import Database

    db = Database(db_file)
    value = db.scalar("select claim_id from mentions group by claim_id order by count(*) desc, claim_id limit 1")
    return int(value or 1)


def _judge(db_file: Path) -> int:
    """Accept the first pending outcome suggestion of each claim, as an analyst would, so the
    track record has resolved claims to show. Returns how many were accepted."""
    sys.path.insert(0, str(ROOT))
    from claimtracker.store import Database
    from dashboard.actions import claim_function

    db = Database(db_file)
    pending = db.query("review_suggestions", {"limit": 10_000}).sort_values("suggestion_id")
    accept = claim_function("accept_suggestion")
    done = 0
    for row in pending.drop_duplicates("claim_id").itertuples():
        accept(db, int(row.suggestion_id), by="screenshots")
        done += 1
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (default: a fresh demo database)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--no-judge", action="store_true",
                        help="leave outcome suggestions pending (by default the first of each claim is accepted)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    tmp = tempfile.TemporaryDirectory(prefix="claimtracker-shots-")
    db_file = args.db or Path(tmp.name) / "demo.duckdb"
    args.out.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CLAIMTRACKER_DB": str(db_file), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_ready(base, proc)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
            # Streamlit scrolls inside its own container, so a tall window shows the whole page.
            page = browser.new_page(viewport={"width": 1400, "height": 2400})
            page.goto(f"{base}/")  # the first visit loads the demo corpus into an empty database
            _settle(page)
            claim_id = _best_claim(db_file)
            if not args.no_judge:
                sys.stderr.write(f"accepted {_judge(db_file)} outcome suggestions\n")
                page.wait_for_timeout(2500)  # the dashboard looks at the data version every 2 s
            for name, path in PAGES.items():
                page.goto(f"{base}/{path.format(claim_id=claim_id)}")
                _settle(page)
                target = args.out / f"{name}.png"
                page.screenshot(path=str(target), full_page=True)
                sys.stderr.write(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}\n")
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
