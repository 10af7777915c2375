-- Outcome suggestions of the given claims (pending ones only if $pending_only), with the
-- evidence article's date, outlet, language and link, oldest first.
-- Parameters: $claim_ids (bigint list), $pending_only (boolean).
select
    s.suggestion_id,
    s.claim_id,
    s.outcome,
    s.reason,
    s.article_id,
    s.mention_id,
    s.quote,
    s.created_at,
    s.decision,
    s.decided_at,
    s.decided_by,
    a.published_at,
    a.outlet,
    a.lang,
    a.url,
    a.title
from outcome_suggestions as s
left join articles as a
    on a.article_id = s.article_id
where list_contains($claim_ids, s.claim_id)
    and (not $pending_only or s.decision is null)
order by s.claim_id, a.published_at nulls last, s.suggestion_id
