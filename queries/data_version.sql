-- A cheap fingerprint of the data, for the dashboard's cache: it changes whenever a status
-- event, mention, article, claim or actor is written. No parameters.
select
    (select coalesce(max(event_id), 0) from status_events) as max_event_id,
    (select coalesce(max(mention_id), 0) from mentions) as max_mention_id,
    (select coalesce(max(article_id), 0) from articles) as max_article_id,
    (select coalesce(max(claim_id), 0) from claims) as max_claim_id,
    (select count(*) from claims) as claim_count,
    (select cast(max(updated_at) as varchar) from actors) as actors_updated_at
