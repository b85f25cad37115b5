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
# Screenshots for the README (need Debian's chromium): shoot REPORT.html IMAGE.png HEIGHT
shoot() {
  command -v chromium >/dev/null 2>&1 || return 0
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size="1280,$3" \
    --screenshot="$2" "file://$PWD/$1" 2>/dev/null
  rm -rf "$profile"
}
shoot reports/china-us-ai-talks.html reports/china-us-ai-talks.png 2000
# The engine-comparison demo (reports/compare_demo.py builds its inputs from corpora/), run from the
# demo folder so that the report names its inputs by relative paths.
demo=$(mktemp -d)
.venv/bin/python reports/compare_demo.py "$demo" >/dev/null
(cd "$demo" && "$OLDPWD/$mtqa" compare --source en --engine mt=mt --engine plain-typography=plain-typography \
  --engine truncated=truncated -s en -t fr --quiet --json "$OLDPWD/reports/compare.json" \
  --html "$OLDPWD/reports/compare.html" --markdown "$OLDPWD/reports/compare.md")
status=$?
rm -rf "$demo"
if [ "$status" -ne 0 ]; then echo "mtqa compare: unexpected exit code $status" >&2; exit 1; fi
shoot reports/compare.html reports/compare.png 1500
