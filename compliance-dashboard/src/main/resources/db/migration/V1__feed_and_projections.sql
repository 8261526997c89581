-- Every received event, in the order this dashboard committed it. seq is what SSE clients resume from
-- (Last-Event-ID): writers take an advisory lock per transaction, so seq order is commit order and a reader of
-- "seq > last" never skips a row that commits later with a smaller number.
create table feed_event (
    seq           bigserial primary key,
    ce_id         text        not null unique,
    type          text        not null,
    source        text        not null,
    subject       text,
    topic         text        not null,
    kafka_partition int       not null,
    kafka_offset  bigint      not null,
    event_time    timestamptz,
    received_at   timestamptz not null default now(),
    agency_id     uuid,
    finding_id    uuid,
    payload       jsonb       not null
);
create index feed_event_agency on feed_event (agency_id, seq);
create index feed_event_finding on feed_event (finding_id) where finding_id is not null;
create index feed_event_type on feed_event (type, seq);

create table dash_agency (
    agency_id        uuid primary key,
    name             text,
    credit_code      text,
    address          text,
    district         text not null default '未知',
    status           text,
    grade            text not null default 'BLUE',
    points           int  not null default 0,
    dishonest        boolean not null default false,
    updated_at       timestamptz not null default now()
);
create index dash_agency_district on dash_agency (district);

create table dash_finding (
    finding_id   uuid primary key,
    agency_id    uuid,
    rule_id      text,
    article      text,
    title        text,
    severity     text,
    origin       text,
    status       text not null,
    flagged_at   timestamptz,
    respond_by   timestamptz,
    updated_at   timestamptz not null default now(),
    flagged_seq  bigint
);
create index dash_finding_status on dash_finding (status);
create index dash_finding_agency on dash_finding (agency_id);

-- Certificates: counts only when granted or verified (BRIEF rule for every consumer).
create table dash_certificate (
    qualification_id  uuid primary key,
    agency_id         uuid,
    certificate_number text,
    qualification_type text,
    valid_to          date,
    status            text,
    counts            boolean not null default false,
    review            text,            -- DECLARED (待核验) or CONFLICT, null when nothing to review
    updated_at        timestamptz not null default now()
);
create index dash_certificate_valid_to on dash_certificate (valid_to) where counts;

-- Work items with a clock: overdue contract work, complaint clocks, disclosure overdue. One row per thing,
-- keyed by kind and the publisher's id of it; open until an event closes it.
create table dash_work_item (
    kind        text not null,
    ref         text not null,
    agency_id   uuid,
    subject     text,
    label       text not null,
    due_at      timestamptz,
    open        boolean not null default true,
    last_type   text not null,
    last_seq    bigint not null,
    updated_at  timestamptz not null default now(),
    primary key (kind, ref)
);
create index dash_work_item_open on dash_work_item (kind, open, due_at);

-- 双随机一公开: every draw with its seed and the population it drew from, so anyone can redo it.
create table inspection_draw (
    draw_id      uuid primary key,
    seed         bigint not null,
    criteria     jsonb  not null,
    population   jsonb  not null,
    drawn        jsonb  not null,
    drawn_by     text   not null,
    drawn_at     timestamptz not null
);
