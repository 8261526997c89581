-- Projections of contract-service's contract topic: only what the rules read.
create table contract (
    contract_id            uuid          primary key,
    agency_id              uuid          not null,
    contract_number        varchar(100)  not null,
    client_name            varchar(200)  not null,
    client_credit_code     varchar(18),
    client_industry        varchar(100)  not null,
    service_type           varchar(30)   not null,
    fee_total              numeric(14,2) not null,
    signed_date            date          not null,
    site_work_required     boolean       not null,
    status                 varchar(20)   not null,
    staffing               jsonb         not null,
    written_notice_on      date,
    last_event_id          varchar(200)  not null
);
create index contract_by_agency on contract (agency_id, status);

create table site_visit (
    site_visit_id     uuid        primary key,
    contract_id       uuid        not null,
    started_at        timestamptz not null,
    practitioner_ids  jsonb       not null
);
create index site_visit_by_contract on site_visit (contract_id);

-- Report summaries with their MinHash signature (Art. 17.4 near-duplicates between clients).
create table report (
    report_id          uuid          primary key,
    contract_id        uuid          not null,
    agency_id          uuid          not null,
    report_number      varchar(100)  not null,
    client_key         varchar(200)  not null,
    summary            text          not null,
    minhash            text          not null,
    submitted_at       timestamptz   not null
);
create index report_by_contract on report (contract_id);
