-- Art. 3.2-3.3 equipment inventory and Art. 3.5 management documents of an agency.
create table equipment (
    id                   uuid primary key,
    agency_id            uuid not null references agency (id),
    name                 varchar(200) not null,
    model                varchar(100),
    serial_number        varchar(100),
    calibration_valid_to date,
    recorded_by          varchar(200) not null,
    recorded_at          timestamptz not null
);
create index equipment_agency_idx on equipment (agency_id);
create index equipment_calibration_idx on equipment (calibration_valid_to);

create table management_document (
    id           uuid primary key,
    agency_id    uuid not null references agency (id),
    title        varchar(300) not null,
    doc_version  varchar(50) not null,
    effective_on date not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz not null,
    unique (agency_id, title, doc_version)
);
create index management_document_agency_idx on management_document (agency_id);
