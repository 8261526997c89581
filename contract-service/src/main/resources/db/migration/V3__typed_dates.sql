-- Issue 14: the signing day an agency types is kept beside when (and by whom) it was recorded, and the reason a
-- regulator or the association gave for recording an older one.
alter table contract add column signed_recorded_at timestamptz;
alter table contract add column signed_recorded_by varchar(200);
alter table contract add column signed_date_reason varchar(1000);
