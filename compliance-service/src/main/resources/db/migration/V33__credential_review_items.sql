-- Issue 14: declared practitioner credentials wait in the review queue too; events from before the declaring agency
-- was carried (credential-declared.v1 without declaringAgencyId) name no agency.
alter table review_item alter column agency_id drop not null;
