-- Open claims whose expected window ended before $today, most overdue first, with days overdue,
-- their mention count, latest certainty and pending suggestions.
-- Parameters: $today (date).
with mention_facts as (
    select
        m.claim_id,
        count(*) as mention_count,
        arg_max(m.certainty, struct_pack(d := a.published_at, i := m.mention_id)) as latest_certainty
    from mentions as m
    inner join articles as a
        on a.article_id = m.article_id
    group by m.claim_id
),

pending as (
    select
        claim_id,
        count(*) as pending_suggestions
    from outcome_suggestions
    where decision is null
    group by claim_id
)

select
    c.claim_id,
    c.headline,
    c.event_type,
    c.expected_from,
    c.expected_to,
    c.expected_text,
    c.last_seen_at,
    date_diff('day', coalesce(c.expected_to, c.expected_from), $today) as days_overdue,
    coalesce(mf.mention_count, 0) as mention_count,
    mf.latest_certainty,
    coalesce(p.pending_suggestions, 0) as pending_suggestions
from claims as c
left join mention_facts as mf
    on mf.claim_id = c.claim_id
left join pending as p
    on p.claim_id = c.claim_id
where c.status = 'open'
    and c.merged_into_id is null
    and coalesce(c.expected_to, c.expected_from) < $today
order by days_overdue desc, c.claim_id
