"""Property tests: the readers never crash on arbitrary input; they read it or say why not."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtracker.errors import InputError
from claimtracker.ingest import read_bytes
from claimtracker.ingest.html import html_to_page
from claimtracker.ingest.textfiles import decode_bytes, strip_markdown
from claimtracker.models import ArticleInput, ReadFailure

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKUP = st.text(alphabet=st.sampled_from(list("*_`[]()!<>#-=~ \n>abcسلام1.:")), max_size=400)


@FAST
@given(st.binary(max_size=3000))
def test_decode_bytes_returns_text_or_says_why(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)


@FAST
@given(st.one_of(MARKUP, st.text(max_size=400)))
def test_strip_markdown_keeps_the_words(text):
    out = strip_markdown(text)
    # Only link targets, HTML tags and comments, reference definitions and fence lines drop words.
    drops_words = any(mark in text for mark in ("(", "<", "]:", "```", "~~~"))
    # Stripping only ever deletes markup, so no letter appears more often than before.
    for letter in "abcسلام":
        assert out.count(letter) <= text.count(letter)
        if not drops_words:
            assert out.count(letter) == text.count(letter)


@FAST
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivpscript!-&;#\nسلام")), max_size=600))
def test_html_never_crashes(html):
    try:
        page = html_to_page(html)
        assert page.text.strip()
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)


@FAST
@given(st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.bin"]), st.binary(max_size=2000))
def test_uploads_give_articles_or_failures(name, data):
    for item in read_bytes(name, data):
        assert isinstance(item, ArticleInput | ReadFailure)
        if isinstance(item, ReadFailure):
            assert item.reason and "\n" not in item.reason
        else:
            assert item.text.strip()
