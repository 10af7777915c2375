-- One row of claim counts by status, plus overdue (open and its window ended before $today).
-- Parameters: $today (date).
select
    count(*) as total,
    count(*) filter (where status = 'open') as open,
    count(*) filter (where status = 'confirmed') as confirmed,
    count(*) filter (where status = 'partly_confirmed') as partly_confirmed,
    count(*) filter (where status = 'refuted') as refuted,
    count(*) filter (where status = 'expired') as expired,
    count(*) filter (where status = 'withdrawn') as withdrawn,
    count(*) filter (
        where status = 'open'
        and coalesce(expected_to, expected_from) < $today
    ) as overdue
from claims
where merged_into_id is null
