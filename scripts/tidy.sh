#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy, every warning an error) over the project's
# own sources in BUILD_DIR's compile_commands.json, in parallel; generated
# files (moc, resources) and Qt's headers are not checked.
# Usage: scripts/tidy.sh BUILD_DIR [FILE_REGEX]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: tidy.sh BUILD_DIR [FILE_REGEX]}
files=${2:-"^$root/(core|ui|app|tests)/.*\\.cpp$"}
run_tidy=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
[[ -n $run_tidy ]] || { echo "tidy: run-clang-tidy not found (scripts/deps.sh installs clang-tidy)" >&2; exit 1; }
[[ -f $build/compile_commands.json ]] || { echo "tidy: no $build/compile_commands.json (build first)" >&2; exit 1; }

log=$(mktemp "${TMPDIR:-/tmp}/coach-tidy.XXXXXX")
trap 'rm -f "$log"' EXIT
started=$SECONDS
rc=0
"$run_tidy" -quiet -p "$build" -j "$(nproc)" -header-filter "^$root/(core|ui|app|tests)/" "$files" \
    >"$log" 2>&1 || rc=$?
# Findings, without the progress lines and the clang "N warnings generated" noise.
grep -E '(warning|error): ' "$log" | sort -u || true
findings=$(grep -cE ': (warning|error): ' "$log" || true)
if [[ $rc -ne 0 || $findings -ne 0 ]]; then
    [[ $findings -ne 0 ]] || tail -n 20 "$log"
    echo "tidy: $findings findings (clang-tidy exit $rc) in $((SECONDS - started)) s" >&2
    exit 1
fi
echo "tidy: no findings in $((SECONDS - started)) s"
