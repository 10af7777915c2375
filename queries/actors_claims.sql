-- The claims about one actor (merged-away claims left out), latest mention first. Parameters: $actor_id (varchar).
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.expected_from,
    c.expected_to,
    c.first_seen_at,
    c.last_seen_at
from claim_actors as ca
join claims as c on c.claim_id = ca.claim_id
where ca.actor_id = $actor_id
    and c.merged_into_id is null
order by c.last_seen_at desc nulls last, c.claim_id desc
