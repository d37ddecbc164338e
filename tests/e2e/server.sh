#!/usr/bin/env bash
# Starts or stops a real Rasa server for the suite.
# Usage: server.sh start LINE BOT PORT TOKEN [ENDPOINTS]   (trains the bot first if needed)
#        server.sh stop  LINE BOT PORT
#
# ENDPOINTS (optional) is an endpoints.yml for the server (e.g. a SQL tracker
# store); with it the REST channel (POST /webhooks/rest/webhook) is on too.
# start runs `rasa run --enable-api --auth-token TOKEN -i 127.0.0.1 -p PORT
# --model MODEL` (2.8: through rasa_loopback.py) in its own process group, logs to the cache folder, and
# returns once GET / answers and GET /status is not 409 (model loaded). On a
# timeout or an early exit it prints the log tail, stops the server and fails.
# The token is never printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

START_TIMEOUT=${COACH_E2E_START_TIMEOUT:-240}

usage() { e2e_die "usage: server.sh start LINE BOT PORT TOKEN [ENDPOINTS] | stop LINE BOT PORT"; }
[[ $# -ge 4 ]] || usage
command=$1 line=$2 bot=$3 port=$4
[[ $port =~ ^[0-9]+$ ]] || e2e_die "server: port '$port' is not a number"
pidfile="$E2E_CACHE/run/$line-$bot-$port.pid"
log="$E2E_CACHE/logs/server-$line-$bot-$port.log"

# Kills the server's process group: TERM, then KILL after 20 s.
stop_server() {
    [[ -f $pidfile ]] || return 0
    local pid waited=0
    pid=$(cat "$pidfile")
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null && ((waited < 40)); do
            sleep 0.5
            waited=$((waited + 1))
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

# The last 25 lines of a Rasa log without Python's warnings (each is a
# "…Warning: …" line followed by the indented source line).
log_tail() {
    awk '/Warning: / { skip = 1; next } skip && /^  / { skip = 0; next } { skip = 0; print }' "$1" |
        tail -n 25
}

# HTTP status of a GET (000 when nothing answers).
http_status() {
    if command -v curl >/dev/null 2>&1; then
        curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
    else
        python3 - "$1" <<'PY' 2>/dev/null || echo 000
import sys, urllib.error, urllib.request
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=5).status)
except urllib.error.HTTPError as error:
    print(error.code)
PY
    fi
}

# True when every listening socket on the port is bound to 127.0.0.1.
listens_on_loopback_only() {
    command -v ss >/dev/null 2>&1 || return 0
    local addresses
    addresses=$(ss -ltnH "sport = :$port" | awk '{print $4}')
    [[ -n $addresses ]] && ! grep -qv '^127\.0\.0\.1:' <<<"$addresses"
}

wait_until_ready() {
    local pid=$1 token=$2 url="http://127.0.0.1:$port" deadline=$((SECONDS + START_TIMEOUT)) status
    while ((SECONDS < deadline)); do
        kill -0 "$pid" 2>/dev/null || { echo "e2e: server: Rasa $line $bot exited during start-up" >&2; return 1; }
        if [[ $(http_status "$url/") == 200 ]]; then
            status=$(http_status "$url/status?token=$token")
            [[ $status == 200 ]] && return 0
            [[ $status == 409 ]] || { echo "e2e: server: GET /status answered $status" >&2; return 1; }
        fi
        sleep 1
    done
    echo "e2e: server: Rasa $line $bot not ready on port $port after $START_TIMEOUT s" >&2
    return 1
}

start_server() {
    local token=$1 endpoints=${2:-} model venv pid started=$SECONDS extra=()
    # COACH_E2E_MODEL serves another model of the bot (replay.sh's retrained one).
    model=${COACH_E2E_MODEL:-$("$E2E_DIR/train.sh" "$line" "$bot" | tail -n 1)}
    venv=$(e2e_venv "$line")
    mkdir -p "$E2E_CACHE/run" "$E2E_CACHE/logs" "$E2E_CACHE/work/$line"
    stop_server
    if [[ $(http_status "http://127.0.0.1:$port/") != 000 ]]; then
        e2e_die "server: port $port is already in use"
    fi
    local -a rasa=("$venv/bin/rasa" run -i 127.0.0.1)
    # Rasa 2.8 has no --interface: rasa_loopback.py binds it to 127.0.0.1.
    if [[ $line == 2.* ]]; then
        rasa=("$venv/bin/python" "$E2E_DIR/rasa_loopback.py" run)
    fi
    if [[ -n $endpoints ]]; then
        [[ -f $endpoints ]] || e2e_die "server: no endpoints file $endpoints"
        extra=(--endpoints "$(realpath "$endpoints")" --credentials "$E2E_DIR/credentials-rest.yml")
    fi
    (cd "$E2E_CACHE/work/$line" && exec setsid "${rasa[@]}" --enable-api \
        --auth-token "$token" -p "$port" --model "$model" "${extra[@]}" </dev/null >"$log" 2>&1) &
    pid=$!
    echo "$pid" >"$pidfile"
    trap 'stop_server' EXIT
    if ! wait_until_ready "$pid" "$token"; then
        echo "e2e: server: last lines of $log (warnings left out):" >&2
        log_tail "$log" >&2
        exit 1
    fi
    if ! listens_on_loopback_only; then
        echo "e2e: server: Rasa $line $bot listens on more than 127.0.0.1:$port" >&2
        exit 1
    fi
    trap - EXIT
    e2e_log "server: Rasa $line $bot ready on http://127.0.0.1:$port in $(e2e_seconds_since $started) s"
}

case $command in
    start) [[ $# -eq 5 || $# -eq 6 ]] || usage; start_server "$5" "${6:-}" ;;
    stop) stop_server ;;
    *) usage ;;
esac
