#!/usr/bin/env bash
# Time for ./suite up to bring everything up from stopped, with the services already built.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./suite down >/dev/null 2>&1 || true
./mvnw -B -q -DskipTests install   # build first so that only start-up is timed
start=$(date +%s%N)
./suite up > "${TMPDIR:-/tmp}/suite-up.log" 2>&1 || { tail -30 "${TMPDIR:-/tmp}/suite-up.log"; exit 1; }
end=$(date +%s%N)
echo "./suite up (built, from stopped, until every service is ready): $(( (end - start) / 1000000 )) ms"
grep -E 'ready|running' "${TMPDIR:-/tmp}/suite-up.log" | sed 's/^/  /'
[ "${KEEP_UP:-0}" = 1 ] || ./suite down >/dev/null
