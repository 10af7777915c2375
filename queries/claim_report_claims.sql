-- Claims for the `claims` command, one row each, with their actors' names and countries.
-- Merged-away claims are left out. Parameters: $actor (an actor id, or a part of an English
-- name, case-insensitive, or of an Arabic name, or null), $country (ISO code or null), $status (a status, 'overdue', or null), $today (date).
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.kind,
    c.expected_from,
    c.expected_to,
    c.expected_text,
    c.first_seen_at,
    c.last_seen_at,
    c.status = 'open'
        and coalesce(c.expected_to, c.expected_from) < $today as is_overdue,
    coalesce((
        select
            list(coalesce(a.name, ca.actor_id) order by coalesce(a.name, ca.actor_id))
        from claim_actors as ca
        left join actors as a
            on a.actor_id = ca.actor_id
        where ca.claim_id = c.claim_id
    ), []) as actors,
    coalesce((
        select
            list(cc.country order by cc.country)
        from claim_countries as cc
        where cc.claim_id = c.claim_id
    ), []) as countries
from claims as c
where c.merged_into_id is null
    and ($status is null
        or c.status = $status
        or ($status = 'overdue'
            and c.status = 'open'
            and coalesce(c.expected_to, c.expected_from) < $today))
    and ($country is null or exists (
        select 1
        from claim_countries as cc
        where cc.claim_id = c.claim_id
            and cc.country = upper($country)))
    and ($actor is null or exists (
        select 1
        from claim_actors as ca
        left join actors as a
            on a.actor_id = ca.actor_id
        where ca.claim_id = c.claim_id
            and (lower(ca.actor_id) = lower($actor)
                or contains(lower(a.name), lower($actor))
                or contains(a.name_ar, $actor))))
order by c.last_seen_at desc nulls last, c.claim_id
