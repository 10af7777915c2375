-- Claims a new mention could restate, with what linking compares: event type, core and all
-- actor ids, countries, expected window, dates seen, whether the claim is forward-looking or
-- negated, whether a confirming or postponing outcome was reported, its latest quotes and the
-- windows of its latest forecasts (newest first).
-- Parameters: $since (date): only claims last seen on or after this date, or never dated.
with recent as (
    select
        claim_id
    from claims
    where last_seen_at is null
        or last_seen_at >= $since
),

mention_facts as (
    select
        m.claim_id,
        bool_or(m.kind in ('prediction', 'speculation') and m.outcome is null) as is_forward,
        arg_min(m.is_negated, m.mention_id) as is_negated,
        bool_or(m.outcome_reason = 'happened') as has_happened,
        bool_or(m.outcome_reason = 'postponed') as has_postponement,
        list(
            struct_pack(lang := a.lang, text := m.quote)
            order by m.mention_id desc
        )[1:8] as quotes,
        list(
            struct_pack(f := m.expected_from, t := m.expected_to)
            order by a.published_at desc nulls last, m.mention_id desc
        ) filter (
            where m.kind in ('prediction', 'speculation')
                and m.outcome is null
                and (m.expected_from is not null or m.expected_to is not null)
        )[1:8] as windows
    from mentions as m
    inner join recent as r
        on r.claim_id = m.claim_id
    inner join articles as a
        on a.article_id = m.article_id
    group by m.claim_id
),

actor_lists as (
    select
        ca.claim_id,
        list(ca.actor_id order by ca.actor_id) as actor_ids
    from claim_actors as ca
    inner join recent as r
        on r.claim_id = ca.claim_id
    group by ca.claim_id
),

country_lists as (
    select
        cc.claim_id,
        list(cc.country order by cc.country) as countries
    from claim_countries as cc
    inner join recent as r
        on r.claim_id = cc.claim_id
    group by cc.claim_id
)

select
    c.claim_id,
    c.event_type,
    c.status,
    c.core_actor_ids,
    coalesce(al.actor_ids, []) as actor_ids,
    coalesce(cl.countries, []) as countries,
    c.expected_from,
    c.expected_to,
    c.first_seen_at,
    c.last_seen_at,
    coalesce(mf.is_forward, c.kind in ('prediction', 'speculation')) as is_forward,
    coalesce(mf.is_negated, false) as is_negated,
    coalesce(mf.has_happened, false) or c.status = 'confirmed' as has_confirmation,
    coalesce(mf.has_postponement, false) as has_postponement,
    coalesce(mf.quotes, []) as quotes,
    coalesce(mf.windows, []) as windows
from claims as c
inner join recent as r
    on r.claim_id = c.claim_id
left join mention_facts as mf
    on mf.claim_id = c.claim_id
left join actor_lists as al
    on al.claim_id = c.claim_id
left join country_lists as cl
    on cl.claim_id = c.claim_id
order by c.claim_id
