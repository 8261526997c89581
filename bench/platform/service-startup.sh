#!/usr/bin/env bash
# Start time and resident memory of each packaged service, started alone against the local Kafka and a fresh
# database. Runs each service RUNS times (default 3) and prints every run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/deploy/local/lib.sh"
RUNS=${RUNS:-3}
PORT=18099

mkdir -p "$STATE/logs" "$STATE/pids"
ensure_postgres
build_if_needed
start_kafka >/dev/null
ensure_role supervision_test supervision_test "createdb"

printf '%-20s %4s %12s %10s %14s\n' service run ready_ms rss_mb quarkus_says
services | while read -r name port db; do
  for run in $(seq 1 "$RUNS"); do
    bench_db="bench_${db}_$run"
    as_postgres "psql -qc 'drop database if exists $bench_db with (force)' -c 'create database $bench_db owner supervision_test'" >/dev/null
    log_file="$STATE/logs/bench-$name-$run.log"
    t0=$(date +%s%N)
    HTTP_PORT=$PORT DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$bench_db" DB_USER=supervision_test DB_PASSWORD=supervision_test \
      KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" JWT_PUBLIC_KEY_LOCATION="$DEV_KEYS/public-key.pem" \
      java -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$log_file" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
      kill -0 $pid 2>/dev/null || { echo "$name exited, see $log_file"; exit 1; }
      sleep 0.05
    done
    t1=$(date +%s%N)
    rss_kb=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    says=$(grep -oE 'started in [0-9.]+s' "$log_file" | head -1 | awk '{print $3}')
    printf '%-20s %4d %12d %10d %14s\n' "$name" "$run" $(( (t1 - t0) / 1000000 )) $((rss_kb / 1024)) "$says"
    kill $pid; wait $pid 2>/dev/null || true
    as_postgres "psql -qc 'drop database if exists $bench_db with (force)'" >/dev/null
  done
done
