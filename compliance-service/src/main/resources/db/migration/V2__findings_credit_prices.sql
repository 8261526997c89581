-- Findings of rule checks and manual findings. One open finding per rule and subject: repeated facts add
-- evidence to it instead of opening another (enforced by the partial unique index).
create table finding (
    id                   uuid         primary key,
    agency_id            uuid         not null,
    subject_type         varchar(20)  not null,
    subject_id           uuid         not null,
    rule_id              varchar(30)  not null,
    rule_version         int          not null,
    article              varchar(100) not null,
    severity             varchar(10)  not null,
    title                varchar(300) not null,
    origin               varchar(10)  not null,
    status               varchar(15)  not null,
    triggering_event_ids jsonb        not null,
    facts                jsonb        not null,
    occurrences          int          not null,
    flagged_by           varchar(200) not null,
    flagged_at           timestamptz  not null,
    last_seen_at         timestamptz  not null,
    acknowledged_by      varchar(200),
    acknowledged_at      timestamptz,
    resolution_note      varchar(2000),
    resolved_by          varchar(200),
    resolved_at          timestamptz,
    dismissal_reason     varchar(2000),
    dismissed_by         varchar(200),
    dismissed_at         timestamptz,
    referral_authority   varchar(200),
    referral_reference   varchar(100),
    referral_date        date,
    referral_note        varchar(2000),
    referred_by          varchar(200),
    referred_at          timestamptz,
    version              bigint       not null
);
create unique index finding_one_open_per_rule_and_subject on finding (rule_id, subject_type, subject_id)
    where status in ('OPEN', 'ACKNOWLEDGED');
create index finding_by_agency on finding (agency_id, flagged_at desc);
create index finding_by_rule on finding (rule_id, flagged_at desc);
create index finding_by_status on finding (status, flagged_at desc);
create index finding_by_time on finding (flagged_at desc);

-- Integrity record: the current grade per agency and every change of it.
create table credit_record (
    agency_id   uuid        primary key,
    grade       varchar(10) not null,
    points      int         not null,
    updated_at  timestamptz not null
);

create table credit_grade_change (
    id                    uuid        primary key,
    agency_id             uuid        not null,
    previous_grade        varchar(10) not null,
    grade                 varchar(10) not null,
    points                int         not null,
    triggering_finding_id uuid,
    changed_at            timestamptz not null
);
create index credit_grade_change_by_agency on credit_grade_change (agency_id, changed_at);

-- 失信名单: a red grade lists the agency for a term; a repair request is possible after a waiting time.
create table dishonesty_listing (
    id                          uuid          primary key,
    agency_id                   uuid          not null,
    start_date                  date          not null,
    end_date                    date          not null,
    repair_request_allowed_from date          not null,
    repair_requested_at         timestamptz,
    repair_statement            varchar(4000),
    repair_decided_by           varchar(200),
    repair_decision_note        varchar(2000),
    ended_on                    date,
    end_reason                  varchar(20),
    version                     bigint        not null
);
create unique index dishonesty_listing_one_active on dishonesty_listing (agency_id) where ended_on is null;
create index dishonesty_listing_by_end on dishonesty_listing (end_date) where ended_on is null;

-- Reference prices kept by the association (Art. 16), per service type and industry.
create table reference_price (
    id            uuid          primary key,
    service_type  varchar(50)   not null,
    industry      varchar(50)   not null,
    amount        numeric(14,2) not null,
    note          varchar(500),
    updated_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    unique (service_type, industry)
);
