-- A claim's whole log, oldest first: status changes, merges, splits, edits, accepted
-- suggestions, with who, when, the note and the evidence. Parameters: $claim_id (bigint).
select
    e.event_id,
    e.recorded_at,
    e.action,
    e.status,
    e.previous_status,
    e.recorded_by,
    e.note,
    e.evidence_url,
    e.evidence_article_id,
    ea.title as evidence_title,
    ea.url as evidence_article_url,
    ea.published_at as evidence_published_at,
    e.related_claim_id
from status_events as e
left join articles as ea on ea.article_id = e.evidence_article_id
where e.claim_id = $claim_id
order by e.recorded_at, e.event_id
