-- Claims created by the latest ingest batch that created any, newest first.
-- Parameters: $limit (integer).
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.kind,
    c.expected_from,
    c.expected_to,
    c.expected_text,
    c.first_seen_at,
    c.batch_id,
    b.source as batch_source,
    b.started_at as batch_started_at
from claims as c
left join ingest_batches as b on b.batch_id = c.batch_id
where c.batch_id = (select max(batch_id) from claims)
    and c.merged_into_id is null
order by c.claim_id desc
limit $limit
