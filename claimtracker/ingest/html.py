"""HTML pages to article text: trafilatura (favouring precision), then a line filter that drops
site boilerplate ("Read more", «اقرأ أيضًا», share and follow lines)."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.errors import InputError
from claimtracker.text import normalize_text

log = logging.getLogger(__name__)

BOILERPLATE_FILE = DATA_DIR / "lexicons" / "boilerplate.json"
# trafilatura's cost grows faster than the number of elements: a news page has a few thousand,
# a page with more than this is a dump or an attack.
MAX_ELEMENTS = 40_000
_MAX_TREE_SIZE = MAX_ELEMENTS
_FALLBACK_ELEMENTS = 15_000
_SHORT_TEXT = 300


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Line patterns matched at the start of a normalised line: `prefix` ones drop a line of any
    length, `short` ones only a line of at most `max_words` words."""

    prefix: tuple[re.Pattern, ...] = ()
    short: tuple[re.Pattern, ...] = ()
    max_words: int = 25

    def is_boilerplate(self, line: str) -> bool:
        folded = normalize_text(line.strip())
        if not folded:
            return False
        if any(p.match(folded) for p in self.prefix):
            return True
        return len(folded.split()) <= self.max_words and any(p.match(folded) for p in self.short)


def _compile(patterns) -> tuple[re.Pattern, ...]:
    out = []
    for pattern in patterns or ():
        if not isinstance(pattern, str) or not pattern:
            continue
        try:
            # The lookahead keeps "share" from matching "shares", "print" from "printing".
            out.append(re.compile(f"(?:{pattern})(?!\\w)"))
        except re.error:
            log.warning("boilerplate pattern ignored (not a regular expression): %r", pattern)
    return tuple(out)


@lru_cache(maxsize=4)
def load_boilerplate(path: Path = BOILERPLATE_FILE) -> Boilerplate:
    """data/lexicons/boilerplate.json; no filtering when it is absent or unreadable."""
    if not path.is_file():
        return Boilerplate()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("boilerplate list %s unreadable: %s", path, exc)
        return Boilerplate()
    if not isinstance(data, dict):
        return Boilerplate()
    return Boilerplate(
        prefix=_compile(data.get("prefix")),
        short=_compile(data.get("short")),
        max_words=int(data.get("max_words", 25)),
    )


def drop_boilerplate(text: str, boilerplate: Boilerplate | None = None) -> str:
    """The text without its boilerplate lines."""
    boilerplate = boilerplate or load_boilerplate()
    return "\n".join(line for line in text.split("\n") if not boilerplate.is_boilerplate(line))


def _parse_date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(_MAX_TREE_SIZE))
    # Signal-based timeouts only work in the main thread; the dashboard runs pages in others.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _count_elements(html: str | bytes) -> int:
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"the HTML could not be parsed ({exc})") from exc
    return sum(1 for _ in tree.iter())


def _extract(html: str | bytes, url: str | None, fast: bool):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, fast=fast, favor_precision=True, include_comments=False, include_tables=False,
            with_metadata=True, config=_config(),
        )
    except (RecursionError, MemoryError) as exc:
        raise InputError("the HTML is too deeply nested or too large to read") from exc
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        log.warning("trafilatura failed on %s: %r", url or "a page", exc)
        raise InputError(f"the HTML could not be read ({type(exc).__name__})") from exc


def html_to_page(html: str | bytes, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page. Hostile or broken HTML raises InputError.

    trafilatura's fast mode first; its slower fallback extractors only on a page of ordinary
    size where fast mode found little, because their cost grows much faster than the page.
    """
    if isinstance(html, str):
        html = html.replace("\x00", "")
    elements = _count_elements(html)
    if elements > MAX_ELEMENTS:
        raise InputError(f"the page has too many HTML elements ({elements:,}; the limit is {MAX_ELEMENTS:,})")
    doc = _extract(html, url, fast=True)
    if (doc is None or len(doc.text or "") < _SHORT_TEXT) and elements <= _FALLBACK_ELEMENTS:
        doc = _extract(html, url, fast=False) or doc
    text = (doc.text if doc is not None else None) or ""
    text = drop_boilerplate(text).strip()
    if not text:
        raise InputError("no article text found in the HTML page")
    return Page(
        text=text,
        title=(doc.title or None) if doc is not None else None,
        outlet=(doc.sitename or None) if doc is not None else None,
        published=_parse_date(doc.date) if doc is not None else None,
        lang=(doc.language or None) if doc is not None else None,
    )
