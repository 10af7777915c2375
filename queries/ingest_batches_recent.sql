-- The latest ingest batches with their counts and failures, newest first.
-- Parameters: $limit (integer).
select
    batch_id,
    source,
    started_at,
    finished_at,
    articles_new,
    articles_duplicate,
    articles_failed,
    mentions_new,
    claims_new,
    claims_updated,
    failures
from ingest_batches
order by batch_id desc
limit $limit
