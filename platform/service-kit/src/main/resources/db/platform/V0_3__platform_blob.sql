-- Content-addressed files (PostgresBlobStore): the bytes live in a large object, keyed by their SHA-256, so every
-- replica reads them and a restart keeps them.
create table platform_blob (
    sha256      char(64)    primary key,
    content_oid oid         not null,
    size_bytes  bigint      not null,
    stored_at   timestamptz not null default now()
);
