#!/usr/bin/env bash
# The inbox against real Rasa's SQL tracker store, one Rasa line, on
# PostgreSQL and on SQLite.
#
#   trackerstore.sh LINE [--record DIR]
#
# For each dialect: a moodbot server of LINE with `tracker_store: type: SQL`
# (PostgreSQL from scripts/postgres.sh, the password through Rasa's ${VAR}
# interpolation; SQLite in a temporary folder), a scripted conversation
# through the REST channel (trackerstore.py converse), then `rasa-coach
# inbox` must list it with the turns, intents, confidences and timestamps the
# server's HTTP API reports, and its filters must find it
# (trackerstore.py check). PostgreSQL is read by a role that may only SELECT.
# Then "Correct it": the SQLite conversation is corrected offline
# (coach-inbox-correct), exported with `rasa-coach export --session` into a
# copy of the bot, and that Rasa must `rasa data validate` and `rasa train`
# on it.
# --record DIR also dumps the rows Rasa wrote into DIR/rasa-LINE-DIALECT.json
# (the fixtures in tests/data/trackerstore/).
#
# Needs the venv (setup.sh), builds nothing: rasa-coach comes from
# COACH_BUILD_DIR (default build/). Stops every server it started, also on
# failure. Exit 0 passed, 1 failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -ge 1 ]] || e2e_die "usage: trackerstore.sh LINE [--record DIR]"
line=$1
record=
[[ ${2:-} != --record ]] || record=${3:?--record needs a folder}
root=$(cd "$E2E_DIR/../.." && pwd)
exe="${COACH_BUILD_DIR:-$root/build}/app/rasa-coach"
[[ -x $exe ]] || e2e_die "trackerstore: missing $exe (build rasa-coach, or set COACH_BUILD_DIR)"
correct="${COACH_BUILD_DIR:-$root/build}/tests/e2e/coach-inbox-correct"
[[ -x $correct ]] || e2e_die "trackerstore: missing $correct (build coach-inbox-correct)"
e2e_venv_ready "$line" || e2e_die "trackerstore: the Rasa $line virtualenv is missing; run setup.sh first"
python=$(e2e_venv "$line")/bin/python

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coach-trackerstore.XXXXXX")
chmod 755 "$tmp" # the PostgreSQL server runs as the postgres user
token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
port=
cleanup() {
    [[ -z $port ]] || "$E2E_DIR/server.sh" stop "$line" moodbot "$port" || true
    "$root/scripts/postgres.sh" stop "$tmp/pg" || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# converse DIALECT ENDPOINTS: one server with that tracker store, one conversation.
converse() {
    local dialect=$1 endpoints=$2
    port=$(free_port)
    "$E2E_DIR/server.sh" start "$line" moodbot "$port" "$token" "$endpoints" >/dev/null
    "$python" "$E2E_DIR/trackerstore.py" converse --url "http://127.0.0.1:$port" --token "$token" \
        --sender "inbox-e2e-$dialect" --out "$tmp/truth-$dialect.json"
    "$E2E_DIR/server.sh" stop "$line" moodbot "$port"
    port=
}

check() {  # check DIALECT ARGS...: the inbox over that store against the truth
    local dialect=$1
    shift
    python3 "$E2E_DIR/trackerstore.py" check --exe "$exe" --truth "$tmp/truth-$dialect.json" -- "$@" ||
        e2e_die "trackerstore: Rasa $line, $dialect: the inbox does not show the conversation as Rasa stored it"
    e2e_log "trackerstore: Rasa $line, $dialect: the inbox shows the conversation as Rasa stored it"
}

run_postgres() {
    local admin pg_port password
    admin=$("$root/scripts/postgres.sh" start "$tmp/pg")
    pg_port=$(cat "$tmp/pg/port")
    password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    psql -q -v ON_ERROR_STOP=1 "$admin" \
        -c "CREATE ROLE rasa_bot LOGIN PASSWORD '$password'" \
        -c "CREATE ROLE coach_reader LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE rasa_tracker OWNER rasa_bot" >/dev/null
    cat >"$tmp/endpoints-postgres.yml" <<EOF
tracker_store:
  type: SQL
  dialect: "postgresql"
  url: 127.0.0.1
  port: $pg_port
  db: rasa_tracker
  username: rasa_bot
  password: \${COACH_E2E_DB_PASSWORD}
EOF
    COACH_E2E_DB_PASSWORD=$password converse postgres "$tmp/endpoints-postgres.yml"
    # The app's own role may only read the bot's table.
    psql -q -v ON_ERROR_STOP=1 "${admin%/postgres}/rasa_tracker" \
        -c "GRANT SELECT ON events TO coach_reader" >/dev/null
    RASA_COACH_DB_PASSWORD=$password check postgres \
        --tracker-store "postgresql://coach_reader@127.0.0.1:$pg_port/rasa_tracker"
    COACH_E2E_DB_PASSWORD=$password check postgres --endpoints "$tmp/endpoints-postgres.yml"
    [[ -z $record ]] || "$python" "$E2E_DIR/trackerstore.py" dump \
        --postgres "${admin%/postgres}/rasa_tracker" --out "$record/rasa-$line-postgresql.json"
}

run_sqlite() {
    cat >"$tmp/endpoints-sqlite.yml" <<EOF
tracker_store:
  type: SQL
  dialect: sqlite
  db: $tmp/rasa.db
EOF
    converse sqlite "$tmp/endpoints-sqlite.yml"
    check sqlite --tracker-store "sqlite://$tmp/rasa.db"
    check sqlite --endpoints "$tmp/endpoints-sqlite.yml"
    [[ -z $record ]] || "$python" "$E2E_DIR/trackerstore.py" dump --sqlite "$tmp/rasa.db" \
        --out "$record/rasa-$line-sqlite.json"
}

# The SQLite conversation, corrected offline and exported, must validate
# and train with the bot's own files.
correct_and_train() {
    local ws="$tmp/corrected" bot complaints
    bot=$(e2e_bot_dir "$line" moodbot)
    mkdir -p "$ws/data"
    cp "$bot/domain.yml" "$ws/domain.yml"
    [[ $line == 2.* ]] || sed -i 's/^version: .*/version: "3.1"/' "$ws/domain.yml"
    cp -r "$bot/data/." "$ws/data/"
    cp "$(e2e_bot_config moodbot)" "$ws/config.yml"
    "$correct" --tracker-store "sqlite://$tmp/rasa.db" --sender inbox-e2e-sqlite --domain "$ws/domain.yml" \
        --out "$tmp/corrected.coach" >"$tmp/correct.log" 2>&1 ||
        { cat "$tmp/correct.log" >&2; e2e_die "trackerstore: correcting the conversation failed"; }
    QT_QPA_PLATFORM=offscreen "$exe" export --session "$tmp/corrected.coach" --stories "$ws/data/coach_stories.yml" \
        --nlu "$ws/data/coach_nlu.yml" --domain-out "$ws/domain.yml" --rasa-version "$(e2e_rasa_version "$line")" \
        >"$tmp/export.log" 2>&1 || { cat "$tmp/export.log" >&2; e2e_die "trackerstore: export failed"; }
    # The part before the restart is new; the corrected part after it has the
    # steps of the bot's "sad path 1" and is skipped as its duplicate.
    grep -q 'intent: mood_great' "$ws/data/coach_stories.yml" ||
        e2e_die "trackerstore: the corrected conversation's new story is not in the export"
    grep -q 'the same steps as “sad path 1”' "$tmp/export.log" ||
        { cat "$tmp/export.log" >&2; e2e_die "trackerstore: the corrected sad path was not recognised as a training story"; }
    (cd "$ws" && RASA_CACHE_DIRECTORY="$ws/.rasa/cache" "$(e2e_venv "$line")/bin/rasa" data validate \
        --domain domain.yml --data data --config config.yml </dev/null >"$tmp/validate.log" 2>&1) ||
        { tail -n 30 "$tmp/validate.log" >&2; e2e_die "trackerstore: rasa data validate failed on the corrected export"; }
    complaints=$(grep -E 'Error|ERROR|(UserWarning|WARNING).*(coach_|domain\.yml)' "$tmp/validate.log" |
        grep -v -E 'TF_CPP|tensorflow|sqlalchemy|DeprecationWarning' || true)
    [[ -z $complaints ]] || { echo "$complaints" >&2; e2e_die "trackerstore: rasa data validate complained"; }
    (cd "$ws" && RASA_CACHE_DIRECTORY="$ws/.rasa/cache" "$(e2e_venv "$line")/bin/rasa" train --domain domain.yml \
        --data data --config config.yml --out models --fixed-model-name corrected </dev/null >"$tmp/train.log" 2>&1) &&
        [[ -f $ws/models/corrected.tar.gz ]] ||
        { tail -n 30 "$tmp/train.log" >&2; e2e_die "trackerstore: rasa train failed on the corrected export"; }
    e2e_log "trackerstore: Rasa $line: the corrected conversation exported, validated and trained ($(head -n 1 "$tmp/correct.log" | cut -d: -f2-))"
}

started=$SECONDS
run_postgres
run_sqlite
correct_and_train
e2e_log "trackerstore: Rasa $line passed in $(e2e_seconds_since $started) s"
