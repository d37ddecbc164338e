# shellcheck shell=bash
# Phase 3 of the real-Rasa suite, sourced by run.sh (needs its $tmp and
# timed()): the launcher (tests/e2e/launcher_e2e.cpp) on each line, given a
# copy of the action bot (tests/data/launcher/project: moodbot's data, a
# `ping` intent and rule, a one-line custom action) whose .venv is a link to
# the line's virtualenv. It trains, serves with an action
# server, talks, exports, retrains and swaps the model, stops everything,
# and cleans up after a launcher-driver killed with SIGKILL.
#
# Training is what takes time: the first model of each line is kept in
# $E2E_CACHE/launcher/<line>/models and copied into the next run's project
# (Rasa 2.8 then says "Nothing changed"), and Rasa 3.6's component cache is
# kept in $E2E_CACHE/launcher/<line>/rasa-cache. The retraining after the
# export always trains (its model is never kept).

LAUNCHER_TIMEOUT=${COACH_E2E_LAUNCHER_TIMEOUT:-2400}

# launcher_project LINE DIR: the bot copy, with the seed model if there is one.
launcher_project() {
    local line=$1 ws=$2 seed="$E2E_CACHE/launcher/$1/models"
    mkdir -p "$ws"
    cp -r "$E2E_DIR/../data/launcher/project/." "$ws/"
    ln -s "$(e2e_venv "$line")" "$ws/.venv"
    if [[ -d $seed ]] && compgen -G "$seed/*.tar.gz" >/dev/null; then
        mkdir -p "$ws/models"
        cp -p "$seed"/*.tar.gz "$ws/models/"
    fi
}

# launcher_keep_seed LINE DIR: keeps the project's first model for next time.
launcher_keep_seed() {
    local seed="$E2E_CACHE/launcher/$1/models" first
    first=$(ls -tr "$2"/models/*.tar.gz 2>/dev/null | head -n 1)
    [[ -n $first ]] || return 0
    rm -rf "$seed"
    mkdir -p "$seed"
    cp -p "$first" "$seed/"
}

run_launcher() {
    local line ws out rc failed=0 exe="$E2E_BUILD/tests/e2e/launcher-e2e"
    need_program "$exe"
    need_program "$E2E_BUILD/tests/core/helpers/launcher-driver"
    for line in "${E2E_LINES[@]}"; do
        ws="$tmp/launcher-$line/bot"
        out="$tmp/launcher-$line/out.txt"
        launcher_project "$line" "$ws"
        mkdir -p "$E2E_CACHE/launcher/$line/rasa-cache"
        rc=0
        COACH_E2E_PROJECT=$ws COACH_E2E_RASA_LINE=$line COACH_E2E_REGISTRY="$tmp/launcher-$line/registry" \
            COACH_E2E_DRIVER="$E2E_BUILD/tests/core/helpers/launcher-driver" \
            RASA_CACHE_DIRECTORY="$E2E_CACHE/launcher/$line/rasa-cache" \
            QTEST_FUNCTION_TIMEOUT=$((LAUNCHER_TIMEOUT * 1000)) \
            timeout "$LAUNCHER_TIMEOUT" "$exe" -o "$out,txt" >"$tmp/launcher-$line/stdout.txt" 2>&1 || rc=1
        grep -E '^(TIMING|REAPED)' "$tmp/launcher-$line/stdout.txt" | sed "s/^/e2e: launcher: Rasa $line: /"
        grep '^Totals' "$out" 2>/dev/null | sed "s/^/e2e: launcher: Rasa $line: /"
        if [[ $rc -ne 0 ]] || grep -q '^SKIP' "$out"; then
            grep -E '^(FAIL|   |QWARN)' "$out" >&2 || tail -n 40 "$tmp/launcher-$line/stdout.txt" >&2
            e2e_log "launcher: Rasa $line failed"
            failed=1
            continue
        fi
        launcher_keep_seed "$line" "$ws"
    done
    return $failed
}
