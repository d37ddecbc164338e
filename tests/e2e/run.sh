#!/usr/bin/env bash
# The real-Rasa end-to-end suite (what CI runs after the fast tests).
#
#   run.sh            set up Rasa 2.8 and 3.6 (cached), train the bots (cached),
#                     start one server per line and bot on free loopback ports,
#                     record the scripted conversations and compare their shapes
#                     with the committed recordings in recorded/<line>/
#   run.sh --record   the same, but write the recordings into recorded/<line>/
#                     (to refresh the reference after a deliberate change)
#   run.sh --fake     no Rasa: run the same script against build/…/fake-rasa for
#                     each line and compare it with the committed recordings
#
# Exits 0 when everything passed; 3 when the suite cannot run here (no package
# registry to build a missing virtualenv, no Python of the right version; one
# "e2e: cannot run:" line says why, and nothing was tested); 1 on any other
# failure. Never leaves a server running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/sessions.sh"
source "$(dirname "${BASH_SOURCE[0]}")/replay.sh"
source "$(dirname "${BASH_SOURCE[0]}")/launcher.sh"

mode=${1:-check}
case $mode in
    check | --check) mode=check ;;
    --record) mode=record ;;
    --fake) mode=fake ;;
    *) e2e_die "usage: run.sh [--record | --fake]" ;;
esac

RECORDED="$E2E_DIR/recorded"
STEP_TIMEOUT=${COACH_E2E_STEP_TIMEOUT:-600}
SETUP_TIMEOUT=${COACH_E2E_SETUP_TIMEOUT:-2400}
run_started=$SECONDS
timings=()
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rasa-coach-e2e.XXXXXX")
servers=()   # "line bot port" of servers started by this run
starters=()  # pids of `server.sh start` still waiting for their server
fake_pids=()

stop_servers() {
    local entry pids=()
    for entry in "${servers[@]}"; do
        # shellcheck disable=SC2086
        "$E2E_DIR/server.sh" stop $entry &
        pids+=($!)
    done
    for entry in "${pids[@]}"; do wait "$entry" || true; done
}

cleanup() {
    local entry
    # Starters still waiting stop their own server on TERM (their EXIT trap).
    for entry in "${starters[@]}"; do kill -TERM "$entry" 2>/dev/null || true; done
    for entry in "${starters[@]}"; do wait "$entry" 2>/dev/null || true; done
    for entry in "${fake_pids[@]}"; do kill -TERM "$entry" 2>/dev/null || true; done
    for entry in "${fake_pids[@]}"; do wait "$entry" 2>/dev/null || true; done
    stop_servers
    if [[ -n ${COACH_E2E_KEEP:-} && -d $tmp/actual ]]; then
        mkdir -p "$COACH_E2E_KEEP" && cp -r "$tmp/actual/." "$COACH_E2E_KEEP/"
        e2e_log "this run's recordings were kept in $COACH_E2E_KEEP"
    fi
    rm -rf "$tmp"
    [[ ${#timings[@]} -eq 0 ]] ||
        e2e_log "timings: $(IFS=,; echo "${timings[*]}"); total $(e2e_seconds_since $run_started) s"
}
trap cleanup EXIT
trap 'echo "e2e: interrupted" >&2; exit 130' INT TERM

timed() {  # timed LABEL COMMAND...: runs COMMAND, remembers how long it took
    local label=$1 started=$SECONDS rc=0
    shift
    "$@" || rc=$?
    timings+=("$label $(e2e_seconds_since $started) s")
    return $rc
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

new_token() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

run_setup() {
    local rc=0
    timeout "$SETUP_TIMEOUT" "$E2E_DIR/setup.sh" || rc=$?
    if [[ $rc -eq $E2E_EXIT_CANNOT_RUN ]]; then
        exit "$rc" # setup.sh printed the "cannot run" line
    fi
    [[ $rc -eq 0 ]] || e2e_die "setup failed (exit $rc)"
}

# Trains every bot, the two lines side by side (one core each).
train_all() {
    local line bot pids=() failed=0 pid
    for line in "${E2E_LINES[@]}"; do
        (for bot in "${E2E_BOTS[@]}"; do
            "$E2E_DIR/train.sh" "$line" "$bot" >/dev/null || exit 1
        done) &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    [[ $failed -eq 0 ]] || e2e_die "training failed"
}

# Starts one server per line and bot; fills $servers and $tmp/urls.
start_all() {
    local line bot port failed=0 pid
    : >"$tmp/urls"
    for line in "${E2E_LINES[@]}"; do
        for bot in "${E2E_BOTS[@]}"; do
            port=$(free_port)
            servers+=("$line $bot $port")
            echo "$line $bot http://127.0.0.1:$port" >>"$tmp/urls"
            "$E2E_DIR/server.sh" start "$line" "$bot" "$port" "$token" &
            starters+=($!)
        done
    done
    for pid in "${starters[@]}"; do wait "$pid" || failed=1; done
    starters=()
    [[ $failed -eq 0 ]] || e2e_die "a Rasa server did not start"
}

record_all() {  # record_all OUT_ROOT [URLS]: records every server into OUT_ROOT/<line>/
    local line bot url
    while read -r line bot url; do
        rm -rf "${1:?}/$line/$bot"
        timeout "$STEP_TIMEOUT" python3 "$E2E_DIR/record.py" --url "$url" --token "$token" \
            --bot "$bot" --out "$1/$line" || e2e_die "recording Rasa $line $bot failed"
    done <"${2:-$tmp/urls}"
}

compare_all() {  # compare_all ACTUAL_ROOT [OPTIONS]: compares with the committed recordings
    local actual=$1 line failed=0
    shift
    for line in "${E2E_LINES[@]}"; do
        e2e_log "compare: Rasa $line: recorded/$line vs this run"
        python3 "$E2E_DIR/compare_shapes.py" "$@" "$RECORDED/$line" "$actual/$line" || failed=1
    done
    return $failed
}

# Starts the fake server for LINE and BOT and adds it to $tmp/urls. Not in
# a subshell: $fake_pids must reach cleanup.
start_fake() {
    local line=$1 bot=$2 exe=$3 port log pid
    port=$(free_port)
    log="$tmp/fake-$line-$bot.log"
    : >"$log"
    "$exe" --bot "$(e2e_bot_dir "$line" "$bot")" --config "$E2E_DIR/bots/$bot/config.yml" --port "$port" --token "$token" \
        --rasa-version "$(e2e_rasa_version "$line")" >"$log" 2>&1 &
    pid=$!
    fake_pids+=("$pid")
    for _ in $(seq 100); do
        if grep -q 'fake-rasa listening on' "$log"; then
            echo "$line $bot http://127.0.0.1:$port" >>"$tmp/urls.fake"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    e2e_die "fake-rasa did not start for $line $bot"
}

# The shape differences of a fake recording, without counts and step names
# (one per line, sorted), so that they can be compared with a baseline.
fake_differences() {  # fake_differences LINE
    python3 "$E2E_DIR/compare_shapes.py" --summary "$RECORDED/$1" "$tmp/actual/$1" 2>&1 |
        python3 -c '
import re, sys
for line in sys.stdin:
    line = line.rstrip()
    if not line or line.startswith("compare_shapes.py:"):
        continue
    print(re.sub(r"\s+\((x[0-9]+, first in|in) [^)]*\)$", "", line))' | sort -u
}

# Records the scripted conversation against fake-rasa for every line and bot
# and compares its shapes with the real recordings. Differences listed in
# fake-known-differences/<line>.txt are known (FINDINGS.md says why); any
# other one fails, so fake-rasa cannot drift from Rasa unnoticed.
run_fake() {
    local exe="${COACH_BUILD_DIR:-$E2E_DIR/../../build}/tests/fakerasa/fake-rasa" line bot
    local known new failed=0
    [[ -x $exe ]] || e2e_die "no fake server at $exe (build the fake-rasa target, or set COACH_BUILD_DIR)"
    : >"$tmp/urls.fake"
    for line in "${E2E_LINES[@]}"; do
        for bot in "${E2E_BOTS[@]}"; do
            start_fake "$line" "$bot" "$exe"
        done
    done
    record_all "$tmp/actual" "$tmp/urls.fake"
    for line in "${E2E_LINES[@]}"; do
        known="$E2E_DIR/fake-known-differences/$line.txt"
        fake_differences "$line" >"$tmp/fake-$line.txt"
        if [[ -n ${COACH_E2E_UPDATE_KNOWN:-} ]]; then
            cp "$tmp/fake-$line.txt" "$known"
        fi
        new=$(comm -13 <(sort -u "$known" 2>/dev/null) "$tmp/fake-$line.txt")
        e2e_log "fake: Rasa $line: $(wc -l <"$tmp/fake-$line.txt") kinds of shape difference, all known: $([[ -z $new ]] && echo yes || echo no)"
        if [[ -n $new ]]; then
            printf '%s\n' "$new" >&2
            e2e_log "fake: Rasa $line: fake-rasa differs from Rasa in new ways (above; see FINDINGS.md)"
            failed=1
        fi
        if [[ -n $(comm -23 <(sort -u "$known") "$tmp/fake-$line.txt") ]]; then
            e2e_log "fake: Rasa $line: some known differences are gone; refresh with COACH_E2E_UPDATE_KNOWN=1"
        fi
    done
    return $failed
}

self_test() {
    python3 "$E2E_DIR/test_compare_shapes.py" 2>"$tmp/self-test.log" ||
        { cat "$tmp/self-test.log" >&2; e2e_die "compare_shapes.py self-test failed"; }
    e2e_log "compare_shapes.py self-test passed"
}

token=$(new_token)
timed "self-test" self_test
if [[ $mode == fake ]]; then
    timed "fake comparison" run_fake && rc=0 || rc=$?
    exit "$rc"
fi

e2e_log "real Rasa ${E2E_LINES[*]}, cache in $E2E_CACHE"
timed setup run_setup
timed training train_all
timed "server start" start_all
if [[ $mode == record ]]; then
    timed recording record_all "$RECORDED"
    rc=0
else
    timed recording record_all "$tmp/actual"
    timed comparison compare_all "$tmp/actual" && rc=0 || rc=$?
fi
if [[ $rc -ne 0 ]]; then
    echo "e2e: FAILED: real Rasa answered differently from the committed recordings (see above)" >&2
    exit 1
fi
[[ $mode == record ]] && { e2e_log "recorded"; exit 0; }
failed=()
timed scenarios run_scenarios || failed+=(scenarios)
timed "gui session" run_gui || failed+=("gui session")
timed "export+validate+train" validate_exports || failed+=(export)
timed "replay" run_replay || failed+=(replay)
# The inbox against a SQL tracker store on PostgreSQL and on SQLite (one line).
timed "tracker store" "$E2E_DIR/trackerstore.sh" 3.6 || failed+=("tracker store")
# The suite's servers are not needed any more: their memory and CPU go to
# the launcher's training and servers.
stop_servers
servers=()
timed "launcher" run_launcher || failed+=(launcher)
rm -rf "$tmp/actual"
timed "fake comparison" run_fake || failed+=("fake comparison")
if [[ ${#failed[@]} -ne 0 ]]; then
    echo "e2e: FAILED: $(IFS=,; echo "${failed[*]}") (see above)" >&2
    exit 1
fi
e2e_log "passed: Rasa $(for l in "${E2E_LINES[@]}"; do printf '%s ' "$(e2e_rasa_version "$l")"; done)"
