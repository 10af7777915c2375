"""Check that a change to linking leaves its decisions alone: save a snapshot, then compare.

    .venv/bin/python bench/link_snapshot.py save /tmp/link-before.json
    .venv/bin/python bench/link_snapshot.py compare /tmp/link-before.json
    .venv/bin/python bench/link_snapshot.py replay /tmp/link-before.json

`save` and `compare` ingest a fixed set of articles into a fresh database (the demo corpus, the
seed and development articles under ../shared when present, `ingest_bench.py`'s generated
articles and `extract_bench.py`'s, each set in date order) and dump every mention's claim (by
article text and offsets), every claim's fields and every outcome suggestion. `save` also keeps
each `link_batch` call's inputs and result beside the snapshot (PATH.batches.pkl); `replay` runs
`link_batch` again on them, compares, and prints the CPU time linking took: a quick check
between edits. Snapshots hold quotes from the articles, so keep them outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import extract_bench  # noqa: E402
import ingest_bench  # noqa: E402

import claimtracker.store.claims as store_claims  # noqa: E402
from claimtracker.ingest import ingest_articles, load_demo  # noqa: E402
from claimtracker.linking import link_batch  # noqa: E402
from claimtracker.models import ArticleInput  # noqa: E402
from claimtracker.store import Database  # noqa: E402

SHARED = ROOT.parent / "shared"
# Timestamps of the run itself: they differ every time.
_VOLATILE = {"created_at", "status_at", "event_at", "reviewed_at", "fetched_at", "ingested_at"}


def _shared_articles() -> list[ArticleInput]:
    out = []
    index = SHARED / "eval/dev/articles.jsonl"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            path = SHARED / "eval/dev/articles" / f"{row['id']}.txt"
            if path.exists() and row.get("lang") in ("ar", "en"):
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                out.append(ArticleInput(text=path.read_text(encoding="utf-8"), title=row.get("title"),
                                        url=None, outlet=row.get("outlet"), published=published,
                                        lang=row["lang"], source=f"dev {row['id']}"))
    return sorted(out, key=lambda a: (a.published or date.max, a.source))


def _extract_bench_articles(n: int) -> list[ArticleInput]:
    rng = random.Random(11)
    base = date(2025, 8, 3)
    out = []
    for i in range(n):
        lang = "ar" if i % 2 == 0 else "en"
        out.append(ArticleInput(text=extract_bench.build_article(rng, lang, 4096), title=None, url=None,
                                outlet="bench", published=base + timedelta(days=(i * 37) % 400), lang=lang,
                                source=f"extract bench {i}"))
    return sorted(out, key=lambda a: (a.published, a.source))


def _ingest_all(db: Database, ingest_k: int, extract_n: int) -> None:
    load_demo(db)
    ingest_articles(db, _shared_articles(), source="snapshot dev")
    ingest_articles(db, ingest_bench.build_articles(ingest_k), source="snapshot ingest bench")
    ingest_articles(db, _extract_bench_articles(extract_n), source="snapshot extract bench")


def _plain(v):
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (date,)):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    return v


def dump(db: Database) -> dict:
    with db.read() as tx:
        rows = tx.execute
        art = {r[0]: hashlib.sha1(r[1].encode()).hexdigest()[:16] for r in tx.execute(
            "select article_id, text from articles")}
        mcols = [r[0] for r in tx.execute("select column_name from information_schema.columns "
                                          "where table_name = 'mentions' order by ordinal_position")]
        ccols = [r[0] for r in tx.execute("select column_name from information_schema.columns "
                                          "where table_name = 'claims' order by ordinal_position")]
        scols = [r[0] for r in tx.execute("select column_name from information_schema.columns "
                                          "where table_name = 'outcome_suggestions' order by ordinal_position")]
        mentions = [dict(zip(mcols, r, strict=True)) for r in rows("select * from mentions order by mention_id")]
        claims = [dict(zip(ccols, r, strict=True)) for r in rows("select * from claims order by claim_id")]
        sugg = [dict(zip(scols, r, strict=True)) for r in rows(
            "select * from outcome_suggestions order by suggestion_id")]
    mkey = {m["mention_id"]: f"{art[m['article_id']]}:{m['char_start']}-{m['char_end']}" for m in mentions}
    # A claim is named by its first mention, so renumbering alone shows as the ids only.
    ckey = {}
    for m in mentions:
        ckey.setdefault(m["claim_id"], mkey[m["mention_id"]])
    out_m = {}
    for m in mentions:
        row = {k: _plain(v) for k, v in m.items() if k not in _VOLATILE and k != "article_id"}
        row["claim"] = ckey.get(m["claim_id"])
        out_m[mkey[m["mention_id"]]] = row
    out_c = {}
    for c in claims:
        row = {k: _plain(v) for k, v in c.items() if k not in _VOLATILE}
        out_c[ckey.get(c["claim_id"], f"id:{c['claim_id']}")] = row
    out_s = []
    for s in sugg:
        row = {k: _plain(v) for k, v in s.items() if k not in _VOLATILE and k != "suggestion_id"}
        row["claim"] = ckey.get(s["claim_id"])
        row["article"] = art.get(s["article_id"])
        row["mention"] = mkey.get(s["mention_id"])
        out_s.append(row)
    return {"mentions": out_m, "claims": out_c, "suggestions": out_s}


def run(ingest_k: int, extract_n: int, record: list | None = None) -> dict:
    original = store_claims._link

    def recording(profiles, items):
        result = original(profiles, items)
        if record is not None:
            record.append((list(profiles), list(items), result))
        return result

    store_claims._link = recording
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(Path(tmp) / "snapshot.duckdb")
            _ingest_all(db, ingest_k, extract_n)
            return dump(db)
    finally:
        store_claims._link = original


def _diff(a: dict, b: dict, limit: int = 20) -> list[str]:
    out = []
    for part in ("mentions", "claims"):
        for k in sorted(set(a[part]) | set(b[part])):
            if a[part].get(k) != b[part].get(k):
                x, y = a[part].get(k) or {}, b[part].get(k) or {}
                fields = sorted(f for f in set(x) | set(y) if x.get(f) != y.get(f))
                out.append(f"{part} {k}: " + "; ".join(f"{f}: {x.get(f)!r} -> {y.get(f)!r}" for f in fields[:4]))
    if a["suggestions"] != b["suggestions"]:
        out.append(f"suggestions differ ({len(a['suggestions'])} before, {len(b['suggestions'])} now)")
    return out[:limit] + ([f"... {len(out) - limit} more"] if len(out) > limit else [])


def replay(batches: list) -> tuple[int, float]:
    changed = 0
    cpu = 0.0
    for profiles, items, before in batches:
        inputs = [store_claims.LinkInput(mention=m, lang=lang, published=published, key=i, article=article_id)
                  for i, (article_id, published, lang, _, m) in enumerate(items)]
        c0 = time.process_time()
        now = link_batch(profiles, inputs)
        cpu += time.process_time() - c0
        if (now.decisions, now.profiles, now.considered) != (before.decisions, before.profiles, before.considered):
            changed += 1
    return changed, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["save", "compare", "replay"])
    ap.add_argument("path", type=Path)
    ap.add_argument("-k", type=int, default=400, help="ingest_bench.py articles (default 400)")
    ap.add_argument("-n", type=int, default=200, help="extract_bench.py articles (default 200)")
    args = ap.parse_args()
    batches_path = args.path.with_name(args.path.name + ".batches.pkl")
    if args.action == "replay":
        batches = pickle.loads(batches_path.read_bytes())
        changed, cpu = replay(batches)
        sys.stdout.write(f"{len(batches)} batches, {sum(len(b[1]) for b in batches)} mentions, "
                         f"linking CPU {cpu:.2f} s, {changed} changed\n")
        return 1 if changed else 0
    record: list = []
    t0 = time.process_time()
    snap = run(args.k, args.n, record if args.action == "save" else None)
    cpu = time.process_time() - t0
    if args.action == "save":
        args.path.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        batches_path.write_bytes(pickle.dumps(record))
        sys.stdout.write(f"saved {len(snap['mentions'])} mentions, {len(snap['claims'])} claims, "
                         f"{len(snap['suggestions'])} suggestions to {args.path} (CPU {cpu:.1f} s)\n")
        return 0
    before = json.loads(args.path.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    diffs = _diff(before, now)
    for line in diffs:
        sys.stdout.write(line + "\n")
    sys.stdout.write(f"{len(now['mentions'])} mentions, {len(now['claims'])} claims, "
                     f"{len(now['suggestions'])} suggestions; {'0 changed' if not diffs else 'CHANGED'} "
                     f"(CPU {cpu:.1f} s)\n")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
