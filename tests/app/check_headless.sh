#!/usr/bin/env bash
# What a CI machine or a packager runs has no display: --help, --version, an
# unknown subcommand and every headless subcommand answer without one (no
# "could not connect to display" abort).
# Usage: check_headless.sh RASA_COACH SOURCE_DIR
set -euo pipefail
exe=$1 source=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# run EXPECTED_EXIT ARGS...: runs the app with no display at all; sets $out.
run() {
    local expected=$1 status=0
    shift
    out=$(cd "$scratch" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM RASA_COACH_LANG=en \
        XDG_CONFIG_HOME="$scratch/config" timeout 60 "$exe" "$@" 2>&1) || status=$?
    [[ $status -eq $expected ]] ||
        fail "rasa-coach $*: exit $status, expected $expected. Output:"$'\n'"$out"
}

run 0 --help
grep -q '^Usage: ' <<<"$out" || fail "--help printed no usage: $out"
grep -q -- '--server <URL>' <<<"$out" || fail "--help lacks the options: $out"
run 0 --lang de --help
grep -q 'Mit diesem Rasa-Server verbinden' <<<"$out" || fail "--lang de --help is not German: $out"
run 0 some.coach -h
grep -q '^Usage: ' <<<"$out" || fail "FILE -h printed no usage: $out"
run 0 --version
grep -qx 'Rasa Coach [0-9]*\.[0-9]*\.[0-9]*' <<<"$out" || fail "--version printed '$out'"
run 2 frobnicate
grep -q "unknown command 'frobnicate'" <<<"$out" || fail "an unknown command said: $out"
for command in export graph; do
    run 0 "$command" --help
    grep -q '^Usage: ' <<<"$out" || fail "$command --help printed no usage: $out"
done
run 0 graph --stories "$source/resources/examples/moodbot/data/stories.yml" \
    --domain "$source/resources/examples/moodbot/domain.yml" --format json --output "$scratch/graph.json"
grep -q '"nodes"' "$scratch/graph.json" || fail "graph wrote no JSON: $out"
echo "headless command line checks passed"
