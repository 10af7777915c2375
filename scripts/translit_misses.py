"""Arabic people we found but spelled too far from the gold to match (the scorer's 0.85).

usage (from the worktree):
    python scripts/translit_misses.py [--save FILE] SET [SET ...]     SET: dev, heldout .. heldout11
    python scripts/translit_misses.py --rerender FILE                  re-spell a saved list, no extraction
    python scripts/translit_misses.py --gazetteer [-v]                 the gazetteer's Arab people as a test

Over the Arabic articles of the sets, each emitted person that matches no gold name (the scorer's
greedy one-to-one matching) is paired with the unmatched gold person of highest similarity; a pair
at similarity >= 0.5 whose Arabic name we transliterated is printed (ours, gold, similarity, Arabic).
The counts: Arabic gold persons, persons matched, near misses. `--save` keeps every emitted person
with a transliterated name (its Arabic words, country, the gold person it stands for, whether it
matched), so `--rerender` measures a spelling change on all of them in a second: how many near
misses now match, and how many matched names broke. Matched names closer than 0.90 are counted as
narrow (a small spelling change may break them).

`--gazetteer` spells the Arabic of every person of an Arab League country the gazetteer holds (without
a title word) and counts how many match its English name: a broader test of the rules than the eval
sets' few dozen transliterated people (though the tables were partly written from the same names).
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import score as S  # noqa: E402

from claimtracker.extract import Resources, extract  # noqa: E402
from claimtracker.extract.translit import Transliterator  # noqa: E402
from claimtracker.text import normalize_text  # noqa: E402

SHARED = Path("../shared/eval")
PAIR_FLOOR = 0.5  # below this the two names are as likely two different people


def _folder(name: str) -> Path:
    return SHARED / "dev" if name == "dev" else Path("data/eval") / name


def _greedy(sys_names: list[str], gold_names: list[str]) -> dict[int, int]:
    """The scorer's matching, as system index -> gold index."""
    pairs = sorted(((S.name_sim(s, g), i, j) for i, s in enumerate(sys_names)
                    for j, g in enumerate(gold_names)), reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for sim, i, j in pairs:
        if sim < 0.85:
            break
        if i in out or j in used:
            continue
        out[i] = j
        used.add(j)
    return out


def _spelled(tr: Transliterator, name_ar: str | None, country: str | None) -> str | None:
    if not name_ar:
        return None
    return tr.render(normalize_text(name_ar).split(), country)


def collect(sets: list[str]) -> list[dict]:
    """Every Arabic-article person with an Arabic name: ours, its gold partner, whether matched."""
    res = Resources.load()
    tr = Transliterator.load()
    rows: list[dict] = []
    for name in sets:
        folder = _folder(name)
        metas = {m["id"]: m for m in map(json.loads, (folder / "articles.jsonl").read_text().splitlines()) if m}
        for line in (folder / "gold.jsonl").read_text().splitlines():
            gold = json.loads(line)
            meta = metas[gold["id"]]
            if meta.get("lang") != "ar":
                continue
            text = (folder / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
            pub = date.fromisoformat(meta["published"][:10]) if meta.get("published") else None
            out = extract(text, pub, "ar", res).to_json()
            sys_names = [a["name"] for a in out["actors"]]
            gold_names = [a["name"] for a in gold["actors"]]
            match = _greedy(sys_names, gold_names)
            free_gold = [j for j, a in enumerate(gold["actors"]) if j not in match.values() and a.get("kind") == "person"]
            for i, actor in enumerate(out["actors"]):
                if actor.get("kind") != "person":
                    continue
                # transliterated: our rules re-spell its Arabic to the emitted name (not a gazetteer entry)
                ours = _spelled(tr, actor.get("name_ar"), actor.get("country"))
                row = {"set": name, "id": gold["id"], "ours": actor["name"], "ar": actor.get("name_ar"),
                       "country": actor.get("country"), "translit": ours == actor["name"],
                       "matched": i in match, "gold": gold_names[match[i]] if i in match else None,
                       "others": [g for k, g in enumerate(gold_names) if k != match.get(i)]}
                if i not in match and free_gold:
                    best = max(free_gold, key=lambda j: S.name_sim(actor["name"], gold_names[j]))
                    if S.name_sim(actor["name"], gold_names[best]) >= PAIR_FLOOR:
                        row["gold"] = gold_names[best]
                rows.append(row)
            rows.append({"set": name, "id": gold["id"], "gold_persons":
                         sum(1 for a in gold["actors"] if a.get("kind") == "person")})
    return rows


def report(rows: list[dict], tr: Transliterator | None) -> None:
    """Print the near misses and the counts; with `tr`, re-spell the transliterated names first."""
    gold_persons = sum(r.get("gold_persons", 0) for r in rows)
    people = [r for r in rows if "ours" in r]
    matched = near = fixed = broke = narrow = 0
    for r in people:
        name = r["ours"]
        if tr is not None and r["translit"]:
            name = _spelled(tr, r["ar"], r["country"]) or name
        ok = r["matched"]
        if tr is not None and r["translit"] and r["gold"]:
            # a spelling close to another gold name of the article would be matched to that one
            ok = S.name_sim(name, r["gold"]) >= 0.85
            fixed += ok and not r["matched"]
            broke += r["matched"] and not ok
            if r["matched"] and not ok:
                print(f"BROKE {r['set']}/{r['id']}: {r['ours']} -> {name} | gold {r['gold']} | {r['ar']}")
        matched += ok
        narrow += ok and bool(r["gold"]) and S.name_sim(name, r["gold"]) < 0.9
        if not ok and r["gold"] and r["translit"]:
            near += 1
            print(f"{r['set']}/{r['id']}: {name!r:34} gold {r['gold']!r:34} "
                  f"{S.name_sim(name, r['gold']):.2f}  {r['ar']} [{r['country']}]")
    translit = sum(1 for r in people if r["translit"])
    print(f"gold persons {gold_persons}; emitted persons {len(people)} ({translit} transliterated); "
          f"matched {matched} ({narrow} narrowly, < 0.90); transliterated near misses {near}"
          + (f"; fixed {fixed}, broke {broke}" if tr is not None else ""))


ARAB_LEAGUE = frozenset("SA AE QA KW BH OM YE IQ SY LB JO PS EG LY TN DZ MA MR SD SO DJ KM".split())
TITLE_WORDS = frozenset(normalize_text(w) for w in ("الملك", "الأمير", "الأميرة", "الملكة", "الشيخ", "البابا",
                                                    "السلطان"))


def gazetteer(verbose: bool) -> None:
    """The gazetteer's Arab people spelled from their Arabic, against their English names."""
    tr = Transliterator.load()
    total = ok = 0
    for path in sorted(Path("data/gazetteer").glob("actors_*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            words = normalize_text(entry.get("name_ar") or "").split()
            if entry.get("kind", "person") != "person" or entry.get("country") not in ARAB_LEAGUE \
                    or not words or words[0] in TITLE_WORDS:
                continue
            spelled = tr.render(words, entry["country"])
            sim = S.name_sim(spelled, entry["name"])
            total += 1
            ok += sim >= 0.85
            if verbose and sim < 0.85:
                print(f"{sim:.2f} {entry['name']!r:34} {spelled!r:34} {entry['name_ar']} [{entry['country']}]")
    print(f"gazetteer Arab persons {total}; spelled to match {ok}")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--save")
    ap.add_argument("--rerender")
    ap.add_argument("--gazetteer", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    if args.gazetteer:
        gazetteer(args.v)
        return
    if args.rerender:
        report(json.loads(Path(args.rerender).read_text(encoding="utf-8")), Transliterator.load())
        return
    rows = collect(args.sets)
    if args.save:
        Path(args.save).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    report(rows, None)


if __name__ == "__main__":
    main(sys.argv[1:])
