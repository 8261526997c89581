#!/usr/bin/env bash
# contract-service overdue sweep at scale.
#  1. CONTRACTS open contracts (default 1,000,000), DUE of them (default 10,000) with a report deadline already
#     missed; the packaged service is started against that database and the local Kafka (it sweeps at start,
#     as after downtime). Prints the time from `java -jar` (and from readiness) until all DUE report-overdue
#     events are on the contract.contract topic, and checks that there is exactly one per deadline.
#  2. The sweep's database cost at the same table size with SMALL_DUE (default 1,000) vs DUE due rows: the claim
#     statement alone, EXPLAIN ANALYZE inside a rolled-back transaction.
# Only talks to 127.0.0.1. Env: CONTRACTS, DUE, SMALL_DUE, PORT (18182), KEEP_DB=1 to keep the database.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/deploy/local/lib.sh"
CONTRACTS=${CONTRACTS:-1000000}
DUE=${DUE:-10000}
SMALL_DUE=${SMALL_DUE:-1000}
PORT=${PORT:-18182}
DB=bench_contract_sweep
JAR="$ROOT/contract-service/target/quarkus-app/quarkus-run.jar"

mkdir -p "$STATE/logs" "$STATE/pids"
ensure_postgres
[ -f "$JAR" ] || "$MVNW" -B -q -pl contract-service -am install -DskipTests
start_kafka >/dev/null
ensure_role supervision_test supervision_test "createdb"
psql_bench() { PGPASSWORD=supervision_test psql -h 127.0.0.1 -p "$PG_PORT" -U supervision_test -d "$DB" -qAtX -v ON_ERROR_STOP=1 "$@"; }

as_postgres "psql -qc 'drop database if exists $DB with (force)' -c 'create database $DB owner supervision_test'" >/dev/null

run_service() {  # log file; starts the service in the background, sets SERVICE_PID
  HTTP_PORT=$PORT DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" DB_USER=supervision_test DB_PASSWORD=supervision_test \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" JWT_PUBLIC_KEY_LOCATION="$DEV_KEYS/public-key.pem" \
    EVIDENCE_DIR="$STATE/bench-evidence" java -jar "$JAR" >"$1" 2>&1 &
  SERVICE_PID=$!
}
SERVICE_PID=""
trap '[ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true' EXIT
if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then die "port $PORT is busy: stop what runs there first"; fi
wait_up() {
  until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "contract-service exited, see its log"; exit 1; }
    sleep 0.05
  done
}

echo "schema: starting the service once so that Flyway creates it"
run_service "$STATE/logs/bench-contract-migrate.log"; wait_up; kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true

echo "seeding $CONTRACTS signed contracts, $DUE of them with a missed report deadline"
t0=$(date +%s)
psql_bench <<SQL
set synchronous_commit = off;
insert into contract (id, agency_id, contract_number, client_name, client_credit_code, client_industry, client_address,
    service_type, scope, fee_items, fee_total, signed_date, site_work_required, report_due_date, confidential_fields,
    staffing, status, created_by, created_at, updated_at, version)
select gen_random_uuid(), ('00000000-0000-0000-0000-0000000000' || lpad((i % 100)::text, 2, '0'))::uuid, 'B-' || i,
       '委托单位' || i, '91371300MA3C000000', '危险化学品', '临沂', 'EVALUATION', '安全现状评价',
       '[{"description":"评价","amount":10000}]', 10000, current_date - 400, false,
       case when i <= $DUE then current_date - 1 - (i % 300) else current_date + 1 + (i % 300) end,
       '[]', '[]', 'SIGNED', 'bench', now(), now(), 0
from generate_series(1, $CONTRACTS) i;
insert into contract_deadline (id, contract_id, agency_id, kind, due_date)
select gen_random_uuid(), id, agency_id, 'REPORT', report_due_date from contract;
analyze contract; analyze contract_deadline;
SQL
echo "  seeded in $(( $(date +%s) - t0 )) s; due now: $(psql_bench -c "select count(*) from contract_deadline where due_date < current_date and satisfied_at is null and overdue_emitted_at is null")"

overdue_type=cn.safetysupervision.contract.contract.report-overdue.v1
start_ms=$(date +%s%3N)
count_events() {
  kcat -b "127.0.0.1:$KAFKA_PORT" -C -t contract.contract -o "s@$start_ms" -e -q -f '%h\n' 2>/dev/null \
    | grep -c "ce_type=$overdue_type" || true
}
echo "starting the service: it sweeps at start"
t_start=$(date +%s%N)
run_service "$STATE/logs/bench-contract-sweep.log"
wait_up
t_ready=$(date +%s%N)
while :; do
  n=$(count_events)
  [ "$n" -ge "$DUE" ] && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service exited"; exit 1; }
  [ $(( ($(date +%s%N) - t_start) / 1000000000 )) -gt 120 ] && { echo "timeout: only $n of $DUE events after 120 s"; break; }
  sleep 0.5
done
t_done=$(date +%s%N)
sleep 3
final=$(count_events)
distinct=$(kcat -b "127.0.0.1:$KAFKA_PORT" -C -t contract.contract -o "s@$start_ms" -e -q -f '%h %k\n' 2>/dev/null \
  | grep "ce_type=$overdue_type" | awk '{print $NF}' | sort -u | wc -l)
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
printf 'all %d overdue events on Kafka: %d ms after java -jar, %d ms after ready (ready took %d ms)\n' "$DUE" \
  $(( (t_done - t_start) / 1000000 )) $(( (t_done - t_ready) / 1000000 )) $(( (t_ready - t_start) / 1000000 ))
echo "events on the topic for these deadlines: $final (distinct contracts: $distinct; expected exactly $DUE)"

claim_cost() {  # number of due rows to make due, then time the claim of all of them (rolled back)
  psql_bench <<SQL | awk '/Buffers: shared/ && !b {print; b=1} /Execution Time/ {print}' | sed "s/^/  [$1 due] /"
begin;
update contract_deadline set overdue_emitted_at = null, due_date = current_date + 30 where kind = 'REPORT';
update contract_deadline set due_date = current_date - 1
  where id in (select id from contract_deadline order by contract_id limit $1);
analyze contract_deadline;
explain (analyze, buffers, costs off)
update contract_deadline d set overdue_emitted_at = now()
where d.id in (select id from contract_deadline
               where due_date < current_date and satisfied_at is null and overdue_emitted_at is null
               order by due_date limit $1 for update skip locked)
returning d.id, d.contract_id, d.agency_id, d.kind, d.due_date;
rollback;
SQL
}
echo "claim statement cost at $CONTRACTS deadlines (index contract_deadline_open_due):"
claim_cost "$SMALL_DUE"
claim_cost "$DUE"
[ "${KEEP_DB:-0}" = 1 ] || as_postgres "psql -qc 'drop database if exists $DB with (force)'" >/dev/null
