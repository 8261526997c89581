-- Issue 14: an agency submits a change filing (变更备案); it is closed by a regulator or the association confirming
-- receipt with the date of receipt (filed_on). The agency's submission is kept beside it.
alter table change_filing add column submitted_on date;
alter table change_filing add column submitted_by varchar(200);
alter table change_filing add column submitted_at timestamptz;
