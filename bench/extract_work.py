"""How much of what extraction reads could be left unread: counts, not timings (no noise).

    .venv/bin/python bench/extract_work.py                  # 200 benchmark articles of about 4 KB
    .venv/bin/python bench/extract_work.py --sets ../shared/eval/dev data/eval/heldout4   # real articles

Per language: the sentences, those the cheap filter keeps (a cue, a question, a time phrase, or a
past verb with an actor), those a mention starts in, and the time phrases that stand in a sentence
kept for its time phrase alone and holding no event word: no later stage reads those (the claim
loop drops such a sentence) except the calendar of dated events, so they bound what running the
time pass over fewer sentences could save. The whole-text actor and country passes cannot be cut
that way: the article's actor and country lists are read from every body sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from bisect import bisect_left, bisect_right
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_bench import build_article  # noqa: E402

from claimtracker.extract import Resources, document, extract  # noqa: E402
from claimtracker.extract.filter import Holding  # noqa: E402
from claimtracker.extract.split import split_text  # noqa: E402
from claimtracker.text import normalize  # noqa: E402

_FIELDS = ("articles", "sentences", "kept", "with_mention", "mentions", "times", "times_unread")


def count(text: str, lang: str, published: date, res: Resources) -> dict[str, int]:
    """The counts of one article (see the module docstring)."""
    lex = res.lexicons[lang]
    doc = document.gather(text, normalize(text), lang, published, res)
    sentences = split_text(text, lambda ln: res.boilerplate.is_boilerplate(doc.nslice(ln.start, ln.end)), res.clauses)
    hold = Holding(sentences)
    bounds = [(bisect_left(doc.norm.offsets, s.start), bisect_left(doc.norm.offsets, s.end)) for s in sentences]
    others = (lex.cues.questions_in(doc.norm.text, bounds) | hold(c.start for c in doc.cues)
              | (hold(doc.past.starts) & hold(a.start for a in doc.actors)))
    timed = hold(t.start for t in doc.times)
    starts = [s.start for s in sentences]
    unread = 0
    for t in doc.times:
        i = bisect_right(starts, t.start) - 1
        if i >= 0 and i not in others and not document.scan_events(doc, *bounds[i], lex):
            unread += 1
    mentions = extract(text, published, lang, res).mentions
    with_mention = {bisect_right(starts, m.start) - 1 for m in mentions}
    return {"articles": 1, "sentences": len(sentences), "kept": len(others | timed),
            "with_mention": len(with_mention), "mentions": len(mentions), "times": len(doc.times),
            "times_unread": unread}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=200, help="benchmark articles (default 200)")
    ap.add_argument("--size", type=int, default=4096, help="bytes per article (default 4096)")
    ap.add_argument("--sets", nargs="*", default=(), help="eval set folders: their articles instead of built ones")
    args = ap.parse_args()
    res = Resources.load()
    published = date(2025, 8, 3)
    if args.sets:
        arts = [(Path(d, "articles", f"{r['id']}.txt").read_text(encoding="utf-8"), r["lang"])
                for d in args.sets
                for r in map(json.loads, Path(d, "articles.jsonl").read_text(encoding="utf-8").splitlines())]
    else:
        rng = random.Random(1)
        arts = [(build_article(rng, lang, args.size), lang) for lang in ("ar", "en") * (args.n // 2)]
    totals: dict[str, dict[str, int]] = {}
    for text, lang in arts:
        row = totals.setdefault(lang, dict.fromkeys(_FIELDS, 0))
        for k, v in count(text, lang, published, res).items():
            row[k] += v
    out = sys.stdout
    for lang, row in sorted(totals.items()):
        s, t = max(row["sentences"], 1), max(row["times"], 1)
        out.write(f"{lang}: {row['articles']} articles, {row['sentences']} sentences; kept {row['kept']} "
                  f"({100 * row['kept'] / s:.0f}%), a mention in {row['with_mention']} "
                  f"({100 * row['with_mention'] / max(row['kept'], 1):.0f}% of kept); {row['mentions']} mentions; "
                  f"{row['times']} time phrases, {row['times_unread']} ({100 * row['times_unread'] / t:.0f}%) "
                  "in sentences kept for them alone with no event word\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
