#!/usr/bin/env bash
# Records the real Rasa output the launcher tests replay (rasa-2.8/,
# rasa-3.6/): `rasa --version`, `rasa train` (fresh, again, with a broken
# domain), `rasa run` (ready, port already taken, broken endpoints file)
# and `rasa run actions`, for the action bot in project/.
# Needs the e2e virtualenvs (tests/e2e/setup.sh). Trains twice per line:
# minutes of CPU. Usage: record.sh [LINE...]   (default: 2.8 3.6)
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../../e2e/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

record_line() {
    local line=$1 venv out project model port aport pid apid
    venv=$(e2e_venv "$line")
    out=$here/rasa-$line
    project=$work/$line
    mkdir -p "$out" "$project"
    cp -r "$here/project/." "$project/"
    cd "$project" || return 1
    "$venv/bin/rasa" --version >"$out/version.txt" 2>&1
    "$venv/bin/rasa" train >"$out/train.txt" 2>&1
    "$venv/bin/rasa" train >"$out/train-again.txt" 2>&1
    model=$(ls -t models/*.tar.gz | head -n 1)
    port=$(free_port)
    aport=$(free_port)
    local -a run=("$venv/bin/rasa" run -i 127.0.0.1)
    [[ $line == 2.* ]] && run=("$venv/bin/python" "$here/../../e2e/rasa_loopback.py" run)
    SANIC_HOST=127.0.0.1 setsid "$venv/bin/rasa" run actions --actions actions -p "$aport" \
        >"$out/action-server-start.txt" 2>&1 &
    apid=$!
    setsid "${run[@]}" --enable-api --auth-token secret -p "$port" --model "$model" \
        >"$out/server-start.txt" 2>&1 &
    pid=$!
    for _ in $(seq 300); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/status?token=secret") == 200 ]] && break
        sleep 1
    done
    "${run[@]}" --enable-api --auth-token secret -p "$port" --model "$model" \
        >"$out/server-port-taken.txt" 2>&1 </dev/null
    kill -TERM -- "-$pid" "-$apid"
    printf 'action_endpoint:\n  url: [unclosed\n' >"$work/broken-endpoints.yml"
    "${run[@]}" --enable-api --auth-token secret -p "$port" --model "$model" \
        --endpoints "$work/broken-endpoints.yml" >"$out/server-exit.txt" 2>&1 </dev/null
    printf 'intents:\n  - greet\n responses: [\n' >domain.yml
    "$venv/bin/rasa" train >"$out/train-broken.txt" 2>&1
}

lines=("$@")
[[ ${#lines[@]} -gt 0 ]] || lines=(2.8 3.6)
for line in "${lines[@]}"; do
    record_line "$line"
done
