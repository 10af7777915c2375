"""Seconds for one whole `claimtracker extract` process: without the build cache, with an empty
one (the run that fills it), and with a filled one.

    .venv/bin/python bench/startup_bench.py                    # the seed article, 3 runs each
    .venv/bin/python bench/startup_bench.py --article FILE --lang en --runs 5

This is the cost the evaluation scorer's "median seconds per article (whole process)" shows, and
what every command-line call and dashboard restart pays before its first article. The cache is a
fresh temporary folder (`CLAIMTRACKER_CACHE_DIR`), so the user's own cache is not touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article-ar.txt"


def _run(article: Path, lang: str, cache: str) -> float:
    env = {**os.environ, "CLAIMTRACKER_CACHE_DIR": cache}
    command = [sys.executable, "-m", "claimtracker", "extract", str(article), "--published", "2025-08-20",
               "--lang", lang, "--format", "json"]
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        off = [_run(args.article, args.lang, "") for _ in range(args.runs)]
        filling = _run(args.article, args.lang, folder)
        warm = [_run(args.article, args.lang, folder) for _ in range(args.runs)]
    print(f"article: {args.article} ({args.lang}), wall seconds per process")
    print(f"  no cache      median {statistics.median(off):.2f}  ({', '.join(f'{t:.2f}' for t in off)})")
    print(f"  filling cache        {filling:.2f}")
    print(f"  filled cache  median {statistics.median(warm):.2f}  ({', '.join(f'{t:.2f}' for t in warm)})")


if __name__ == "__main__":
    main()
