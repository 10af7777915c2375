-- Resolved claims (confirmed, partly confirmed, refuted) for the ClaimReview export: the claim,
-- its latest status event, and its mentions' articles as a list ordered by date (the first is
-- the first appearance). Parameters: $claim_ids (bigint list, or null for all resolved claims).
with latest as (
    select
        claim_id,
        arg_max(event_id, recorded_at) as event_id
    from status_events
    where action = 'status'
    group by claim_id
)
select
    c.claim_id,
    c.headline,
    c.status,
    c.event_type,
    c.expected_from,
    c.expected_to,
    e.recorded_at as reviewed_at,
    e.recorded_by as reviewed_by,
    e.note as review_note,
    e.evidence_url,
    (
        select list({
            'article_id': a.article_id,
            'url': a.url,
            'title': a.title,
            'outlet': a.outlet,
            'published_at': a.published_at,
            'quote': m.quote,
            'attribution_kind': m.attribution_kind,
            'attribution_text': m.attribution_text
        } order by a.published_at nulls last, m.mention_id)
        from mentions as m
        join articles as a on a.article_id = m.article_id
        where m.claim_id = c.claim_id
    ) as appearances
from claims as c
left join latest as l on l.claim_id = c.claim_id
left join status_events as e on e.event_id = l.event_id
where c.status in ('confirmed', 'partly_confirmed', 'refuted')
    and c.merged_into_id is null
    and ($claim_ids is null or list_contains($claim_ids, c.claim_id))
order by c.claim_id
