-- The latest things that happened: status events (with their claim's headline) and ingest
-- batches, newest first. Parameters: $limit (integer).
select * from (
    select
        e.recorded_at as happened_at,
        e.action,
        e.status,
        e.previous_status,
        e.claim_id,
        c.headline,
        e.recorded_by,
        e.note,
        e.evidence_url,
        null::integer as articles_new,
        null::integer as claims_new
    from status_events as e
    left join claims as c on c.claim_id = e.claim_id
    union all
    select
        coalesce(b.finished_at, b.started_at) as happened_at,
        'ingest' as action,
        null as status,
        null as previous_status,
        null as claim_id,
        b.source as headline,
        null as recorded_by,
        null as note,
        null as evidence_url,
        b.articles_new,
        b.claims_new
    from ingest_batches as b
)
order by happened_at desc
limit $limit
