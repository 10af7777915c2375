-- Every mention of a claim with its article (title, outlet, date, link, language, full text
-- for highlighting the quote), by article date. Parameters: $claim_id (bigint).
select
    m.mention_id,
    m.article_id,
    a.title,
    a.outlet,
    a.url,
    a.lang,
    a.published_at,
    a.text as article_text,
    m.quote,
    m.char_start,
    m.char_end,
    m.kind,
    m.certainty,
    m.certainty_label,
    m.is_negated,
    m.event_type,
    m.attribution_kind,
    m.attribution_text,
    m.time_text,
    m.expected_from,
    m.expected_to
from mentions as m
join articles as a on a.article_id = m.article_id
where m.claim_id = $claim_id
order by a.published_at nulls last, m.mention_id
