#!/usr/bin/env bash
# agency-registry: POST /agencies throughput against pgbench's simple-insert TPS on the same machine and PostgreSQL,
# in the same run and with the same number of clients (goal: ≥ 30 %), then GET-by-id and search p50/p99 under load.
# HTTP load comes from wrk (C, Debian package `wrk`, installed when missing), so that the load generator takes about
# as little CPU as pgbench does; the service is warmed up first (JIT) and the warm-up is not reported.
# Uses agency-registry on 127.0.0.1:8081 if it is up (./suite up); otherwise starts Kafka and the packaged service
# the way ./suite does and stops what it started at the end. Only talks to 127.0.0.1.
#   CLIENTS=8 SECONDS_PER_PHASE=20 WARMUP_SECONDS=120 READ_WARMUP_SECONDS=10 bench/agency-registry/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/agency-registry"
BASE="http://127.0.0.1:${REGISTRY_PORT:-8081}"
CLIENTS="${CLIENTS:-${THREADS:-8}}"
SECS="${SECONDS_PER_PHASE:-20}"
WARMUP="${WARMUP_SECONDS:-120}"
READ_WARMUP="${READ_WARMUP_SECONDS:-10}"
# pgbench and psql connect over TCP as a role with CREATEDB (the test role by default)
pg() { PGHOST=127.0.0.1 PGPORT="${PGPORT:-5432}" PGUSER="${PGBENCH_USER:-supervision_test}" \
       PGPASSWORD="${PGBENCH_PASSWORD:-supervision_test}" "$@"; }

source "$ROOT/deploy/local/lib.sh"
ensure_apt_package wrk wrk
STARTED=()
DB="bench_registry_$$"
IDS="$(mktemp -d)/ids"
cleanup() {
  pg psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  for name in "${STARTED[@]}"; do stop_pid "$name"; done
  rm -rf "$(dirname "$IDS")"
}
trap cleanup EXIT
if ! curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1; then
  [ -f "$ROOT/agency-registry/target/quarkus-app/quarkus-run.jar" ] || "$MVNW" -B -q -f "$ROOT/pom.xml" -pl agency-registry -am package -DskipTests
  mkdir -p "$STATE/logs" "$STATE/pids"
  pid_alive "$STATE/pids/kafka.pid" || { start_kafka; STARTED+=(kafka); }
  start_service agency-registry "${REGISTRY_PORT:-8081}" agency_registry; STARTED=(agency-registry "${STARTED[@]}")
  wait_ready agency-registry "${REGISTRY_PORT:-8081}"
fi
export TOKEN="$("$ROOT/suite" token association)"

pg psql -q -d postgres -c "create database $DB" >/dev/null
pg psql -q -d "$DB" -c "create table bench_agency (id uuid primary key, credit_code varchar(18) not null unique,
  name varchar(200) not null, legal_representative varchar(100) not null, registered_address varchar(300) not null,
  status varchar(20) not null, registered_at timestamptz not null, updated_at timestamptz not null, version bigint not null);
  create index on bench_agency (name); create index on bench_agency (status);"

# wrk summary line: requests/s, p50 and p99 from its latency distribution
wrk_phase() {  # name script seconds
  local out
  out="$(wrk -t2 -c"$CLIENTS" -d"$3"s --timeout 10s --latency -s "$HERE/$2" "$BASE" 2>&1)"
  { echo "$out" | grep -E "^HTTP|Non-2xx|Socket errors" || true; } | head -5 | sed "s/^/  /" >&2
  echo "$out" | awk -v name="$1" '
    $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    /^Requests\/sec:/ { rps = $2 }
    END { printf "  %-34s %8.1f req/s  p50=%s p99=%s\n", name, rps, p50, p99; printf "RESULT %s\n", rps }'
}

echo "== pgbench simple insert: $CLIENTS clients, ${SECS}s"
pg_out="$(pg pgbench -n -c "$CLIENTS" -j 2 -T "$SECS" -f "$HERE/insert.sql" "$DB" 2>&1)"
echo "$pg_out" | grep -E "^(tps|latency average)" | sed 's/^/  /'
pg_tps="$(echo "$pg_out" | awk '/^tps/ {print $3; exit}')"

echo "== agency-registry over HTTP (wrk): $CLIENTS connections, ${SECS}s per phase, after ${WARMUP}s of POSTs to warm up"
wrk_phase "warm-up (not counted)" post.lua "$WARMUP" | grep -v '^RESULT' >/dev/null
post="$(IDS="$IDS" wrk_phase "POST /api/v1/agencies" post.lua "$SECS")"
echo "$post" | grep -v '^RESULT'
post_rps="$(echo "$post" | awk '/^RESULT/ {print $2}')"
cat "$IDS".* > "$IDS"
[ -s "$IDS" ] || { echo "no agency was created; is the token right?" >&2; exit 1; }
# With autovacuum off (as on the CI machines) the agency table would never be vacuumed or analyzed: no planner
# statistics, and the name search would scan the trigram index's whole pending list (fastupdate) on every query.
# Production PostgreSQL vacuums and analyzes a table that grew this much on its own (PostgreSQL 13+ also after
# inserts alone), so the bench does it for the read phases.
if [ "$(pg psql -Atq -d postgres -c 'show autovacuum')" = "off" ]; then
  echo "  (autovacuum is off on this server: vacuuming and analyzing the agency table as autovacuum would)"
  # as the table's owner (the service's role, as ./suite creates it): the test role may not vacuum it
  PGHOST=127.0.0.1 PGUSER=agency_registry PGPASSWORD=agency_registry psql -q -d agency_registry -c "vacuum analyze agency"
fi
# Each read phase gets READ_WARMUP_SECONDS of the same load first (not reported): its code paths are cold after the
# POST phases, and their JIT compilation would otherwise be the reported p99.
IDS="$IDS" wrk_phase "warm-up (not counted)" get.lua "$READ_WARMUP" >/dev/null
IDS="$IDS" wrk_phase "GET /api/v1/agencies/{id}" get.lua "$SECS" | grep -v '^RESULT'
wrk_phase "warm-up (not counted)" search.lua "$READ_WARMUP" >/dev/null
wrk_phase "GET /api/v1/agencies?name=&status=" search.lua "$SECS" | grep -v '^RESULT'
echo "  (agencies in the registry's database at the end: $(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/agencies?size=1" | grep -o '"total[A-Za-z]*":[0-9]*' | head -1 | cut -d: -f2))"
awk -v a="$post_rps" -v b="$pg_tps" 'BEGIN { printf "POST agency throughput = %.1f%% of pgbench simple-insert TPS with the same number of clients (goal >= 30%%)\n", 100 * a / b }'
