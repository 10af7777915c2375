-- The data model of docs/design.md: articles, actors, claims, mentions, who and where a claim
-- is about, and the append-only log of status events. Timestamps are naive UTC.

create sequence article_id_seq start 1;
create sequence claim_id_seq start 1;
create sequence mention_id_seq start 1;
create sequence event_id_seq start 1;
create sequence batch_id_seq start 1;

create table ingest_batches (
    batch_id bigint primary key,
    source varchar,
    started_at timestamp not null,
    finished_at timestamp,
    articles_new integer not null default 0,
    articles_duplicate integer not null default 0,
    articles_failed integer not null default 0,
    mentions_new integer not null default 0,
    claims_new integer not null default 0
);

create table articles (
    article_id bigint primary key,
    url varchar unique,
    content_sha256 varchar not null unique,
    title varchar,
    outlet varchar,
    lang varchar not null,
    published_at date,
    ingested_at timestamp not null,
    batch_id bigint,
    source varchar,
    text varchar not null
);

create table actors (
    actor_id varchar primary key,
    name varchar not null,
    name_ar varchar,
    kind varchar not null,
    country varchar,
    aliases varchar[] not null default [],
    origin varchar not null default 'gazetteer',
    created_at timestamp not null,
    updated_at timestamp not null
);

create table claims (
    claim_id bigint primary key,
    headline varchar not null,
    event_type varchar not null,
    kind varchar not null,
    expected_from date,
    expected_to date,
    expected_text varchar,
    status varchar not null default 'open',
    status_at timestamp not null,
    first_seen_at date,
    last_seen_at date,
    created_at timestamp not null,
    batch_id bigint
);

create table mentions (
    mention_id bigint primary key,
    claim_id bigint not null,
    article_id bigint not null,
    quote varchar not null,
    char_start integer not null,
    char_end integer not null,
    kind varchar not null,
    certainty double not null,
    certainty_label varchar not null,
    is_negated boolean not null default false,
    event_type varchar not null,
    attribution_kind varchar,
    attribution_text varchar,
    time_text varchar,
    expected_from date,
    expected_to date,
    actor_ids varchar[] not null default [],
    countries varchar[] not null default [],
    created_at timestamp not null
);

create table claim_actors (
    claim_id bigint not null,
    actor_id varchar not null,
    primary key (claim_id, actor_id)
);

create table claim_countries (
    claim_id bigint not null,
    country varchar not null,
    primary key (claim_id, country)
);

-- Never updated or deleted. `action` is 'status' for status changes; merges, splits and edits
-- are logged here too so a claim's whole history reads from one table.
create table status_events (
    event_id bigint primary key,
    claim_id bigint not null,
    action varchar not null default 'status',
    status varchar not null,
    previous_status varchar,
    recorded_at timestamp not null,
    recorded_by varchar,
    note varchar,
    evidence_url varchar,
    evidence_article_id bigint,
    related_claim_id bigint
);

create index mentions_claim_idx on mentions (claim_id);
create index mentions_article_idx on mentions (article_id);
create index status_events_claim_idx on status_events (claim_id);
