-- Issue 14: a credential an agency adds is declared (PENDING_VERIFICATION) until a regulator or the association
-- verifies it; only VERIFIED credentials count (authority-recorded ones are VERIFIED from the start).
alter table credential add column status varchar(30) not null default 'VERIFIED';
alter table credential add column declared_by varchar(200);
alter table credential add column decided_by varchar(200);
alter table credential add column decided_at timestamptz;
alter table credential add column decision_reason varchar(1000);
