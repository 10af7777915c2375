"""Files and folders to articles: .txt, .md, .html/.htm, .jsonl, and folders of them.

Each reader yields `ArticleInput`s, or a `ReadFailure` with a reason a person can act on; one
bad file (or one bad line of a .jsonl file) never stops the others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from claimtracker.errors import ClaimTrackerError, InputError
from claimtracker.ingest.html import html_to_page
from claimtracker.ingest.textfiles import (
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    check_size,
    clean_text,
    decode_bytes,
    headline_of,
    strip_markdown,
)
from claimtracker.models import ArticleInput, ReadFailure

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# A .jsonl file holds many articles, so it may be larger than one article file.
MAX_JSONL_BYTES = 50 * MAX_FILE_BYTES
LANGS = ("ar", "en")

Item = ArticleInput | ReadFailure


@dataclass(frozen=True, slots=True)
class ArticleDefaults:
    """What a person says about articles that do not say it themselves (--published, --outlet, --lang)."""

    published: date | None = None
    outlet: str | None = None
    lang: str | None = None


NO_DEFAULTS = ArticleDefaults()


def parse_date(value, what: str = "date") -> date | None:
    """An ISO date (a longer ISO timestamp is cut to its date); empty means unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(f"the {what} must be a string like 2025-08-03, not {type(value).__name__}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(f"the {what} {value!r} is not a date like 2025-08-03") from exc


def parse_lang(value, what: str = "language") -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.strip().lower() not in LANGS:
        raise InputError(f"the {what} {value!r} is not one of: ar, en")
    return value.strip().lower()


def _finish(article: ArticleInput, defaults: ArticleDefaults) -> ArticleInput:
    text = clean_text(article.text)
    if not text:
        raise InputError("the article has no text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"the article is too long ({len(text):,} characters; the limit is "
                         f"{MAX_ARTICLE_CHARS:,})")
    return replace(
        article,
        text=text,
        title=(article.title or "").strip() or headline_of(text),
        outlet=article.outlet or defaults.outlet,
        published=article.published or defaults.published,
        lang=article.lang or defaults.lang,
    )


def _text_article(data: bytes, source: str, suffix: str, defaults: ArticleDefaults) -> ArticleInput:
    check_size(len(data), "file", MAX_FILE_BYTES)
    text = decode_bytes(data)
    if suffix in MARKDOWN_SUFFIXES:
        text = strip_markdown(text)
    return _finish(ArticleInput(text=text, source=source), defaults)


def _html_article(data: bytes, source: str, defaults: ArticleDefaults) -> ArticleInput:
    check_size(len(data), "file", MAX_FILE_BYTES)
    if not data.strip():
        raise InputError("the file is empty")
    page = html_to_page(decode_bytes(data, prose=False))
    return _finish(article_from_page(page, source=source, defaults=defaults), defaults)


def article_from_page(page, *, source: str, url: str | None = None,
                      defaults: ArticleDefaults = NO_DEFAULTS) -> ArticleInput:
    """A page's own metadata, except that a date the person gave beats a date guessed from the page."""
    return ArticleInput(
        text=page.text, title=page.title, url=url, outlet=page.outlet,
        published=defaults.published or page.published,
        lang=defaults.lang or (page.lang if page.lang in LANGS else None),
        source=source,
    )


def article_from_record(record, defaults: ArticleDefaults, source: str) -> ArticleInput:
    """One JSON object: `text`, and optional `title`, `url`, `outlet`, `published`, `lang`."""
    if not isinstance(record, dict):
        raise InputError("the line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the line has no \"text\" field (or it is empty)")
    for key in ("title", "url", "outlet"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"the field \"{key}\" must be a string")
    article = ArticleInput(
        text=text,
        title=record.get("title") or None,
        url=(record.get("url") or "").strip() or None,
        outlet=record.get("outlet") or None,
        published=parse_date(record.get("published"), "published date"),
        lang=parse_lang(record.get("lang")),
        source=source,
        extra={k: v for k, v in record.items()
               if k not in ("text", "title", "url", "outlet", "published", "lang")},
    )
    return _finish(article, defaults)


def _jsonl_lines(lines: Iterable[bytes], source: str, defaults: ArticleDefaults) -> Iterator[Item]:
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            check_size(len(raw), "line", MAX_FILE_BYTES)
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError("the line is not UTF-8") from exc
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"the line is not valid JSON ({exc})") from exc
            yield article_from_record(record, defaults, where)
        except ClaimTrackerError as exc:
            yield ReadFailure(where, str(exc))


def read_jsonl_file(path: Path, defaults: ArticleDefaults) -> Iterator[Item]:
    check_size(path.stat().st_size, "file", MAX_JSONL_BYTES)
    with path.open("rb") as fh:
        yield from _jsonl_lines(fh, str(path), defaults)


def iter_files(paths: Iterable[Path]) -> Iterator[Path | ReadFailure]:
    """The files to read: given files as they are, folders recursively (supported files only,
    hidden ones skipped), in a stable order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield ReadFailure(str(path), "the folder holds no .txt, .md, .html, .htm or .jsonl files")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            yield ReadFailure(str(path), "not a regular file")
        else:
            yield ReadFailure(str(path), "no such file or folder")


def _unsupported(suffix: str) -> str:
    return f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .htm or .jsonl"


def read_file(path: Path, defaults: ArticleDefaults = NO_DEFAULTS) -> Iterator[Item]:
    """The articles of one file, or the reason it cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, defaults)
        elif suffix in SUFFIXES:
            check_size(path.stat().st_size, "file", MAX_FILE_BYTES)
            yield from read_bytes(path.name, path.read_bytes(), defaults, source=str(path))
        else:
            yield ReadFailure(str(path), _unsupported(suffix))
    except ClaimTrackerError as exc:
        yield ReadFailure(str(path), str(exc))
    except OSError as exc:
        yield ReadFailure(str(path), f"could not read the file: {exc.strerror or exc}")


def read_bytes(name: str, data: bytes, defaults: ArticleDefaults = NO_DEFAULTS,
               source: str | None = None) -> list[Item]:
    """The articles of an uploaded file's bytes, read by its name's suffix (as `read_file` does)."""
    source = source or name
    suffix = Path(name).suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            check_size(len(data), "file", MAX_JSONL_BYTES)
            return list(_jsonl_lines(data.splitlines(), source, defaults))
        if suffix in HTML_SUFFIXES:
            return [_html_article(data, source, defaults)]
        if suffix in TEXT_SUFFIXES + MARKDOWN_SUFFIXES:
            return [_text_article(data, source, suffix, defaults)]
        return [ReadFailure(source, _unsupported(suffix))]
    except ClaimTrackerError as exc:
        return [ReadFailure(source, str(exc))]


def read_paths(paths: Iterable[Path], defaults: ArticleDefaults = NO_DEFAULTS) -> Iterator[Item]:
    for item in iter_files(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item, defaults)


def article_from_text(text: str, defaults: ArticleDefaults = NO_DEFAULTS, *, title: str | None = None,
                      url: str | None = None, source: str = "pasted") -> ArticleInput:
    """Pasted text as an article; raises InputError when there is nothing to read."""
    return _finish(ArticleInput(text=text, title=title, url=url, source=source), defaults)
