"""Raw counts, misses and differences from dumps written by `bench/eval_dump.py`.

    .venv/bin/python bench/eval_report.py totals /tmp/now.json                 # per language, all sets
    .venv/bin/python bench/eval_report.py totals /tmp/now.json --from 153 --to 198
    .venv/bin/python bench/eval_report.py misses /tmp/now.json --what actors --lang ar --from 195
    .venv/bin/python bench/eval_report.py diff /tmp/old.json /tmp/now.json --what windows

Counts use `../shared/eval/score.py`'s own matching (names, spans, windows, buckets), so they add
up to the scorer's figures. Sets are numbered for ranges: dev is 0, heldout is 1, heldoutN is N.
`--what` is one of actors, claims, windows, events, certainty, attribution.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_sets import SHARED, load_scorer  # noqa: E402


def set_number(name: str) -> int:
    if name == "dev":
        return 0
    m = re.fullmatch(r"heldout(\d*)", name)
    return int(m.group(1) or 1) if m else -1


def matched_actors(S, sys_names: list[str], gold_names: list[str]) -> tuple[set[int], set[int]]:
    """score.match_names' greedy pairing, returning which system and gold names were paired."""
    pairs = sorted(((S.name_sim(s, g), i, j) for i, s in enumerate(sys_names) for j, g in enumerate(gold_names)),
                   reverse=True)
    used_s: set[int] = set()
    used_g: set[int] = set()
    for sim, i, j in pairs:
        if sim < 0.85:
            break
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
    return used_s, used_g


def article_view(S, rec: dict) -> dict:
    """Everything the scorer judges in one article, keyed so two dumps can be compared."""
    text, out, gold = rec["text"], rec["out"], rec["gold"]
    sys_names = [a.get("name", "") for a in out.get("actors", [])]
    gold_names = [a["name"] for a in gold.get("actors", [])]
    used_s, used_g = matched_actors(S, sys_names, gold_names)
    mentions = [(m, S.span_of(text, m.get("quote", ""), m.get("start"), m.get("end"))) for m in out.get("mentions", [])]
    fwd = [(m, s) for m, s in mentions if m.get("kind") in S.FORWARD and s]
    gold_spans = [(c, S.span_of(text, c["quote"])) for c in gold.get("claims", [])]
    hits = [m for m, s in fwd if any(S.overlap(s, g) >= 0.5 * min(s[1] - s[0], g[1] - g[0]) for _, g in gold_spans if g)]
    claims = {}
    for c, g in gold_spans:
        if c["kind"] not in S.FORWARD or not g:
            continue
        best = max(fwd, key=lambda ms, g=g: S.overlap(ms[1], g), default=None)
        m = best[0] if best and S.overlap(best[1], g) >= 0.5 * (g[1] - g[0]) else None
        exp = c.get("expected") or {}
        att = (m or {}).get("attributed_to") or {}
        claims[c["quote"]] = {
            "gold": c, "sys": m, "found": m is not None,
            "windows": None if not exp.get("to") or m is None else bool(S.window_right(m.get("expected"), exp)),
            "certainty": m is not None and S.bucket(m.get("certainty")) == c.get("certainty"),
            "attribution": m is not None and att.get("kind") == (c.get("attributed_to") or {}).get("kind"),
            "events": m is not None and m.get("event_type") == c.get("event_type"),
        }
    sys_c = {c.upper() for c in out.get("countries", [])}
    gold_c = set(gold.get("countries", []))
    return {"sys_names": sys_names, "gold_names": gold_names, "used_s": used_s, "used_g": used_g,
            "sys_c": sys_c, "gold_c": gold_c, "fwd": len(fwd), "hits": len(hits), "claims": claims}


def selected(records: list[dict], args) -> list[dict]:
    return [r for r in records if args.lo <= set_number(r["set"]) <= args.hi and (not args.lang or r["lang"] == args.lang)]


def totals(S, records: list[dict]) -> dict[str, Counter]:
    by_lang: dict[str, Counter] = {}
    for rec in records:
        v, t = article_view(S, rec), by_lang.setdefault(rec["lang"], Counter())
        t["actor_tp"] += len(v["used_g"])
        t["actor_sys"] += len(v["sys_names"])
        t["actor_gold"] += len(v["gold_names"])
        t["country_tp"] += len(v["sys_c"] & v["gold_c"])
        t["country_sys"] += len(v["sys_c"])
        t["country_gold"] += len(v["gold_c"])
        t["fwd_hit"] += v["hits"]
        t["fwd_sys"] += v["fwd"]
        for c in v["claims"].values():
            t["fwd_gold"] += 1
            if c["found"]:
                t["matched"] += 1
                t["fwd_found"] += 1
                t["win_n"] += c["windows"] is not None
                t["win_ok"] += bool(c["windows"])
                t["cert_ok"] += c["certainty"]
                t["attr_ok"] += c["attribution"]
                t["event_ok"] += c["events"]
    return by_lang


def print_totals(by_lang: dict[str, Counter]) -> None:
    for lang in sorted(by_lang):
        t = by_lang[lang]
        print(f"{lang}: actors {t['actor_tp']}/{t['actor_sys']}/{t['actor_gold']}  countries "
              f"{t['country_tp']}/{t['country_sys']}/{t['country_gold']}  recall {t['fwd_found']}/{t['fwd_gold']}  "
              f"fwdP {t['fwd_hit']}/{t['fwd_sys']}  window {t['win_ok']}/{t['win_n']}  certainty "
              f"{t['cert_ok']}  attribution {t['attr_ok']}  event {t['event_ok']}  (of {t['matched']} matched)")


def claim_line(rec: dict, c: dict, what: str) -> str:
    g, m = c["gold"], c["sys"] or {}
    if what == "windows":
        detail = f"gold {(g.get('expected') or {}).get('from')}..{(g.get('expected') or {}).get('to')} sys {m.get('expected')}"
    elif what == "events":
        detail = f"gold {g.get('event_type')} sys {m.get('event_type')}"
    elif what == "certainty":
        detail = f"gold {g.get('certainty')} sys {m.get('certainty')}"
    elif what == "attribution":
        detail = f"gold {(g.get('attributed_to') or {}).get('kind')} sys {(m.get('attributed_to') or {}).get('kind')}"
    else:
        detail = ""
    return f"{rec['id']} {detail} | {g['quote'][:150]}"


def misses(S, records: list[dict], what: str) -> None:
    names: Counter = Counter()
    for rec in records:
        v = article_view(S, rec)
        if what == "actors":
            for j, n in enumerate(v["gold_names"]):
                if j not in v["used_g"]:
                    names[f"FN {n}"] += 1
            for i, n in enumerate(v["sys_names"]):
                if i not in v["used_s"]:
                    names[f"FP {n}"] += 1
            continue
        for c in v["claims"].values():
            bad = not c["found"] if what == "claims" else (c["found"] and c[what] is False)
            if bad:
                print(claim_line(rec, c, what))
    for name, n in names.most_common():
        print(f"{n:4} {name}")


def diff(S, old: list[dict], new: list[dict], what: str) -> None:
    before = {(r["set"], r["id"]): r for r in old}
    for rec in new:
        prev = before.get((rec["set"], rec["id"]))
        if prev is None:
            continue
        a, b = article_view(S, prev), article_view(S, rec)
        if what == "actors":
            for tag, v in (("-", a), ("+", b)):
                other = b if tag == "-" else a
                right = {v["gold_names"][j] for j in v["used_g"]} - {other["gold_names"][j] for j in other["used_g"]}
                wrong = ({v["sys_names"][i] for i in range(len(v["sys_names"])) if i not in v["used_s"]}
                         - {other["sys_names"][i] for i in range(len(other["sys_names"])) if i not in other["used_s"]})
                for n in sorted(right):
                    print(f"{tag}right {rec['id']} {n}")
                for n in sorted(wrong):
                    print(f"{tag}wrong {rec['id']} {n}")
            continue
        key = "found" if what == "claims" else what
        for quote, cb in b["claims"].items():
            ca = a["claims"].get(quote)
            if ca and bool(ca[key]) != bool(cb[key]):
                print(("+" if cb[key] else "-") + " " + claim_line(rec, cb, what))
                if what != "claims":
                    print("    was " + claim_line(prev, ca, what))
        if what == "claims" and a["hits"] - a["fwd"] != b["hits"] - b["fwd"]:
            print(f"  {rec['id']} unmatched forward mentions {a['fwd'] - a['hits']} -> {b['fwd'] - b['hits']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["totals", "misses", "diff"])
    ap.add_argument("dumps", nargs="+", help="one dump (totals, misses) or two (diff: old new)")
    ap.add_argument("--what", default="actors")
    ap.add_argument("--lang", default="")
    ap.add_argument("--from", dest="lo", type=int, default=0)
    ap.add_argument("--to", dest="hi", type=int, default=10**6)
    args = ap.parse_args()
    S = load_scorer()
    if S is None:
        print(f"no scorer at {SHARED / 'score.py'}", file=sys.stderr)
        return 1
    dumps = [selected(json.loads(Path(p).read_text(encoding="utf-8")), args) for p in args.dumps]
    if args.command == "totals":
        print_totals(totals(S, dumps[0]))
    elif args.command == "misses":
        misses(S, dumps[0], args.what)
    else:
        diff(S, dumps[0], dumps[1], args.what)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
