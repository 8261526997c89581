-- Projections of agency-registry's qualification and practitioner topics: only what the rules read.
create table qualification (
    qualification_id   uuid         primary key,
    agency_id          uuid         not null,
    certificate_number varchar(100) not null,
    qualification_type varchar(50)  not null,
    business_scope     jsonb        not null,
    valid_from         date         not null,
    valid_to           date         not null,
    status             varchar(20)  not null,
    last_event_id      varchar(200) not null
);
create index qualification_by_agency on qualification (agency_id);

create table employment (
    employment_id    uuid        primary key,
    practitioner_id  uuid        not null,
    agency_id        uuid        not null,
    employment_type  varchar(20) not null,
    employed_from    date        not null,
    employed_to      date,
    ended            boolean     not null
);
create index employment_by_practitioner on employment (practitioner_id, agency_id);
create index employment_by_agency on employment (agency_id);

create table credential (
    credential_id    uuid         primary key,
    practitioner_id  uuid         not null,
    credential_type  varchar(50)  not null,
    specialty        varchar(200),
    number           varchar(100),
    valid_to         date,
    expired          boolean      not null
);
create index credential_by_practitioner on credential (practitioner_id);

-- 执业承诺书 (附件2) signed by the agency.
create table agency_commitment (
    commitment_id  uuid  primary key,
    agency_id      uuid  not null,
    signed_on      date  not null
);
create index agency_commitment_by_agency on agency_commitment (agency_id);

-- Changes of name, address or legal representative that must be filed within a window (Art. 14.12).
create table pending_filing (
    filing_id       uuid         primary key,
    agency_id       uuid         not null,
    changed_fields  varchar(500) not null,
    filing_due_on   date         not null,
    filed_on        date,
    change_event_id varchar(200) not null
);
create index pending_filing_unfiled on pending_filing (filing_due_on) where filed_on is null;
