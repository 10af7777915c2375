"""The ingest run: read -> language -> extract (outside any transaction) -> one write per batch."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimtracker.config import SAMPLES_DIR
from claimtracker.errors import ClaimTrackerError, InputError
from claimtracker.ingest.readers import NO_DEFAULTS, ArticleDefaults, Item, read_paths
from claimtracker.models import ArticleInput, ReadFailure
from claimtracker.store.actors import user_actors
from claimtracker.store.articles import (
    PreparedArticle,
    content_hash,
    existing_keys,
    finish_batch,
    write_articles,
)
from claimtracker.store.db import Database
from claimtracker.text import detect_language

log = logging.getLogger(__name__)

BATCH_SIZE = 50
# progress(done, total, source): `total` is None while the number of articles is unknown.
Progress = Callable[[int, int | None, str], None]


@dataclass(slots=True)
class IngestSummary:
    articles_new: int = 0
    articles_duplicate: int = 0
    articles_failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    mentions_new: int = 0
    claims_new: int = 0
    claims_updated: int = 0
    batch_id: int | None = None
    article_ids: list[int] = field(default_factory=list)

    def fail(self, failure: ReadFailure) -> None:
        self.failures.append(failure)
        self.articles_failed += 1

    def to_json(self) -> dict:
        return {
            "batch_id": self.batch_id,
            "articles_new": self.articles_new,
            "articles_duplicate": self.articles_duplicate,
            "articles_failed": self.articles_failed,
            "mentions_new": self.mentions_new,
            "claims_new": self.claims_new,
            "claims_updated": self.claims_updated,
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
        }


def load_resources(db: Database):
    """The extractor's lexicons and gazetteer plus the actors people added in this database."""
    from claimtracker.extract import Resources

    return Resources.load(extra_actors=user_actors(db))


def _actor_origin(resources):
    """'gazetteer' for actors the gazetteer knows; 'title' for people found by a title pattern."""
    gazetteer = getattr(resources, "gazetteer", None)
    if gazetteer is None or not hasattr(gazetteer, "actor"):
        return None
    return lambda actor_id: "gazetteer" if gazetteer.actor(actor_id) is not None else "title"


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare(article: ArticleInput, resources) -> PreparedArticle:
    from claimtracker.extract import extract

    if not article.text or not article.text.strip():
        raise InputError("the article has no text")
    lang = detect_language(article.text, article.lang)
    article = replace(article, lang=lang)
    try:
        extraction = extract(article.text, published=article.published, lang=lang, resources=resources)
    except ClaimTrackerError:
        raise
    except Exception as exc:  # one article that trips the extractor must not stop the run
        log.exception("extraction failed on %s", article.source)
        raise InputError(f"extraction failed ({type(exc).__name__}: {exc}); see the log") from exc
    return PreparedArticle(article=article, sha256=content_hash(article.text), extraction=extraction)


def ingest_articles(db: Database, articles: Iterable[ArticleInput | ReadFailure], progress: Progress | None = None,
                    *, source: str | None = None, batch_size: int = BATCH_SIZE,
                    total: int | None = None) -> IngestSummary:
    """Extract and store articles (read failures among them are counted and reported).

    Extraction runs before each batch's transaction opens, so the database file is held only
    for the write. The same article (same URL, or the same text) is stored once.
    """
    summary = IngestSummary()
    resources = None  # loaded at the first article that is not a duplicate
    seen_urls: set[str] = set()
    seen_hashes: set[str] = set()
    done = 0
    for chunk in _chunks(articles, batch_size):
        candidates: list[ArticleInput] = []
        for item in chunk:
            if isinstance(item, ReadFailure):
                summary.fail(item)
            else:
                candidates.append(item)
        # Skip known duplicates before the costly extraction; the write checks again.
        hashes = [content_hash(a.text) for a in candidates]
        urls = [a.url for a in candidates if a.url]
        known_urls, known_hashes = existing_keys(db, urls, hashes) if candidates else (set(), set())
        prepared: list[PreparedArticle] = []
        for article, sha in zip(candidates, hashes, strict=True):
            label = article.source or article.url or article.title or "article"
            if sha in known_hashes or sha in seen_hashes or (article.url and (
                    article.url in known_urls or article.url in seen_urls)):
                summary.articles_duplicate += 1
            else:
                try:
                    if resources is None:
                        resources = load_resources(db)
                    prepared.append(_prepare(article, resources))
                    seen_hashes.add(sha)
                    if article.url:
                        seen_urls.add(article.url)
                except ClaimTrackerError as exc:
                    summary.fail(ReadFailure(label, str(exc)))
            done += 1
            if progress:
                progress(done, total, label)
        for item in chunk:
            if isinstance(item, ReadFailure):
                done += 1
                if progress:
                    progress(done, total, item.source)
        if not prepared:
            continue
        result = write_articles(db, prepared, batch_id=summary.batch_id, source=source,
                                actor_origin=_actor_origin(resources))
        summary.batch_id = result.batch_id
        summary.article_ids.extend(result.article_ids)
        summary.articles_new += len(result.article_ids)
        summary.articles_duplicate += result.duplicates
        summary.mentions_new += result.mentions_new
        summary.claims_new += result.claims_new
        summary.claims_updated += result.claims_updated
    summary.batch_id = finish_batch(
        db, summary.batch_id, source, duplicates=summary.articles_duplicate,
        failures=[f"{f.source}: {f.reason}" for f in summary.failures],
    )
    return summary


def ingest_paths(db: Database, paths: Iterable[str | Path], defaults: ArticleDefaults = NO_DEFAULTS,
                 progress: Progress | None = None, *, batch_size: int = BATCH_SIZE) -> IngestSummary:
    """Read files and folders (.txt, .md, .html, .htm, .jsonl) and ingest their articles."""
    files = [Path(p) for p in paths]
    source = ", ".join(str(p) for p in files)
    # Reading is cheap next to extraction; reading first gives the progress bar its total.
    items = list(read_paths(files, defaults))
    return ingest_articles(db, items, progress, source=source, batch_size=batch_size, total=len(items))


def _date_key(item: Item):
    if isinstance(item, ReadFailure) or item.published is None:
        return (1, "")
    return (0, item.published.isoformat())


def load_demo(db: Database, progress: Progress | None = None, samples_dir: Path = SAMPLES_DIR) -> IngestSummary:
    """Load the demo corpus of data/samples/ in date order, as the linking of claims expects."""
    if not samples_dir.is_dir():
        raise InputError(f"the demo corpus is missing: no folder {samples_dir}")
    items = sorted(read_paths([samples_dir]), key=_date_key)
    return ingest_articles(db, items, progress, source=f"demo corpus ({samples_dir.name})", total=len(items))
