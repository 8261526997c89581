-- Platform tables every PostgreSQL service has (from service-kit). Service migrations start at V1.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay,
-- deleted once Kafka acknowledged it.
create table outbox_event (
    seq          bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    record_key   varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null
);

-- Idempotent consumption: one row per (consumer, event id) applied, in the same transaction as the effect.
create table consumed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    consumed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key on creating POSTs: the first response is stored and replayed for a retry with the same key.
create table idempotent_request (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    response_status int,
    response_body   text,
    location        varchar(500),
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
