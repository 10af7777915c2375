-- Outcome suggestions nobody has decided yet (not of merged-away claims), newest first, with the claim and the article
-- that gives the evidence. Parameters: $limit (integer).
select
    s.suggestion_id,
    s.claim_id,
    c.headline,
    c.status,
    s.outcome,
    s.reason,
    s.quote,
    s.article_id,
    a.title as article_title,
    a.outlet as article_outlet,
    a.url as article_url,
    a.published_at as article_published_at,
    s.created_at
from outcome_suggestions as s
join claims as c on c.claim_id = s.claim_id
left join articles as a on a.article_id = s.article_id
where s.decision is null
    and c.merged_into_id is null
order by s.created_at desc, s.suggestion_id desc
limit $limit
