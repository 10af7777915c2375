-- The actors with the most claims (merged-away claims left out). Parameters: $limit (integer).
select
    a.actor_id,
    a.name,
    a.name_ar,
    a.kind,
    count(*) as claims
from claim_actors as ca
join actors as a on a.actor_id = ca.actor_id
join claims as c on c.claim_id = ca.claim_id
where c.merged_into_id is null
group by all
order by claims desc, a.name
limit $limit
