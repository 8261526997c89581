-- Projection of agency-registry's agencies: what the rules need to know about an agency.
create table monitored_agency (
    agency_id      uuid         primary key,
    credit_code    varchar(18)  not null,
    name           varchar(200) not null,
    status         varchar(20)  not null,
    registered_at  timestamptz  not null,
    last_event_id  varchar(200) not null,
    updated_at     timestamptz  not null
);
