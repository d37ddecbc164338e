#!/usr/bin/env bash
# Reruns the README's performance figures with one command: builds a Release
# tree, runs every benchmark (the ctest tests labelled bench) one after the
# other, and prints their figures as one table.
#
#   scripts/bench.sh [CTEST_NAME_REGEX]    e.g. scripts/bench.sh export
#
# Environment: COACH_BENCH_BUILD_DIR (default build-bench/). The machine
# should be otherwise idle; the export benchmark also prints CPU time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COACH_BENCH_BUILD_DIR:-$root/build-bench}
filter=${1:-.}

"$root/scripts/deps.sh" >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)"

report=$(mktemp "${TMPDIR:-/tmp}/coach-bench.XXXXXX")
trap 'rm -f "$report"' EXIT
status=0
(cd "$build" && COACH_BENCH=1 QT_QPA_PLATFORM=offscreen ctest --label-regex '^bench$' \
    --tests-regex "$filter" --output-on-failure --no-tests=error \
    --test-output-size-passed 1000000 --test-output-size-failed 1000000 \
    --output-junit "$report") || status=$?

# One row per output line that carries a figure (a number with a unit).
python3 - "$report" <<'PY'
import re, sys, xml.etree.ElementTree as tree
figure = re.compile(r"\d[\d.,]*\s*(ms|s|MB|KiB|MiB|nodes|events)\b")
print("\n| benchmark | figure |\n| --- | --- |")
for case in tree.parse(sys.argv[1]).getroot().iter("testcase"):
    output = case.findtext("system-out") or ""
    rows = [line.strip() for line in output.splitlines() if figure.search(line)]
    if case.get("status") != "run":
        rows.append(f"**{case.get('status')}**: see the output above")
    for row in rows or ["(no figures)"]:
        print(f"| {case.get('name')} | {row.replace('|', '/')} |")
PY
exit "$status"
