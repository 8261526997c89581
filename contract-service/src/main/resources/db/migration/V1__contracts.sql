-- Local projection of agency-registry's published data, so signing and the client package keep working while
-- the registry is down. Rows are upserted by the registry's ids, so a redelivered event changes nothing.
create table registry_agency (
    id                   uuid primary key,
    credit_code          varchar(18)  not null,
    name                 varchar(200) not null,
    legal_representative varchar(100),
    registered_address   varchar(300),
    office_address       varchar(300),
    status               varchar(20)  not null,
    commitment_signed_on date,
    commitment_version   varchar(50),
    commitment_sha256    varchar(64),
    updated_at           timestamptz  not null
);

create table registry_qualification (
    id                 uuid primary key,
    agency_id          uuid         not null,
    certificate_number varchar(64)  not null,
    qualification_type varchar(30)  not null,
    business_scope     jsonb        not null,
    issuer             varchar(200),
    valid_from         date,
    valid_to           date,
    status             varchar(20)  not null
);
create index registry_qualification_agency on registry_qualification (agency_id);

create table registry_practitioner (
    id   uuid primary key,
    name varchar(100) not null
);

create table registry_credential (
    id              uuid primary key,
    practitioner_id uuid         not null,
    credential_type varchar(40)  not null,
    level           varchar(20),
    title_name      varchar(100),
    specialty       varchar(100),
    number          varchar(64)  not null,
    valid_to        date,
    expired         boolean      not null default false
);
create index registry_credential_practitioner on registry_credential (practitioner_id);

create table registry_employment (
    id              uuid primary key,
    practitioner_id uuid        not null,
    agency_id       uuid        not null,
    employment_type varchar(20) not null,
    employed_from   date,
    employed_to     date,
    ended           boolean     not null default false
);
create index registry_employment_agency on registry_employment (agency_id, practitioner_id);

create table contract (
    id                      uuid primary key,
    agency_id               uuid          not null,
    contract_number         varchar(64)   not null,
    client_name             varchar(200)  not null,
    client_credit_code      varchar(18)   not null,
    client_industry         varchar(100)  not null,
    client_address          varchar(300)  not null,
    client_contact          varchar(200),
    service_type            varchar(20)   not null,
    scope                   text          not null,
    fee_items               jsonb         not null,
    fee_total               numeric(14,2) not null,
    signed_date             date,
    site_work_required      boolean       not null,
    planned_site_work_date  date,
    report_due_date         date,
    report_due_working_days int,
    rectification_due_date  date,
    rectification_due_working_days int,
    written_notice_due_date date,
    confidential_fields     jsonb         not null,
    staffing                jsonb         not null,
    status                  varchar(20)   not null,
    completed_date          date,
    cancel_reason           varchar(1000),
    created_by              varchar(200)  not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null,
    unique (agency_id, contract_number)
);
create index contract_agency_created on contract (agency_id, created_at desc, id);
create index contract_created on contract (created_at desc, id);

-- One row per deadline of a contract. The sweeper claims missed ones through the partial index, so its cost
-- follows the number due, not the number of contracts; overdue_emitted_at makes the overdue event once-only.
create table contract_deadline (
    id                 uuid primary key,
    contract_id        uuid        not null references contract (id),
    agency_id          uuid        not null,
    kind               varchar(40) not null,
    due_date           date        not null,
    satisfied_at       timestamptz,
    overdue_emitted_at timestamptz,
    unique (contract_id, kind)
);
create index contract_deadline_open_due on contract_deadline (due_date)
    where satisfied_at is null and overdue_emitted_at is null;

create table written_notice (
    id              uuid primary key,
    contract_id     uuid         not null references contract (id),
    authority       varchar(200) not null,
    notice_date     date         not null,
    document_sha256 varchar(64)  not null,
    filed_by        varchar(200) not null,
    filed_at        timestamptz  not null
);
create index written_notice_contract on written_notice (contract_id);

create table site_visit (
    id               uuid primary key,
    contract_id      uuid         not null references contract (id),
    started_at       timestamptz  not null,
    ended_at         timestamptz,
    address          varchar(300) not null,
    latitude         double precision,
    longitude        double precision,
    practitioner_ids jsonb        not null,
    note             varchar(2000),
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz  not null
);
create index site_visit_contract on site_visit (contract_id, started_at);

create table evidence (
    id            uuid primary key,
    contract_id   uuid         not null references contract (id),
    site_visit_id uuid references site_visit (id),
    file_name     varchar(255) not null,
    media_type    varchar(50)  not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    storage_key   varchar(300) not null,
    captured_at   timestamptz,
    archived_by   varchar(200) not null,
    archived_at   timestamptz  not null
);
create index evidence_contract on evidence (contract_id, archived_at);

create table hazard (
    id                      uuid primary key,
    contract_id             uuid          not null references contract (id),
    description             varchar(2000) not null,
    location                varchar(300)  not null,
    severity                varchar(10)   not null,
    advice                  varchar(2000) not null,
    rectification_due_date  date,
    status                  varchar(30)   not null,
    rectified_date          date,
    confirmed_date          date,
    deferral_reason         varchar(2000),
    interim_measures        varchar(2000),
    planned_rectification_date date,
    reported_by             varchar(200)  not null,
    reported_at             timestamptz   not null,
    version                 bigint        not null
);
create index hazard_contract on hazard (contract_id, reported_at);

create table report (
    id             uuid primary key,
    contract_id    uuid         not null unique references contract (id),
    report_number  varchar(64)  not null,
    report_type    varchar(100) not null,
    issue_date     date         not null,
    signatories    jsonb        not null,
    summary        text         not null,
    hazard_ids     jsonb        not null,
    disclosure_due_date date    not null,
    submitted_by   varchar(200) not null,
    submitted_at   timestamptz  not null
);

create table follow_up (
    id               uuid primary key,
    contract_id      uuid          not null references contract (id),
    visit_date       date          not null,
    practitioner_ids jsonb         not null,
    findings         varchar(5000) not null,
    recorded_by      varchar(200)  not null,
    recorded_at      timestamptz   not null
);
create index follow_up_contract on follow_up (contract_id, visit_date);

-- The Chinese working-day calendar: only the exceptions to "Monday–Friday work" are stored — public holidays
-- (working = false) and make-up working days on a weekend (调休, working = true). A year is usable once loaded.
create table calendar_year (
    year        int primary key,
    source      varchar(300) not null,
    loaded_at   timestamptz  not null
);

create table calendar_day (
    day     date primary key,
    working boolean     not null,
    name    varchar(50) not null
);
