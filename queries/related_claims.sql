-- Other claims (not merged away) that share actors with a claim, the most shared actors first.
-- Parameters: $claim_id (bigint), $limit (integer).
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.expected_from,
    c.expected_to,
    c.last_seen_at,
    count(*) as shared_actors
from claim_actors as mine
join claim_actors as other
    on other.actor_id = mine.actor_id
    and other.claim_id <> mine.claim_id
join claims as c on c.claim_id = other.claim_id
where mine.claim_id = $claim_id
    and c.merged_into_id is null
group by all
order by shared_actors desc, c.last_seen_at desc nulls last, c.claim_id desc
limit $limit
