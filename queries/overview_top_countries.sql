-- Claims per country (ISO 3166-1 alpha-2), most first; the dashboard's map and top list.
-- No parameters.
select
    country,
    count(*) as claims,
    count(*) filter (where c.status = 'confirmed') as confirmed,
    count(*) filter (where c.status = 'refuted') as refuted
from claim_countries as cc
join claims as c on c.claim_id = cc.claim_id
group by country
order by claims desc, country
