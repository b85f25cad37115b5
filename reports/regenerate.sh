#!/usr/bin/env bash
# Regenerate the example reports in reports/ from corpora/ (run from anywhere, after the README's install).
# Exit code 1 from mtqa is expected: the corpora hold planted artefacts, so the gate fails.
set -uo pipefail
cd "$(dirname "$0")/.."
mtqa=.venv/bin/mtqa
"$mtqa" check corpora corpora --out reports --fail-on major --quiet \
  --junit reports/junit.xml --sarif reports/mtqa.sarif --markdown reports/summary.md \
  --findings-table reports/findings.csv
status=$?
if [ "$status" -ne 1 ]; then echo "unexpected exit code $status" >&2; exit 1; fi
# A screenshot of the seed's report, for the README (needs Debian's chromium).
if command -v chromium >/dev/null 2>&1; then
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1280,2000 \
    --screenshot=reports/china-us-ai-talks.png "file://$PWD/reports/china-us-ai-talks.html" 2>/dev/null
  rm -rf "$profile"
fi
