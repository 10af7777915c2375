"""Helpers for the browser tests: wait for Streamlit to settle, use its widgets by label."""

from __future__ import annotations

import re

_IDLE = """() => !!document.querySelector('h1')
    && !document.querySelector('[data-testid="stStatusWidget"]')
    && !document.querySelector('[data-testid="stSkeleton"]')"""


def settle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the script run has finished and nothing is loading, steadily for ~1 s."""
    waited, calm = 0, 0
    while calm < 4:
        page.wait_for_timeout(300)
        waited += 300
        calm = calm + 1 if page.evaluate(_IDLE) else 0
        if waited > timeout_ms:
            raise TimeoutError("the dashboard did not settle")


def goto(page, url: str) -> None:
    page.goto(url)
    settle(page)


def choose(page, label: str, text: str) -> None:
    """Pick the option of the multiselect or selectbox labelled `label` whose text contains `text`."""
    box = page.locator("[data-testid='stMultiSelect'], [data-testid='stSelectbox']").filter(
        has=page.get_by_text(label, exact=True)).first
    box.locator("input").first.click()
    box.locator("input").first.fill(text)
    page.get_by_role("option", name=re.compile(re.escape(text))).first.click()
    page.keyboard.press("Escape")
    settle(page)


def matching(page) -> int:
    """The number in the claims page's "N matching claims" caption."""
    caption = page.get_by_text(re.compile(r"^\d+ matching claims")).first.inner_text()
    return int(caption.split()[0])


def table_rows(page, index: int = 0) -> list[list[str]]:
    """The cells of a st.dataframe, read from the grid's accessible table."""
    grid = page.locator("[data-testid='stDataFrame']").nth(index)
    rows = grid.locator("[role=row]")
    out = []
    for i in range(1, rows.count()):
        out.append([c.inner_text() for c in rows.nth(i).locator("[role=gridcell]").all()])
    return out


def click_table_row(page, row: int, index: int = 0) -> None:
    """Tick a row of a st.dataframe (its row marker, drawn on a canvas) and wait for the rerun."""
    grid = page.locator("[data-testid='stDataFrame']").nth(index)
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    # The header row and each data row are 35 px high; the row marker column is ~30 px wide.
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 35 * row + 17)
    settle(page)


def fill(page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).first.fill(text)
