-- One actor by id, with its origin and timestamps. Parameters: $actor_id (varchar).
select
    actor_id,
    name,
    name_ar,
    kind,
    country,
    aliases,
    origin,
    created_at,
    updated_at
from actors
where actor_id = $actor_id
