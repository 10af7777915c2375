-- One claim with its actors (ids and names) and countries; no row when it does not exist.
-- Parameters: $claim_id (bigint), $today (date: for overdue).
select
    c.claim_id,
    c.headline,
    c.status,
    c.status = 'open' and coalesce(c.expected_to, c.expected_from) < $today as is_overdue,
    c.event_type,
    c.kind,
    c.expected_from,
    c.expected_to,
    c.expected_text,
    c.first_seen_at,
    c.last_seen_at,
    c.status_at,
    c.created_at,
    c.merged_into_id,
    coalesce((
        select list(ca.actor_id order by ca.actor_id)
        from claim_actors as ca
        where ca.claim_id = c.claim_id
    ), []::varchar[]) as actor_ids,
    coalesce((
        select string_agg(coalesce(a.name, ca.actor_id), ', ' order by coalesce(a.name, ca.actor_id))
        from claim_actors as ca
        left join actors as a on a.actor_id = ca.actor_id
        where ca.claim_id = c.claim_id
    ), '') as actor_names,
    coalesce((
        select list(cc.country order by cc.country)
        from claim_countries as cc
        where cc.claim_id = c.claim_id
    ), []::varchar[]) as countries
from claims as c
where c.claim_id = $claim_id
