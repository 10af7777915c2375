-- Claims per month of their first mention, by current status (overdue shown apart from open).
-- Parameters: $today (date).
select
    date_trunc('month', first_seen_at) as month,
    case
        when status = 'open' and coalesce(expected_to, expected_from) < $today then 'overdue'
        else status
    end as status,
    count(*) as claims
from claims
where first_seen_at is not null
    and merged_into_id is null
group by all
order by month, status
