"""Web pages and feeds (RSS/Atom) to articles. The machine may be offline: that gets a clear
message, not a stack of socket errors."""

from __future__ import annotations

import logging
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date

from claimtracker.errors import ClaimTrackerError, InputError
from claimtracker.ingest.html import html_to_page
from claimtracker.ingest.readers import NO_DEFAULTS, ArticleDefaults, Item, _finish, article_from_page
from claimtracker.ingest.textfiles import MAX_FILE_BYTES, check_size, decode_bytes
from claimtracker.models import ArticleInput, ReadFailure

log = logging.getLogger(__name__)

TIMEOUT = 20.0
USER_AGENT = "claimtracker/0.1 (+https://github.com/; news claim tracker)"
_FEED_TYPES = ("rss", "atom", "application/xml", "text/xml", "application/rdf")
# A feed entry whose own content is shorter than this is a teaser: fetch the linked page.
_FULL_ENTRY_CHARS = 400


class NetworkError(InputError):
    """A page could not be fetched: no network, no such host, refused, timed out, HTTP error."""


def _check_url(url: str) -> str:
    url = (url or "").strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"not a web address (http:// or https://): {url!r}")
    return url


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_FILE_BYTES) -> tuple[bytes, str]:
    """The body and content type of a URL, at most `max_bytes` long."""
    url = _check_url(url)
    host = urllib.parse.urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit():
                check_size(int(length), "page", max_bytes)
            body = response.read(max_bytes + 1)
            check_size(len(body), "page", max_bytes)
            return body, (response.headers.get("Content-Type") or "").lower()
    except urllib.error.HTTPError as exc:
        raise NetworkError(f"{url} answered HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            raise NetworkError(f"no network: cannot look up {host} (this machine seems to be offline, "
                               "or the name is wrong)") from exc
        if isinstance(reason, ConnectionRefusedError):
            raise NetworkError(f"{host} refused the connection") from exc
        if isinstance(reason, TimeoutError | socket.timeout):
            raise NetworkError(f"{host} did not answer within {timeout:.0f} s") from exc
        if isinstance(reason, OSError) and reason.errno in (101, 113):  # network / host unreachable
            raise NetworkError(f"no network: {host} is unreachable from this machine") from exc
        raise NetworkError(f"could not fetch {url}: {reason}") from exc
    except TimeoutError as exc:
        raise NetworkError(f"{host} did not answer within {timeout:.0f} s") from exc
    except (ConnectionError, OSError) as exc:
        raise NetworkError(f"could not fetch {url}: {exc}") from exc


def _looks_like_feed(body: bytes, content_type: str) -> bool:
    if any(t in content_type for t in _FEED_TYPES):
        return True
    head = body[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def read_url(url: str, defaults: ArticleDefaults = NO_DEFAULTS) -> list[Item]:
    """A web page (one article) or a feed (one article per entry)."""
    body, content_type = fetch(url)
    if _looks_like_feed(body, content_type):
        return list(read_feed_bytes(body, url, defaults))
    try:
        page = html_to_page(decode_bytes(body), url=url)
        return [_finish(article_from_page(page, source=url, url=url, defaults=defaults), defaults)]
    except ClaimTrackerError as exc:
        return [ReadFailure(url, str(exc))]


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_text(entry) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(parts, key=len) if parts else entry.get("summary", "") or ""


def _html_fragment_text(fragment: str) -> str:
    try:
        return html_to_page(f"<html><body><article>{fragment}</article></body></html>").text
    except InputError:
        return ""


def read_feed_bytes(body: bytes, feed_url: str, defaults: ArticleDefaults = NO_DEFAULTS) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed: its own full text when the feed carries it, otherwise the
    linked page, otherwise its summary."""
    import feedparser

    feed = feedparser.parse(body)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        raise InputError(f"{feed_url} is not a readable feed{f' ({problem})' if problem else ''}")
    outlet = defaults.outlet or feed.feed.get("title") or urllib.parse.urlsplit(feed_url).hostname
    for entry in feed.entries:
        link = entry.get("link") or None
        source = link or f"{feed_url}#{entry.get('id', '')}"
        try:
            text = _html_fragment_text(_entry_text(entry))
            title = entry.get("title") or None
            if len(text) < _FULL_ENTRY_CHARS and link:
                try:
                    page = html_to_page(decode_bytes(fetch(link)[0]), url=link)
                    text, title = page.text, title or page.title
                except ClaimTrackerError as exc:
                    log.info("feed entry %s: linked page not used: %s", link, exc)
            if not text.strip():
                raise InputError("the feed entry has no text, and no page could be fetched for it")
            if title and not text.startswith(title):
                text = f"{title}\n\n{text}"
            article = ArticleInput(
                text=text, title=title, url=link, outlet=outlet,
                published=_entry_date(entry) or defaults.published, lang=defaults.lang, source=source,
            )
            yield _finish(article, defaults)
        except ClaimTrackerError as exc:
            yield ReadFailure(source, str(exc))
