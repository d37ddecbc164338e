#!/usr/bin/env bash
# The README's training screenshot: the app under Xvfb, started as a user
# would (`rasa-coach --project DIR --start-server`) on a copy of the
# launcher tests' bot project whose `rasa` is the fake of
# tests/data/launcher/fake (it replays real Rasa 3.6 training output and
# holds at epoch 13 of 20). Writes docs/screenshots/training.png.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COACH_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots/training.png}
display=${COACH_SCREENSHOT_DISPLAY:-:18}

for binary in "$build/tests/fakerasa/fake-rasa" "$build/app/rasa-coach"; do
    [[ -x $binary ]] || { echo "missing $binary: build first" >&2; exit 1; }
done
for tool in Xvfb import; do
    command -v $tool >/dev/null || { echo "$tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/coach-demo.XXXXXX")
cleanup() {
    [[ -z ${app_pid:-} ]] || { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
    [[ -z ${xvfb_pid:-} ]] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

project=$work/mybot
cp -r "$root/tests/data/launcher/project" "$project"
mkdir -p "$project/.venv/bin" "$work/log"
cp "$root/tests/data/launcher/fake/rasa" "$project/.venv/bin/rasa"

Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done

DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    FAKE_RASA_DATA="$root/tests/data/launcher/rasa-3.6" FAKE_RASA_SERVER="$build/tests/fakerasa/fake-rasa" \
    FAKE_RASA_LOG="$work/log" FAKE_RASA_MODE=train-hangs FAKE_RASA_HANG_EPOCH=13 \
    "$build/app/rasa-coach" --project "$project" --start-server &
app_pid=$!
for _ in $(seq 300); do [[ -s $work/log/train-child.pid ]] && break; sleep 0.1; done
[[ -s $work/log/train-child.pid ]] || { echo "the training did not start" >&2; exit 1; }
sleep 2 # the dialog paints the last update
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
