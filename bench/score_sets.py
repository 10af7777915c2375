"""Score the extractor on the development set and every held-out set, in one process.

    .venv/bin/python bench/score_sets.py                    # dev and data/eval/heldout* (not BLIND ones)
    .venv/bin/python bench/score_sets.py dev heldout5       # some sets
    .venv/bin/python bench/score_sets.py --pr heldout12     # actor and country precision / recall

Uses `../shared/eval/score.py`'s own scoring functions, with the extractor called in-process
instead of once per article: the same figures as `score.py --cmd '... extract ...'` in a few
seconds instead of minutes (resources load once). Prints Arabic / English per figure.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_sets import SHARED, default_sets, load_scorer, set_dir  # noqa: E402

from claimtracker.extract import Resources, extract  # noqa: E402

FIGURES = [("matched_claims", "matched"), ("actor_f1", "actor"), ("country_f1", "country"),
           ("forward_recall", "recall"), ("forward_precision", "precision"), ("window_accuracy", "window"),
           ("certainty_accuracy", "certainty"), ("attribution_accuracy", "attribution"),
           ("event_type_accuracy", "event")]
PR_FIGURES = [("actor_p", "actor P"), ("actor_r", "actor R"), ("actor_f1", "actor"),
              ("country_p", "country P"), ("country_r", "country R"), ("country_f1", "country")]


__all__ = ["default_sets", "main"]  # default_sets: bench/eval_sets.py


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="dev or names under data/eval (default: all but those with a BLIND file)")
    ap.add_argument("--pr", action="store_true", help="print actor and country precision and recall instead")
    args = ap.parse_args()
    scorer = load_scorer()
    if scorer is None:
        print(f"no scorer at {SHARED / 'score.py'}", file=sys.stderr)
        return 1
    res = Resources.load()

    def run_one(cmd, path, meta, timeout):  # same signature as score.run_one
        pub = meta.get("published")
        ex = extract(Path(path).read_text(encoding="utf-8"), date.fromisoformat(pub[:10]) if pub else None,
                     meta.get("lang") or None, res)
        return json.loads(json.dumps(ex.to_json(), ensure_ascii=False)), "", 0.0

    scorer.run_one = run_one
    names = args.sets or default_sets()
    figures = PR_FIGURES if args.pr else FIGURES
    print(f"{'set':10}" + "".join(f"{short:>12}" for _, short in figures))
    for name in names:
        folder = set_dir(name)
        with contextlib.redirect_stdout(io.StringIO()):
            result = scorer.score(folder, "in-process", 60, None)["by_language"]
        row = f"{name:10}"
        for key, _ in figures:
            ar, en = result["ar"][key], result["en"][key]
            cell = f"{ar:.0f}/{en:.0f}" if key == "matched_claims" else f"{ar:.2f}/{en:.2f}"
            row += f"{cell:>12}"
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
