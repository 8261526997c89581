-- complaint-service's own tables. Reporter identity lives in its own table, encrypted; nothing else holds it.

-- Agencies as agency-registry publishes them (registry.agency events), to look up by name or 统一社会信用代码.
create table registry_agency (
    id          uuid primary key,
    credit_code varchar(18)  not null unique,
    name        varchar(200) not null,
    status      varchar(30)  not null,
    updated_at  timestamptz  not null
);
create index registry_agency_name on registry_agency (name);

-- The working-day calendar as contract-service (its one owner) publishes it (contract.calendar events).
create table calendar_year (
    year         int primary key,
    source       varchar(300),
    published_at timestamptz not null
);
create table calendar_day (
    day     date primary key,
    working boolean not null,
    name    varchar(50)
);

create table complaint_case (
    id                  uuid primary key,
    -- HMAC-SHA-256 of the 16-digit receipt code under the service's secret; the code itself is never stored.
    receipt_hash        bytea        not null unique,
    agency_id           uuid,
    agency_named        varchar(200),
    practitioner_named  varchar(100),
    project             varchar(300),
    contract_reference  varchar(100),
    category            varchar(40)  not null,
    description         text,
    occurred_on         date,
    occurred_place      varchar(300),
    anonymous           boolean      not null,
    contact_consent     boolean      not null,
    status              varchar(20)  not null,
    received_at         timestamptz  not null,
    triage_due_on       date         not null,
    triaged_at          timestamptz,
    triaged_by          varchar(200),
    refusal_reason      varchar(30),
    duplicate_of        uuid,
    competent_authority varchar(200),
    refusal_note        text,
    accepted_at         timestamptz,
    close_due_on        date,
    extended_at         timestamptz,
    extension_reason    text,
    outcome             varchar(20),
    rule_id             varchar(20),
    outcome_summary     text,
    referral_authority  varchar(200),
    referral_number     varchar(100),
    referral_on         date,
    decided_at          timestamptz,
    decided_by          varchar(200),
    feedback_due_on     date,
    closed_at           timestamptz,
    closed_by           varchar(200),
    identity_openings   int          not null default 0,
    purge_warned_at     timestamptz,
    purged_at           timestamptz,
    version             bigint       not null default 0
);
create index complaint_case_status on complaint_case (status, received_at);
create index complaint_case_agency on complaint_case (agency_id, status);

-- The reporter's identity (name, phone, ID number), AES-256-GCM, associated data = case id, under a key id.
create table reporter_identity (
    case_id    uuid primary key references complaint_case (id),
    key_id     varchar(40) not null,
    nonce      bytea       not null,
    ciphertext bytea       not null
);

-- Every opening of an identity: who, when, why. Kept after the purge (the audit record of the case stays).
create table identity_opening (
    id        uuid primary key,
    case_id   uuid         not null references complaint_case (id),
    opened_by varchar(200) not null,
    opened_at timestamptz  not null,
    reason    text         not null
);
create index identity_opening_case on identity_opening (case_id, opened_at);

-- Messages between handler and reporter (the reporter writes with the receipt code).
create table case_message (
    id         uuid primary key,
    case_id    uuid        not null references complaint_case (id),
    author     varchar(20) not null,
    body       text        not null,
    created_at timestamptz not null
);
create index case_message_case on case_message (case_id, created_at);

-- A statement request to the agency concerned: it sees only agency_version, the handler's text.
create table statement_request (
    id           uuid primary key,
    case_id      uuid         not null references complaint_case (id),
    agency_id    uuid         not null,
    agency_version text       not null,
    respond_by   date         not null,
    requested_by varchar(200) not null,
    requested_at timestamptz  not null,
    answer       text,
    answered_by  varchar(200),
    answered_at  timestamptz
);
create index statement_request_agency on statement_request (agency_id, requested_at);

-- Legal clocks. One row per (case, clock); the sweeper claims overdue rows with FOR UPDATE SKIP LOCKED and marks
-- them in the transaction that writes the event, so each overdue clock raises one event whatever the replicas.
create table case_clock (
    id                 uuid primary key,
    case_id            uuid        not null references complaint_case (id),
    kind               varchar(20) not null,
    due_on             date        not null,
    satisfied_at       timestamptz,
    overdue_emitted_at timestamptz,
    unique (case_id, kind)
);
create index case_clock_due on case_clock (due_on) where satisfied_at is null and overdue_emitted_at is null;

-- Wrong receipt codes per source (client address): growing delays.
create table code_throttle (
    source          varchar(100) primary key,
    failures        int          not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz  not null
);

-- Attachments: bytes AES-GCM encrypted in PostgreSQL, SHA-256 of the plain bytes.
create table attachment (
    id          uuid primary key,
    case_id     uuid         not null references complaint_case (id),
    uploaded_by varchar(20)  not null,
    media_type  varchar(50)  not null,
    size_bytes  bigint       not null,
    sha256      char(64)     not null,
    key_id      varchar(40)  not null,
    nonce       bytea        not null,
    ciphertext  bytea,
    created_at  timestamptz  not null
);
create index attachment_case on attachment (case_id);

-- What happened to a case, without content: stays after the purge.
create table case_audit (
    id      bigserial primary key,
    case_id uuid         not null references complaint_case (id),
    action  varchar(40)  not null,
    actor   varchar(200) not null,
    at      timestamptz  not null,
    note    varchar(500)
);
create index case_audit_case on case_audit (case_id, id);
