-- The actors with the most claims. Parameters: $limit (integer).
select
    a.actor_id,
    a.name,
    a.name_ar,
    a.kind,
    count(*) as claims
from claim_actors as ca
join actors as a on a.actor_id = ca.actor_id
group by all
order by claims desc, a.name
limit $limit
