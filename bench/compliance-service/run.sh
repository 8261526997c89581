#!/usr/bin/env bash
# compliance-service: "contract signed" → "violation flagged" latency p50/p99 at a fixed rate (goal p99 ≤ 250 ms),
# then sustained consume-and-evaluate throughput of a burst, beside Kafka's own ConsumerPerformance tool reading the
# same topic in the same run (goals: ≥ 10 % of its rate and ≥ 2,000 events/s).
# Needs the local stack up (./suite up): compliance-service on 127.0.0.1:8083, Kafka on 127.0.0.1:9092.
# MODE=mixed (default): agencies with valid records, one contract in VIOLATING_EVERY without a staffing list;
# MODE=worst: agencies without records, every contract violating three rules. See ComplianceBench.java.
#   MODE=mixed VIOLATING_EVERY=10 RATE=200 SECONDS_AT_RATE=30 BURST=20000 AGENCIES=100 WARMUP=100000 bench/compliance-service/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/compliance-service"
BASE="http://127.0.0.1:${COMPLIANCE_PORT:-8083}"
BOOTSTRAP="127.0.0.1:${KAFKA_PORT:-9092}"
RATE="${RATE:-200}"
SECS="${SECONDS_AT_RATE:-30}"
BURST="${BURST:-20000}"
AGENCIES="${AGENCIES:-100}"
MODE="${MODE:-mixed}"
VIOLATING_EVERY="${VIOLATING_EVERY:-10}"
WARMUP="${WARMUP:-100000}"

curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "compliance-service is not ready on $BASE: run ./suite up first" >&2; exit 1; }
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
"$ROOT/mvnw" -B -q -f "$HERE/tools-pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="$(cat "$CP_FILE")"

echo "== compliance-service ($MODE stream, $AGENCIES agencies): warm-up burst of $WARMUP, latency at $RATE contracts/s for ${SECS}s, then a burst of $BURST contracts"
out="$(java -cp "$CP" "$HERE/ComplianceBench.java" "$BOOTSTRAP" "$RATE" "$SECS" "$BURST" "$AGENCIES" "$MODE" "$VIOLATING_EVERY" "$WARMUP" 2>/dev/null)"
echo "$out" | grep -v '^RESULT' | sed 's/^/  /'
service_rate="$(echo "$out" | awk -F= '/^RESULT service_rate/ {print $2}')"

# Kafka's own consumer reading the same topic (everything on it, at least the burst) with a fresh group.
echo "== Kafka ConsumerPerformance on contract.contract"
perf="$(java -cp "$CP" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$BOOTSTRAP" \
  --topic contract.contract --messages "$BURST" --group "bench-perf-$$" --timeout 60000 2>/dev/null)"
echo "$perf" | sed 's/^/  /'
kafka_rate="$(echo "$perf" | awk -F', *' 'NR==2 {print $6}')"
awk -v a="$service_rate" -v b="$kafka_rate" 'BEGIN { printf "compliance-service consume-and-evaluate = %.1f events/s = %.2f%% of ConsumerPerformance %.0f msg/s (goals >= 10%% and >= 2000 events/s)\n", a, 100 * a / b, b }'
