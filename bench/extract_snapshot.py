"""Check that a change to the extractor leaves its output alone: save a snapshot, then compare.

    .venv/bin/python bench/extract_snapshot.py save /tmp/extract-before.jsonl
    .venv/bin/python bench/extract_snapshot.py compare /tmp/extract-before.jsonl

For speed work, where the output must not move. The corpus is the demo articles, the seed and
development articles under ../shared when present, and benchmark articles built as in
`extract_bench.py`, each with its publication date. Snapshots hold quotes from the articles, so
keep them outside the repository. `compare` prints each article whose extraction differs, the
first differing field, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_bench import build_article  # noqa: E402

from claimtracker.errors import LanguageError  # noqa: E402
from claimtracker.extract import Resources, extract  # noqa: E402

SHARED = ROOT.parent / "shared"


def corpus(bench_articles: int):
    """(key, text, published, lang) for every article of the snapshot."""
    for i, line in enumerate((ROOT / "data/samples/corpus.jsonl").read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        text = (row.get("title", "") + "\n\n" + row["text"]).strip()
        yield f"demo:{i}", text, date.fromisoformat(row["published"][:10]), row.get("lang")
    seed = SHARED / "seed/article-ar.txt"
    if seed.exists():
        yield "seed", seed.read_text(encoding="utf-8"), date(2025, 8, 3), "ar"
    index = SHARED / "eval/dev/articles.jsonl"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            path = SHARED / "eval/dev/articles" / f"{row['id']}.txt"
            if path.exists():
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                yield f"dev:{row['id']}", path.read_text(encoding="utf-8"), published, row.get("lang")
    rng = random.Random(11)
    base = date(2025, 8, 3)
    for i in range(bench_articles):
        lang = "ar" if i % 2 == 0 else "en"
        yield f"bench:{i}", build_article(rng, lang, 4096), base + timedelta(days=(i * 37) % 400), lang


def snapshot(bench_articles: int):
    res = Resources.load()
    for key, text, published, lang in corpus(bench_articles):
        try:
            out = extract(text, published, lang, res).to_json()
        except LanguageError as exc:
            out = {"error": str(exc)}
        yield {"key": key, "extraction": out}


def _first_difference(a, b, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items before, {len(b)} now"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {json.dumps(a, ensure_ascii=False)[:200]} -> {json.dumps(b, ensure_ascii=False)[:200]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("path", type=Path)
    ap.add_argument("--bench-articles", type=int, default=400, help="benchmark articles to add (default 400)")
    args = ap.parse_args()
    if args.action == "save":
        with args.path.open("w", encoding="utf-8") as fh:
            n = 0
            for row in snapshot(args.bench_articles):
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
        sys.stdout.write(f"saved {n} extractions to {args.path}\n")
        return 0
    before = {}
    for line in args.path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        before[row["key"]] = row["extraction"]
    changed = 0
    n = 0
    for row in snapshot(args.bench_articles):
        n += 1
        old = before.get(row["key"])
        if old != json.loads(json.dumps(row["extraction"], sort_keys=True)):
            changed += 1
            sys.stdout.write(f"{row['key']}: {_first_difference(old, row['extraction'])}\n")
    sys.stdout.write(f"{n} articles, {changed} changed\n")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
