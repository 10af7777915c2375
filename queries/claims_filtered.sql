-- Claims matching the dashboard's filters, one row per claim, with their facets, sorted and
-- limited; `total_matches` is the number of matching claims before the limit.
-- A claim matches the mention-level filters (outlet, language, kind, mention dates, certainty)
-- when one of its mentions matches all of them. Every list or bound may be null (no filter).
-- The free-text search matches the headline or any quote after the same Arabic and Latin
-- folding as claimtracker.text.normalize_text, which the caller applies to $search.
-- Parameters: $actors, $countries, $statuses, $event_types, $outlets, $langs, $kinds
-- (varchar lists or null), $mention_from, $mention_to, $expected_from, $expected_to (dates or
-- null), $certainty_min, $certainty_max (doubles or null), $search (folded text or null),
-- $today (date: for overdue), $sort (last_seen | first_seen | certainty | mentions | expected |
-- claim_id), $limit (integer).
with matched as (
    select
        c.claim_id
    from claims as c
    where c.merged_into_id is null
        and ($statuses is null or list_contains($statuses, c.status)
            or (list_contains($statuses, 'overdue') and c.status = 'open'
                and coalesce(c.expected_to, c.expected_from) < $today))
        and ($event_types is null or list_contains($event_types, c.event_type))
        and ($actors is null or exists (
            select 1 from claim_actors as ca
            where ca.claim_id = c.claim_id and list_contains($actors, ca.actor_id)))
        and ($countries is null or exists (
            select 1 from claim_countries as cc
            where cc.claim_id = c.claim_id and list_contains($countries, cc.country)))
        and ($expected_from is null or coalesce(c.expected_to, c.expected_from) >= $expected_from)
        and ($expected_to is null or coalesce(c.expected_from, c.expected_to) <= $expected_to)
        and (
            ($outlets is null and $langs is null and $kinds is null and $mention_from is null
                and $mention_to is null and $certainty_min is null and $certainty_max is null)
            or exists (
                select 1
                from mentions as m
                join articles as a on a.article_id = m.article_id
                where m.claim_id = c.claim_id
                    and ($outlets is null or list_contains($outlets, a.outlet))
                    and ($langs is null or list_contains($langs, a.lang))
                    and ($kinds is null or list_contains($kinds, m.kind))
                    and ($mention_from is null or a.published_at >= $mention_from)
                    and ($mention_to is null or a.published_at <= $mention_to)
                    and ($certainty_min is null or m.certainty >= $certainty_min)
                    and ($certainty_max is null or m.certainty <= $certainty_max)
            )
        )
        and ($search is null
            or contains(
                translate(regexp_replace(strip_accents(lower(c.headline)),
                    '[\x{0640}\x{0670}\x{200c}-\x{200f}\x{061c}]', '', 'g'), 'ٱىةیک’‘“”–—', 'ايهيك''''""--'),
                $search)
            or exists (
                select 1 from mentions as m
                where m.claim_id = c.claim_id
                    and contains(
                        translate(regexp_replace(strip_accents(lower(m.quote)),
                            '[\x{0640}\x{0670}\x{200c}-\x{200f}\x{061c}]', '', 'g'), 'ٱىةیک’‘“”–—', 'ايهيك''''""--'),
                        $search)))
),
sort_facts as (
    select
        m.claim_id,
        count(*) as mention_count,
        max(m.certainty) as max_certainty
    from mentions as m
    group by m.claim_id
),
page as (
    select
        c.*,
        coalesce(sf.mention_count, 0) as mention_count,
        sf.max_certainty
    from claims as c
    join matched using (claim_id)
    left join sort_facts as sf using (claim_id)
    order by
        case when $sort = 'last_seen' then c.last_seen_at end desc nulls last,
        case when $sort = 'first_seen' then c.first_seen_at end desc nulls last,
        case when $sort = 'certainty' then sf.max_certainty end desc nulls last,
        case when $sort = 'mentions' then sf.mention_count end desc nulls last,
        case when $sort = 'expected' then coalesce(c.expected_from, c.expected_to) end asc nulls last,
        c.claim_id desc
    limit $limit
),
-- The display facets are computed for the page of claims only, not for every match.
mention_facts as (
    select
        m.claim_id,
        arg_max(m.certainty, a.published_at) as latest_certainty,
        list(distinct a.outlet order by a.outlet) filter (where a.outlet is not null) as outlets,
        list(distinct a.lang order by a.lang) as langs,
        list(distinct m.kind order by m.kind) as kinds
    from mentions as m
    join articles as a on a.article_id = m.article_id
    where m.claim_id in (select claim_id from page)
    group by m.claim_id
),
actor_facts as (
    select
        ca.claim_id,
        list(ca.actor_id order by ca.actor_id) as actor_ids,
        string_agg(coalesce(a.name, ca.actor_id), ', ' order by coalesce(a.name, ca.actor_id)) as actor_names
    from claim_actors as ca
    left join actors as a on a.actor_id = ca.actor_id
    where ca.claim_id in (select claim_id from page)
    group by ca.claim_id
),
country_facts as (
    select
        claim_id,
        list(country order by country) as countries
    from claim_countries
    where claim_id in (select claim_id from page)
    group by claim_id
)
select
    p.claim_id,
    p.headline,
    p.status,
    p.status = 'open' and coalesce(p.expected_to, p.expected_from) < $today as is_overdue,
    p.event_type,
    p.kind,
    p.expected_from,
    p.expected_to,
    p.expected_text,
    p.first_seen_at,
    p.last_seen_at,
    p.status_at,
    p.mention_count,
    p.max_certainty,
    mf.latest_certainty,
    coalesce(af.actor_names, '') as actors,
    coalesce(af.actor_ids, []::varchar[]) as actor_ids,
    coalesce(array_to_string(cf.countries, ', '), '') as countries,
    coalesce(array_to_string(mf.outlets, ', '), '') as outlets,
    coalesce(array_to_string(mf.langs, ', '), '') as langs,
    coalesce(array_to_string(mf.kinds, ', '), '') as kinds,
    (select count(*) from matched) as total_matches
from page as p
left join mention_facts as mf using (claim_id)
left join actor_facts as af using (claim_id)
left join country_facts as cf using (claim_id)
order by
    case when $sort = 'last_seen' then p.last_seen_at end desc nulls last,
    case when $sort = 'first_seen' then p.first_seen_at end desc nulls last,
    case when $sort = 'certainty' then p.max_certainty end desc nulls last,
    case when $sort = 'mentions' then p.mention_count end desc nulls last,
    case when $sort = 'expected' then coalesce(p.expected_from, p.expected_to) end asc nulls last,
    p.claim_id desc
