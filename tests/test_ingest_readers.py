"""Readers: every source type, and every kind of bad input gives one clear reason."""

from __future__ import annotations

import base64
import json
import re
from datetime import date

import pytest

from claimtracker.errors import InputError
from claimtracker.ingest.html import drop_boilerplate, html_to_page
from claimtracker.ingest.readers import ArticleDefaults, article_from_text, read_paths
from claimtracker.ingest.textfiles import MAX_FILE_BYTES, decode_bytes, headline_of, strip_markdown
from claimtracker.models import ArticleInput, ReadFailure

AR = "قال مسؤول روسي إن الرئيس بوتين سيستقبل نظيره السوري في موسكو الشهر المقبل لبحث ملف القواعد."
EN = "Officials said the two presidents will meet in Moscow next month to discuss the naval base."


def read(*paths, **defaults):
    return list(read_paths(list(paths), ArticleDefaults(**defaults)))


def only_failure(items) -> ReadFailure:
    assert len(items) == 1 and isinstance(items[0], ReadFailure), items
    return items[0]


def test_text_file_with_headline_and_defaults(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"هل يلتقي الرئيسان في موسكو؟\n\n{AR}\n", encoding="utf-8")
    [a] = read(p, published=date(2025, 8, 3), outlet="Test Outlet", lang="ar")
    assert isinstance(a, ArticleInput)
    assert a.title == "هل يلتقي الرئيسان في موسكو؟"
    assert a.text.endswith(AR) and a.text.startswith(a.title)
    assert (a.published, a.outlet, a.lang, a.source) == (date(2025, 8, 3), "Test Outlet", "ar", str(p))


def test_headline_only_when_it_looks_like_one():
    assert headline_of(f"{EN}\n{EN}") is None  # a sentence with a full stop
    assert headline_of("Summit postponed\n" + EN) == "Summit postponed"
    assert headline_of("Just one line") is None


def test_cp1256_arabic_file_is_decoded(tmp_path):
    p = tmp_path / "cp1256.txt"
    p.write_bytes((AR + "\n" + AR).encode("cp1256"))
    [a] = read(p)
    assert isinstance(a, ArticleInput)
    assert AR in a.text


def test_utf16_and_bom(tmp_path):
    (tmp_path / "u16.txt").write_bytes(EN.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + AR.encode())
    items = read(tmp_path / "u16.txt", tmp_path / "bom.txt")
    assert [i.text for i in items] == [EN, AR]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(7, 250)) * 30, "not readable text|binary"),
    # No NUL bytes: high bytes that a single-byte Arabic code page would turn into "letters"...
    (bytes((i * 73 + 11) % 128 + 128 for i in range(6000)), "not readable text"),
    # ...ASCII control bytes that are valid UTF-8, and a base64 blob with no words at all.
    (bytes((i * 37) % 127 + 1 for i in range(6000)), "binary"),
    (base64.b64encode(bytes((i * 91) % 256 for i in range(6000))), "does not read as prose"),
])
def test_bad_text_files_fail_with_a_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    failure = only_failure(read(p))
    assert failure.source == str(p)
    assert re.search(reason, failure.reason), failure.reason


def test_huge_file_is_refused_with_its_size(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("w", encoding="utf-8") as fh:
        fh.write((EN + "\n") * (MAX_FILE_BYTES // len(EN) + 10))
    failure = only_failure(read(p))
    assert "too large" in failure.reason and "MB" in failure.reason


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "data.pdf").write_bytes(b"%PDF-1.4")
    assert "no such file" in only_failure(read(tmp_path / "nope.txt")).reason
    assert "unsupported file type .pdf" in only_failure(read(tmp_path / "data.pdf")).reason
    (tmp_path / "empty").mkdir()
    assert "holds no" in only_failure(read(tmp_path / "empty")).reason


def test_folder_is_read_recursively_in_order_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "c" / "d.md").write_text("# Title\n\n" + AR, encoding="utf-8")
    (tmp_path / "b" / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(EN, encoding="utf-8")
    items = read(tmp_path)
    assert [i.source for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "d.md")]


def test_markdown_markup_is_stripped(tmp_path):
    md = ("# Summit *postponed*\n\n> **Moscow** will host the [summit](https://example.org/x) "
          "next month, `officials` said.\n\n- first point\n1. second point\n\n![photo](p.png)\n<div>raw</div>\n")
    p = tmp_path / "a.md"
    p.write_text(md, encoding="utf-8")
    [a] = read(p)
    assert a.title == "Summit postponed"
    assert "Moscow will host the summit next month, officials said." in a.text
    for mark in ("#", "**", "](", "`", "<div>", "> "):
        assert mark not in a.text
    assert "first point" in a.text and "second point" in a.text


def test_markdown_stripping_is_linear_on_hostile_input():
    hostile = "*" * 50_000 + "[" * 50_000 + "_a" * 50_000
    assert isinstance(strip_markdown(hostile), str)


def test_jsonl_bad_line_fails_alone(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": EN, "title": "T1", "url": "https://example.org/1", "outlet": "O",
                    "published": "2025-10-14", "lang": "en"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": AR, "published": "14 October"}),
        json.dumps({"text": AR, "lang": "fr"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": AR}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p, outlet="Default Outlet", published=date(2025, 1, 1))
    ok = [i for i in items if isinstance(i, ArticleInput)]
    bad = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.text for a in ok] == [EN, AR]
    assert ok[0].published == date(2025, 10, 14) and ok[0].outlet == "O" and ok[0].url == "https://example.org/1"
    assert ok[1].outlet == "Default Outlet" and ok[1].published == date(2025, 1, 1)
    assert [b.source for b in bad] == [f"{p}:{n}" for n in (2, 3, 4, 5, 6)]
    reasons = " | ".join(b.reason for b in bad)
    for words in ("not valid JSON", "no \"text\"", "not a date", "not one of: ar, en", "not a JSON object"):
        assert words in reasons


def test_html_page_main_text_without_boilerplate(tmp_path):
    body = " ".join([EN] * 3)
    html = f"""<html><head><title>Presidents to meet</title>
      <meta property="og:site_name" content="Example Wire"><meta name="date" content="2025-10-14">
      <script>for(;;){{}}</script><style>p{{}}</style></head>
      <body><nav><a href="/">Home</a> | <a href="/w">World</a></nav>
      <article><h1>Presidents to meet</h1><p>{body}</p>
      <p>Read more: an unrelated story about football</p><p>{AR} {AR}</p>
      <p>اقرأ أيضًا: خبر آخر عن الطقس</p><p>Share on Facebook</p></article>
      <footer>Copyright 2025 Example Wire. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    [a] = read(p)
    assert isinstance(a, ArticleInput), a
    assert EN in a.text and AR in a.text
    for junk in ("Read more", "اقرأ أيضًا", "Share on Facebook", "for(;;)", "Home"):
        assert junk not in a.text
    assert a.title == "Presidents to meet"
    assert a.published == date(2025, 10, 14)


def test_user_date_beats_the_date_guessed_from_a_page(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(f"<html><head><meta name='date' content='2020-01-01'></head><body><article><p>{EN} {EN}</p>"
                 "</article></body></html>", encoding="utf-8")
    [a] = read(p, published=date(2025, 10, 14))
    assert a.published == date(2025, 10, 14)


@pytest.mark.parametrize("html", [
    "<div>" * 200_000 + "x",
    "<html><body>" + "<p><b><i>" * 30_000 + EN,
    "<<<>>><!-- <p> <![CDATA[ ]]> &#xffffffff; &bogus;",
    "<script>" + "a" * 100_000,
    "\x00\x01<html>\x00</html>",
], ids=["deep-nesting", "deep-inline", "garbage", "unclosed-script", "nul-bytes"])
def test_hostile_html_never_crashes(tmp_path, html):
    p = tmp_path / "hostile.html"
    p.write_text(html, encoding="utf-8", errors="ignore")
    items = read(p)
    assert len(items) == 1
    if isinstance(items[0], ReadFailure):
        assert items[0].reason and "\n" not in items[0].reason
    else:
        assert items[0].text


def test_html_to_page_without_text_raises():
    with pytest.raises(InputError, match="no article text"):
        html_to_page("<html><body><script>x()</script></body></html>")


def test_boilerplate_filter_keeps_real_sentences():
    text = "Shares will fall next week\nShare on Facebook\nزر الذهاب إلى الأعلى\nسيزور الوزير أنقرة غدا"
    assert drop_boilerplate(text).split("\n") == ["Shares will fall next week", "سيزور الوزير أنقرة غدا"]


def test_pasted_text():
    a = article_from_text(f"  {EN}\r\n", ArticleDefaults(lang="en"))
    assert a.text == EN and a.source == "pasted" and a.lang == "en"
    with pytest.raises(InputError):
        article_from_text("   ")


def test_decode_bytes_rejects_nul_bytes():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"abc\x00def" * 10)


def test_uploaded_bytes_read_like_files():
    from claimtracker.ingest import read_bytes

    [txt] = read_bytes("upload.txt", (AR + "\n" + AR).encode("cp1256"), ArticleDefaults(outlet="Up"))
    assert isinstance(txt, ArticleInput) and txt.outlet == "Up" and txt.source == "upload.txt"
    lines = read_bytes("batch.jsonl", (json.dumps({"text": EN}) + "\n{bad\n").encode())
    assert isinstance(lines[0], ArticleInput) and lines[1].source == "batch.jsonl:2"
    [page] = read_bytes("p.HTML", f"<html><body><article><p>{EN} {EN}</p></article></body></html>".encode())
    assert isinstance(page, ArticleInput) and EN in page.text
    [bad] = read_bytes("doc.pdf", b"%PDF")
    assert isinstance(bad, ReadFailure) and "unsupported" in bad.reason
    [empty] = read_bytes("e.md", b"")
    assert isinstance(empty, ReadFailure) and "empty" in empty.reason


def test_utf8_with_a_broken_byte_stays_utf8(tmp_path):
    p = tmp_path / "cut.txt"
    p.write_bytes((AR * 20).encode() + "ب".encode()[:1])  # the last character cut in half
    [a] = read(p)
    assert a.text.startswith(AR) and "\ufffd" in a.text[-2:]


def test_html_in_an_arabic_code_page_without_a_charset(tmp_path):
    p = tmp_path / "cp1256.html"
    html = f"<html><body><article><p>{AR} {AR}</p><p>{AR}</p></article></body></html>"
    p.write_bytes(html.encode("cp1256"))
    [a] = read(p)
    assert AR in a.text
