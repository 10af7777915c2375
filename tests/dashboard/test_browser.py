"""The paths people click, in headless Chromium against a real `streamlit run` server over a
seeded test database (see conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.dashboard.browser import choose, click_table_row, fill, goto, matching, settle, table_rows

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group(name="browser")]


def _history(db, claim_id: int):
    return db.query("claim_status_history", {"claim_id": claim_id})


def _open_first_row(page) -> int:
    click_table_row(page, 0)
    button = page.get_by_role("button", name=re.compile(r"^Open claim #\d+$"))
    claim_id = int(button.inner_text().split("#")[1])
    button.click()
    page.wait_for_url(re.compile(r"/claim\?claim_id=\d+"))
    settle(page)
    return claim_id


def test_filter_by_actor_open_a_claim_and_mark_it_refuted(streamlit_server, browser_page):
    base, db = streamlit_server
    page = browser_page
    goto(page, f"{base}/claims")
    assert matching(page) == 4
    choose(page, "Actor", "Vladimir Putin")
    assert matching(page) == 2
    assert sorted(int(r[0]) for r in table_rows(page)) == [1, 2]
    claim_id = _open_first_row(page)
    assert claim_id in (1, 2)
    fill(page, "Note", "Checked against the Kremlin's own readout")
    fill(page, "Evidence URL", "https://example.org/readout")
    page.get_by_role("button", name="Mark refuted", exact=True).click()
    settle(page)
    last = _history(db, claim_id).iloc[-1]
    assert (last["status"], last["note"], last["evidence_url"]) == (
        "refuted", "Checked against the Kremlin's own readout", "https://example.org/readout")
    assert page.get_by_text(f"Claim #{claim_id} is now refuted").is_visible()


def test_filter_by_country(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    goto(page, f"{base}/claims")
    choose(page, "Country", "Peru")
    assert matching(page) == 1
    assert [r[1] for r in table_rows(page)] == ["Peru holds an early election"]
    # The export holds the filtered set.
    with page.expect_download() as download:
        page.get_by_role("button", name="Export CSV").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "Peru holds an early election" in lines[1]


def test_open_a_claim_from_the_table(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    goto(page, f"{base}/claims?country=Peru+%28PE%29")
    assert _open_first_row(page) == 3
    assert page.get_by_role("heading", name="Peru holds an early election").is_visible()
    # .streamlit/config.toml sets the toolbar for readers: Streamlit's "Deploy" is not offered.
    assert page.locator("[data-testid='stToolbar']").count() == 1
    assert page.get_by_role("button", name="Deploy").count() == 0


def test_open_a_claim_from_a_chart(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    goto(page, base)
    points = page.locator("[data-testid='stPlotlyChart'] .scatterlayer path.point")
    assert points.count() == 4
    points.first.click(force=True)
    page.wait_for_url(re.compile(r"/claim\?claim_id=\d+"), timeout=30_000)
    settle(page)
    claim_id = int(parse_qs(urlsplit(page.url).query)["claim_id"][0])
    assert 1 <= claim_id <= 4
    assert page.get_by_text("Mentions", exact=True).first.is_visible()


def test_mark_confirmed_then_reopen(streamlit_server, browser_page):
    base, db = streamlit_server
    page = browser_page
    goto(page, f"{base}/claim?claim_id=3")
    fill(page, "Note", "The vote was called")
    page.get_by_role("button", name="Mark confirmed", exact=True).click()
    settle(page)
    assert _history(db, 3).iloc[-1]["status"] == "confirmed"
    assert page.get_by_text("confirmed", exact=False).first.is_visible()
    fill(page, "Note", "Called off again")
    page.get_by_role("button", name="Reopen", exact=True).click()
    settle(page)
    history = _history(db, 3)
    assert list(history["status"])[-2:] == ["confirmed", "open"]
    assert list(history["note"])[-1] == "Called off again"


def test_share_a_filtered_url_and_reload_it(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    goto(page, f"{base}/claims")
    choose(page, "Country", "Syria")
    choose(page, "Language", "English")
    shared = page.url
    query = parse_qs(urlsplit(shared).query)
    assert query["country"] == ["Syria (SY)"] and query["lang"] == ["English"]
    assert matching(page) == 1
    other = page.context.browser.new_page(viewport={"width": 1400, "height": 1000})
    goto(other, shared)
    assert matching(other) == 1
    assert [r[0] for r in table_rows(other)] == ["1"]
    other.close()
    page.reload()
    settle(page)
    assert matching(page) == 1


def test_upload_an_arabic_article_and_find_its_claims(streamlit_server, browser_page, tmp_path):
    base, db = streamlit_server
    page = browser_page
    article = tmp_path / "moscow-visit.txt"
    article.write_text(
        "الكرملين: بوتين يستقبل الرئيس السوري في موسكو\n\n"
        "قال المتحدث باسم الكرملين إن الرئيس فلاديمير بوتين سيستقبل الرئيس السوري أحمد الشرع "
        "في موسكو يوم الخامس عشر من أكتوبر المقبل لبحث مستقبل القواعد الروسية.",
        encoding="utf-8")
    goto(page, f"{base}/add_articles")
    page.get_by_role("spinbutton", name="year, Published on").click()
    page.keyboard.type("20250920")
    page.keyboard.press("Escape")
    settle(page)
    page.get_by_role("tab", name="Upload files").click()
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(str(article))
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Add uploaded files").click()
    settle(page)
    assert page.get_by_text(re.compile(r"1 new articles")).is_visible()
    assert str(db.scalar("select published_at from articles where source like 'moscow-visit.txt%'")) == "2025-09-20"
    stored = db.scalar("select count(*) from mentions m join articles a using (article_id) "
                       "where a.source like 'moscow-visit.txt%'")
    assert stored >= 1
    goto(page, f"{base}/claims?q=%D8%B3%D9%8A%D8%B3%D8%AA%D9%82%D8%A8%D9%84")  # q=سيستقبل
    assert matching(page) >= 1


def test_open_a_country_from_the_overview_chart(streamlit_server, browser_page):
    base, _ = streamlit_server
    page = browser_page
    goto(page, base)
    bars = page.locator("[data-testid='stPlotlyChart']").filter(has_text="Top countries").locator(
        ".barlayer .point path")
    assert bars.count() == 4  # RU, SY, PE, TR
    bars.first.click(force=True)
    page.wait_for_url(re.compile(r"/countries\?code="), timeout=30_000)
    settle(page)
    assert parse_qs(urlsplit(page.url).query)["code"] == ["Russia (RU)"]
    # The second table lists the chosen country's claims, its first column the claim id.
    assert sorted(int(r[0]) for r in table_rows(page, 1)) == [1, 2]
