"""A small hand-made database for the dashboard tests: articles, actors, claims, mentions and a
status event, written straight through Database.write() so the tests do not depend on the
extractor's current quality. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd

from claimtracker.store import Database

NOW = datetime(2025, 11, 1, 12, 0, 0)

ARTICLES = [
    # article_id, url, title, outlet, lang, published, text
    (1, "https://example.org/ar/1", "لقاء مرتقب في موسكو", "Example Arabic", "ar", date(2025, 8, 3),
     "قالت مصادر مطلعة إنّ الرئيس الروسي بوتين قد يلتقي الرئيس السوري الشرع في أكتوبر المقبل. "
     "وأضافت أن القمة الروسية العربية ستعقد في موسكو."),
    (2, "https://example.org/en/2", "Kremlin confirms the visit", "Example Wire", "en", date(2025, 10, 14),
     "The Kremlin said Putin will receive al-Sharaa in Moscow on 15 October. Observers expect talks on the bases."),
    (3, "https://example.org/en/3", "Election talk in Lima", "Andes Daily", "en", date(2025, 9, 1),
     "Analysts say Peru may hold an early election next year."),
    (4, "https://example.org/ar/4", "<script>alert(1)</script> عنوان", "Example Arabic", "ar", date(2025, 9, 20),
     "من المتوقع أن يزور وزير الخارجية الشيباني أنقرة الأسبوع المقبل <b>bold</b>."),
]

ACTORS = [
    ("vladimir-putin", "Vladimir Putin", "فلاديمير بوتين", "person", "RU", ["Putin"]),
    ("ahmed-al-sharaa", "Ahmed al-Sharaa", "أحمد الشرع", "person", "SY", ["al-Sharaa"]),
    ("asaad-al-shaibani", "Asaad al-Shaibani", "أسعد الشيباني", "person", "SY", []),
]

CLAIMS = [
    # claim_id, headline, event_type, kind, exp_from, exp_to, exp_text, status, first, last, batch
    (1, "بوتين يلتقي الشرع في موسكو", "meeting", "speculation", date(2025, 10, 1), date(2025, 10, 31),
     "أكتوبر المقبل", "open", date(2025, 8, 3), date(2025, 10, 14), 1),
    (2, "Russia–Arab summit in Moscow", "summit", "prediction", date(2025, 10, 15), date(2025, 10, 15),
     "15 October", "refuted", date(2025, 8, 3), date(2025, 8, 3), 1),
    (3, "Peru holds an early election", "election", "speculation", date(2026, 1, 1), date(2026, 12, 31),
     "next year", "open", date(2025, 9, 1), date(2025, 9, 1), 1),
    (4, "الشيباني يزور أنقرة <i>x</i>", "visit", "prediction", date(2025, 9, 22), date(2025, 9, 28),
     "الأسبوع المقبل", "open", date(2025, 9, 20), date(2025, 9, 20), 2),
]

MENTIONS = [
    # mention_id, claim_id, article_id, quote-from-article, kind, certainty, exp_from, exp_to, time_text
    (1, 1, 1, "الرئيس الروسي بوتين قد يلتقي الرئيس السوري الشرع في أكتوبر المقبل", "speculation", 0.3,
     date(2025, 10, 1), date(2025, 10, 31), "أكتوبر المقبل"),
    (2, 1, 2, "Putin will receive al-Sharaa in Moscow on 15 October", "prediction", 0.9,
     date(2025, 10, 15), date(2025, 10, 15), "15 October"),
    (3, 2, 1, "القمة الروسية العربية ستعقد في موسكو", "prediction", 0.85, date(2025, 10, 15),
     date(2025, 10, 15), "15 October"),
    (4, 3, 3, "Peru may hold an early election next year", "speculation", 0.35, date(2026, 1, 1),
     date(2026, 12, 31), "next year"),
    (5, 4, 4, "يزور وزير الخارجية الشيباني أنقرة الأسبوع المقبل", "prediction", 0.6, date(2025, 9, 22),
     date(2025, 9, 28), "الأسبوع المقبل"),
]

CLAIM_ACTORS = [(1, "vladimir-putin"), (1, "ahmed-al-sharaa"), (2, "vladimir-putin"), (4, "asaad-al-shaibani")]
CLAIM_COUNTRIES = [(1, "RU"), (1, "SY"), (2, "RU"), (3, "PE"), (4, "SY"), (4, "TR")]


def seed(path: Path) -> Database:
    """Create a database at `path` holding the rows above; returns it."""
    import hashlib

    db = Database(path)
    with db.write() as tx:
        tx.insert_df("ingest_batches", pd.DataFrame([
            {"batch_id": 1, "source": "seed one", "started_at": NOW, "finished_at": NOW,
             "articles_new": 3, "claims_new": 3},
            {"batch_id": 2, "source": "seed two", "started_at": NOW, "finished_at": NOW,
             "articles_new": 1, "claims_new": 1},
        ]))
        tx.insert_df("articles", pd.DataFrame([
            {"article_id": a, "url": u, "content_sha256": hashlib.sha256(t.encode()).hexdigest(),
             "title": ti, "outlet": o, "lang": lg, "published_at": p, "ingested_at": NOW,
             "batch_id": 1 if a < 4 else 2, "source": "seed", "text": t}
            for a, u, ti, o, lg, p, t in ARTICLES
        ]))
        tx.insert_df("actors", pd.DataFrame([
            {"actor_id": i, "name": n, "name_ar": na, "kind": k, "country": c, "aliases": al,
             "origin": "gazetteer", "created_at": NOW, "updated_at": NOW}
            for i, n, na, k, c, al in ACTORS
        ]))
        tx.insert_df("claims", pd.DataFrame([
            {"claim_id": c, "headline": h, "event_type": et, "kind": k, "expected_from": ef,
             "expected_to": eto, "expected_text": etx, "status": s, "status_at": NOW,
             "first_seen_at": f, "last_seen_at": la, "created_at": NOW, "batch_id": b}
            for c, h, et, k, ef, eto, etx, s, f, la, b in CLAIMS
        ]))
        texts = {a[0]: a[6] for a in ARTICLES}
        rows = []
        for mid, cid, aid, quote, kind, cert, ef, eto, tt in MENTIONS:
            start = texts[aid].index(quote)
            rows.append({
                "mention_id": mid, "claim_id": cid, "article_id": aid, "quote": quote,
                "char_start": start, "char_end": start + len(quote), "kind": kind, "certainty": cert,
                "certainty_label": "low" if cert < 0.4 else "medium" if cert < 0.7 else "high",
                "is_negated": False, "event_type": CLAIMS[cid - 1][2], "attribution_kind": "anonymous",
                "attribution_text": None, "time_text": tt, "expected_from": ef, "expected_to": eto,
                "created_at": NOW,
            })
        tx.insert_df("mentions", pd.DataFrame(rows))
        tx.executemany("insert into claim_actors values (?, ?)", CLAIM_ACTORS)
        tx.executemany("insert into claim_countries values (?, ?)", CLAIM_COUNTRIES)
        tx.execute(
            "insert into status_events (event_id, claim_id, action, status, previous_status, recorded_at,"
            " recorded_by, note, evidence_url) values (1, 2, 'status', 'refuted', 'open', ?, 'tester',"
            " 'The summit was postponed', 'https://example.org/postponed')", [NOW])
        tx.executemany(
            "insert into outcome_suggestions (suggestion_id, claim_id, outcome, reason, article_id, quote,"
            " created_at) values (?, ?, ?, ?, ?, ?, ?)",
            [(1, 1, "confirmed", "happened", 2, "Putin will receive al-Sharaa in Moscow on 15 October", NOW),
             (2, 3, "refuted", "denied", 3, "Peru may hold an early election next year", NOW)])
        tx.next_ids("suggestion_id_seq", 2)
        # The sequences must move past the hand-made ids so later writes do not collide.
        for seq, n in (("article_id_seq", 4), ("claim_id_seq", 4), ("mention_id_seq", 5),
                       ("event_id_seq", 1), ("batch_id_seq", 2)):
            tx.next_ids(seq, n)
    return db
