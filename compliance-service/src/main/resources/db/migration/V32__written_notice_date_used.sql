-- Issue 14: the day a written notice counts from is its typed date only when an authority recorded it; an agency's
-- typed date cannot be verified, so the notice counts from the day it was recorded. Both are kept, with which one is used.
alter table contract add column written_notice_typed_on date;
alter table contract add column written_notice_date_used varchar(20);
update contract set written_notice_typed_on = written_notice_on, written_notice_date_used = 'noticeDate'
    where written_notice_on is not null;
