"""Article batches: linking is decided before the write (`store.claims.plan_links`), then one
transaction writes the batch row, the new articles (duplicates dropped), the actors their
mentions name, and hands the mentions to `store.claims.store_mentions`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from claimtracker.models import ActorRef, ArticleInput, Extraction
from claimtracker.store.actors import upsert_actors
from claimtracker.store.db import Database, Tx, utcnow


def content_hash(text: str) -> str:
    """sha256 of the text with its whitespace collapsed: the same article re-wrapped is the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class PreparedArticle:
    """An article read, language-checked and extracted, ready for the write."""

    article: ArticleInput  # `lang` is set
    sha256: str
    extraction: Extraction


@dataclass(slots=True)
class BatchResult:
    batch_id: int
    article_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    mentions_new: int = 0
    claims_new: int = 0
    claims_updated: int = 0


def existing_keys(reader: Database | Tx, urls: list[str], hashes: list[str]) -> tuple[set[str], set[str]]:
    """The urls and hashes among these that the database holds already."""
    params = {"urls": urls, "hashes": hashes}
    df = reader.query("articles_matching_keys", params)
    return set(df["url"].dropna()), set(df["content_sha256"])


def start_batch(tx: Tx, source: str | None) -> int:
    batch_id = tx.next_ids("batch_id_seq", 1)[0]
    tx.execute(
        "insert into ingest_batches (batch_id, source, started_at) values (?, ?, ?)",
        [batch_id, (source or "")[:1000] or None, utcnow()],
    )
    return batch_id


def finish_batch(db: Database, batch_id: int | None, source: str | None, *, duplicates: int,
                 failures: list[str]) -> int:
    """Record the run's end, its duplicates and failures (a batch row is made if nothing was written)."""
    with db.write() as tx:
        if batch_id is None:
            batch_id = start_batch(tx, source)
        tx.execute(
            """update ingest_batches
               set finished_at = ?, articles_duplicate = articles_duplicate + ?,
                   articles_failed = articles_failed + ?, failures = list_concat(failures, ?)
               where batch_id = ?""",
            [utcnow(), duplicates, len(failures), [f[:1000] for f in failures], batch_id],
        )
    return batch_id


def _dedupe(tx: Tx, prepared: list[PreparedArticle]) -> tuple[list[PreparedArticle], int]:
    urls = [p.article.url for p in prepared if p.article.url]
    hashes = [p.sha256 for p in prepared]
    known_urls, known_hashes = existing_keys(tx, urls, hashes)
    fresh, dup = [], 0
    for p in prepared:
        if p.sha256 in known_hashes or (p.article.url and p.article.url in known_urls):
            dup += 1
            continue
        known_hashes.add(p.sha256)
        if p.article.url:
            known_urls.add(p.article.url)
        fresh.append(p)
    return fresh, dup


def _link_items(fresh: list[PreparedArticle], article_ids: list) -> list[tuple]:
    """What `store_mentions` takes: (article_id, published, lang, outlet, Mention) per mention."""
    return [(article_id, p.article.published, p.article.lang, p.article.outlet, mention)
            for article_id, p in zip(article_ids, fresh, strict=True) for mention in p.extraction.mentions]


def _batch_actors(fresh: list[PreparedArticle]) -> dict[str, ActorRef]:
    actors: dict[str, ActorRef] = {}
    for p in fresh:
        for actor in p.extraction.actors:
            actors.setdefault(actor.actor_id, actor)
        for mention in p.extraction.mentions:
            for actor in mention.actors:
                actors.setdefault(actor.actor_id, actor)
    return actors


def write_articles(db: Database, prepared: list[PreparedArticle], *, batch_id: int | None,
                   source: str | None, actor_origin: Callable[[str], str] | None = None) -> BatchResult:
    """One transaction: batch row (first time), new articles, actor upserts, linked mentions.

    Linking is decided first, with the file held only to read the candidate claims; the write
    re-links inside its transaction only if claims changed meanwhile or some articles turned out
    to be duplicates.
    """
    from claimtracker.store.claims import plan_links, store_mentions

    # The articles' positions stand in for their ids, which exist only once the write reserves them.
    planned_items = _link_items(prepared, list(range(len(prepared))))
    plan = plan_links(db, planned_items) if planned_items else None
    with db.write() as tx:
        if batch_id is None:
            batch_id = start_batch(tx, source)
        fresh, dup = _dedupe(tx, prepared)
        result = BatchResult(batch_id=batch_id, duplicates=dup)
        if not fresh:
            return result
        ids = tx.next_ids("article_id_seq", len(fresh))
        now = utcnow()
        tx.insert_df("articles", pd.DataFrame({
            "article_id": pd.Series(ids, dtype="int64"),
            "url": pd.Series([p.article.url for p in fresh], dtype="object"),
            "content_sha256": [p.sha256 for p in fresh],
            "title": pd.Series([p.article.title for p in fresh], dtype="object"),
            "outlet": pd.Series([p.article.outlet for p in fresh], dtype="object"),
            "lang": [p.article.lang for p in fresh],
            "published_at": pd.Series([p.article.published for p in fresh], dtype="object"),
            "ingested_at": [now] * len(fresh),
            "batch_id": pd.Series([batch_id] * len(fresh), dtype="int64"),
            "source": pd.Series([p.article.source for p in fresh], dtype="object"),
            "text": [p.article.text for p in fresh],
        }))
        by_origin: dict[str, list[ActorRef]] = {}
        for actor in _batch_actors(fresh).values():
            by_origin.setdefault(actor_origin(actor.actor_id) if actor_origin else "gazetteer", []).append(actor)
        for origin, group in by_origin.items():
            upsert_actors(tx, group, origin)
        items = _link_items(fresh, ids)
        counts = store_mentions(tx, batch_id, items, plan=plan if len(fresh) == len(prepared) else None) \
            if items else {}
        result.article_ids = ids
        result.mentions_new = int(counts.get("mentions_new", 0))
        result.claims_new = int(counts.get("claims_new", 0))
        result.claims_updated = int(counts.get("claims_updated", 0))
        tx.execute(
            """update ingest_batches
               set articles_new = articles_new + ?, mentions_new = mentions_new + ?,
                   claims_new = claims_new + ?, claims_updated = claims_updated + ?
               where batch_id = ?""",
            [len(ids), result.mentions_new, result.claims_new, result.claims_updated, batch_id],
        )
        result.duplicates = dup
    return result
