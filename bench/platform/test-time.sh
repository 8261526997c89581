#!/usr/bin/env bash
# Wall time of the full test command, as CI runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
start=$(date +%s)
./suite test > "${TMPDIR:-/tmp}/suite-test.log" 2>&1 || { tail -40 "${TMPDIR:-/tmp}/suite-test.log"; exit 1; }
end=$(date +%s)
tests=$(grep -E '^\[(INFO|WARNING)\] Tests run: [0-9]+, Failures: 0, Errors: 0' "${TMPDIR:-/tmp}/suite-test.log" \
  | grep -v ' -- in ' | awk -F'[ ,]+' '{s+=$4} END {print s}')
echo "full test command: $((end - start)) s, $tests tests (log: ${TMPDIR:-/tmp}/suite-test.log)"
