#!/usr/bin/env bash
# Builds (or reuses) one virtualenv per Rasa line under the cache folder:
# Rasa 2.8 on Python 3.8 and Rasa 3.6 on Python 3.10, both with every package
# pinned by constraints/rasa-<line>.txt. Usage: setup.sh [LINE...]
#
# Exit codes: 0 ready; 3 a venv is missing and cannot be built here (the
# package registry cannot be reached, or the line's Python is not installed;
# one "e2e: cannot run:" line says which); 1 any other failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

lines=("$@")
[[ ${#lines[@]} -gt 0 ]] || lines=("${E2E_LINES[@]}")
started=$SECONDS
mkdir -p "$E2E_CACHE/logs"
# Two runs at once (two worktrees) build each venv once: the second one waits.
exec 9>"$E2E_CACHE/setup.lock"
flock 9

missing=()
for line in "${lines[@]}"; do
    e2e_python_minor "$line" >/dev/null
    e2e_venv_ready "$line" || missing+=("$line")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    e2e_log "setup: virtualenvs ready for Rasa ${lines[*]} (reused) in $(e2e_seconds_since $started) s"
    exit 0
fi

# Creates the bare venv (offline: venv brings its own pip).
create_venv() {
    local line=$1 python venv
    python=$(e2e_find_python "$(e2e_python_minor "$line")") ||
        e2e_cannot_run "Python $(e2e_python_minor "$line") not found (looked in ${PYENV_ROOT:-$HOME/.pyenv}/versions and PATH); Rasa $line needs it"
    venv=$(e2e_venv "$line")
    rm -rf "$venv"
    "$python" -m venv "$venv" || e2e_die "setup: cannot create $venv with $python"
}

# True when pip inside the venv can reach the package index.
registry_reachable() {
    local venv
    venv=$(e2e_venv "$1")
    "$venv/bin/python" -m pip index versions pip --timeout 20 --retries 1 >/dev/null 2>&1
}

# Installs the pinned packages; the log goes to the cache folder.
install_line() {
    local line=$1 venv constraints log
    venv=$(e2e_venv "$line")
    constraints="$E2E_DIR/constraints/rasa-$line.txt"
    log="$E2E_CACHE/logs/setup-$line.log"
    {
        "$venv/bin/python" -m pip install --upgrade -c "$constraints" pip setuptools wheel &&
        "$venv/bin/python" -m pip install -c "$constraints" "rasa==$(e2e_rasa_version "$line")" psycopg2-binary &&
        "$venv/bin/python" -m pip check &&
        "$venv/bin/python" -c "import psycopg2" # the SQL tracker store on PostgreSQL (trackerstore.sh)
    } >"$log" 2>&1 || return 1
    e2e_stamp_text "$line" >"$venv/.coach-stamp"
}

# One venv first, to ask the registry before spending time on the others.
create_venv "${missing[0]}"
if ! registry_reachable "${missing[0]}"; then
    rm -rf "$(e2e_venv "${missing[0]}")"
    e2e_cannot_run "the Python package registry cannot be reached (index: ${PIP_INDEX_URL:-the default}), so the Rasa ${missing[*]} virtualenv(s) cannot be built"
fi

for line in "${missing[@]:1}"; do create_venv "$line"; done
e2e_log "setup: installing Rasa ${missing[*]} (pinned; logs in $E2E_CACHE/logs/setup-<line>.log)"
pids=()
for line in "${missing[@]}"; do
    install_line "$line" &
    pids+=($!)
done
failed=()
for i in "${!missing[@]}"; do
    wait "${pids[$i]}" || failed+=("${missing[$i]}")
done
for line in "${failed[@]}"; do
    echo "e2e: setup: installing Rasa $line failed; last lines of $E2E_CACHE/logs/setup-$line.log:" >&2
    tail -n 15 "$E2E_CACHE/logs/setup-$line.log" >&2
    rm -rf "$(e2e_venv "$line")"
done
[[ ${#failed[@]} -eq 0 ]] || exit 1
e2e_log "setup: virtualenvs ready for Rasa ${lines[*]} in $(e2e_seconds_since $started) s"
