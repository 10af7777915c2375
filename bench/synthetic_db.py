"""A synthetic Claim Tracker database of any size, for the speed benchmarks.

    .venv/bin/python bench/synthetic_db.py                       # 100,000 claims -> /tmp/claimtracker-synthetic-100000.duckdb
    .venv/bin/python bench/synthetic_db.py --claims 20000 --out /tmp/small.duckdb

N claims, 2N mentions (every claim has one; the other N go mostly to a few busy claims), N/2
articles of about four mentions each, half Arabic and half English, published over 2024-2026,
actors from the gazetteer, countries, a status event for every claim and a second one for those
resolved, and outcome suggestions for a few percent of claims, some decided. The quotes come
from a few sentence templates written for this benchmark. Rows are written with bulk inserts
through `Database.write()`, so 100,000 claims take seconds.

`build(path, claims=N)` is the importable form; it returns the row counts.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtracker.extract.gazetteer import Gazetteer  # noqa: E402
from claimtracker.models import ATTRIBUTION_KINDS, certainty_label  # noqa: E402
from claimtracker.store import Database  # noqa: E402

FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2026, 11, 30)
# The day the statuses are drawn against: windows that ended before it are mostly resolved.
AS_OF = date(2026, 11, 29)
MENTIONS_PER_ARTICLE = 4

# (event_type, kind, English, Arabic): {a} and {b} are actors, {place} a country, {when} a time phrase.
TEMPLATES = [
    ("meeting", "speculation", "{a} may meet {b} in {place} {when}", "قد يلتقي {a} مع {b} في {place} {when}"),
    ("visit", "prediction", "{a} will visit {place} {when}, officials said",
     "سيزور {a} {place} {when} بحسب مسؤولين"),
    ("summit", "prediction", "A summit between {a} and {b} is expected in {place} {when}",
     "من المتوقع أن تعقد قمة بين {a} و{b} في {place} {when}"),
    ("agreement", "speculation", "{a} and {b} could sign an agreement on {place} {when}",
     "يمكن أن يوقع {a} و{b} اتفاقا بشأن {place} {when}"),
    ("election", "prediction", "Elections in {place} are due to take place {when}, {a} said",
     "قال {a} إن الانتخابات في {place} ستجري {when}"),
    ("ceasefire", "speculation", "A ceasefire in {place} could be announced {when}, sources close to {a} said",
     "قد يعلن وقف لإطلاق النار في {place} {when} وفق مصادر مقربة من {a}"),
    ("sanction", "prediction", "{a} is likely to announce new sanctions on {place} {when}",
     "يرجح أن يعلن {a} عقوبات جديدة على {place} {when}"),
    ("resignation", "speculation", "{a} might step down {when}, according to people close to {b}",
     "ربما يستقيل {a} {when} بحسب مقربين من {b}"),
    ("statement", "assertion", "{a} has ruled out any talks with {b} about {place}",
     "نفى {a} وجود أي محادثات مع {b} بشأن {place}"),
]
# (English, Arabic, days from publication to the window's start, window length in days)
WHEN = [
    ("next week", "الأسبوع المقبل", 7, 7),
    ("next month", "الشهر المقبل", 30, 30),
    ("within days", "خلال أيام", 1, 5),
    ("before the end of the year", "قبل نهاية العام", 0, 120),
    ("in the coming months", "في الأشهر المقبلة", 30, 90),
    ("this spring", "هذا الربيع", 20, 90),
]
FILLER_EN = [
    "The talks follow months of contacts between the two sides.",
    "Officials declined to comment on the report.",
    "Prices in the capital have risen again this season.",
]
FILLER_AR = [
    "وتأتي هذه المحادثات بعد أشهر من الاتصالات بين الجانبين.",
    "ولم يعلق المسؤولون على هذه المعلومات.",
    "وارتفعت الأسعار في العاصمة مجددا هذا الموسم.",
]
OUTLETS = ["Levant Monitor", "Gulf Wire", "Cairo Evening", "Nile Daily", "Beirut Post", "Maghreb Herald",
           "Synthetic Times", "Ankara Ledger"]
PLACES = ["SY", "LB", "IQ", "TR", "RU", "EG", "SA", "IR", "JO", "PS", "IL", "US", "FR", "DE", "QA", "AE", "YE",
          "LY", "SD", "UA"]
# Shares of each status among claims whose window has passed, and among those still to come.
PAST_STATUSES = {"open": 0.20, "confirmed": 0.30, "partly_confirmed": 0.07, "refuted": 0.25, "expired": 0.15,
                 "withdrawn": 0.03}
FUTURE_STATUSES = {"open": 0.95, "confirmed": 0.02, "refuted": 0.02, "withdrawn": 0.01}
SUGGESTION_SHARE = 0.06
CERTAINTY = {"prediction": (0.7, 0.95), "speculation": (0.2, 0.6), "assertion": (0.5, 0.9)}


def _day(offsets: np.ndarray) -> list[date]:
    return [FIRST_DAY + timedelta(days=int(d)) for d in offsets]


def _choice(rng: np.random.Generator, shares: dict[str, float], n: int) -> np.ndarray:
    keys = list(shares)
    p = np.array([shares[k] for k in keys])
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=n, p=p / p.sum())]


def _actors(gazetteer: Gazetteer):
    people = [a for a in gazetteer.all_actors() if a.kind == "person"]
    others = [a for a in gazetteer.all_actors() if a.kind != "person"]
    # Busy actors first, so the skewed draw below makes a few of them very common, as in news.
    return (people + others) or gazetteer.all_actors()


def build(path: str | Path, claims: int = 100_000, seed: int = 1) -> dict[str, int]:
    """Write a synthetic database of `claims` claims to a new file at `path`; returns row counts."""
    path = Path(path)
    if path.exists():
        path.unlink()
    for extra in (path.with_suffix(path.suffix + ".wal"),):
        if extra.exists():
            extra.unlink()
    rng = np.random.default_rng(seed)
    gazetteer = Gazetteer.load()
    actors = _actors(gazetteer)
    if not actors:
        raise RuntimeError("the gazetteer holds no actors")
    n = max(1, int(claims))
    span = (LAST_DAY - FIRST_DAY).days
    now = datetime.combine(AS_OF, datetime.min.time())

    # --- claims: template, time phrase, actors, place, base day ------------------------------
    template = rng.integers(0, len(TEMPLATES), n)
    when = rng.integers(0, len(WHEN), n)
    actor_a = np.minimum((rng.random(n) ** 3 * len(actors)).astype(int), len(actors) - 1)
    actor_b = rng.integers(0, len(actors), n)
    actor_b = np.where(actor_b == actor_a, (actor_b + 1) % len(actors), actor_b)
    place = np.minimum((rng.random(n) ** 2 * len(PLACES)).astype(int), len(PLACES) - 1)
    base_day = rng.integers(0, span - 60, n)

    # --- mentions: one per claim, then N more drawn towards low claim ids (busy claims) -------
    claim_of = np.concatenate([np.arange(n), np.minimum((rng.random(n) ** 2 * n).astype(int), n - 1)])
    m = len(claim_of)
    later = np.concatenate([np.zeros(n, dtype=int), np.minimum(rng.geometric(1 / 15, n), 55)])
    mention_day = base_day[claim_of] + later
    lang = np.where(rng.random(m) < 0.5, "ar", "en")

    # Articles: mentions of one language in date order, four to an article.
    article_of = np.empty(m, dtype=int)
    next_article = 0
    for lg in ("ar", "en"):
        idx = np.flatnonzero(lang == lg)
        idx = idx[np.argsort(mention_day[idx], kind="stable")]
        article_of[idx] = next_article + np.arange(len(idx)) // MENTIONS_PER_ARTICLE
        next_article += (len(idx) + MENTIONS_PER_ARTICLE - 1) // MENTIONS_PER_ARTICLE
    n_articles = next_article
    article_day = np.full(n_articles, span, dtype=int)
    np.minimum.at(article_day, article_of, mention_day)
    article_lang = np.empty(n_articles, dtype=object)
    article_lang[article_of] = lang
    mention_day = article_day[article_of]  # a mention is dated by its article

    # Claim windows start from the first mention's day.
    first_day = np.full(n, span, dtype=int)
    np.minimum.at(first_day, claim_of, mention_day)
    last_day = np.zeros(n, dtype=int)
    np.maximum.at(last_day, claim_of, mention_day)
    w_start = np.array([WHEN[w][2] for w in when]) + first_day
    w_end = w_start + np.array([WHEN[w][3] for w in when]) - 1
    is_statement = np.array([TEMPLATES[t][1] == "assertion" for t in template])

    # --- text ----------------------------------------------------------------------------------
    names = {"en": [a.name for a in actors], "ar": [a.name_ar or a.name for a in actors]}
    place_names = {lg: [gazetteer.countries.country_name(c, lg) or c for c in PLACES] for lg in ("en", "ar")}
    quotes = np.empty(m, dtype=object)
    for j in range(m):
        c = claim_of[j]
        lg = lang[j]
        tpl = TEMPLATES[template[c]][3 if lg == "ar" else 2]
        quotes[j] = tpl.format(a=names[lg][actor_a[c]], b=names[lg][actor_b[c]], place=place_names[lg][place[c]],
                               when=WHEN[when[c]][1 if lg == "ar" else 0])
    order = np.argsort(article_of, kind="stable")
    texts = [""] * n_articles
    starts = np.zeros(m, dtype=int)
    pieces: list[str] = []
    length = 0
    current = -1
    for j in order:
        a = article_of[j]
        if a != current:
            if current >= 0:
                texts[current] = "".join(pieces)
            pieces, length, current = [], 0, a
        lg = article_lang[a]
        filler = (FILLER_AR if lg == "ar" else FILLER_EN)[(a + length) % 3]
        sep = " " if pieces else ""
        pieces.append(sep + filler + " ")
        length += len(sep) + len(filler) + 1
        starts[j] = length
        pieces.append(quotes[j] + ".")
        length += len(quotes[j]) + 1
    if current >= 0:
        texts[current] = "".join(pieces)
    ends = starts + np.array([len(q) for q in quotes])

    # --- statuses ----------------------------------------------------------------------------
    as_of = (AS_OF - FIRST_DAY).days
    past = w_end < as_of
    status = np.where(past, _choice(rng, PAST_STATUSES, n), _choice(rng, FUTURE_STATUSES, n))
    resolved_day = np.minimum(np.where(past, w_end + rng.integers(1, 30, n), first_day + rng.integers(1, 20, n)),
                              as_of)
    resolved_at = [now - timedelta(days=as_of - int(d)) for d in resolved_day]
    created_at = [now - timedelta(days=as_of - int(d)) + timedelta(hours=6) for d in first_day]

    batch_of_article = np.arange(n_articles) // 500
    n_batches = int(batch_of_article.max()) + 1
    db = Database(path)
    counts: dict[str, int] = {}
    with db.write() as tx:
        # A fresh file: the sequences hand out 1, 2, ...; reserving them keeps later writes clear.
        for seq, k in (("batch_id_seq", n_batches), ("article_id_seq", n_articles), ("claim_id_seq", n),
                       ("mention_id_seq", m)):
            tx.next_ids(seq, k)
        article_ids = np.arange(1, n_articles + 1)
        first_in_article = np.full(n_articles, m, dtype=int)
        np.minimum.at(first_in_article, article_of, np.arange(m))
        claim_ids = np.arange(1, n + 1)

        batch_start = [now - timedelta(days=as_of - int(article_day[batch_of_article == b].min()))
                       for b in range(n_batches)]
        per_batch = np.bincount(batch_of_article, minlength=n_batches)
        counts["ingest_batches"] = tx.insert_df("ingest_batches", pd.DataFrame({
            "batch_id": np.arange(1, n_batches + 1), "source": [f"synthetic batch {b + 1}" for b in range(n_batches)],
            "started_at": batch_start, "finished_at": [t + timedelta(minutes=2) for t in batch_start],
            "articles_new": per_batch, "mentions_new": per_batch * MENTIONS_PER_ARTICLE, "claims_new": 0,
        }))
        published = _day(article_day)
        counts["articles"] = tx.insert_df("articles", pd.DataFrame({
            "article_id": article_ids,
            "url": [f"https://synthetic.example/{article_lang[i]}/{i + 1}" for i in range(n_articles)],
            "content_sha256": [hashlib.sha256(f"{i}:{t}".encode()).hexdigest() for i, t in enumerate(texts)],
            "title": [quotes[j][:80] for j in first_in_article],
            "outlet": [OUTLETS[i % len(OUTLETS)] for i in range(n_articles)],
            "lang": article_lang.astype(str),
            "published_at": published,
            "ingested_at": [datetime.combine(d, datetime.min.time()) + timedelta(hours=6) for d in published],
            "batch_id": batch_of_article + 1,
            "source": "synthetic",
            "text": texts,
        }))
        counts["actors"] = tx.insert_df("actors", pd.DataFrame({
            "actor_id": [a.actor_id for a in actors], "name": [a.name for a in actors],
            "name_ar": [a.name_ar for a in actors], "kind": [a.kind for a in actors],
            "country": [a.country for a in actors], "aliases": [[] for _ in actors], "origin": "gazetteer",
            "created_at": now - timedelta(days=as_of), "updated_at": now - timedelta(days=as_of),
        }))

        first_mention = np.full(n, m, dtype=int)
        np.minimum.at(first_mention, claim_of, np.arange(m))
        headline_when = {i: (w[0], w[1]) for i, w in enumerate(WHEN)}
        headlines = [quotes[first_mention[c]].replace(" " + headline_when[when[c]][0], "")
                     .replace(" " + headline_when[when[c]][1], "") for c in range(n)]
        core = [sorted({actors[actor_a[c]].actor_id, actors[actor_b[c]].actor_id}) for c in range(n)]
        claims_df = pd.DataFrame({
            "claim_id": claim_ids, "headline": headlines,
            "event_type": [TEMPLATES[t][0] for t in template], "kind": [TEMPLATES[t][1] for t in template],
            "expected_from": [None if s else d for s, d in zip(is_statement, _day(w_start), strict=True)],
            "expected_to": [None if s else d for s, d in zip(is_statement, _day(w_end), strict=True)],
            "expected_text": [None if s else WHEN[w][0] for s, w in zip(is_statement, when, strict=True)],
            "status": status.astype(str),
            "status_at": [r if s != "open" else c for s, r, c in zip(status, resolved_at, created_at, strict=True)],
            "first_seen_at": _day(first_day), "last_seen_at": _day(last_day), "created_at": created_at,
            "batch_id": batch_of_article[article_of[first_mention]] + 1, "core_actor_ids": core,
        })
        counts["claims"] = tx.insert_df("claims", claims_df)

        kinds = np.array([TEMPLATES[template[c]][1] for c in claim_of], dtype=object)
        lo = np.array([CERTAINTY[k][0] for k in kinds])
        hi = np.array([CERTAINTY[k][1] for k in kinds])
        certainty = np.round(lo + rng.random(m) * (hi - lo), 2)
        statement_m = is_statement[claim_of]
        counts["mentions"] = tx.insert_df("mentions", pd.DataFrame({
            "mention_id": np.arange(1, m + 1), "claim_id": claim_of + 1, "article_id": article_of + 1,
            "quote": quotes, "char_start": starts, "char_end": ends, "kind": kinds,
            "certainty": certainty, "certainty_label": [certainty_label(x) for x in certainty],
            "is_negated": statement_m,
            "event_type": [TEMPLATES[template[c]][0] for c in claim_of],
            "attribution_kind": np.array(ATTRIBUTION_KINDS, dtype=object)[rng.integers(0, len(ATTRIBUTION_KINDS), m)],
            "attribution_text": None,
            "time_text": [None if statement_m[j] else WHEN[when[claim_of[j]]][1 if lang[j] == "ar" else 0]
                          for j in range(m)],
            "expected_from": [None if statement_m[j] else d for j, d in enumerate(_day(w_start[claim_of]))],
            "expected_to": [None if statement_m[j] else d for j, d in enumerate(_day(w_end[claim_of]))],
            "actor_ids": [core[c] for c in claim_of],
            "countries": [sorted({PLACES[place[c]], actors[actor_a[c]].country or PLACES[place[c]]})
                          for c in claim_of],
            "created_at": [created_at[c] for c in claim_of],
        }))
        counts["claim_actors"] = tx.insert_df("claim_actors", pd.DataFrame(
            [(c + 1, a) for c in range(n) for a in core[c]], columns=["claim_id", "actor_id"]))
        counts["claim_countries"] = tx.insert_df("claim_countries", pd.DataFrame(
            [(c + 1, x) for c in range(n) for x in sorted({PLACES[place[c]], actors[actor_a[c]].country
                                                           or PLACES[place[c]]})],
            columns=["claim_id", "country"]))

        # Every claim's first event, then the resolution of those that are not open.
        resolved = np.flatnonzero(status != "open")
        events = pd.DataFrame({
            "claim_id": np.concatenate([claim_ids, claim_ids[resolved]]),
            "action": "status",
            "status": np.concatenate([np.full(n, "open", dtype=object), status[resolved]]),
            "previous_status": np.concatenate([np.full(n, None, dtype=object), np.full(len(resolved), "open",
                                                                                    dtype=object)]),
            "recorded_at": created_at + [resolved_at[i] for i in resolved],
            "recorded_by": np.concatenate([np.full(n, "ingest", dtype=object),
                                           np.full(len(resolved), "analyst", dtype=object)]),
            "note": np.concatenate([np.full(n, "first mention", dtype=object),
                                    np.full(len(resolved), "checked against later reporting", dtype=object)]),
        })
        events.insert(0, "event_id", np.arange(1, len(events) + 1))
        tx.next_ids("event_id_seq", len(events))
        counts["status_events"] = tx.insert_df("status_events", events)

        sugg = np.flatnonzero(rng.random(n) < SUGGESTION_SHARE)
        pending = rng.random(len(sugg)) < 0.5
        outcome = np.where(rng.random(len(sugg)) < 0.5, "confirmed", "refuted")
        decided_at = [None if p else resolved_at[c] for p, c in zip(pending, sugg, strict=True)]
        sugg_df = pd.DataFrame({
            "suggestion_id": np.arange(1, len(sugg) + 1), "claim_id": sugg + 1, "outcome": outcome,
            "reason": np.where(outcome == "confirmed", "happened", "postponed"),
            "article_id": article_of[first_mention[sugg]] + 1, "mention_id": first_mention[sugg] + 1,
            "quote": quotes[first_mention[sugg]], "created_at": [created_at[c] for c in sugg],
            "decided_at": decided_at,
            "decision": [None if p else "accepted" for p in pending],
            "decided_by": [None if p else "analyst" for p in pending],
        })
        if len(sugg):
            tx.next_ids("suggestion_id_seq", len(sugg))
        counts["outcome_suggestions"] = tx.insert_df("outcome_suggestions", sugg_df)
    return counts


def main(argv: list[str] | None = None) -> dict[str, int]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=100_000, help="claims to make (default 100000)")
    ap.add_argument("--out", type=Path, default=None,
                    help="database file to write (replaced; default /tmp/claimtracker-synthetic-N.duckdb)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    out = args.out or Path(f"/tmp/claimtracker-synthetic-{args.claims}.duckdb")
    t0 = time.perf_counter()
    counts = build(out, args.claims, args.seed)
    elapsed = time.perf_counter() - t0
    sys.stdout.write(f"wrote {out} in {elapsed:.1f} s ({out.stat().st_size / 1e6:.0f} MB)\n")
    for table, k in counts.items():
        sys.stdout.write(f"  {table:<20} {k:>9,}\n")
    return counts


if __name__ == "__main__":
    main()
