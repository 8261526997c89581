-- Issue 14: an agency declares a certificate (PENDING_VERIFICATION) and a regulator or the association verifies or
-- rejects it. Two agencies may declare the same number (a conflict for a person to resolve), so the number is
-- unique only among certificates that count or could count again: not among declarations and rejections.
alter table qualification drop constraint qualification_certificate_number_key;
create unique index qualification_number_held_idx on qualification (certificate_number)
    where status not in ('PENDING_VERIFICATION', 'REJECTED');
create index qualification_number_idx on qualification (certificate_number);
alter table qualification add column scan_sha256 char(64);
alter table qualification add column declared_by varchar(200);
alter table qualification add column conflicts_with uuid;
alter table qualification add column decided_by varchar(200);
alter table qualification add column decided_at timestamptz;
alter table qualification add column decision_reason varchar(1000);
