"""Web pages and feeds, served by a local http.server; and the message when there is no network."""

from __future__ import annotations

import functools
import http.server
import threading
from datetime import date

import pytest

from claimtracker.errors import InputError
from claimtracker.ingest import ingest_articles, read_url
from claimtracker.ingest.fetch import NetworkError
from claimtracker.models import ArticleInput, ReadFailure

BODY = ("The foreign ministry said on Monday that the minister will travel to Ankara next week for talks "
        "on border crossings, and officials expect an agreement on trade to be signed during the visit. "
        "Diplomats said the two sides could also discuss water sharing, according to a source familiar "
        "with the preparations.")
PAGE = f"""<!doctype html><html><head><title>Minister to visit Ankara</title>
<meta property="og:site_name" content="Local Wire"><meta name="date" content="2025-09-08"></head>
<body><nav>Home | Politics | Sport</nav><article><h1>Minister to visit Ankara</h1>
<p>{BODY}</p><p>{BODY.replace("Ankara", "Baghdad")}</p><p>Read more: weather tomorrow</p></article>
<footer>Follow us on social media</footer></body></html>"""


def rss(base: str) -> str:
    long_entry = " ".join([BODY] * 3)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local Wire feed</title><link>{base}/</link><description>news</description>
<item><title>Full entry</title><link>{base}/full</link><pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{long_entry}</p>]]></description></item>
<item><title>Teaser entry</title><link>{base}/page.html</link><pubDate>Mon, 08 Sep 2025 10:00:00 GMT</pubDate>
<description>Short teaser.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    httpd = _QuietServer(
        ("127.0.0.1", 0),
        functools.partial(_QuietHandler, directory=str(root)),
    )
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (root / "feed.xml").write_text(rss(base), encoding="utf-8")
    (root / "big.html").write_bytes(b"<html><body>" + b"x" * (11 * 1024 * 1024) + b"</body></html>")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


class _QuietServer(http.server.ThreadingHTTPServer):
    # The oversized-page test closes the connection mid-body on purpose; that reset is expected.
    def handle_error(self, request, client_address):
        pass


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_web_page(server):
    [a] = read_url(f"{server}/page.html")
    assert isinstance(a, ArticleInput), a
    assert a.url == f"{server}/page.html"
    assert BODY in a.text and "Read more" not in a.text and "Follow us" not in a.text
    assert a.title == "Minister to visit Ankara" and a.outlet == "Local Wire"
    assert a.published == date(2025, 9, 8)


def test_feed_entries_full_text_or_linked_page(server):
    items = read_url(f"{server}/feed.xml")
    assert [type(i) for i in items] == [ArticleInput, ArticleInput]
    full, teaser = items
    assert full.title == "Full entry" and full.published == date(2025, 10, 14) and BODY in full.text
    assert full.outlet == "Local Wire feed"
    # the teaser's own text is short, so the linked page was fetched
    assert teaser.published == date(2025, 9, 8) and BODY in teaser.text


def test_fetched_articles_ingest(server, tmp_db):
    summary = ingest_articles(tmp_db, read_url(f"{server}/feed.xml"))
    assert summary.articles_new == 2
    again = ingest_articles(tmp_db, read_url(f"{server}/feed.xml"))
    assert (again.articles_new, again.articles_duplicate) == (0, 2)


def test_http_errors_and_sizes(server):
    with pytest.raises(NetworkError, match="HTTP 404"):
        read_url(f"{server}/missing.html")
    with pytest.raises(InputError, match="page is too large"):
        read_url(f"{server}/big.html")


def test_not_a_web_address():
    with pytest.raises(InputError, match="not a web address"):
        read_url("file:///etc/passwd")


def test_refused_connection_is_one_clear_line():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    with pytest.raises(NetworkError, match="refused"):
        read_url(f"http://127.0.0.1:{port}/x")


def test_no_network_or_unknown_host_says_so():
    with pytest.raises(NetworkError) as info:
        read_url("https://no-such-host.invalid/news")
    assert "no network" in str(info.value) and "no-such-host.invalid" in str(info.value)


def test_broken_feed_entries_fail_alone(server, tmp_path):
    from claimtracker.ingest.fetch import read_feed_bytes

    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Empty</title><description></description></item>
    <item><title>Fine</title><description>{}</description></item></channel></rss>""".format(" ".join([BODY] * 3))
    items = list(read_feed_bytes(feed.encode(), "http://127.0.0.1:9/feed"))
    assert isinstance(items[1], ArticleInput) and items[1].title == "Fine"
    assert isinstance(items[0], ReadFailure) and "no text" in items[0].reason
