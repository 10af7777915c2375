-- Every actor with aliases, origin and claim counts (all, confirmed, refuted; merged-away
-- claims not counted), most claims first.
-- No parameters.
select
    a.actor_id,
    a.name,
    a.name_ar,
    a.kind,
    a.country,
    a.aliases,
    a.origin,
    a.updated_at,
    count(c.claim_id) as claims,
    count(c.claim_id) filter (where c.status = 'confirmed') as confirmed,
    count(c.claim_id) filter (where c.status = 'refuted') as refuted
from actors as a
left join claim_actors as ca on ca.actor_id = a.actor_id
left join claims as c
    on c.claim_id = ca.claim_id
    and c.merged_into_id is null
group by all
order by claims desc, a.name
