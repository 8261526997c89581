create table agency (
    id                    uuid         primary key,
    credit_code           varchar(18)  not null unique,
    name                  varchar(200) not null,
    legal_representative  varchar(100) not null,
    registered_address    varchar(300) not null,
    status                varchar(20)  not null,
    registered_at         timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null
);
create index agency_name_idx on agency (name);
