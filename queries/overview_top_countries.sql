-- Claims per country (ISO 3166-1 alpha-2), most first (merged-away claims left
-- out); the dashboard's map and top list.
-- No parameters.
select
    country,
    count(*) as claims,
    count(*) filter (where c.status = 'confirmed') as confirmed,
    count(*) filter (where c.status = 'refuted') as refuted
from claim_countries as cc
join claims as c on c.claim_id = cc.claim_id
where c.merged_into_id is null
group by country
order by claims desc, country
