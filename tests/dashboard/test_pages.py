"""Every page and widget path of the dashboard under Streamlit's AppTest, over the hand-made
database of seed.py (CLAIMTRACKER_DB points at it)."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.store import Database


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _table_ids(at, index: int = 0) -> list[int]:
    return sorted(int(x) for x in at.dataframe[index].value["claim_id"])


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def _button(at, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r}: {[b.label for b in at.button]}"
    return found[0]


@pytest.mark.parametrize(("page", "title"), [
    ("overview", "Overview"), ("claims", "Claims"), ("claim", "Claim"), ("review", "Review queue"),
    ("actors", "Actors"), ("countries", "Countries"), ("add_articles", "Add articles"),
    ("track_record", "Track record"),
])
def test_every_page_renders_without_error(app_page, page, title):
    at = app_page(page)
    _ok(at)
    assert [t.value for t in at.title] == [title]


def test_overview_counts_and_activity(app_page):
    at = app_page("overview")
    _ok(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Open"] == "3"
    assert metrics["Refuted"] == "1"
    # Claims 1 (October 2025) and 4 (September 2025) are open and past their windows.
    assert metrics["Overdue"] == "2"
    assert metrics["All claims"] == "4"
    tables = [t.value for t in at.dataframe]
    assert any("Vladimir Putin" in set(t.get("name", [])) for t in tables)
    assert any("The summit was postponed" in set(t.get("note", [])) for t in tables)


def test_claims_lists_everything_without_filters(app_page):
    at = app_page("claims")
    _ok(at)
    assert _table_ids(at) == [1, 2, 3, 4]
    assert {w.label for w in at.multiselect} >= {"Actor", "Country", "Status", "Event type", "Outlet", "Language",
                                                 "Kind"}


@pytest.mark.parametrize(("widget", "label", "value", "expected"), [
    ("multiselect", "Actor", ["vladimir-putin"], [1, 2]),
    ("multiselect", "Country", ["SY"], [1, 4]),
    ("multiselect", "Status", ["refuted"], [2]),
    ("multiselect", "Status", ["overdue"], [1, 4]),
    ("multiselect", "Event type", ["election"], [3]),
    ("multiselect", "Outlet", ["Example Wire"], [1]),
    ("multiselect", "Language", ["en"], [1, 3]),
    ("multiselect", "Kind", ["speculation"], [1, 3]),
    ("date_input", "Mentioned from", date(2025, 10, 1), [1]),
    ("date_input", "Mentioned to", date(2025, 8, 31), [1, 2]),
    ("date_input", "Expected from", date(2026, 1, 1), [3]),
    ("date_input", "Expected to", date(2025, 9, 30), [4]),
    ("slider", "Certainty", (0.8, 1.0), [1, 2]),
    # Diacritics, a different hamza and alef maqsura in the query still find the claims.
    ("text_input", "Search text", "بُوتِين يلتقى", [1]),
    ("text_input", "Search text", "انقره", [4]),
    ("text_input", "Search text", "AL-SHARAA", [1]),
])
def test_each_claims_filter_narrows_the_table(app_page, widget, label, value, expected):
    at = app_page("claims")
    found = [w for w in getattr(at, widget) if w.label == label]
    assert found, f"no {widget} labelled {label}"
    found[0].set_value(value).run()
    _ok(at)
    assert _table_ids(at) == expected


def test_filters_are_read_from_the_url(app_page):
    at = app_page("claims", query={"actor": "Vladimir Putin", "status": "refuted"})
    _ok(at)
    assert _table_ids(at) == [2]
    assert [w.value for w in at.multiselect if w.label == "Actor"] == [["vladimir-putin"]]


def test_country_filter_from_the_url(app_page):
    at = app_page("claims", query={"country": "Peru (PE)"})
    _ok(at)
    assert _table_ids(at) == [3]


def test_sorting_by_certainty_puts_the_surest_claim_first(app_page):
    at = app_page("claims")
    [w for w in at.selectbox if w.label == "Sort by"][0].set_value("certainty").run()
    _ok(at)
    assert list(at.dataframe[0].value["claim_id"])[:2] == [1, 2]


def test_claims_page_offers_the_three_exports(app_page):
    at = app_page("claims")
    labels = {b.proto.label for b in at.get("download_button")}
    assert labels == {"Export CSV", "Export PARQUET", "Export JSON", "Export ClaimReview JSON-LD"}


def test_selecting_rows_opens_one_or_marks_many(app_page, dash_db):
    at = app_page("claims")
    at.session_state["claims_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    _ok(at)
    first = int(at.dataframe[0].value["claim_id"].iloc[0])
    assert any(b.label == f"Open claim #{first}" for b in at.button)

    at.session_state["claims_table"] = {"selection": {"rows": [0, 1], "columns": [], "cells": []}}
    at.run()
    ids = [int(x) for x in at.dataframe[0].value["claim_id"].iloc[:2]]
    [s for s in at.selectbox if s.label == "New status"][0].set_value("expired")
    [t for t in at.text_area if t.label == "Note for all selected"][0].input("checked by hand")
    _button(at, "Mark selected").click().run()
    _ok(at)
    got = dash_db.query("claims_filtered", _all_params())
    statuses = dict(zip(got["claim_id"], got["status"], strict=True))
    assert all(statuses[i] == "expired" for i in ids)


def _all_params() -> dict:
    return {"actors": None, "countries": None, "statuses": None, "event_types": None, "outlets": None,
            "langs": None, "kinds": None, "mention_from": None, "mention_to": None, "expected_from": None,
            "expected_to": None, "certainty_min": None, "certainty_max": None, "search": None,
            "today": date(2026, 1, 1), "sort": "claim_id", "limit": 100}


def _events(db: Database, claim_id: int):
    return db.query("claim_status_history", {"claim_id": claim_id})


def test_claim_page_shows_headline_mentions_and_escapes_article_text(app_page):
    at = app_page("claim", query={"claim_id": "4"})
    _ok(at)
    text = _markdown(at)
    assert 'dir="auto"' in text
    # The hostile title and article markup arrive escaped, never as tags.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<script>" not in text and "<b>bold</b>" not in text
    assert "<mark>يزور وزير الخارجية الشيباني أنقرة الأسبوع المقبل</mark>" in text
    assert len(at.get("plotly_chart")) == 1


def test_claim_page_history_shows_who_when_note_and_evidence(app_page):
    at = app_page("claim", query={"claim_id": "2"})
    _ok(at)
    history = [t.value for t in at.dataframe if "note" in t.value.columns][0]
    row = history.iloc[-1]
    assert (row["status"], row["recorded_by"], row["note"]) == ("refuted", "tester", "The summit was postponed")
    assert row["evidence_url"] == "https://example.org/postponed"


def test_mark_refuted_with_a_note_records_the_event(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "1"})
    [t for t in at.text_area if t.label == "Note"][0].input("The meeting did not happen")
    [t for t in at.text_input if t.label == "Evidence URL"][0].input("https://example.org/no")
    # The edit form has a "Your name" too; the marking form comes last.
    [t for t in at.text_input if t.label == "Your name"][-1].input("analyst a")
    _button(at, "Mark refuted").click().run()
    _ok(at)
    last = _events(dash_db, 1).iloc[-1]
    assert (last["status"], last["note"], last["evidence_url"], last["recorded_by"]) == (
        "refuted", "The meeting did not happen", "https://example.org/no", "analyst a")
    assert any("refuted" in s.value for s in at.success)


def test_mark_confirmed_then_reopen(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "3"})
    _button(at, "Mark confirmed").click().run()
    _ok(at)
    assert _events(dash_db, 3).iloc[-1]["status"] == "confirmed"
    _button(at, "Reopen").click().run()
    _ok(at)
    events = _events(dash_db, 3)
    assert list(events[events["action"] == "status"]["status"])[-2:] == ["confirmed", "open"]


def test_edit_headline_actors_and_countries(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "3"})
    [t for t in at.text_input if t.label == "Headline"][0].input("Peru votes early")
    [m for m in at.multiselect if m.label == "Actors"][0].set_value(["vladimir-putin"])
    [m for m in at.multiselect if m.label == "Countries"][0].set_value(["PE", "CL"])
    _button(at, "Save changes").click().run()
    _ok(at)
    claim = dash_db.query("claim_detail", {"claim_id": 3, "today": date(2026, 1, 1)}).iloc[0]
    assert claim["headline"] == "Peru votes early"
    assert list(claim["actor_ids"]) == ["vladimir-putin"]
    assert sorted(claim["countries"]) == ["CL", "PE"]


def test_unknown_claim_is_a_warning_not_an_error(app_page):
    at = app_page("claim", query={"claim_id": "999"})
    _ok(at)
    assert any("no claim #999" in w.value for w in at.warning)


def test_claim_page_without_an_id_asks_for_one(app_page):
    at = app_page("claim")
    _ok(at)
    assert any("Open a claim" in i.value for i in at.info)


def test_review_queue_lists_suggestions_overdue_and_new(app_page):
    at = app_page("review")
    _ok(at)
    assert [t.label for t in at.tabs] == ["Outcome suggestions (2)", "Overdue claims (2)",
                                          "New from the latest ingest (1)"]
    ids = [sorted(int(x) for x in t.value["claim_id"]) for t in at.dataframe]
    assert [1, 4] in ids and [4] in ids


def test_accepting_a_suggestion_changes_the_status(app_page, dash_db):
    at = app_page("review")
    _button(at, "Accept").click().run()  # the newest suggestion first: #2, claim 3 refuted
    _ok(at)
    assert _events(dash_db, 3).iloc[-1]["action"] in ("status", "suggestion_accepted")
    statuses = _events(dash_db, 3)
    assert "refuted" in set(statuses["status"])
    assert any(t.label == "Outcome suggestions (1)" for t in at.tabs)


def test_rejecting_a_suggestion_keeps_the_status(app_page, dash_db):
    at = app_page("review")
    [b for b in at.button if b.label == "Reject"][0].click().run()
    _ok(at)
    detail = dash_db.query("claim_detail", {"claim_id": 3, "today": date(2026, 1, 1)}).iloc[0]
    assert detail["status"] == "open"
    assert any(t.label == "Outcome suggestions (1)" for t in at.tabs)


def test_actor_page_shows_claims_and_track_record(app_page):
    at = app_page("actors", query={"actor_id": "Vladimir Putin"})
    _ok(at)
    claim_tables = [t.value for t in at.dataframe if "headline" in t.value.columns]
    assert sorted(int(x) for x in claim_tables[0]["claim_id"]) == [1, 2]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Resolved"] == "1" and metrics["Refuted"] == "1" and metrics["Share confirmed"] == "0%"


def test_adding_an_actor_with_aliases(app_page, dash_db):
    at = app_page("actors")
    [t for t in at.text_input if t.label == "Name (English)"][0].input("Yuri Ushakov")
    [t for t in at.text_input if t.label == "Name (Arabic)"][0].input("يوري أوشاكوف")
    [t for t in at.text_input if t.label == "Country (ISO code, e.g. SY)"][0].input("ru")
    [t for t in at.text_area if t.label.startswith("Aliases")][0].input("Ushakov، أوشاكوف")
    _button(at, "Add actor").click().run()
    _ok(at)
    actors = dash_db.query("actors_list")
    row = actors[actors["name"] == "Yuri Ushakov"].iloc[0]
    assert row["country"] == "RU" and list(row["aliases"]) == ["Ushakov", "أوشاكوف"]


def test_editing_an_actor(app_page, dash_db):
    at = app_page("actors", query={"actor_id": "Ahmed al-Sharaa"})
    [t for t in at.text_area if t.label.startswith("Aliases")][1].input("al-Sharaa, al-Jolani")
    _button(at, "Save actor").click().run()
    _ok(at)
    actors = dash_db.query("actors_list")
    assert list(actors[actors["actor_id"] == "ahmed-al-sharaa"].iloc[0]["aliases"]) == ["al-Sharaa", "al-Jolani"]


def test_adding_an_actor_without_a_name_is_a_one_line_error(app_page):
    at = app_page("actors")
    _button(at, "Add actor").click().run()
    assert not at.exception
    assert len(at.error) == 1


def test_country_page_lists_its_claims(app_page):
    at = app_page("countries", query={"code": "Syria (SY)"})
    _ok(at)
    claim_tables = [t.value for t in at.dataframe if "headline" in t.value.columns]
    assert sorted(int(x) for x in claim_tables[0]["claim_id"]) == [1, 4]


def test_fetching_a_url_offline_says_so_in_one_line(app_page):
    at = app_page("add_articles")
    [t for t in at.text_input if t.label == "Web page or feed URL"][0].input("http://no-such-host.invalid/news")
    _button(at, "Fetch and add").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "\n" not in at.error[0].value


def test_pasting_without_text_asks_for_text(app_page):
    at = app_page("add_articles")
    _button(at, "Add pasted text").click().run()
    assert not at.exception
    assert any("Paste some text" in e.value for e in at.error)


def test_pasting_an_article_ingests_it(app_page, dash_db):
    before = int(dash_db.query("data_version").iloc[0]["max_article_id"])
    at = app_page("add_articles")
    [t for t in at.text_area if t.label == "Article text"][0].input(
        "أعلن المتحدث أن الرئيس بوتين سيزور أنقرة في ديسمبر المقبل لبحث ملف الطاقة.")
    [d for d in at.date_input if d.label == "Published on"][0].set_value(date(2025, 11, 20))
    _button(at, "Add pasted text").click().run()
    _ok(at)
    assert any("1 new articles" in s.value for s in at.success)
    assert int(dash_db.query("data_version").iloc[0]["max_article_id"]) == before + 1


def test_track_record_page_over_resolved_claims(app_page):
    at = app_page("track_record")
    _ok(at)
    metrics = {m.label: m.value for m in at.metric}
    # One resolved claim (2, refuted) with one forward mention at certainty 0.85: Brier 0.85².
    assert metrics["Resolved forecasts"] == "1" and metrics["Share confirmed"] == "0%"
    assert metrics["Brier score"] == f"{0.85 ** 2:.3f}"
    assert [t.label for t in at.tabs] == ["By outlet", "By attribution", "By event type", "By actor"]
    by_actor = [t.value for t in at.dataframe if "actor_id" in t.value.columns][0]
    assert list(by_actor["actor_id"]) == ["Vladimir Putin"]


def test_track_record_filtered_by_an_actor_without_resolved_claims(app_page):
    at = app_page("track_record", query={"actor": "Ahmed al-Sharaa"})
    _ok(at)
    assert any("No resolved claim" in i.value for i in at.info)


def test_a_broken_database_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.dashboard.conftest import APP

    bad = tmp_path / "not-a-db.duckdb"
    bad.write_text("this is not a database file")
    monkeypatch.setenv("CLAIMTRACKER_DB", str(bad))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert at.error and all("\n" not in e.value for e in at.error)


def test_claim_page_offers_its_pending_suggestion(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "1"})
    _ok(at)
    assert any("Suggested outcome: confirmed" in m.value for m in at.markdown)
    _button(at, "Accept").click().run()
    _ok(at)
    assert dash_db.query("claim_detail", {"claim_id": 1, "today": date(2026, 1, 1)}).iloc[0]["status"] == "confirmed"
    assert not any("Suggested outcome" in m.value for m in at.markdown)


def test_an_empty_database_gets_the_demo_corpus_at_first_start(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.dashboard.conftest import APP

    path = tmp_path / "empty.duckdb"
    monkeypatch.setenv("CLAIMTRACKER_DB", str(path))
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.run()
    _ok(at)
    metrics = {m.label: int(m.value) for m in at.metric}
    assert metrics["All claims"] > 0
    assert Database(path).scalar("select count(*) from articles") > 0


def test_merging_another_claim_into_this_one(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "1"})
    [n for n in at.number_input if n.label == "Claim to merge into this one"][0].set_value(2)
    _button(at, "Merge into this claim").click().run()
    _ok(at)
    mentions = dash_db.query("claim_mentions", {"claim_id": 1})
    assert sorted(mentions["mention_id"]) == [1, 2, 3]
    assert "merge" in set(_events(dash_db, 1)["action"])


def test_splitting_a_mention_off_opens_its_new_claim(app_page, dash_db):
    at = app_page("claim", query={"claim_id": "1"})
    [b for b in at.button if b.label == "Split this mention off into a new claim"][1].click().run()
    _ok(at)
    new_id = int(at.number_input(key="claim_id").value)
    assert new_id not in (1, 2, 3, 4)
    assert list(dash_db.query("claim_mentions", {"claim_id": new_id})["mention_id"]) == [2]
    assert list(dash_db.query("claim_mentions", {"claim_id": 1})["mention_id"]) == [1]
