"""The extractor type-checks clean under mypy (pyproject's [tool.mypy]): the annotations are
true, so a change that breaks them shows here, not as a TypeError in a compiled build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.xdist_group("mypy")
def test_the_extractor_type_checks():
    pytest.importorskip("mypy")
    done = subprocess.run([sys.executable, "-m", "mypy", "claimtracker/extract/"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
