"""Precision and recall of linking on hand-written article pairs.

Reads data/eval/linking_pairs.jsonl (see data/eval/README.md), extracts both texts with the
project's extractor, links a's mentions and then b's into an empty set of claims (in date order),
and counts the pair as linked when a mention of one joins a claim that holds a mention of the
other. Prints precision and recall of "same claim" overall, within one language, across
languages and per kind.

    .venv/bin/python bench/link_eval.py [--pairs PATH] [--show] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimtracker.extract import Resources, extract  # noqa: E402
from claimtracker.linking import LinkInput, link_batch  # noqa: E402


def _inputs(side: dict, resources, key0: int) -> list[LinkInput]:
    published = date.fromisoformat(side["published"]) if side.get("published") else None
    ex = extract(side["text"], published=published, lang=side["lang"], resources=resources)
    return [LinkInput(mention=m, lang=side["lang"], published=published, key=key0 + i)
            for i, m in enumerate(ex.mentions)]


def decide(pair: dict, resources) -> tuple[bool, int, int]:
    """(linked, mentions in a, mentions in b)."""
    a = _inputs(pair["a"], resources, 0)
    b = _inputs(pair["b"], resources, 1000)
    if not a or not b:
        return False, len(a), len(b)
    decisions = link_batch([], a + b).decisions
    claims_a = {d.claim_id for d in decisions if d.key < 1000}
    claims_b = {d.claim_id for d in decisions if d.key >= 1000}
    return bool(claims_a & claims_b), len(a), len(b)


def prf(rows: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for gold, got in rows if gold and got)
    fp = sum(1 for gold, got in rows if not gold and got)
    fn = sum(1 for gold, got in rows if gold and not got)
    return {
        "pairs": len(rows),
        "tp": tp, "fp": fp, "fn": fn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "accuracy": round(sum(1 for gold, got in rows if gold == got) / len(rows), 3) if rows else None,
    }


def evaluate(pairs: list[dict]) -> tuple[dict, list[dict]]:
    resources = Resources.load()
    groups: dict[str, list] = defaultdict(list)
    details = []
    for pair in pairs:
        linked, na, nb = decide(pair, resources)
        gold = bool(pair["same_event"])
        same_lang = pair["a"]["lang"] == pair["b"]["lang"]
        names = ["overall", "same_language" if same_lang else "cross_language", f"kind:{pair.get('kind', '?')}"]
        if na and nb:
            # Linking proper: the pairs where the extractor found a mention on both sides.
            names.append("both_sides_extracted")
        for group in names:
            groups[group].append((gold, linked))
        details.append({"pair_id": pair["pair_id"], "gold": gold, "linked": linked, "mentions_a": na,
                        "mentions_b": nb, "note": pair.get("note", "")})
    summary = {name: prf(rows) for name, rows in sorted(groups.items(), key=lambda kv: (kv[0] != "overall", kv[0]))}
    summary["overall"]["pairs_without_mentions"] = sum(1 for d in details if not d["mentions_a"] or not d["mentions_b"])
    return summary, details


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "data" / "eval" / "linking_pairs.jsonl")
    parser.add_argument("--show", action="store_true", help="list every wrong decision")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    if not args.pairs.is_file():
        parser.error(f"no pairs file at {args.pairs}")
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    summary, details = evaluate(pairs)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{'group':<32} {'pairs':>5} {'P':>6} {'R':>6} {'acc':>6}  tp fp fn")
        for name, s in summary.items():
            p = "-" if s["precision"] is None else f"{s['precision']:.2f}"
            r = "-" if s["recall"] is None else f"{s['recall']:.2f}"
            print(f"{name:<32} {s['pairs']:>5} {p:>6} {r:>6} {s['accuracy']:>6.2f}  {s['tp']:>2} {s['fp']:>2} {s['fn']:>2}")
        print(f"pairs where a side had no mention: {summary['overall']['pairs_without_mentions']}")
    if args.show:
        for d in details:
            if d["gold"] != d["linked"]:
                print(f"{d['pair_id']}: gold={d['gold']} linked={d['linked']} "
                      f"mentions=({d['mentions_a']},{d['mentions_b']}) {d['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
