#!/usr/bin/env bash
# The CSV benchmark: a release build of sosach-bench, then `sosach-bench csv` under
# /usr/bin/time -v for the peak resident set size. Extra arguments go to `sosach-bench csv`
# (e.g. --rows 200000, --dir /tmp/x, --huge-line-mib 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sosach-bench
log=$(mktemp)
trap 'rm -f "$log"' EXIT
/usr/bin/time -v .build/release/sosach-bench csv "$@" 2>"$log"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$log" | sed 's/^[[:space:]]*//'
