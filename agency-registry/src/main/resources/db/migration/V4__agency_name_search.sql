-- Search by part of a name ("lower(name) like '%…%'") reads a trigram index instead of the whole table.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Trigrams of Chinese names need
-- a UTF-8 character type (Debian's default cluster, C.UTF-8 or zh_CN.UTF-8), not the C locale.
create extension if not exists pg_trgm;
create index agency_name_trgm_idx on agency using gin (lower(name) gin_trgm_ops);
-- The b-tree on name stays: it serves listings in name order without a name filter.
