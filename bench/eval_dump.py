"""Run the extractor in-process over eval sets and save every article's output next to its gold.

    .venv/bin/python bench/eval_dump.py --out /tmp/now.json                    # dev and every non-BLIND set
    .venv/bin/python bench/eval_dump.py --out /tmp/old.json --repo /work/wt/old # another checkout's extractor
    .venv/bin/python bench/eval_dump.py --out /tmp/b.json --sets heldout199,heldout200

The dump is what `bench/eval_report.py` reads: raw counts summed over ranges of sets, and the
differences between two dumps (which actors, windows, event types or claims a change won or lost).
Sets are read from this checkout's `data/eval` (and `../shared/eval/dev`), whichever `--repo` runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eval_sets import default_sets, set_dir  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSON file to write")
    ap.add_argument("--repo", default=str(ROOT), help="checkout whose claimtracker runs (default: this one)")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: dev and all non-BLIND)")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.repo).resolve()))
    from claimtracker.extract import Resources, extract

    res = Resources.load()
    records = []
    for name in [s for s in args.sets.split(",") if s] or default_sets():
        folder = set_dir(name)
        metas = [json.loads(line) for line in (folder / "articles.jsonl").read_text().splitlines() if line.strip()]
        golds = {g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text().splitlines()) if g}
        for meta in metas:
            if meta["id"] not in golds:
                continue
            text = (folder / "articles" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            pub = meta.get("published")
            out = extract(text, date.fromisoformat(pub[:10]) if pub else None, meta.get("lang") or None, res)
            records.append({"set": name, "id": meta["id"], "lang": meta["lang"], "published": pub,
                            "out": json.loads(json.dumps(out.to_json(), ensure_ascii=False)),
                            "gold": golds[meta["id"]], "text": text})
    Path(args.out).write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    print(f"{len(records)} articles from {args.repo} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
