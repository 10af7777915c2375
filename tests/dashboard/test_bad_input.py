"""What a careless or hostile user can put into Add articles: a binary file renamed .txt, an
empty file, a paste longer than any article, an article full of HTML and Markdown. Each gets a
clear line, never a traceback; nothing stored is lost; no markup from an article runs."""

from __future__ import annotations

import re

import pytest

from tests.dashboard.browser import goto, settle

HOSTILE = ("<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> "
           "**loud** [click me](javascript:alert(1)) ![pic](http://evil.invalid/x.png) <b>injected</b> "
           "The spokesman said President Vladimir Putin will visit Ankara next month to discuss energy.")


def _articles(db) -> int:
    return int(db.scalar("select count(*) from articles"))


def test_a_paste_longer_than_any_article_is_one_line_and_stores_nothing(app_page, dash_db):
    before = _articles(dash_db)
    at = app_page("add_articles")
    [t for t in at.text_area if t.label == "Article text"][0].input("بوتين يزور أنقرة. " * 20_000)  # 360,000 characters
    [b for b in at.button if b.label == "Add pasted text"][0].click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert "too long" in at.error[0].value and "\n" not in at.error[0].value
    assert _articles(dash_db) == before


@pytest.mark.browser
@pytest.mark.xdist_group(name="browser")
def test_binary_and_empty_uploads_are_reported_and_skipped(streamlit_server, browser_page, tmp_path):
    base, db = streamlit_server
    page = browser_page
    before = _articles(db)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    empty = tmp_path / "nothing.txt"
    empty.write_bytes(b"")
    goto(page, f"{base}/add_articles")
    page.get_by_role("tab", name="Upload files").click()
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files([str(binary), str(empty)])
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Add uploaded files").click()
    settle(page)
    assert page.get_by_text(re.compile(r"0 new articles, 0 duplicates, 2 failed")).is_visible()
    assert page.get_by_text(re.compile(r"^photo\.txt: .*binary")).is_visible()
    assert page.get_by_text(re.compile(r"^nothing\.txt: .*empty")).is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    assert _articles(db) == before


@pytest.mark.browser
@pytest.mark.xdist_group(name="browser")
def test_a_hostile_pasted_article_shows_as_text(streamlit_server, browser_page):
    base, db = streamlit_server
    page = browser_page
    goto(page, f"{base}/add_articles")
    page.get_by_label("Article text").fill(HOSTILE)
    page.get_by_role("button", name="Add pasted text").click()
    settle(page)
    assert page.get_by_text(re.compile(r"^1 new articles")).is_visible()
    claim_id = db.scalar("select m.claim_id from mentions as m join articles as a using (article_id) "
                         "where a.text like '%window.__pwned%' order by m.mention_id limit 1")
    assert claim_id is not None
    goto(page, f"{base}/claim?claim_id={claim_id}")
    article = page.locator(".ct-article").filter(has_text="window.__pwned").first
    # The tags and Markdown are shown as the characters the article holds.
    assert "<script>" in article.inner_text()
    assert "**loud**" in article.inner_text()
    assert article.locator("script, img, b, strong, a").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main img[src*='evil.invalid']").count() == 0
    assert page.locator("[data-testid='stException']").count() == 0
