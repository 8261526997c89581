-- Issue 14: site-visit and follow-up dates an agency types are bounded like the signing day; the reason a regulator
-- or the association gave for recording an older one is kept beside recorded_at / recorded_by.
alter table site_visit add column backdating_reason varchar(1000);
alter table follow_up add column backdating_reason varchar(1000);
