#!/usr/bin/env bash
# The README's first command: install what SoSach needs to build (libicu-dev, pkg-config),
# skipping what is present, then clean the sample lists into ./out.
# Extra arguments go to `sosach clean` (e.g. --quiet, --jobs 1).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in libicu-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# sosach exits 1 when it finished with rejected rows. SampleData holds damaged rows on purpose
# (they are in out/rejects.csv), so for this demonstration that is a success too; any other
# code (2: usage or unreadable input, or a crash) is a failure.
status=0
swift run sosach clean SampleData -o out "$@" || status=$?
if [ "$status" -gt 1 ]; then
  echo "sosach clean failed with exit code $status" >&2
  exit "$status"
fi
echo "Outputs in ./out: records.csv persons.csv rejects.csv review.csv report.json report.html" >&2
