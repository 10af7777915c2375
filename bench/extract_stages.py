"""Where extraction time goes: CPU milliseconds per benchmark article for each stage.

    .venv/bin/python bench/extract_stages.py          # 400 articles of about 4 KB
    .venv/bin/python bench/extract_stages.py -n 1000
    .venv/bin/python bench/extract_stages.py --sets ../shared/eval/dev data/eval/heldout4   # real articles

Each stage runs alone over the same articles (built as in `extract_bench.py`), so the figures
show which stage to work on; `total` is the whole `extract()` call.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_bench import build_article  # noqa: E402

from claimtracker.extract import Resources, document, extract, pipeline  # noqa: E402  # noqa: E402
from claimtracker.extract.phrases import tokenize  # noqa: E402
from claimtracker.extract.split import split_text  # noqa: E402
from claimtracker.extract.timewords import find_times  # noqa: E402
from claimtracker.text import normalize  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=400, help="articles (default 400)")
    ap.add_argument("--size", type=int, default=4096, help="bytes per article (default 4096)")
    ap.add_argument("--sets", nargs="*", default=(), help="eval set folders: their articles instead of built ones")
    args = ap.parse_args()
    res = Resources.load()
    rng = random.Random(1)
    pub = date(2025, 8, 3)
    if args.sets:
        # real news is denser in claims than the built articles: its stages weigh differently
        arts = [(Path(d, "articles", f"{r['id']}.txt").read_text(encoding="utf-8"), r["lang"])
                for d in args.sets for r in map(json.loads, Path(d, "articles.jsonl").read_text(encoding="utf-8").splitlines())]
    else:
        arts = [(build_article(rng, lang, args.size), lang) for lang in ("ar", "en") * (args.n // 2)]
    for text, lang in arts if args.sets else arts[:10]:  # a few real articles: all warmed, as the built ones are
        extract(text, pub, lang, res)
    norm = {t: normalize(t) for t, _ in arts}
    tokens = {t: tokenize(t, lang) for t, lang in arts}
    actor_hits = {t: res.gazetteer.find_actors(t, lang, tokens[t]) for t, lang in arts}
    docs = {t: document.gather(t, norm[t], lang, pub, res) for t, lang in arts}
    boiler = res.boilerplate

    def split(t: str, lang: str):
        return split_text(t, lambda ln: boiler.is_boilerplate(docs[t].nslice(ln.start, ln.end)))

    sentences = {t: split(t, lang) for t, lang in arts}
    stages = [
        ("total extract()", lambda t, lang: extract(t, pub, lang, res)),
        ("normalize", lambda t, lang: normalize(t)),
        ("cues.scan_all", lambda t, lang: res.lexicons[lang].cues.scan_all(norm[t].text)),
        ("tokenize", lambda t, lang: tokenize(t, lang)),
        ("find_actors", lambda t, lang: res.gazetteer.find_actors(t, lang, tokens[t])),
        ("find_countries", lambda t, lang: res.gazetteer.find_countries(t, lang, tokens[t], actor_hits[t])),
        ("find_times", lambda t, lang: find_times(t, lang, pub, res.time_lexicon)),
        ("gather (all above)", lambda t, lang: document.gather(t, norm[t], lang, pub, res)),
        ("split", split),
        ("mentions", lambda t, lang: pipeline._mentions(docs[t], sentences[t], res)),
    ]
    out = sys.stdout
    out.write(f"{len(arts)} articles, CPU ms per article\n")
    for name, fn in stages:
        for lang in ("ar", "en"):
            subset = [(t, lg) for t, lg in arts if lg == lang]
            c = time.process_time()
            for t, lg in subset:
                fn(t, lg)
            ms = (time.process_time() - c) / len(subset) * 1000
            out.write(f"{name:22s} {lang} {ms:6.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
