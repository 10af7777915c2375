"""The package and the dashboard type-check clean under mypy (pyproject's [tool.mypy]): the
annotations are true, so a change that breaks them shows here, not as a TypeError at run time or in
a compiled build of the extractor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.xdist_group("mypy")
def test_the_package_and_the_dashboard_type_check():
    pytest.importorskip("mypy")
    done = subprocess.run([sys.executable, "-m", "mypy", "claimtracker/", "dashboard/", "streamlit_app.py"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
