-- Actors that people added or edited (origin 'user'), in the shape the extractor's gazetteer
-- takes as extra actors. No parameters.
select
    actor_id,
    name,
    name_ar,
    kind,
    country,
    aliases
from actors
where origin = 'user'
order by actor_id
