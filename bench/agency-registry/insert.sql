-- pgbench's simple insert, shaped like an agency row (uuid key, unique 18-char code, Chinese text, timestamps)
\set n random(1, 1000000000)
insert into bench_agency (id, credit_code, name, legal_representative, registered_address, status, registered_at, updated_at, version)
values (gen_random_uuid(), substr(md5(random()::text), 1, 18), '压测安全评价有限公司' || :n, '王建国', '山东省临沂市兰山区北京路 8 号', 'ACTIVE', now(), now(), 0);
