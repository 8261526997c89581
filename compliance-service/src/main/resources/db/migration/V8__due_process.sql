-- Issue 14: an automatic finding is SUSPECTED (疑似) until a regulator or the association confirms it; only
-- CONFIRMED findings (manual ones are confirmed by the person recording them) add integrity points. A red grade
-- proposes a dishonesty listing; a regulator's decision lists the agency.
alter table finding add column verdict varchar(20) not null default 'CONFIRMED';
update finding set verdict = 'SUSPECTED' where origin = 'AUTOMATIC';
alter table finding add column respond_by date;
alter table finding add column response_statement text;
alter table finding add column response_evidence jsonb not null default '[]';
alter table finding add column responded_by varchar(200);
alter table finding add column responded_at timestamptz;
alter table finding add column confirmed_by varchar(200);
alter table finding add column confirmed_at timestamptz;
alter table finding add column confirmation_reason text;
alter table finding add column auto_confirmed boolean not null default false;
alter table finding add column rule_parameters jsonb not null default '{}';
create index finding_suspected_idx on finding (flagged_at) where verdict = 'SUSPECTED' and status in ('OPEN', 'ACKNOWLEDGED');
-- automatic findings no longer count until confirmed: recount every record at the next decay sweep
update credit_record set next_decay_at = now();

create table listing_proposal (
    id              uuid primary key,
    agency_id       uuid         not null,
    points          int          not null,
    proposed_at     timestamptz  not null,
    status          varchar(20)  not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    decision_reason text,
    listing_id      uuid,
    version         bigint       not null default 0
);
create unique index listing_proposal_one_open on listing_proposal (agency_id) where status = 'PROPOSED';
create index listing_proposal_open_idx on listing_proposal (proposed_at) where status = 'PROPOSED';

alter table dishonesty_listing add column decision_number varchar(100);
alter table dishonesty_listing add column legal_basis text;
alter table dishonesty_listing add column decided_by varchar(200);
alter table dishonesty_listing add column proposal_id uuid;

-- What agency-registry asks a person to decide, projected from its events: declared certificates, certificate
-- conflicts, refused employments. Closed by the registry's decision events.
create table review_item (
    kind          varchar(40)  not null,
    subject_id    uuid         not null,
    agency_id     uuid         not null,
    raised_at     timestamptz  not null,
    summary       jsonb        not null,
    closed_at     timestamptz,
    closed_by     varchar(200),
    close_reason  text,
    last_event_id varchar(200) not null,
    primary key (kind, subject_id)
);
create index review_item_open_idx on review_item (raised_at) where closed_at is null;
