-- The choices the claims filters offer: one row per (facet, value) with a label and the number
-- of claims (merged-away claims left out). Facets: actor, country, outlet, lang, event_type, kind. No parameters.
select 'actor' as facet, ca.actor_id as value, coalesce(a.name, ca.actor_id) as label, count(*) as claims
from claim_actors as ca
join claims as c on c.claim_id = ca.claim_id
left join actors as a on a.actor_id = ca.actor_id
where c.merged_into_id is null
group by all
union all
select 'country' as facet, cc.country as value, cc.country as label, count(*) as claims
from claim_countries as cc
join claims as c on c.claim_id = cc.claim_id
where c.merged_into_id is null
group by all
union all
select 'outlet' as facet, a.outlet as value, a.outlet as label, count(distinct m.claim_id) as claims
from mentions as m
join articles as a on a.article_id = m.article_id
where a.outlet is not null
group by all
union all
select 'lang' as facet, a.lang as value, a.lang as label, count(distinct m.claim_id) as claims
from mentions as m
join articles as a on a.article_id = m.article_id
group by all
union all
select 'event_type' as facet, event_type as value, event_type as label, count(*) as claims
from claims
where merged_into_id is null
group by all
union all
select 'kind' as facet, kind as value, kind as label, count(distinct claim_id) as claims
from mentions
group by all
order by facet, claims desc, label
