-- Agency master data beyond the walking skeleton (附件1 fields).
alter table agency
    add column office_address      varchar(300),
    add column postcode            varchar(6),
    add column legal_rep_phone     varchar(30),
    add column contact_person      varchar(100),
    add column contact_phone       varchar(30),
    add column email               varchar(200),
    add column licence_issuer      varchar(200),
    add column licence_issued_on   date,
    add column business_content    varchar(1000);
create index agency_status_idx on agency (status);

-- Full history of master-data and status changes.
create table agency_change (
    id           uuid primary key,
    agency_id    uuid not null references agency (id),
    field        varchar(50) not null,
    before_value varchar(1000),
    after_value  varchar(1000),
    changed_by   varchar(200) not null,
    changed_at   timestamptz not null
);
create index agency_change_agency_idx on agency_change (agency_id, changed_at);

-- A change of name, registered address or legal representative must be filed within the window.
create table change_filing (
    id               uuid primary key,
    agency_id        uuid not null references agency (id),
    changed_fields   varchar(200) not null,
    changed_at       timestamptz not null,
    due_on           date not null,
    filed_on         date,
    filing_reference varchar(100),
    filed_by         varchar(200),
    recorded_at      timestamptz
);
create index change_filing_agency_idx on change_filing (agency_id);

create table qualification (
    id                 uuid primary key,
    agency_id          uuid not null references agency (id),
    certificate_number varchar(64) not null unique,
    qualification_type varchar(30) not null,
    issuer             varchar(200) not null,
    valid_from         date not null,
    valid_to           date not null,
    status             varchar(20) not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null
);
create index qualification_agency_idx on qualification (agency_id);
create index qualification_valid_to_idx on qualification (valid_to);

create table qualification_scope (
    qualification_id uuid not null references qualification (id),
    service_type     varchar(20) not null,
    industry         varchar(100) not null,
    primary key (qualification_id, service_type, industry)
);
create index qualification_scope_type_idx on qualification_scope (service_type, industry);

create table practitioner (
    id                  uuid primary key,
    name                varchar(100) not null,
    id_number_hash      char(64) not null unique,
    id_number_encrypted varchar(200) not null,
    id_number_masked    varchar(18) not null,
    gender              varchar(6) not null,
    phone               varchar(30),
    registered_by       varchar(200) not null,
    registered_by_agency uuid,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null
);
create index practitioner_name_idx on practitioner (name);

create table credential (
    id              uuid primary key,
    practitioner_id uuid not null references practitioner (id),
    credential_type varchar(40) not null,
    level           varchar(20) not null,
    title_name      varchar(100),
    specialty       varchar(100),
    number          varchar(64) not null,
    issuer          varchar(200) not null,
    valid_to        date,
    recorded_at     timestamptz not null,
    unique (credential_type, number)
);
create index credential_practitioner_idx on credential (practitioner_id);
create index credential_number_idx on credential (number);
create index credential_valid_to_idx on credential (valid_to);

create table employment (
    id              uuid primary key,
    agency_id       uuid not null references agency (id),
    practitioner_id uuid not null references practitioner (id),
    employment_type varchar(10) not null,
    employed_from   date not null,
    employed_to     date,
    recorded_at     timestamptz not null,
    version         bigint not null
);
create index employment_agency_idx on employment (agency_id);
create index employment_practitioner_idx on employment (practitioner_id);

create table training (
    id              uuid primary key,
    practitioner_id uuid not null references practitioner (id),
    agency_id       uuid,
    topic_category  varchar(30) not null,
    topic           varchar(300) not null,
    hours           numeric(6, 1) not null,
    trained_on      date not null,
    provider        varchar(200) not null,
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz not null
);
create index training_practitioner_idx on training (practitioner_id, trained_on);

create table commitment (
    id                 uuid primary key,
    agency_id          uuid not null references agency (id),
    signatory          varchar(100) not null,
    signatory_title    varchar(100),
    signed_on          date not null,
    document_sha256    char(64) not null,
    commitment_version varchar(20) not null,
    recorded_by        varchar(200) not null,
    recorded_at        timestamptz not null
);
create index commitment_agency_idx on commitment (agency_id, recorded_at);

-- One row per warning ever emitted: the primary key makes each warning happen once, across restarts and replicas.
create table emitted_warning (
    warning_key varchar(200) primary key,
    emitted_at  timestamptz not null
);

-- Last known staffing state per agency, so the threshold event fires on the transition only.
create table staffing_state (
    agency_id      uuid primary key references agency (id),
    below          boolean not null,
    checked_at     timestamptz not null
);
