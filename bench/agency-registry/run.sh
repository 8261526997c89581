#!/usr/bin/env bash
# agency-registry: POST /agencies throughput against pgbench's simple-insert TPS on the same machine and PostgreSQL,
# in the same run (goal: ≥ 30 %), then GET-by-id and search latency p50/p99 under load.
# Needs the local stack up (./suite up) with agency-registry on 127.0.0.1:8081. Only talks to 127.0.0.1.
#   THREADS=8 SECONDS_PER_PHASE=20 bench/agency-registry/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/agency-registry"
BASE="http://127.0.0.1:${REGISTRY_PORT:-8081}"
THREADS="${THREADS:-8}"
SECS="${SECONDS_PER_PHASE:-20}"
PGHOST=127.0.0.1 PGPORT="${PGPORT:-5432}"
PGUSER="${PGBENCH_USER:-supervision_test}"
export PGHOST PGPORT PGUSER PGPASSWORD="${PGBENCH_PASSWORD:-${PGPASSWORD:-supervision_test}}"

curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "agency-registry is not ready on $BASE: run ./suite up first" >&2; exit 1; }
TOKEN="$("$ROOT/suite" token association)"

DB="bench_registry_$$"
psql -q -d postgres -c "create database $DB" >/dev/null
trap 'psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null' EXIT
psql -q -d "$DB" -c "create table bench_agency (id uuid primary key, credit_code varchar(18) not null unique,
  name varchar(200) not null, legal_representative varchar(100) not null, registered_address varchar(300) not null,
  status varchar(20) not null, registered_at timestamptz not null, updated_at timestamptz not null, version bigint not null);
  create index on bench_agency (name);"

echo "== pgbench simple insert: $THREADS clients, ${SECS}s"
pg_out="$(pgbench -n -c "$THREADS" -j 2 -T "$SECS" -f "$HERE/insert.sql" "$DB" 2>&1)"
echo "$pg_out" | grep -E "^(tps|latency average)" | sed 's/^/  /'
pg_tps="$(echo "$pg_out" | awk '/^tps/ {print $3; exit}')"

echo "== agency-registry over HTTP: $THREADS threads, ${SECS}s per phase (after a warm-up)"
out="$(java "$HERE/LoadGenerator.java" "$BASE" "$TOKEN" "$THREADS" "$SECS")"
echo "$out" | grep -v '^RESULT' | sed 's/^/  /'
post_rps="$(echo "$out" | awk -F= '/^RESULT post_rps/ {print $2}')"
awk -v a="$post_rps" -v b="$pg_tps" 'BEGIN { printf "POST agency throughput = %.1f%% of pgbench simple-insert TPS (goal >= 30%%)\n", 100 * a / b }'
