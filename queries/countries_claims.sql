-- The claims about one country (ISO alpha-2; merged-away claims left out), latest mention first. Parameters: $country (varchar).
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.expected_from,
    c.expected_to,
    c.first_seen_at,
    c.last_seen_at
from claim_countries as cc
join claims as c on c.claim_id = cc.claim_id
where cc.country = $country
    and c.merged_into_id is null
order by c.last_seen_at desc nulls last, c.claim_id desc
