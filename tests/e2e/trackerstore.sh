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

started=$SECONDS
run_postgres
run_sqlite
e2e_log "trackerstore: Rasa $line passed in $(e2e_seconds_since $started) s"
