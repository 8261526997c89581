#!/usr/bin/env bash
# complaint-service: intake throughput and p99 (POST /api/v1/public/complaints, the receipt code hashed as configured),
# then follow-up lookups with valid codes (POST /api/v1/public/follow-up): throughput and p50/p99, counting only
# successful responses (201 / 200). Load from wrk (Debian package, installed when missing), 2 threads.
# Needs the local stack (./suite up; take the lock, see bench/complaint-service/README.md). Only talks to 127.0.0.1.
#   CLIENTS=8 SECONDS_PER_PHASE=20 WARMUP_SECONDS=30 bench/complaint-service/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/complaint-service"
BASE="http://127.0.0.1:${COMPLAINT_PORT:-8085}"
CLIENTS="${CLIENTS:-8}"
SECS="${SECONDS_PER_PHASE:-20}"
WARMUP="${WARMUP_SECONDS:-30}"

source "$ROOT/deploy/local/lib.sh"
ensure_apt_package wrk wrk
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "complaint-service is not up on $BASE: ./suite up first" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The hashing cost, as the service is configured (ReceiptCodes): a keyed hash, so no work factor to tune.
echo "== receipt-code hash: HMAC-SHA-256 under COMPLAINT_RECEIPT_HMAC_KEY (ReceiptCodes): one HMAC per intake and per"
echo "   lookup, no iteration count (the key, which is not in the database, stops offline guessing; a slow salted hash"
echo "   would need every case's salt tried per lookup). Wrong codes are throttled per source (complaint.receipt.*):"
echo "   this bench sends valid codes only, so no request counts as a failure"

# An agency the complaints are about, if the stack knows one (complaint-service's own projection).
AGENCY_ID="$(curl -fsS "$BASE/api/v1/public/agencies?q=%E4%B8%B4%E6%B2%82" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4 || true)"
export AGENCY_ID
echo "   complaints about: ${AGENCY_ID:-an agency named in words (the registry projection is empty)}"

phase() {  # label script seconds [extra env]
  local out
  out="$(wrk -t2 -c"$CLIENTS" -d"$3"s --timeout 10s -s "$HERE/$2" "$BASE" 2>&1)"
  { echo "$out" | grep -E "^HTTP [0-9]+:" || true; } | head -3 | sed 's/^/  /' >&2
  echo "$out" | awk -v name="$1" '/^SUMMARY/ {
      ok = $2 - $3 - $4; s = $5 / 1e6
      printf "  %-44s %8.1f ok/s  p50=%.2f ms p99=%.2f ms  (%d ok, %d non-2xx, %d socket errors, %.1f s)\n",
             name, ok / s, $6 / 1000, $7 / 1000, ok, $3, $4, s
      if ($3 + $4 > 0) printf "  ^ NOT VALID: failures in the phase (latency includes them)\n" }'
}

echo "== intake, $CLIENTS connections, ${SECS}s (after ${WARMUP}s of the same load, not counted)"
phase "warm-up (not counted)" intake.lua "$WARMUP" >/dev/null
CODES="$WORK/codes" phase "POST /api/v1/public/complaints" intake.lua "$SECS"
cat "$WORK"/codes.* > "$WORK/codes" 2>/dev/null || true
[ -s "$WORK/codes" ] || { echo "no receipt code was answered" >&2; exit 1; }
export CODES="$WORK/codes"
echo "   ($(wc -l < "$CODES") receipt codes kept for the lookups)"

# Does the service trust 127.0.0.1 as its proxy? One forwarded address from the TEST-NET-3 range gets free+1 wrong
# codes: a 429 means X-Forwarded-For is honoured (only that address is blocked, for a few minutes).
probe="203.0.113.$((RANDOM % 250 + 1))"
status=404
for _ in $(seq 1 8); do
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: $probe" -H 'Content-Type: application/json' \
    -d '{"receiptCode":"0000000000000000"}' "$BASE/api/v1/public/follow-up")"
  [ "$status" = 429 ] && break
done
if [ "$status" = 429 ]; then
  echo "== follow-up with valid codes; 127.0.0.1 is a trusted proxy, so each X-Forwarded-For address is its own source"
  FORWARDED=1 phase "warm-up (not counted)" follow-up.lua 10 >/dev/null
  FORWARDED=1 phase "POST /api/v1/public/follow-up (65,536 clients)" follow-up.lua "$SECS"
else
  echo "== follow-up with valid codes; 127.0.0.1 is not a trusted proxy (start with TRUSTED_PROXIES=127.0.0.1 ./suite up"
  echo "   for the many-clients phase): every request counts against one source"
  phase "warm-up (not counted)" follow-up.lua 10 >/dev/null
fi
phase "POST /api/v1/public/follow-up (one source)" follow-up.lua "$SECS"
