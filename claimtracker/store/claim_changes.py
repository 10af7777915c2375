"""Changes a person makes to how mentions group into claims: merge, split, edit.

Each is one transaction and is logged in `status_events` with its own action, on every claim it
touches, so a claim's history reads from one table.
"""

from __future__ import annotations

import re

from claimtracker.errors import ClaimTrackerError, NotFound
from claimtracker.linking import headline_for
from claimtracker.models import ActorRef, Mention, Window
from claimtracker.store.claim_events import event_rows, insert_events, require_claim, set_status_in_tx
from claimtracker.store.db import utcnow

_COUNTRY = re.compile(r"^[A-Z]{2}$")

# Dates seen and the expected window follow from a claim's mentions: the window is the latest
# forward mention's that gave one (by article date), so re-dating stays visible in the series.
_REFRESH = """
update claims as c
set first_seen_at = s.first_seen_at,
    last_seen_at = s.last_seen_at,
    expected_from = coalesce(s.expected_from, c.expected_from),
    expected_to = coalesce(s.expected_to, c.expected_to),
    expected_text = coalesce(s.expected_text, c.expected_text)
from (
    select
        m.claim_id,
        min(a.published_at) as first_seen_at,
        max(a.published_at) as last_seen_at,
        arg_max(m.expected_from, struct_pack(d := a.published_at, i := m.mention_id))
            filter (where m.kind in ('prediction', 'speculation')
                and (m.expected_from is not null or m.expected_to is not null)) as expected_from,
        arg_max(m.expected_to, struct_pack(d := a.published_at, i := m.mention_id))
            filter (where m.kind in ('prediction', 'speculation')
                and (m.expected_from is not null or m.expected_to is not null)) as expected_to,
        arg_max(m.time_text, struct_pack(d := a.published_at, i := m.mention_id))
            filter (where m.kind in ('prediction', 'speculation')
                and (m.expected_from is not null or m.expected_to is not null)) as expected_text
    from mentions as m
    inner join articles as a
        on a.article_id = m.article_id
    where m.claim_id = ?
    group by m.claim_id
) as s
where c.claim_id = s.claim_id
"""


def refresh_claim(tx, claim_id: int) -> None:
    tx.execute(_REFRESH, [int(claim_id)])


def merge_claims(db, keep_id, merge_id, note=None, by=None) -> None:
    """Move every mention, actor, country and suggestion of `merge_id` onto `keep_id`.

    The merged claim keeps its row and its history: it becomes 'withdrawn' with
    `merged_into_id` pointing at the kept claim.
    """
    if int(keep_id) == int(merge_id):
        raise ClaimTrackerError(f"cannot merge claim {keep_id} into itself")
    with db.write() as tx:
        keep_status = require_claim(tx, keep_id)
        merge_status = require_claim(tx, merge_id)
        merged_into = tx.execute("select merged_into_id from claims where claim_id = ?", [int(merge_id)])[0][0]
        if merged_into is not None:
            raise ClaimTrackerError(f"claim {merge_id} was already merged into claim {merged_into}")
        keep, gone = int(keep_id), int(merge_id)
        now = utcnow()
        tx.execute("update mentions set claim_id = ? where claim_id = ?", [keep, gone])
        # A report both claims were offered stays once on the kept claim.
        tx.execute("""update outcome_suggestions as s set claim_id = ?
                      where s.claim_id = ? and not exists (
                          select 1 from outcome_suggestions as k
                          where k.claim_id = ? and k.outcome = s.outcome
                              and k.article_id is not distinct from s.article_id)""", [keep, gone, keep])
        tx.execute("""insert into claim_actors (claim_id, actor_id)
                      select ?, actor_id from claim_actors where claim_id = ? on conflict do nothing""", [keep, gone])
        tx.execute("""insert into claim_countries (claim_id, country)
                      select ?, country from claim_countries where claim_id = ? on conflict do nothing""", [keep, gone])
        refresh_claim(tx, keep)
        tx.execute("update claims set merged_into_id = ? where claim_id = ?", [keep, gone])
        text = note or f"claim {gone} merged into claim {keep}"
        insert_events(tx, event_rows(tx, [(keep, "merge", keep_status, keep_status, gone),
                                          (gone, "merged_into", merge_status, merge_status, keep)],
                                     now, by=by, note=text))
        set_status_in_tx(tx, gone, "withdrawn", f"merged into claim {keep}", by=by, now=now)


def _mention_row(tx, mention_id) -> tuple:
    try:
        key = int(mention_id)
    except (TypeError, ValueError):
        raise NotFound(f"no mention with id {mention_id!r}") from None
    rows = tx.execute(
        """select m.claim_id, m.quote, m.kind, m.certainty, m.event_type, m.actor_ids, m.countries,
                  m.expected_from, m.expected_to, m.time_text, m.is_negated, a.published_at
           from mentions as m join articles as a on a.article_id = m.article_id
           where m.mention_id = ?""", [key])
    if not rows:
        raise NotFound(f"no mention with id {mention_id}")
    return rows[0]


def _actor_refs(tx, actor_ids: list[str]) -> tuple[ActorRef, ...]:
    if not actor_ids:
        return ()
    rows = tx.execute("select actor_id, name, kind from actors where list_contains(?, actor_id)", [list(actor_ids)])
    known = {r[0]: ActorRef(r[0], r[1], r[2]) for r in rows}
    return tuple(known.get(a, ActorRef(a, a, "person")) for a in actor_ids)


def split_mention(db, mention_id, note=None, by=None) -> int:
    """Take one mention off its claim into a new claim of its own; returns the new claim id."""
    with db.write() as tx:
        (old, quote, kind, certainty, event_type, actor_ids, countries,
         exp_from, exp_to, time_text, negated, published) = _mention_row(tx, mention_id)
        old_status = require_claim(tx, old)
        if tx.execute("select count(*) from mentions where claim_id = ?", [old])[0][0] < 2:
            raise ClaimTrackerError(f"mention {mention_id} is the only mention of claim {old}: nothing to split")
        actor_ids, countries = list(actor_ids or []), list(countries or [])
        mention = Mention(quote=quote, start=0, end=len(quote), kind=kind, certainty=certainty,
                          event_type=event_type, actors=_actor_refs(tx, actor_ids), countries=tuple(countries),
                          expected=Window(exp_from, exp_to, time_text) if (exp_from or exp_to) else None,
                          negated=bool(negated))
        new = tx.next_ids("claim_id_seq", 1)[0]
        now = utcnow()
        tx.execute(
            """insert into claims (claim_id, headline, event_type, kind, expected_from, expected_to, expected_text,
                                   status, status_at, first_seen_at, last_seen_at, created_at, core_actor_ids)
               values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)""",
            [new, headline_for(mention), event_type, kind, exp_from, exp_to, time_text, now, published, published,
             now, actor_ids])
        tx.execute("update mentions set claim_id = ? where mention_id = ?", [new, int(mention_id)])
        tx.execute("update outcome_suggestions set claim_id = ? where mention_id = ? and claim_id = ?",
                   [new, int(mention_id), old])
        tx.executemany("insert into claim_actors (claim_id, actor_id) values (?, ?) on conflict do nothing",
                       [(new, a) for a in dict.fromkeys(actor_ids)])
        tx.executemany("insert into claim_countries (claim_id, country) values (?, ?) on conflict do nothing",
                       [(new, c) for c in dict.fromkeys(countries)])
        if not tx.execute("select 1 from status_events where claim_id = ? and action = 'edit'", [old]):
            _recompute_facets(tx, old)
        refresh_claim(tx, old)
        text = note or f"mention {mention_id} split off claim {old} into claim {new}"
        insert_events(tx, event_rows(tx, [(new, "status", "open", None, old),
                                          (new, "split", "open", None, old),
                                          (old, "split", old_status, old_status, new)], now, by=by, note=text))
        return new


def _recompute_facets(tx, claim_id: int) -> None:
    """Actors and countries of a claim from its remaining mentions (unless a person edited them)."""
    tx.execute("delete from claim_actors where claim_id = ?", [claim_id])
    tx.execute("delete from claim_countries where claim_id = ?", [claim_id])
    tx.execute("""insert into claim_actors (claim_id, actor_id)
                  select distinct claim_id, unnest(actor_ids) from mentions where claim_id = ?""", [claim_id])
    tx.execute("""insert into claim_countries (claim_id, country)
                  select distinct claim_id, unnest(countries) from mentions where claim_id = ?""", [claim_id])


def edit_claim(db, claim_id, headline=None, actor_ids=None, countries=None, by=None) -> bool:
    """Correct a claim's headline, actors or countries; logged as an 'edit' event.

    Returns False (and logs nothing) when the values given are the claim's values already.
    """
    if headline is None and actor_ids is None and countries is None:
        raise ClaimTrackerError("nothing to change: give a headline, actors or countries")
    if headline is not None and not headline.strip():
        raise ClaimTrackerError("a claim's headline cannot be empty")
    if countries is not None:
        countries = list(dict.fromkeys(c.strip().upper() for c in countries))
        bad = [c for c in countries if not _COUNTRY.match(c)]
        if bad:
            raise ClaimTrackerError(f"not an ISO country code: {', '.join(bad)} (use two letters, e.g. SY)")
    with db.write() as tx:
        status = require_claim(tx, claim_id)
        key = int(claim_id)
        current_headline = tx.execute("select headline from claims where claim_id = ?", [key])[0][0]
        current_actors = {r[0] for r in tx.execute("select actor_id from claim_actors where claim_id = ?", [key])}
        current_countries = {r[0] for r in tx.execute("select country from claim_countries where claim_id = ?", [key])}
        changes = []
        if headline is not None and headline.strip() != current_headline:
            tx.execute("update claims set headline = ? where claim_id = ?", [headline.strip(), key])
            changes.append(f"headline: {headline.strip()}")
        if actor_ids is not None and set(actor_ids) != current_actors:
            actor_ids = list(dict.fromkeys(actor_ids))
            known = {r[0] for r in tx.execute("select actor_id from actors where list_contains(?, actor_id)",
                                              [actor_ids])} if actor_ids else set()
            missing = [a for a in actor_ids if a not in known]
            if missing:
                raise NotFound(f"no actor with id {', '.join(missing)}")
            tx.execute("delete from claim_actors where claim_id = ?", [key])
            tx.executemany("insert into claim_actors (claim_id, actor_id) values (?, ?)", [(key, a) for a in actor_ids])
            tx.execute("update claims set core_actor_ids = ? where claim_id = ?", [actor_ids, key])
            changes.append(f"actors: {', '.join(actor_ids) or '(none)'}")
        if countries is not None and set(countries) != current_countries:
            tx.execute("delete from claim_countries where claim_id = ?", [key])
            tx.executemany("insert into claim_countries (claim_id, country) values (?, ?)",
                           [(key, c) for c in countries])
            changes.append(f"countries: {', '.join(countries) or '(none)'}")
        if not changes:
            return False
        insert_events(tx, event_rows(tx, [(key, "edit", status, status)], utcnow(), by=by, note="; ".join(changes)))
        return True
