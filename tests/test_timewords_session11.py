"""Eleventh session: a span of months ("between June and September", «بين يونيو وسبتمبر», a month
with a clitic), and «النقل» (transport) is no reporting verb, so a minister of transport's trip keeps
its weekday. Every sentence here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.timewords import find_times

PUB = date(2026, 3, 5)  # a Thursday


def windows(text: str, lang: str) -> list[tuple[date | None, date | None]]:
    return [(h.window.start, h.window.end) for h in find_times(text, lang, PUB, Resources.load().time_lexicon)]


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Shipments will arrive between June and September, the ministry said.", "en",
     (date(2026, 6, 1), date(2026, 9, 30))),
    ("Repairs are planned between May and July.", "en", (date(2026, 5, 1), date(2026, 7, 31))),
    ("ستصل الشحنات بين يونيو وسبتمبر بحسب الوزارة.", "ar", (date(2026, 6, 1), date(2026, 9, 30))),
    ("تجري أعمال الصيانة ما بين تموز وأيلول المقبلين.", "ar", (date(2026, 7, 1), date(2026, 9, 30))),
    ("تصل الشحنات في أبريل ومايو.", "ar", (date(2026, 4, 1), date(2026, 5, 31))),
])
def test_a_span_of_months(text, lang, span):
    assert windows(text, lang) == [span]


def test_a_month_that_needs_context_still_does():
    # «ومارس» here is a verb (and he exercised), "May" a modal: no month
    assert windows("ومارس الوزير ضغوطا على النواب.", "ar") == []
    assert windows("The talks may resume soon between officials.", "en") == [(PUB, None)]


@pytest.mark.parametrize("text", [
    "سيصل وزير النقل التونسي إلى الجزائر يوم الأحد في زيارة رسمية.",
    "ويزور وزير النقل والمواصلات عمّان يوم الأحد لبحث خط السكة.",
])
def test_transport_is_no_reporting_verb(text):
    out = extract(text, PUB, "ar", Resources.load())
    assert out.mentions and out.mentions[0].expected is not None
    assert out.mentions[0].expected.start == date(2026, 3, 8)


def test_reported_from_is_still_a_source():
    text = "ونقلت وكالة الأنباء عن مصدر حكومي أن الوزير سيزور الجزائر يوم الأحد."
    out = extract(text, PUB, "ar", Resources.load())
    assert out.mentions[0].attribution is not None and out.mentions[0].attribution.kind == "anonymous"


@pytest.mark.parametrize("text", ["تطمح الحكومة إلى مضاعفة الصادرات في أفق 2030.",
                                  "يرتقب أن يبلغ الإنتاج ذروته على أفق سنة 2030."])
def test_the_maghrebi_horizon_is_by(text):
    assert windows(text, "ar") == [(PUB, date(2030, 12, 31))]
