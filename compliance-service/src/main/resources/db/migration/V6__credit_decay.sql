-- Points are kept up to date incrementally; next_decay_at is when the oldest counting finding leaves the decay
-- window, i.e. when the points next fall without any new finding. The decay sweep recounts agencies due.
alter table credit_record add column next_decay_at timestamptz;
-- Records from before: recount each once at the first sweep, which sets the real moment.
update credit_record set next_decay_at = now();
create index credit_record_decay_due on credit_record (next_decay_at) where next_decay_at is not null;
