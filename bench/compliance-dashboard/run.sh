#!/usr/bin/env bash
# compliance-dashboard: event on Kafka → visible in a browser, p50/p99 at RATE events/s (goal p99 ≤ 1 s) with CLIENTS
# dashboards connected (CLIENTS-1 SSE clients speaking the page's protocol + one headless Chromium on /overview),
# and the service's CPU per connected dashboard (its /proc CPU time at 0 and at CLIENTS clients). See DashboardBench.java.
# Needs the local stack up (./suite up) and the platform modules installed (./mvnw install -DskipTests).
#   RATE=200 SECONDS_AT_RATE=30 CLIENTS=50 WARMUP=10 bench/compliance-dashboard/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/compliance-dashboard"
BASE="http://127.0.0.1:${DASHBOARD_PORT:-8086}"
BOOTSTRAP="127.0.0.1:${KAFKA_PORT:-9092}"
RATE="${RATE:-200}"
SECS="${SECONDS_AT_RATE:-30}"
CLIENTS="${CLIENTS:-50}"
WARMUP="${WARMUP:-10}"

curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "compliance-dashboard is not ready on $BASE: run ./suite up first" >&2; exit 1; }
PID="$(cat "$ROOT/.state/pids/compliance-dashboard.pid")"
TOKEN="$("$ROOT/suite" token regulator)"
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
"$ROOT/mvnw" -B -q -f "$HERE/tools-pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="$(cat "$CP_FILE")"

STARTED="$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)"
echo "== compliance-dashboard: ${WARMUP}s warm-up, then ${SECS}s at $RATE events/s with 0 and with $CLIENTS dashboards connected"
(cd "$HERE" && java -cp "$CP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$HERE/DashboardBench.java" \
  "$BASE" "$BOOTSTRAP" "$TOKEN" "$PID" "$RATE" "$SECS" "$CLIENTS" "$WARMUP" "$(getconf CLK_TCK)" 2>/dev/null) | sed 's/^/  /'

# Where the time goes: Kafka → the feed table (received_at is the consuming transaction's start), for this run's events.
echo "== ingestion (ce_time → row in feed_event) of this run's events, from the dashboard's database"
PGPASSWORD="${DB_PASSWORD:-compliance_dashboard}" psql -h 127.0.0.1 -U "${DB_USER:-compliance_dashboard}" -d compliance_dashboard -At -F ' ' -c "
  select count(*), count(distinct received_at),
         round(1000 * percentile_cont(0.5) within group (order by extract(epoch from received_at - event_time)))::bigint,
         round(1000 * percentile_cont(0.99) within group (order by extract(epoch from received_at - event_time)))::bigint
    from feed_event where source = '/bench/compliance-dashboard' and event_time >= '$STARTED'" |
  awk '{ printf "  %d events in %d consuming transactions (%.0f per transaction); ce_time -> stored p50 %d ms, p99 %d ms\n", $1, $2, $1 / ($2 ? $2 : 1), $3, $4 }'
