-- RetentionSweep deletes by age: each run reads only what expired.
create index if not exists idempotent_request_created_at on idempotent_request (created_at);
create index if not exists consumed_event_consumed_at on consumed_event (consumed_at);
