-- Outcome suggestions: a later article reports that a claim's event happened, or was postponed,
-- cancelled or denied. A person accepts or rejects each one, and the decision is also logged in
-- status_events. Mentions record which outcome (if any) they report, and which actors the
-- claim was first about (the actors that linking matches against).

create sequence suggestion_id_seq start 1;

create table outcome_suggestions (
    suggestion_id bigint primary key,
    claim_id bigint not null,
    outcome varchar not null,
    reason varchar,
    article_id bigint,
    mention_id bigint,
    quote varchar,
    created_at timestamp not null,
    decided_at timestamp,
    decision varchar,
    decided_by varchar
);

create index outcome_suggestions_claim_idx on outcome_suggestions (claim_id);

alter table mentions add column outcome varchar;

alter table mentions add column outcome_reason varchar;

alter table claims add column core_actor_ids varchar[] not null default [];

-- A claim merged into another keeps its row and history (status 'withdrawn') and points at the
-- claim that now holds its mentions, so lists can leave it out.
alter table claims add column merged_into_id bigint;
