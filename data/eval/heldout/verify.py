#!/usr/bin/env python3
"""Check the held-out set: every quote, non-null attributed_to.text and non-null expected.text
occurs verbatim in its article; dates are ISO and ordered; ids and files line up. Stdlib only.
With a folder argument it checks that set instead (`python3 verify.py ../heldout2`)."""
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent


def main() -> int:
    arts = {}
    for line in open(ROOT / "articles.jsonl", encoding="utf-8"):
        a = json.loads(line)
        arts[a["id"]] = a
    problems = 0
    checked = 0
    gold_ids = set()
    for line in open(ROOT / "gold.jsonl", encoding="utf-8"):
        g = json.loads(line)
        gold_ids.add(g["id"])
        text = (ROOT / "articles" / f"{g['id']}.txt").read_text(encoding="utf-8")
        headline = text.split("\n", 1)[0]
        body = text[len(headline):]
        for c in g["claims"]:
            for label, s in (("quote", c["quote"]), ("attributed_to.text", c["attributed_to"]["text"]),
                             ("expected.text", c["expected"]["text"])):
                if s is None:
                    continue
                checked += 1
                if s not in text:
                    problems += 1
                    print(f"MISSING {g['id']} {label}: {s}")
            if c["quote"] in headline and c["quote"] not in body:
                problems += 1
                print(f"HEADLINE-ONLY {g['id']}: {c['quote']}")
            f, t = c["expected"]["from"], c["expected"]["to"]
            try:
                df = date.fromisoformat(f) if f else None
                dt = date.fromisoformat(t) if t else None
            except ValueError as e:
                problems += 1
                print(f"BAD DATE {g['id']}: {e}")
                continue
            if df and dt and df > dt:
                problems += 1
                print(f"DATES REVERSED {g['id']}: {c['quote']}")
    if gold_ids != set(arts):
        problems += 1
        print("id mismatch between articles.jsonl and gold.jsonl:", gold_ids ^ set(arts))
    print(f"{len(arts)} articles, {checked} strings checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
