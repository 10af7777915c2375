#!/usr/bin/env python3
"""Write articles/<id>.txt, articles.jsonl and gold.jsonl from scripts/texts_*.py and scripts/gold_*.py.
Stdlib only; works from any folder. With a folder argument it builds that set instead (heldout2
keeps only its texts and gold: `python3 ../heldout/scripts/build.py .`)."""
import json
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
# the set's texts and gold are read from its own scripts folder, so they are imported after it is on the path
from gold_ar import GOLD_AR  # noqa: E402
from gold_en import GOLD_EN  # noqa: E402
from texts_ar import AR  # noqa: E402
from texts_en import EN  # noqa: E402

KINDS = {"prediction", "speculation", "assertion"}
ETYPES = {"meeting", "summit", "visit", "election", "ceasefire", "agreement", "sanction", "military",
          "resignation", "statement", "other"}
ATTR = {"named", "anonymous", "observers", "official_statement", "outlet"}
CERT = {"high", "medium", "low"}


def main():
    (ROOT / "articles").mkdir(exist_ok=True)
    arts, golds = [], []
    for lang, texts, gold in (("ar", AR, GOLD_AR), ("en", EN, GOLD_EN)):
        for aid in sorted(texts):
            t = texts[aid]
            text = t["text"]
            (ROOT / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
            title = text.split("\n", 1)[0].strip()
            arts.append({"id": aid, "lang": lang, "url": None, "outlet": t["outlet"], "published": t["published"],
                         "title": title, "published_source": "given", "title_source": "first_line",
                         "text_kind": "original news-style text written for this project (invented or generic facts)",
                         "words": len(text.split())})
            g = gold[aid]
            names = {a[0] for a in g["actors"]}
            claims = []
            for c in g["claims"]:
                (quote, kind, event, et, actors, countries, frm, to, ttext, cert, akind, atext) = c
                assert kind in KINDS and et in ETYPES and akind in ATTR and cert in CERT, (aid, quote)
                assert set(actors) <= names, (aid, set(actors) - names)
                assert set(countries) <= set(g["countries"]), (aid, quote, set(countries) - set(g["countries"]))
                assert (akind == "outlet") == (atext is None), (aid, quote)
                claims.append({"quote": quote, "kind": kind, "event": event, "event_type": et, "actors": actors,
                               "countries": countries, "expected": {"from": frm, "to": to, "text": ttext},
                               "certainty": cert, "attributed_to": {"kind": akind, "text": atext}})
            n_assert = sum(c["kind"] == "assertion" for c in claims)
            assert n_assert <= 3, (aid, n_assert)
            golds.append({"id": aid,
                          "actors": [{"name": n, "country": c, "kind": k} for n, c, k in g["actors"]],
                          "countries": g["countries"], "claims": claims})
    with open(ROOT / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(ROOT / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {sum(len(g['claims']) for g in golds)} claims")


if __name__ == "__main__":
    main()
