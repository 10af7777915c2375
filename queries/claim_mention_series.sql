-- How one claim developed: each mention in article-date order with its outlet, language,
-- kind, certainty, expected window (so re-dating shows) and any outcome it reports.
-- Parameters: $claim_id (bigint).
select
    m.mention_id,
    m.article_id,
    a.published_at,
    a.outlet,
    a.lang,
    a.title,
    m.kind,
    m.certainty,
    m.certainty_label,
    m.attribution_kind,
    m.expected_from,
    m.expected_to,
    m.time_text,
    m.outcome,
    m.outcome_reason,
    m.quote
from mentions as m
inner join articles as a
    on a.article_id = m.article_id
where m.claim_id = $claim_id
order by a.published_at nulls last, m.mention_id
