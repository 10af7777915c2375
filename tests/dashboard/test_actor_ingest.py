"""An actor added on the Actors page is found by the very next ingest from Add articles, by any
of its aliases."""

from __future__ import annotations

from datetime import date


def _button(at, label: str):
    return [b for b in at.button if b.label == label][0]


def test_an_added_actor_is_found_by_the_next_ingest(app_page, dash_db):
    at = app_page("actors")
    [t for t in at.text_input if t.label == "Name (English)"][0].input("Karim Zahrawi")
    [t for t in at.text_input if t.label == "Name (Arabic)"][0].input("كريم الزهراوي")
    [t for t in at.text_area if t.label.startswith("Aliases")][0].input("Zahrawi, الزهراوي")
    _button(at, "Add actor").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]

    at = app_page("add_articles")
    [t for t in at.text_area if t.label == "Article text"][0].input(
        "قالت مصادر مطلعة إن الزهراوي سيزور القاهرة في ديسمبر المقبل لبحث اتفاق الطاقة.")
    [d for d in at.date_input if d.label == "Published on"][0].set_value(date(2025, 11, 20))
    _button(at, "Add pasted text").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    found = dash_db.scalar(
        "select count(*) from claim_actors as ca join mentions as m on m.claim_id = ca.claim_id "
        "join articles as a on a.article_id = m.article_id "
        "where ca.actor_id = 'karim-zahrawi' and a.text like '%الزهراوي سيزور%'")
    assert found >= 1
