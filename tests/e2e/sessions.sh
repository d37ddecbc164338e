# shellcheck shell=bash
# Phase 2 of the real-Rasa suite, sourced by run.sh (needs its $tmp, $token,
# $tmp/urls and timed()): the engine's scripted-annotator scenarios and the
# GUI's full session against each real moodbot server, then the export of
# those sessions loaded by that Rasa (`rasa data validate`, `rasa train`).

E2E_BUILD=${COACH_BUILD_DIR:-$E2E_DIR/../../build}

# server_url LINE BOT -> the URL run.sh started for that server
server_url() {
    awk -v l="$1" -v b="$2" '$1 == l && $2 == b { print $3 }' "$tmp/urls"
}

need_program() {  # need_program PATH: fails unless the build has it
    [[ -x $1 ]] || e2e_die "missing $1 (build it first, or set COACH_BUILD_DIR)"
}

# run_program LABEL LINE EXE [ARGS...]: runs a QTest program against LINE's
# moodbot server (COACH_E2E_* set, plus what the caller exported), prints its
# totals, fails on a failure or a skipped test.
run_program() {
    local label=$1 line=$2 exe=$3 out="$tmp/$1-$2.txt" rc=0
    shift 3
    need_program "$exe"
    COACH_E2E_URL=$(server_url "$line" moodbot) COACH_E2E_TOKEN=$token COACH_E2E_RASA_LINE=$line \
        QT_QPA_PLATFORM=offscreen timeout "$STEP_TIMEOUT" "$exe" "$@" -o "$out,txt" >/dev/null 2>&1 ||
        rc=1
    [[ $rc -eq 0 ]] || grep -E '^(FAIL|   |Totals)' "$out" >&2 || cat "$out" >&2
    grep '^Totals' "$out" | sed "s/^/e2e: $label: Rasa $line: /"
    if grep -q '^SKIP' "$out"; then
        e2e_log "$label skipped a test on Rasa $line"
        rc=1
    fi
    return $rc
}

# The C++ scenarios (tests/core/tst_realrasascenarios.cpp) against each
# line's moodbot server; each scenario leaves its tracker in $tmp/sessions/LINE.
run_scenarios() {
    local line port failed=0
    for line in "${E2E_LINES[@]}"; do
        port=$(server_url "$line" moodbot)
        port=${port##*:}
        COACH_E2E_OUT="$tmp/sessions/$line" \
            COACH_E2E_RESTART="'$E2E_DIR/server.sh' stop $line moodbot $port && '$E2E_DIR/server.sh' start $line moodbot $port $token >/dev/null" \
            run_program scenarios "$line" "$E2E_BUILD/tests/core/tst_realrasascenarios" || failed=1
    done
    return $failed
}

# The GUI's full-session test (tests/ui/tst_mainwindow) against each real
# moodbot server instead of its fake one.
run_gui() {
    local line failed=0
    for line in "${E2E_LINES[@]}"; do
        run_program gui "$line" "$E2E_BUILD/tests/ui/tst_mainwindow_e2e" fullSessionAgainstRealServer ||
            failed=1
    done
    return $failed
}

# Merges the scenarios' new responses into one JSON object.
merge_responses() {  # merge_responses OUT FILES...
    python3 - "$@" <<'PY'
import json, sys
merged = {}
for name in sys.argv[2:]:
    with open(name, encoding="utf-8") as f:
        merged.update(json.load(f))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(merged, f)
PY
}

# Exports LINE's sessions into a copy of the bot (its domain extended, our
# stories and NLU beside its data) and prints the workspace.
export_sessions() {
    local line=$1 sessions="$tmp/sessions/$1" ws="$tmp/export-$1" args=() file
    local exe="$E2E_BUILD/app/rasa-coach"
    need_program "$exe"
    mkdir -p "$ws/data"
    cp "$(e2e_bot_dir "$line" moodbot)/domain.yml" "$ws/domain.yml"
    # The shared bot files say version "2.0"; the domain we extend gets the
    # line's own format version so that 3.x has nothing to say about it.
    [[ $line == 2.* ]] || sed -i 's/^version: .*/version: "3.1"/' "$ws/domain.yml"
    cp -r "$(e2e_bot_dir "$line" moodbot)/data/." "$ws/data/"
    # The NLU file is merged into too: the line's version, for the same reason.
    [[ $line == 2.* ]] || sed -i 's/^version: .*/version: "3.1"/' "$ws/data/nlu.yml"
    cp "$(e2e_bot_config moodbot)" "$ws/config.yml"
    for file in "$sessions"/*.tracker.json; do args+=(--tracker "$file"); done
    [[ ${#args[@]} -gt 0 ]] || e2e_die "export: no sessions were recorded for Rasa $line"
    merge_responses "$ws/new-responses.json" "$sessions"/*.responses.json
    QT_QPA_PLATFORM=offscreen "$exe" export "${args[@]}" --domain "$ws/domain.yml" \
        --new-responses "$ws/new-responses.json" --stories "$ws/data/coach_stories.yml" \
        --nlu "$ws/data/nlu.yml" --domain-out "$ws/domain.yml" \
        --rasa-version "$(e2e_rasa_version "$line")" >"$ws/export.log" 2>&1 ||
        { cat "$ws/export.log" >&2; e2e_die "export for Rasa $line failed"; }
    rm "$ws/new-responses.json"
    # The bot's own NLU file, merged into: its number values are kept, the
    # retrieval scenario's example goes under its full name.
    grep -qF -- '- [10]{"entity": "number", "value": 10} out of 10' "$ws/data/nlu.yml" ||
        e2e_die "export for Rasa $line changed the number values of nlu.yml"
    awk '/^- intent: faq\/ask_name/ { found = 1 } found && /tell me your name please/ { ok = 1 } END { exit !ok }' \
        "$ws/data/nlu.yml" || e2e_die "export for Rasa $line lost the retrieval intent's response key"
    echo "$ws"
}

# Lines of a Rasa log that complain about our files: errors, or warnings
# that name domain.yml, nlu.yml or a coach_ file.
complaints() {  # complaints LOG
    grep -E 'Error|ERROR|error:|(UserWarning|WARNING|Warning).*(coach_|domain\.yml|nlu\.yml)|coach_[a-z]+\.yml' "$1" |
        grep -v -E 'TF_CPP|tensorflow|sqlalchemy|DeprecationWarning' || true
}

rasa_in() {  # rasa_in LINE WORKSPACE ARGS...: rasa of LINE, run in WORKSPACE
    local line=$1 ws=$2
    shift 2
    (cd "$ws" && RASA_CACHE_DIRECTORY="$ws/.rasa/cache" timeout "$STEP_TIMEOUT" \
        "$(e2e_venv "$line")/bin/rasa" "$@" </dev/null)
}

# Exports, validates and trains, one line after the other (one training at a time).
validate_exports() {
    local line ws failed=0 found
    for line in "${E2E_LINES[@]}"; do
        ws=$(export_sessions "$line")
        if ! rasa_in "$line" "$ws" data validate --domain domain.yml --data data \
            --config config.yml >"$ws/validate.log" 2>&1; then
            tail -n 30 "$ws/validate.log" >&2
            e2e_log "export: rasa $line data validate failed on our files"
            failed=1
        fi
        found=$(complaints "$ws/validate.log")
        if [[ -n $found ]]; then
            printf '%s\n' "$found" >&2
            e2e_log "export: rasa $line data validate complained about our files"
            failed=1
        fi
        if ! rasa_in "$line" "$ws" train --domain domain.yml --data data --config config.yml \
            --out models --fixed-model-name exported >"$ws/train.log" 2>&1 ||
            [[ ! -f $ws/models/exported.tar.gz ]]; then
            tail -n 30 "$ws/train.log" >&2
            e2e_log "export: rasa $line train failed on our files"
            failed=1
        fi
        [[ $failed -ne 0 ]] || e2e_log "export: Rasa $line validated and trained on $(ls "$ws/data" | tr '\n' ' ')"
    done
    return $failed
}
