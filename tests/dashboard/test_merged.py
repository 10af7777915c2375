"""A claim merged into another (claims.merged_into_id set) keeps its rows for its history, but
no list or count of the dashboard shows it: its actors and countries now belong to the kept
claim and would otherwise be counted twice."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.store.claim_changes import merge_claims

# Seed claim 4 (al-Shaibani; Syria and Turkey) is merged into claim 3 (Peru).
KEEP, GONE = 3, 4


@pytest.fixture
def merged(dash_db):
    merge_claims(dash_db, KEEP, GONE, note="the same visit", by="tester")
    assert dash_db.scalar("select merged_into_id from claims where claim_id = ?", [GONE]) == KEEP
    return dash_db


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def test_counts_and_country_lists_leave_the_merged_claim_out(merged):
    counts = merged.query("overview_counts", {"today": date(2025, 11, 1)}).iloc[0]
    assert int(counts["total"]) == 3
    top = dict(zip(merged.query("overview_top_countries")["country"],
                   merged.query("overview_top_countries")["claims"], strict=True))
    # Turkey was only on claim 4, now only on claim 3; Syria on claims 1 and 3.
    assert top["TR"] == 1
    assert top["SY"] == 2
    listed = merged.query("countries_list").set_index("country")["claims"].to_dict()
    assert listed["TR"] == 1
    assert listed["SY"] == 2
    assert sorted(merged.query("countries_claims", {"country": "TR"})["claim_id"]) == [KEEP]


def test_actor_lists_and_filter_options_leave_the_merged_claim_out(merged):
    top = merged.query("overview_top_actors", {"limit": 10}).set_index("actor_id")["claims"].to_dict()
    assert top["asaad-al-shaibani"] == 1
    listed = merged.query("actors_list").set_index("actor_id")["claims"].to_dict()
    assert listed["asaad-al-shaibani"] == 1
    assert sorted(merged.query("actors_claims", {"actor_id": "asaad-al-shaibani"})["claim_id"]) == [KEEP]
    opts = merged.query("claims_filter_options")
    counts = {(f, v): int(n) for f, v, n in zip(opts["facet"], opts["value"], opts["claims"], strict=True)}
    assert counts[("actor", "asaad-al-shaibani")] == 1
    assert counts[("country", "TR")] == 1
    # Claim 4 was the only "visit"; it is gone from the counts with the claim.
    assert ("event_type", "visit") not in counts


def test_related_claims_and_suggestions_leave_the_merged_claim_out(merged):
    # Claim 1 gets al-Shaibani too, so both claim 3 (which took him over) and claim 4 (merged
    # away, still holding its old row) share an actor with it.
    with merged.write() as tx:
        tx.execute("insert into claim_actors values (1, 'asaad-al-shaibani')")
        tx.execute("insert into outcome_suggestions (suggestion_id, claim_id, outcome, reason, article_id, quote,"
                   " created_at) values (90, ?, 'confirmed', 'happened', 4, 'a report', now())", [GONE])
    related = merged.query("related_claims", {"claim_id": 1, "limit": 50})
    assert GONE not in set(related["claim_id"])
    assert KEEP in set(related["claim_id"])
    pending = merged.query("review_suggestions", {"limit": 200})
    assert GONE not in set(pending["claim_id"])


def test_overview_and_pages_do_not_show_the_merged_claim(merged, app_page):
    at = app_page("overview")
    _ok(at)
    assert {m.label: m.value for m in at.metric}["All claims"] == "3"
    at = app_page("countries", query={"code": "Türkiye (TR)"})
    _ok(at)
    assert sorted(int(x) for x in at.dataframe[1].value["claim_id"]) == [KEEP]
    at = app_page("actors", query={"actor_id": "Asaad al-Shaibani"})
    _ok(at)
    table = at.dataframe[0].value.set_index("name")
    assert int(table.loc["Asaad al-Shaibani", "claims"]) == 1
    assert sorted(int(x) for x in at.dataframe[1].value["claim_id"]) == [KEEP]


def test_the_merged_claims_page_says_where_it_went_and_opens_it(merged, app_page):
    at = app_page("claim", query={"claim_id": str(GONE)})
    _ok(at)
    assert any(f"merged into claim #{KEEP}" in w.value for w in at.warning)
    [b for b in at.button if b.label == f"Open claim #{KEEP}"][0].click().run()
    _ok(at)
    assert at.number_input(key="claim_id").value == KEEP
    assert not any("merged into" in w.value for w in at.warning)


def test_a_merged_claim_offers_no_judging_or_editing(merged, app_page):
    with merged.write() as tx:
        tx.execute("insert into outcome_suggestions (suggestion_id, claim_id, outcome, reason, article_id, quote,"
                   " created_at) values (91, ?, 'confirmed', 'happened', 4, 'a report', now())", [GONE])
    at = app_page("claim", query={"claim_id": str(GONE)})
    _ok(at)
    labels = {b.label for b in at.button}
    assert not labels & {"Mark confirmed", "Mark refuted", "Reopen", "Accept", "Save changes",
                         "Merge into this claim"}, labels
    at = app_page("claim", query={"claim_id": str(KEEP)})
    _ok(at)
    assert {"Mark confirmed", "Mark refuted", "Reopen", "Save changes"} <= {b.label for b in at.button}
