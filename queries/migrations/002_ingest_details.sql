-- Ingest batches also record how many existing claims gained mentions and which sources failed
-- (one "source: reason" line each), so the review queue can show what the last ingest did.
-- Articles get an index on their date, which every timeline and date filter reads.

alter table ingest_batches add column claims_updated integer not null default 0;

alter table ingest_batches add column failures varchar[] not null default [];

create index articles_published_idx on articles (published_at);
