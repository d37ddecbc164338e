# shellcheck shell=bash
# The replay scenario of the real-Rasa suite, sourced by run.sh (needs its
# $tmp, $token, $tmp/urls, timed() and sessions.sh's helpers). Per line:
#
#   1. replay-annotator talks to the line's moodbot server and corrects the
#      intent of one message the model has never seen; the session is saved;
#   2. `rasa-coach replay` against that server: the corrected turn differs;
#   3. `rasa-coach export --session` into a copy of the bot, `rasa train`
#      (cached by the exported files, config and pins, like train.sh);
#   4. a server with the retrained model; `rasa-coach replay` again: the
#      corrected turn now agrees.

# replay_check REPORT TEXT AGREE: the turn with TEXT in the JSON report has
# "agree" == AGREE (true/false); prints the turn's intents and actions.
replay_check() {
    python3 - "$@" <<'PY'
import json, sys
report, text, agree = sys.argv[1], sys.argv[2], sys.argv[3] == "true"
turns = [t for s in json.load(open(report, encoding="utf-8"))["sessions"]
         for c in s["conversations"] for t in c["turns"] if t["user"] == text]
if len(turns) != 1:
    sys.exit(f"replay: {len(turns)} turns say {text!r} in {report}")
t = turns[0]
print(f"e2e: replay: {text!r}: annotated {t['expected_intent']} {t['expected_actions']}, "
      f"predicted {t['predicted_intent']} ({t['predicted_confidence']:.2f}) {t['predicted_actions']}")
sys.exit(0 if t["agree"] == agree else f"replay: that turn should {'' if agree else 'not '}agree")
PY
}

# replay_rasa_coach LINE URL REPORT: replays the line's session; its exit code.
replay_rasa_coach() {
    local line=$1 url=$2 report=$3 rc=0
    COACH_E2E_REPLAY_TOKEN=$token QT_QPA_PLATFORM=offscreen timeout "$STEP_TIMEOUT" \
        "$E2E_BUILD/app/rasa-coach" replay "$tmp/replay-$line/session.coach" --server "$url" \
        --token-env COACH_E2E_REPLAY_TOKEN --report "$report" --report "${report%.json}.xml" \
        >"${report%.json}.log" 2>&1 || rc=$?
    sed "s/^/e2e: replay: Rasa $line: /" "${report%.json}.log"
    return $rc
}

# replay_retrain LINE: exports the line's session into a copy of the bot,
# trains it (once per exported content) and prints the model's path.
replay_retrain() {
    local line=$1 ws="$tmp/replay-$1/bot" hash model
    mkdir -p "$ws/data"
    cp "$(e2e_bot_dir "$line" moodbot)/domain.yml" "$ws/domain.yml"
    [[ $line == 2.* ]] || sed -i 's/^version: .*/version: "3.1"/' "$ws/domain.yml"
    cp -r "$(e2e_bot_dir "$line" moodbot)/data/." "$ws/data/"
    cp "$(e2e_bot_config moodbot)" "$ws/config.yml"
    QT_QPA_PLATFORM=offscreen "$E2E_BUILD/app/rasa-coach" export \
        --session "$tmp/replay-$line/session.coach" --domain "$ws/domain.yml" \
        --stories "$ws/data/coach_stories.yml" --nlu "$ws/data/coach_nlu.yml" \
        --domain-out "$ws/domain.yml" --rasa-version "$(e2e_rasa_version "$line")" \
        >"$ws/../export.log" 2>&1 || { cat "$ws/../export.log" >&2; e2e_die "replay: export failed"; }
    hash=$( (cd "$ws" && find . -type f | LC_ALL=C sort | xargs sha256sum; e2e_stamp_text "$line") |
        sha256sum | cut -c1-16)
    model="$E2E_CACHE/models/$line/moodbot-replay-$hash.tar.gz"
    if [[ ! -f $model ]]; then
        rasa_in "$line" "$ws" train --domain domain.yml --data data --config config.yml \
            --out models --fixed-model-name retrained >"$ws/../train.log" 2>&1 ||
            { tail -n 30 "$ws/../train.log" >&2; e2e_die "replay: rasa $line train failed"; }
        find "$E2E_CACHE/models/$line" -name 'moodbot-replay-*.tar.gz' -delete
        mv "$ws/models/retrained.tar.gz" "$model"
    fi
    echo "$model"
}

run_replay() {
    local line url port model text rc failed=0
    need_program "$E2E_BUILD/app/rasa-coach"
    need_program "$E2E_BUILD/tests/core/helpers/replay-annotator"
    for line in "${E2E_LINES[@]}"; do
        mkdir -p "$tmp/replay-$line"
        url=$(server_url "$line" moodbot)
        COACH_E2E_REPLAY_TOKEN=$token timeout "$STEP_TIMEOUT" \
            "$E2E_BUILD/tests/core/helpers/replay-annotator" "$url" COACH_E2E_REPLAY_TOKEN \
            "$tmp/replay-$line/session.coach" >"$tmp/replay-$line/annotator.log" 2>&1 ||
            { cat "$tmp/replay-$line/annotator.log" >&2; e2e_log "replay: annotating on Rasa $line failed"; failed=1; continue; }
        text=$(sed -n 's/^corrected: \(.*\) [^ ]*$/\1/p' "$tmp/replay-$line/annotator.log")
        # Before retraining the model reads the corrected message as before.
        rc=0
        replay_rasa_coach "$line" "$url" "$tmp/replay-$line/before.json" || rc=$?
        [[ $rc -eq 1 ]] || { e2e_log "replay: Rasa $line: the first replay exited $rc, not 1"; failed=1; }
        replay_check "$tmp/replay-$line/before.json" "$text" false || failed=1
        model=$(replay_retrain "$line") || { failed=1; continue; }
        port=$(free_port)
        COACH_E2E_MODEL=$model "$E2E_DIR/server.sh" start "$line" moodbot "$port" "$token" >/dev/null ||
            { failed=1; continue; }
        servers+=("$line moodbot $port")
        replay_rasa_coach "$line" "http://127.0.0.1:$port" "$tmp/replay-$line/after.json" || true
        replay_check "$tmp/replay-$line/after.json" "$text" true || failed=1
        "$E2E_DIR/server.sh" stop "$line" moodbot "$port"
    done
    return $failed
}
