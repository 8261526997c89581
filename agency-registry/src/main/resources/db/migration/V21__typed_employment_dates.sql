-- Issue 14: employment start and end days an agency types are bounded (service-kit TypedDates); the recording time
-- of the end day and the reason a regulator or the association gave for an older day are kept beside them.
alter table employment add column backdating_reason varchar(1000);
alter table employment add column end_recorded_at timestamptz;
alter table employment add column end_backdating_reason varchar(1000);
