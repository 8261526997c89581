#!/usr/bin/env bash
# agency-registry: POST /agencies throughput against pgbench's simple-insert TPS on the same machine and PostgreSQL,
# in the same run (goal: ≥ 30 %), then GET-by-id and search latency p50/p99 under load.
# Uses agency-registry on 127.0.0.1:8081 if it is up (./suite up); otherwise starts Kafka and the packaged service
# the way ./suite does and stops what it started at the end. Only talks to 127.0.0.1.
#   THREADS=8 SECONDS_PER_PHASE=20 bench/agency-registry/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/agency-registry"
BASE="http://127.0.0.1:${REGISTRY_PORT:-8081}"
THREADS="${THREADS:-8}"
SECS="${SECONDS_PER_PHASE:-20}"
# pgbench and psql connect over TCP as a role with CREATEDB (the test role by default)
pg() { PGHOST=127.0.0.1 PGPORT="${PGPORT:-5432}" PGUSER="${PGBENCH_USER:-supervision_test}" \
       PGPASSWORD="${PGBENCH_PASSWORD:-supervision_test}" "$@"; }

source "$ROOT/deploy/local/lib.sh"
STARTED=()
DB="bench_registry_$$"
cleanup() {
  pg psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  for name in "${STARTED[@]}"; do stop_pid "$name"; done
}
trap cleanup EXIT
if ! curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1; then
  [ -f "$ROOT/agency-registry/target/quarkus-app/quarkus-run.jar" ] || "$MVNW" -B -q -f "$ROOT/pom.xml" -pl agency-registry package -DskipTests
  mkdir -p "$STATE/logs" "$STATE/pids"
  pid_alive "$STATE/pids/kafka.pid" || { start_kafka; STARTED+=(kafka); }
  start_service agency-registry "${REGISTRY_PORT:-8081}" agency_registry; STARTED=(agency-registry "${STARTED[@]}")
  wait_ready agency-registry "${REGISTRY_PORT:-8081}"
fi
TOKEN="$("$ROOT/suite" token association)"

pg psql -q -d postgres -c "create database $DB" >/dev/null
pg psql -q -d "$DB" -c "create table bench_agency (id uuid primary key, credit_code varchar(18) not null unique,
  name varchar(200) not null, legal_representative varchar(100) not null, registered_address varchar(300) not null,
  status varchar(20) not null, registered_at timestamptz not null, updated_at timestamptz not null, version bigint not null);
  create index on bench_agency (name);"

echo "== pgbench simple insert: $THREADS clients, ${SECS}s"
pg_out="$(pg pgbench -n -c "$THREADS" -j 2 -T "$SECS" -f "$HERE/insert.sql" "$DB" 2>&1)"
echo "$pg_out" | grep -E "^(tps|latency average)" | sed 's/^/  /'
pg_tps="$(echo "$pg_out" | awk '/^tps/ {print $3; exit}')"

echo "== agency-registry over HTTP: $THREADS threads, ${SECS}s per phase (after a warm-up)"
out="$(java "$HERE/LoadGenerator.java" "$BASE" "$TOKEN" "$THREADS" "$SECS")"
echo "$out" | grep -v '^RESULT' | sed 's/^/  /'
post_rps="$(echo "$out" | awk -F= '/^RESULT post_rps/ {print $2}')"
awk -v a="$post_rps" -v b="$pg_tps" 'BEGIN { printf "POST agency throughput = %.1f%% of pgbench simple-insert TPS (goal >= 30%%)\n", 100 * a / b }'
