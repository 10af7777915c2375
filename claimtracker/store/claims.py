"""Claim writes: linked mentions from an ingest, and every change a person makes to a claim.

`store_mentions` runs inside the ingest's write transaction; the other functions each open one
short write transaction of their own. `claims.status` always equals the status of the latest
`status_events` row with action 'status'; rows there are only ever added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from claimtracker.linking import ClaimProfile, LinkInput, LinkResult, Quote, headline_for, link_batch
from claimtracker.models import STATUSES, Mention
from claimtracker.store.claim_changes import edit_claim, merge_claims, split_mention
from claimtracker.store.claim_events import event_rows, mark_status, require_claim
from claimtracker.store.claim_outcomes import (
    accept_suggestion,
    auto_expire_days,
    expire_if_enabled,
    expire_overdue,
    reject_suggestion,
)
from claimtracker.store.claim_report import claims_report
from claimtracker.store.db import utcnow

# A claim last seen longer ago than this is not offered to linking: a story this old that comes
# back is a new story.
LINK_HORIZON_DAYS = 730

__all__ = [
    "STATUSES", "accept_suggestion", "auto_expire_days", "claims_report", "edit_claim", "expire_if_enabled",
    "expire_overdue", "mark_status", "merge_claims", "reject_suggestion", "require_claim", "split_mention",
    "LinkPlan", "link_data_version", "plan_links", "store_mentions",
]


def _profiles(tx, since: date) -> list[ClaimProfile]:
    df = tx.query("claim_link_candidates", {"since": since})
    out = []
    for r in df.to_dict("records"):
        out.append(ClaimProfile(
            claim_id=int(r["claim_id"]),
            event_type=r["event_type"],
            core_actor_ids=frozenset(_items(r["core_actor_ids"])),
            actor_ids=frozenset(_items(r["actor_ids"])),
            countries=frozenset(_items(r["countries"])),
            expected_from=_date(r["expected_from"]),
            expected_to=_date(r["expected_to"]),
            first_seen_at=_date(r["first_seen_at"]),
            last_seen_at=_date(r["last_seen_at"]),
            is_forward=bool(r["is_forward"]),
            is_negated=bool(r["is_negated"]),
            status=r["status"],
            has_confirmation=bool(r["has_confirmation"]),
            has_postponement=bool(r["has_postponement"]),
            quotes=tuple(Quote(q["lang"], q["text"]) for q in reversed(_items(r["quotes"]))),
            windows=tuple((_date(w["f"]), _date(w["t"])) for w in reversed(_items(r["windows"]))),
        ))
    return out


def _items(value) -> list:
    """A list column as DuckDB hands it to pandas (a list, an array, or missing)."""
    if value is None:
        return []
    return list(value)


def _date(value) -> date | None:
    if value is None or value is pd.NaT or (not isinstance(value, date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


@dataclass(frozen=True)
class LinkPlan:
    """Linking decided for a batch before its write transaction, with what it was decided from.

    Linking is the costly part of a batch write and reads only claims, so it runs while the
    file is free; the write uses the plan only if the claims it read are still as they were.
    """

    version: tuple  # link_data_version() when the profiles were read
    profiles: tuple[ClaimProfile, ...]
    articles: tuple  # each item's article key: the plan holds for items grouped the same way
    result: LinkResult


def link_data_version(tx) -> tuple:
    """Changes whenever a claim, mention or claim event is added. Every change to what linking
    reads adds one of those (people's merges, splits, edits and status changes log an event; the
    tables are append-only), so an unchanged version means unchanged link candidates."""
    return tuple(tx.execute(
        """select
               (select count(*) from claims),
               (select max(claim_id) from claims),
               (select count(*) from mentions),
               (select max(mention_id) from mentions),
               (select count(*) from status_events),
               (select max(event_id) from status_events)"""
    )[0])


def _since(items) -> date:
    dates = [published for _, published, _, _, _ in items if published]
    return (min(dates) if dates else utcnow().date()) - timedelta(days=LINK_HORIZON_DAYS)


def _link(profiles, items) -> LinkResult:
    inputs = [LinkInput(mention=m, lang=lang, published=published, key=i, article=article_id)
              for i, (article_id, published, lang, _, m) in enumerate(items)]
    return link_batch(profiles, inputs)


def plan_links(db, items: list[tuple[int, date | None, str, str | None, Mention]]) -> LinkPlan:
    """Decide linking for a batch with the file held only to read the candidate claims.

    items as for `store_mentions`; the article key may be any id that tells the batch's articles
    apart (the real ids exist only once the write reserves them).
    """
    with db.read() as tx:
        version = link_data_version(tx)
        profiles = tuple(_profiles(tx, _since(items)))
    return LinkPlan(version, profiles, tuple(it[0] for it in items), _link(profiles, items))


def _same_grouping(a: tuple, b: list) -> bool:
    """Do the two article-key lists split the items into the same articles?"""
    if len(a) != len(b):
        return False
    forward: dict = {}
    backward: dict = {}
    for x, y in zip(a, b, strict=True):
        if forward.setdefault(x, y) != y or backward.setdefault(y, x) != x:
            return False
    return True


def _usable_plan(tx, plan: LinkPlan | None, items, since: date) -> tuple[list[ClaimProfile], LinkResult] | None:
    if plan is None or not _same_grouping(plan.articles, [it[0] for it in items]):
        return None
    if link_data_version(tx) == plan.version:
        return list(plan.profiles), plan.result
    # Something was written meanwhile (often a status change on a claim this batch is not about):
    # the plan still holds if no claim a mention was scored against changed, and every other
    # changed claim is still found by the same actors, countries and event type (so it is still
    # no candidate). A claim added or gone meanwhile might be one: link again.
    profiles = _profiles(tx, since)
    before = {p.claim_id: p for p in plan.profiles}
    current = {p.claim_id: p for p in profiles}
    if before.keys() != current.keys():
        return None
    for claim_id, old in before.items():
        new = current[claim_id]
        if new != old and (claim_id in plan.result.considered or _index_keys(new) != _index_keys(old)):
            return None
    return profiles, plan.result


def _index_keys(p: ClaimProfile) -> tuple:
    """What linking finds a stored claim by (see linking.link._Pool)."""
    return (p.actor_ids | p.core_actor_ids, p.countries, p.event_type)


def store_mentions(tx, batch_id: int, items: list[tuple[int, date | None, str, str | None, Mention]],
                   plan: LinkPlan | None = None) -> dict:
    """Link each mention to a claim (or start one) and write mentions, claims and suggestions.

    items: (article_id, article_published, article_lang, article_outlet, Mention), in any order;
    linking takes them in date order. Runs in the caller's transaction `tx`. With a `plan` from
    `plan_links` for the same items, its decisions are used unless the claims changed since.
    """
    counts = {"mentions_new": 0, "claims_new": 0, "claims_updated": 0, "suggestions_new": 0}
    if not items:
        return counts
    now = utcnow()
    since = _since(items)
    planned = _usable_plan(tx, plan, items, since)
    if planned is None:
        profiles = _profiles(tx, since)
        result = _link(profiles, items)
    else:
        profiles, result = planned
    status_of = {p.claim_id: p.status for p in profiles}

    new_temp = sorted({d.claim_id for d in result.decisions if d.claim_id < 0}, reverse=True)
    real = dict(zip(new_temp, tx.next_ids("claim_id_seq", len(new_temp)), strict=True))

    def rid(claim_id: int) -> int:
        return real.get(claim_id, claim_id)

    mention_ids = tx.next_ids("mention_id_seq", len(result.decisions))
    first_item: dict[int, int] = {}
    mention_rows: list[dict] = []
    actor_rows: list[tuple[int, str]] = []
    country_rows: list[tuple[int, str]] = []
    suggestion_rows: list[tuple] = []
    for decision, mention_id in zip(result.decisions, mention_ids, strict=True):
        article_id, published, lang, outlet, m = items[decision.key]
        claim_id = rid(decision.claim_id)
        first_item.setdefault(decision.claim_id, decision.key)
        mention_rows.append({
            "mention_id": mention_id,
            "claim_id": claim_id,
            "article_id": article_id,
            "quote": m.quote,
            "char_start": m.start,
            "char_end": m.end,
            "kind": m.kind,
            "certainty": float(m.certainty),
            "certainty_label": m.certainty_label,
            "is_negated": bool(m.negated),
            "event_type": m.event_type,
            "attribution_kind": m.attribution.kind if m.attribution else None,
            "attribution_text": m.attribution.text if m.attribution else None,
            "time_text": m.expected.text if m.expected else None,
            "expected_from": m.expected.start if m.expected else None,
            "expected_to": m.expected.end if m.expected else None,
            "actor_ids": [a.actor_id for a in m.actors],
            "countries": list(m.countries),
            "created_at": now,
            "outcome": decision.outcome,
            "outcome_reason": decision.outcome_reason,
        })
        actor_rows.extend((claim_id, a.actor_id) for a in m.actors)
        country_rows.extend((claim_id, c) for c in m.countries)
        if decision.suggest:
            for target in (claim_id, *(rid(c) for c in decision.also_suggest)):
                # A claim a person already resolved that way needs no more of the same evidence.
                if status_of.get(target) != decision.outcome:
                    suggestion_rows.append((target, decision.outcome, decision.outcome_reason, article_id,
                                            mention_id, m.quote))

    # Claims started in this batch.
    claim_rows = []
    for temp in new_temp:
        p = result.profiles[temp]
        m = items[first_item[temp]][4]
        claim_rows.append({
            "claim_id": real[temp],
            "headline": headline_for(_headline_mention(result, items, temp, p.core_actor_ids), p.event_type,
                                     p.core_actor_ids),
            "event_type": p.event_type,
            "kind": m.kind,
            "expected_from": p.expected_from,
            "expected_to": p.expected_to,
            "expected_text": _expected_text(result, items, temp),
            "status": "open",
            "status_at": now,
            "first_seen_at": p.first_seen_at,
            "last_seen_at": p.last_seen_at,
            "created_at": now,
            "batch_id": batch_id,
            "core_actor_ids": sorted(p.core_actor_ids),
        })
    if claim_rows:
        tx.insert_df("claims", _frame(claim_rows, {"expected_from", "expected_to", "first_seen_at", "last_seen_at"}))
        tx.insert_df("status_events", pd.DataFrame(event_rows(
            tx, [(r["claim_id"], "status", "open", None) for r in claim_rows], now,
            by="ingest", note="first mention")))

    # Stored claims that gained mentions: dates seen and the latest window.
    updated = sorted(cid for cid in {d.claim_id for d in result.decisions} if cid > 0)
    if updated:
        tx.execute_df(
            """
            update claims as c
            set expected_from = u.expected_from::date,
                expected_to = u.expected_to::date,
                expected_text = coalesce(u.expected_text::varchar, c.expected_text),
                first_seen_at = u.first_seen_at::date,
                last_seen_at = u.last_seen_at::date
            from _df as u
            where c.claim_id = u.claim_id
            """,
            _frame([{"claim_id": c,
                     "expected_from": result.profiles[c].expected_from,
                     "expected_to": result.profiles[c].expected_to,
                     "expected_text": _expected_text(result, items, c),
                     "first_seen_at": result.profiles[c].first_seen_at,
                     "last_seen_at": result.profiles[c].last_seen_at} for c in updated],
                   {"expected_from", "expected_to", "first_seen_at", "last_seen_at", "expected_text"}),
        )

    tx.insert_df("mentions", _frame(mention_rows, {"expected_from", "expected_to"}))
    tx.insert_df("claim_actors", _pairs(actor_rows, "actor_id"), on_conflict_do_nothing=True)
    tx.insert_df("claim_countries", _pairs(country_rows, "country"), on_conflict_do_nothing=True)
    counts["suggestions_new"] = _write_suggestions(tx, suggestion_rows, now)
    counts["mentions_new"] = len(mention_rows)
    counts["claims_new"] = len(claim_rows)
    counts["claims_updated"] = len(updated)
    return counts


def _headline_mention(result, items, claim_id: int, core: frozenset[str]) -> Mention:
    """The claim's first forecast naming one of its core actors (else its first mention): a claim
    is often started by a clause that names nobody."""
    mentions = [items[d.key][4] for d in result.decisions if d.claim_id == claim_id]
    for wanted in (lambda m: m.is_forward and core & {a.actor_id for a in m.actors},
                   lambda m: core & {a.actor_id for a in m.actors}):
        found = [m for m in mentions if wanted(m)]
        if found:
            return found[0]
    return mentions[0]


def _expected_text(result, items, claim_id: int) -> str | None:
    """The window text of the forecast that gave the claim its window (see ClaimProfile.absorb)."""
    p = result.profiles[claim_id]
    text = None
    for d in result.decisions:
        if d.claim_id == claim_id and d.outcome is None:
            _, published, lang, _, m = items[d.key]
            if m.is_forward and LinkInput(m, lang, published).window == (p.expected_from, p.expected_to):
                text = m.expected.text
    return text


def _frame(rows: list[dict], date_cols: set[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    for col in date_cols:
        # Keep the column typed as dates even when every value is missing.
        df[col] = pd.Series([v for v in df[col]], dtype="object")
    return df


def _pairs(rows: list[tuple[int, str]], column: str) -> pd.DataFrame:
    unique = sorted(set(rows))
    return pd.DataFrame({"claim_id": pd.Series([r[0] for r in unique], dtype="int64"),
                         column: pd.Series([r[1] for r in unique], dtype="object")})


def _write_suggestions(tx, rows: list[tuple], now) -> int:
    """One suggestion per claim, outcome and article: a repeated quote adds nothing."""
    if not rows:
        return 0
    seen: set[tuple] = set()
    unique = []
    for row in rows:
        key = (row[0], row[1], row[3])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    existing = tx.execute(
        "select claim_id, outcome, article_id from outcome_suggestions where claim_id in (select unnest(?))",
        [sorted({r[0] for r in unique})],
    )
    unique = [r for r in unique if (r[0], r[1], r[3]) not in set(existing)]
    ids = tx.next_ids("suggestion_id_seq", len(unique))
    df = pd.DataFrame(
        [
            {"suggestion_id": sid, "claim_id": r[0], "outcome": r[1], "reason": r[2], "article_id": r[3],
             "mention_id": r[4], "quote": r[5], "created_at": now}
            for sid, r in zip(ids, unique, strict=True)
        ]
    )
    return tx.insert_df("outcome_suggestions", df)
