-- The forward mentions (prediction, speculation) of resolved claims, one row each, for the
-- track record: certainty, the claim's status, outlet, attribution kind, event type, the
-- claim's actor ids and countries. Outcome reports and unresolved claims are left out.
-- Parameters: $actor (actor id or null), $country (ISO code or null), $date_from, $date_to
-- (article dates, or null).
select
    m.mention_id,
    m.claim_id,
    c.status,
    m.certainty,
    m.kind,
    coalesce(a.outlet, '(unknown)') as outlet,
    coalesce(m.attribution_kind, '(none)') as attribution_kind,
    c.event_type,
    a.lang,
    a.published_at,
    coalesce((
        select
            list(ca.actor_id order by ca.actor_id)
        from claim_actors as ca
        where ca.claim_id = c.claim_id
    ), []) as actor_ids,
    coalesce((
        select
            list(cc.country order by cc.country)
        from claim_countries as cc
        where cc.claim_id = c.claim_id
    ), []) as countries
from mentions as m
inner join claims as c
    on c.claim_id = m.claim_id
inner join articles as a
    on a.article_id = m.article_id
where c.status in ('confirmed', 'partly_confirmed', 'refuted')
    and m.kind in ('prediction', 'speculation')
    and m.outcome is null
    and ($actor is null or exists (
        select 1
        from claim_actors as ca
        where ca.claim_id = c.claim_id
            and ca.actor_id = $actor))
    and ($country is null or exists (
        select 1
        from claim_countries as cc
        where cc.claim_id = c.claim_id
            and cc.country = $country))
    and ($date_from is null or a.published_at >= $date_from)
    and ($date_to is null or a.published_at <= $date_to)
order by m.claim_id, a.published_at, m.mention_id
