"""Dev-only runner for the scorer: print one article's extraction as JSON.

    .venv/bin/python bench/extract_json.py PATH --published 2025-08-03 --lang ar
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtracker.extract import extract  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--published", default="")
    ap.add_argument("--lang", default=None)
    args = ap.parse_args()
    published = date.fromisoformat(args.published) if args.published else None
    ex = extract(args.path.read_text(encoding="utf-8"), published=published, lang=args.lang or None)
    print(json.dumps(ex.to_json(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
