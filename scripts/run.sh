#!/usr/bin/env bash
# One command to try Rasa Coach: installs what is missing, builds, starts
# fake-rasa with the example mood bot on a free loopback port and opens the
# app connected to it. Pass --server URL to use a real `rasa run --enable-api`
# instead (then fake-rasa is not started). Extra arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COACH_BUILD_DIR:-$root/build}

"$root/scripts/build.sh"

server=
args=()
while (($#)); do
    case "$1" in
        --server) server=$2; shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done

if [[ -z $server ]]; then
    port=${COACH_FAKE_PORT:-5005}
    "$build/tests/fakerasa/fake-rasa" --bot "$root/resources/examples/moodbot" --port "$port" &
    fake_pid=$!
    trap 'kill $fake_pid 2>/dev/null || true' EXIT
    server=http://127.0.0.1:$port
fi

"$build/app/rasa-coach" --server "$server" --project "$root/resources/examples/moodbot" "${args[@]}"
