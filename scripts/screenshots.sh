#!/usr/bin/env bash
# Starts fake-rasa with the example mood bot and the app under Xvfb, lets the
# app's hidden --screenshot-tour drive a short conversation, and writes PNGs
# of the main window, the annotation panel, the action choice and a dark
# palette into docs/screenshots/. The session it records is saved as the
# example session resources/examples/moodbot.coach (made by the real app).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COACH_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
port=${COACH_FAKE_PORT:-$((20000 + RANDOM % 20000))}

for binary in "$build/tests/fakerasa/fake-rasa" "$build/app/rasa-coach"; do
    [[ -x $binary ]] || { echo "missing $binary: build first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb)" >&2; exit 1; }

"$build/tests/fakerasa/fake-rasa" --bot "$root/resources/examples/moodbot" --port "$port" &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done

settings=$(mktemp -d)
XDG_CONFIG_HOME=$settings XDG_DATA_HOME=$settings xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/app/rasa-coach" --server "http://127.0.0.1:$port" \
    --project "$root/resources/examples/moodbot" --conversation-id screenshots \
    --screenshot-tour "$out" --tour-save-session "${COACH_EXAMPLE_SESSION:-$root/resources/examples/moodbot.coach}"
rm -rf "$settings"
ls -l "$out"/*.png
