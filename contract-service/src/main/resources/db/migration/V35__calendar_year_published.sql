-- complaint helper: each calendar year is published as contract.calendar.year-published.v1 (the calendar has one
-- owner; other services project the events). Null = loaded but not yet published: the years V2 loaded are
-- published once at the next start.
alter table calendar_year add column published_at timestamptz;
