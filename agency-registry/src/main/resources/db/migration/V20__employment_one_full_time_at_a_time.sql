-- One full-time employment of a person at a time, held by the database (issue 15): PractitionerService checks for
-- an overlap before inserting, but two concurrent hires both pass that check. The exclusion constraint refuses the
-- second of two overlapping full-time periods of the same practitioner (employed_to null = open-ended).
-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists btree_gist;
alter table employment add constraint employment_one_full_time_at_a_time
    exclude using gist (practitioner_id with =, daterange(employed_from, employed_to, '[]') with &&)
    where (employment_type = 'FULL_TIME');
