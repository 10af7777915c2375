-- Every country that claims are about, with claim counts (all, open, confirmed, refuted;
-- merged-away claims left out).
-- No parameters.
select
    cc.country,
    count(*) as claims,
    count(*) filter (where c.status = 'open') as open,
    count(*) filter (where c.status = 'confirmed') as confirmed,
    count(*) filter (where c.status = 'refuted') as refuted
from claim_countries as cc
join claims as c on c.claim_id = cc.claim_id
where c.merged_into_id is null
group by cc.country
order by claims desc, cc.country
