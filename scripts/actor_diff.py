"""Article-level actors and countries against the gold, in process, per article.

usage (from the worktree): python scripts/actor_diff.py SETDIR [SETDIR ...]
Prints, for each article with a difference, the gold actors the system missed, the system
actors the gold lacks, and the same for countries; matching is the scorer's (`score.py`). An extra
or missed country is followed by how the text names it (name, capital, adjective, actor; "listed"
when inside a passing list) and the words before its first mention, to sort misses into classes.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import score as S  # noqa: E402

from claimtracker.extract import Resources, extract  # noqa: E402
from claimtracker.extract.document import gather  # noqa: E402
from claimtracker.text import normalize  # noqa: E402


def _unmatched(sys_names: list[str], gold_names: list[str]) -> tuple[list[str], list[str]]:
    pairs = sorted(((S.name_sim(s, g), i, j) for i, s in enumerate(sys_names)
                    for j, g in enumerate(gold_names)), reverse=True)
    used_s, used_g = set(), set()
    for sim, i, j in pairs:
        if sim < 0.85:
            break
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
    return ([g for j, g in enumerate(gold_names) if j not in used_g],
            [s for i, s in enumerate(sys_names) if i not in used_s])


def _country_mentions(text: str, lang: str, codes: set[str], res: Resources) -> list[str]:
    doc = gather(text, normalize(text), lang, None, res)
    out = []
    for code in sorted(codes):
        spans = [c for c in doc.countries if c.code == code]
        if not spans:
            out.append(f"{code}: not found")
            continue
        vias = sorted({c.via + ("/listed" if c.listed else "") for c in spans})
        c = spans[0]
        before = text[max(0, c.start - 30):c.start].replace("\n", " ")
        out.append(f"{code}: {','.join(vias)} | …{before}[{text[c.start:c.end]}]")
    return out


def main(argv: list[str]) -> None:
    res = Resources.load()
    for setdir in map(Path, argv):
        metas = {m["id"]: m for m in map(json.loads, (setdir / "articles.jsonl").read_text().splitlines()) if m}
        for line in (setdir / "gold.jsonl").read_text().splitlines():
            gold = json.loads(line)
            meta = metas[gold["id"]]
            text = (setdir / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
            pub = date.fromisoformat(meta["published"]) if meta.get("published") else None
            out = extract(text, pub, meta["lang"], res).to_json()
            miss, extra = _unmatched([a["name"] for a in out["actors"]], [a["name"] for a in gold["actors"]])
            gc, sc = set(gold.get("countries", [])), set(out.get("countries", []))
            if miss or extra or gc != sc:
                print(f"{setdir.name}/{gold['id']} ({meta['lang']})")
                if miss:
                    print("   actor missed:", miss)
                if extra:
                    print("   actor extra: ", extra)
                if gc - sc:
                    print("   country missed:", sorted(gc - sc))
                if sc - gc:
                    print("   country extra: ", sorted(sc - gc))
                for line in _country_mentions(text, meta["lang"], gc ^ sc, res):
                    print("      ", line)


if __name__ == "__main__":
    main(sys.argv[1:])
