#!/usr/bin/env bash
# One command for all tests on a fresh Debian 12 machine: installs missing
# packages, builds with -Werror, checks that coach_core builds alone, runs
# ctest, smoke-starts the app, runs the core tests again under AddressSanitizer
# and UBSan, then runs the real-Rasa end-to-end suite
# (skipped with one line if the Python package registry is unreachable).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COACH_BUILD_DIR:-$root/build-ci}

"$root/scripts/deps.sh"

echo "== core alone (layer boundary)"
cmake -S "$root" -B "$build-core" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCOACH_WERROR=ON -DCOACH_BUILD_UI=OFF -DCOACH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build-core" --parallel "$(nproc)" --target coach_core

echo "== full build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOACH_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

echo "== unit, integration and GUI tests"
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" -LE postgres)

# Tests labelled postgres, against a throwaway PostgreSQL server that
# scripts/postgres.sh starts on a free loopback port and always stops.
postgres_stage() {
    echo "== PostgreSQL tests (label postgres)"
    "$root/scripts/postgres.sh" run bash -c 'cd "$1" && ctest --output-on-failure -L postgres' _ "$build"
}
postgres_stage

echo "== smoke start"
QT_QPA_PLATFORM=offscreen "$build/app/rasa-coach" --smoke-test

if [[ ${COACH_SKIP_SANITIZERS:-0} == 1 ]]; then
    echo "== core and fake-server tests under AddressSanitizer + UBSan: skipped (COACH_SKIP_SANITIZERS=1)"
else
    # Memory errors that pass by luck in a normal build (a use-after-free in
    # the YAML editor did) fail here.
    echo "== core and fake-server tests under AddressSanitizer + UBSan"
    sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    cmake -S "$root" -B "$build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOACH_BUILD_UI=OFF \
        -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" >/dev/null
    cmake --build "$build-asan" --parallel "$(nproc)"
    (cd "$build-asan" && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" -L "core|fakerasa")
fi

if [[ ${COACH_SKIP_E2E:-0} == 1 ]]; then
    echo "== end-to-end against real Rasa: skipped (COACH_SKIP_E2E=1)"
elif [[ -x $root/tests/e2e/run.sh ]]; then
    echo "== end-to-end against real Rasa"
    COACH_BUILD_DIR=$build "$root/tests/e2e/run.sh"
fi
echo "== all tests passed"
