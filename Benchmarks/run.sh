#!/usr/bin/env bash
# Builds the benchmarks in release mode and runs every `sosach-bench` subcommand once under
# /usr/bin/time -v (wall time and "Maximum resident set size" are printed after each).
# Usage: Benchmarks/run.sh [records] [files]   (defaults: 1000000 10000 for the clean benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-1000000}"
files="${2:-10000}"

swift build -c release --product sosach-bench
swift build -c release --product sosach
bench=.build/release/sosach-bench
timed() {
  echo "== sosach-bench $*"
  /usr/bin/time -v "$bench" "$@" 2> >(grep -E "Elapsed|Maximum resident" >&2)
}

timed csv
timed decode
timed fields
timed units
timed read
# The clean benchmark generates its input once (kept under $TMPDIR), then times the job.
"$bench" clean --records "$records" --files "$files" --generate-only
timed clean --records "$records" --files "$files"
timed clean --records "$records" --files "$files" --binary .build/release/sosach
