"""The claim-judging commands (merge, split, suggestions, expire) on a copy of the demo database."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from claimtracker.cli import cli


@pytest.fixture
def demo_copy(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACKER_LOG", str(tmp_path / "ct.log"))
    path = tmp_path / "demo-copy.duckdb"
    shutil.copy(demo_db.path, path)
    return path


def invoke(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.output


def report(db) -> list[dict]:
    return json.loads(invoke("claims", "--format", "json", "--db", db))


def test_merge_and_split(demo_copy):
    claims = report(demo_copy)
    assert len(claims) >= 2
    keep, other = claims[0]["claim_id"], claims[1]["claim_id"]
    moved = len(claims[1]["mentions"])
    before = len(claims[0]["mentions"])
    out = invoke("merge", keep, other, "--note", "Same event", "--by", "tester", "--db", demo_copy)
    assert f"into claim {keep}" in out
    after = {c["claim_id"]: c for c in report(demo_copy)}
    assert other not in after
    assert len(after[keep]["mentions"]) == before + moved
    mention_id = after[keep]["mentions"][-1]["mention_id"]
    out = invoke("split", mention_id, "--note", "Different event", "--db", demo_copy)
    new_id = int(out.strip().rsplit(" ", 1)[-1].rstrip("."))
    final = {c["claim_id"]: c for c in report(demo_copy)}
    assert [m["mention_id"] for m in final[new_id]["mentions"]] == [mention_id]


def test_suggestions_list_accept_reject(demo_copy):
    rows = json.loads(invoke("suggestions", "list", "--format", "json", "--db", demo_copy))
    if len(rows) < 2:
        pytest.skip("the demo corpus gives fewer than two outcome suggestions with this extractor")
    first, second = rows[0], rows[1]
    assert {"suggestion_id", "claim_id", "outcome", "article_id", "quote"} <= first.keys()
    assert "accepted" in invoke("suggestions", "accept", first["suggestion_id"], "--by", "t", "--db", demo_copy)
    assert "rejected" in invoke("suggestions", "reject", second["suggestion_id"], "--db", demo_copy)
    pending = {r["suggestion_id"] for r in json.loads(invoke("suggestions", "list", "--format", "json",
                                                            "--db", demo_copy))}
    assert first["suggestion_id"] not in pending and second["suggestion_id"] not in pending
    decided = json.loads(invoke("suggestions", "list", "--all", "--format", "json", "--db", demo_copy))
    assert {r["suggestion_id"] for r in decided} >= {first["suggestion_id"], second["suggestion_id"]}
    table = invoke("suggestions", "list", "--all", "--db", demo_copy)
    assert f"#{first['suggestion_id']}" in table


def test_expire_marks_only_long_overdue_open_claims(demo_copy):
    before = {c["claim_id"]: c["status"] for c in report(demo_copy)}
    out = invoke("expire", "--grace-days", "0", "--by", "tester", "--db", demo_copy)
    n = int(out.split()[0])
    after = {c["claim_id"]: c["status"] for c in report(demo_copy)}
    changed = [cid for cid in before if before[cid] != after[cid]]
    assert len(changed) == n
    assert all(before[cid] == "open" and after[cid] == "expired" for cid in changed)
    assert invoke("expire", "--grace-days", "0", "--db", demo_copy).startswith("0 claim")
