#!/usr/bin/env bash
# The test command's e2e stage says what it did not check: when the real-Rasa
# suite cannot run here, `scripts/test.sh` fails, unless COACH_ALLOW_E2E_SKIP=1,
# and then passes with a loud SKIPPED line; a suite that ran and failed fails
# either way. Runs copies of scripts/ and tests/e2e/ (no build needed).
# Usage: test_e2e_stage.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
scratch=$(mktemp -d "${TMPDIR:-/tmp}/coach-e2e-stage.XXXXXX")
refuser_pid=
cleanup() {
    [[ -z $refuser_pid ]] || kill "$refuser_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# A fresh copy of the scripts the stage runs, in $scratch/<name>.
copy_tree() {
    mkdir -p "$scratch/$1/tests"
    cp -r "$source_dir/scripts" "$scratch/$1/"
    cp -r "$source_dir/tests/e2e" "$scratch/$1/tests/"
    echo "$scratch/$1"
}

# run_stage TREE [VAR=VALUE...]: runs TREE's `scripts/test.sh e2e`; sets
# $status and $output.
run_stage() {
    local tree=$1
    shift
    status=0
    output=$(env "$@" "$tree/scripts/test.sh" e2e 2>&1) || status=$?
}

expect() {  # expect STATUS PATTERN WHAT
    [[ $status -eq $1 ]] || fail "$3: exit $status, expected $1. Output:"$'\n'"$output"
    grep -qE -- "$2" <<<"$output" || fail "$3: no line matches '$2'. Output:"$'\n'"$output"
    echo "ok: $3"
}

# A loopback port that provably refuses connections: bound, never listening,
# held by this process until the test ends.
coproc refuser {
    exec python3 -c 'import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1], flush=True)
sys.stdin.read()'
}
refuser_pid=$refuser_PID
read -r port <&"${refuser[0]}"
[[ $port =~ ^[0-9]+$ ]] || fail "no refusing port"
dead_registry=(PIP_INDEX_URL="http://127.0.0.1:$port/simple" PIP_FIND_LINKS=
    COACH_E2E_CACHE="$scratch/empty-cache")

tree=$(copy_tree registry)
run_stage "$tree" "${dead_registry[@]}" COACH_ALLOW_E2E_SKIP=
expect 1 '^  e2e +FAILED .*cannot run: the Python package registry cannot be reached' \
    "registry unreachable fails the run"
grep -q '^== FAILED: e2e' <<<"$output" || fail "no final FAILED line"
run_stage "$tree" "${dead_registry[@]}" COACH_ALLOW_E2E_SKIP=1
expect 0 '^!! SKIPPED: e2e: the Python package registry cannot be reached' \
    "registry unreachable with COACH_ALLOW_E2E_SKIP=1 passes, saying SKIPPED"

tree=$(copy_tree not-executable)
chmod -x "$tree/tests/e2e/run.sh"
run_stage "$tree" COACH_ALLOW_E2E_SKIP=
expect 1 '^  e2e +FAILED .*tests/e2e/run.sh is not executable' "a non-executable run.sh fails"
run_stage "$tree" COACH_ALLOW_E2E_SKIP=1
expect 0 '^!! SKIPPED: e2e: tests/e2e/run.sh is not executable' \
    "a non-executable run.sh with COACH_ALLOW_E2E_SKIP=1 is SKIPPED"

# A suite that ran and failed is never a skip.
tree=$(copy_tree failing)
printf '#!/bin/sh\necho "e2e: FAILED: scenarios" >&2\nexit 1\n' >"$tree/tests/e2e/run.sh"
run_stage "$tree" COACH_ALLOW_E2E_SKIP=1
expect 1 '^  e2e +FAILED .*run.sh failed \(exit 1\)' "a failing suite fails even with COACH_ALLOW_E2E_SKIP=1"
grep -q 'SKIPPED: e2e' <<<"$output" && fail "a failing suite was reported as skipped"
echo "e2e stage checks passed"
