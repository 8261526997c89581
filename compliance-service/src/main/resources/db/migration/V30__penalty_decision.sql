-- Administrative penalty decisions (行政处罚决定) a regulator recorded. Public once decided (disclosure-service
-- publishes them from compliance.sanction.penalty-decided.v1); never a suspected finding. One row per decision number.
create table penalty_decision (
    id              uuid          primary key,
    agency_id       uuid          not null,
    decision_number varchar(100)  not null unique,
    decided_on      date          not null,
    legal_basis     varchar(500)  not null,
    content         varchar(2000) not null,
    ends_on         date,
    decided_by      varchar(200)  not null,
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null
);
create index penalty_decision_agency on penalty_decision (agency_id, decided_on desc);
