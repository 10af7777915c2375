"""What the evaluation scripts share: where the sets and the shared scorer are, which sets run by
default, and the scorer loaded as a module (its own matching functions). Imports nothing of
`claimtracker`, so a script may choose which checkout's extractor it runs (`eval_dump.py --repo`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "data" / "eval"
SHARED = ROOT.parent / "shared" / "eval"


def default_sets(eval_dir: Path = EVAL_DIR) -> list[str]:
    """dev and every held-out set, except those with a BLIND file: a blind set's first run is a
    deliberate act, so it is scored only when named."""
    return ["dev"] + sorted(p.name for p in eval_dir.glob("heldout*") if p.is_dir() and not (p / "BLIND").exists())


def set_dir(name: str) -> Path:
    return SHARED / "dev" if name == "dev" else EVAL_DIR / name


def load_scorer() -> ModuleType | None:
    """`../shared/eval/score.py` as a module, or None when it is not there."""
    path = SHARED / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None or not path.exists():
        return None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer
