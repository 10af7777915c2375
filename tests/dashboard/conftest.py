"""Fixtures for the dashboard tests: a hand-made test database, AppTest runs of each page,
and a real `streamlit run` server for the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claimtracker.config import DB_ENV
from tests.dashboard.seed import seed

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "streamlit_app.py"


@pytest.fixture
def dash_db(tmp_path, monkeypatch):
    """A seeded database file, named by $CLAIMTRACKER_DB for the app under test."""
    path = tmp_path / "dash.duckdb"
    db = seed(path)
    monkeypatch.setenv(DB_ENV, str(path))
    return db


@pytest.fixture
def app_page(dash_db):
    """A function that runs one page of the app under AppTest and returns it."""
    from streamlit.testing.v1 import AppTest

    def run(page: str | None = None, query: dict | None = None, timeout: float = 60):
        at = AppTest.from_file(str(APP), default_timeout=timeout)
        if page:
            at.switch_page(f"dashboard/pages/{page}.py")
        for key, value in (query or {}).items():
            at.query_params[key] = value
        at.run()
        return at

    return run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def streamlit_server(tmp_path):
    """`streamlit run streamlit_app.py` on a free port over a seeded test database; yields
    (base_url, db) and stops the server afterwards."""
    path = tmp_path / "browser.duckdb"
    db = seed(path)
    port = _free_port()
    env = {**os.environ, DB_ENV: str(path), "PYTHONPATH": str(ROOT)}
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text())
            time.sleep(0.2)
        yield base, db
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def browser_page():
    """A Playwright page in headless Debian Chromium."""
    # In CI a missing browser is a failure, not a skip: the browser tests are the ones that
    # prove the dashboard works for a person.
    if not Path("/usr/bin/chromium").exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed; .ci/run should have installed it")
        pytest.skip("Debian's chromium is not installed")
    from playwright import sync_api
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            yield page
        finally:
            browser.close()
