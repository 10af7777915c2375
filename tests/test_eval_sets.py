"""The held-out evaluation sets are well-formed (the shared verifier finds every quote and time
text in its article), and no gold has changed since its README recorded its SHA-256: a gold that
changes after scoring would make its figures meaningless."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
SETS = sorted(p for p in EVAL.glob("heldout*") if (p / "gold.jsonl").exists())


def test_there_are_held_out_sets():
    assert len(SETS) >= 9


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_the_verifier_finds_no_problem(folder: Path):
    run = subprocess.run([sys.executable, str(EVAL / "heldout" / "verify.py"), str(folder)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"\b0 problems\b", run.stdout), run.stdout


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_the_gold_is_the_one_its_readme_hashed(folder: Path):
    digest = hashlib.sha256((folder / "gold.jsonl").read_bytes()).hexdigest()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    # READMEs give the hash in full or by its first 16 hex digits
    assert digest[:16] in readme, f"{folder.name}: gold.jsonl sha256 {digest[:16]}… is not in its README"


def test_score_sets_leaves_out_a_blind_set_unless_it_is_named(tmp_path, monkeypatch):
    from tests.conftest import REPO

    monkeypatch.syspath_prepend(str(REPO / "bench"))
    import score_sets

    for name in ("heldout", "heldout2", "heldout3"):
        (tmp_path / name).mkdir()
    (tmp_path / "heldout3" / "BLIND").write_text("never scored\n", encoding="utf-8")
    assert score_sets.default_sets(tmp_path) == ["dev", "heldout", "heldout2"]
