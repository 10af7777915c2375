-- The mentions of the given claims with their article's date, language and outlet, oldest
-- first. Parameters: $claim_ids (bigint list).
select
    m.claim_id,
    m.mention_id,
    m.article_id,
    a.published_at,
    a.lang,
    a.outlet,
    m.quote,
    m.kind,
    m.certainty,
    m.certainty_label,
    m.outcome,
    m.expected_from,
    m.expected_to,
    m.time_text
from mentions as m
inner join articles as a
    on a.article_id = m.article_id
where list_contains($claim_ids, m.claim_id)
order by m.claim_id, a.published_at nulls last, m.mention_id
