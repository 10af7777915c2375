"""Hand-built mentions and a tiny article writer for the linking, claim-store and track tests."""

from __future__ import annotations

from datetime import date

from claimtracker.models import ActorRef, Attribution, Mention, Window
from claimtracker.store.db import utcnow

PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "person", "RU", "فلاديمير بوتين")
SHARAA = ActorRef("ahmed-al-sharaa", "Ahmed al-Sharaa", "person", "SY", "أحمد الشرع")
ERDOGAN = ActorRef("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "person", "TR")
LAVROV = ActorRef("sergey-lavrov", "Sergey Lavrov", "person", "RU")
OCT = Window(date(2025, 10, 1), date(2025, 10, 31), "October")
OCT15 = Window(date(2025, 10, 15), date(2025, 10, 15), "15 October")


def mention(quote, kind="prediction", certainty=0.6, event="meeting", actors=(PUTIN, SHARAA),
            countries=("RU", "SY"), expected=None, attribution=None, negated=False, said=None) -> Mention:
    """A hand-built mention; `said` is the attribution text of a named speaker ("Lavrov said")."""
    if said:
        attribution = Attribution("named", said)
    elif attribution:
        attribution = Attribution(attribution)
    return Mention(quote=quote, start=0, end=len(quote), kind=kind, certainty=certainty, event_type=event,
                   actors=tuple(actors), countries=tuple(countries), expected=expected,
                   attribution=attribution, negated=negated)


def add_articles(db, rows) -> None:
    """rows: (article_id, lang, published, outlet)."""
    with db.write() as tx:
        for article_id, lang, published, outlet in rows:
            tx.execute(
                "insert into articles (article_id, content_sha256, lang, published_at, ingested_at, text, outlet, url) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, f"sha-{article_id}", lang, published, utcnow(), "text", outlet,
                 f"https://example.org/{article_id}"])


def add_actors(db, actors) -> None:
    with db.write() as tx:
        tx.executemany(
            "insert into actors (actor_id, name, name_ar, kind, country, created_at, updated_at) "
            "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
            [(a.actor_id, a.name, a.name_ar, a.kind, a.country, utcnow(), utcnow()) for a in actors])


def store(db, items, batch_id=1) -> dict:
    from claimtracker.store.claims import store_mentions

    with db.write() as tx:
        return store_mentions(tx, batch_id, items)
