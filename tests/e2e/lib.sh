# shellcheck shell=bash
# Shared settings of the real-Rasa suite; sourced by setup.sh, train.sh,
# server.sh and run.sh (not executable on its own).
#
# Everything this suite builds lives outside the repository, under
# ${XDG_CACHE_HOME:-$HOME/.cache}/rasa-coach-e2e/:
#   venv-<line>/           one virtualenv per Rasa line, with .coach-stamp
#   models/<line>/         trained models, named <bot>-<hash of bot + config + pins>.tar.gz
#   work/<line>/           working folder of rasa (its .rasa/ training cache)
#   logs/                  setup, training and server logs
#   run/                   pid files of running servers

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_CACHE=${COACH_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rasa-coach-e2e}
E2E_LINES=(2.8 3.6)
E2E_BOTS=(moodbot formbot)
# The suite cannot run on this machine (no package registry to build a
# virtualenv, no Python of the right version): not a test failure, but no
# test result either. scripts/test.sh fails on it unless told to accept it.
export E2E_EXIT_CANNOT_RUN=3

# Rasa never phones home from this suite; TensorFlow keeps quiet.
export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL=2
export PYTHONWARNINGS=ignore
export SQLALCHEMY_SILENCE_UBER_WARNING=1

e2e_log() { printf 'e2e: %s\n' "$*"; }
e2e_die() { printf 'e2e: error: %s\n' "$*" >&2; exit 1; }
e2e_cannot_run() { printf 'e2e: cannot run: %s\n' "$*" >&2; exit "$E2E_EXIT_CANNOT_RUN"; }

# rasa_version LINE -> exact Rasa version pinned for that line
e2e_rasa_version() {
    sed -n 's/^rasa==//p' "$E2E_DIR/constraints/rasa-$1.txt"
}

# e2e_python_minor LINE -> the Python minor version the line runs on
e2e_python_minor() {
    case $1 in
        2.8) echo 3.8 ;;
        3.6) echo 3.10 ;;
        *) e2e_die "unknown Rasa line '$1' (expected one of: ${E2E_LINES[*]})" ;;
    esac
}

# e2e_find_python MINOR -> path of a pyenv (or PATH) interpreter of that minor
e2e_find_python() {
    local minor=$1 root candidate best=""
    root=${PYENV_ROOT:-$HOME/.pyenv}
    for candidate in "$root"/versions/"$minor".*/bin/python"$minor"; do
        [[ -x $candidate ]] && best=$candidate
    done
    if [[ -z $best ]] && command -v "python$minor" >/dev/null 2>&1; then
        best=$(command -v "python$minor")
    fi
    [[ -n $best ]] && echo "$best"
}

e2e_venv() { echo "$E2E_CACHE/venv-$1"; }

# The stamp records what the venv was built from; a changed pin rebuilds it.
e2e_stamp_text() {
    local line=$1
    printf 'rasa %s\npython %s\nconstraints %s\n' "$(e2e_rasa_version "$line")" \
        "$(e2e_python_minor "$line")" \
        "$(sha256sum <"$E2E_DIR/constraints/rasa-$line.txt" | cut -c1-16)"
}

e2e_venv_ready() {
    local venv
    venv=$(e2e_venv "$1")
    [[ -x $venv/bin/rasa && -f $venv/.coach-stamp ]] &&
        [[ "$(cat "$venv/.coach-stamp")" == "$(e2e_stamp_text "$1")" ]]
}

# e2e_bot_dir LINE BOT -> the bot folder for that line (a 2.x/ or 3.x/
# subfolder when the formats differ, else the bot folder itself)
e2e_bot_dir() {
    local line=$1 bot=$2 dir="$E2E_DIR/bots/$2"
    [[ -d $dir ]] || e2e_die "unknown bot '$bot' (expected one of: ${E2E_BOTS[*]})"
    if [[ -d $dir/${line%%.*}.x ]]; then
        echo "$dir/${line%%.*}.x"
    else
        echo "$dir"
    fi
}

# e2e_bot_config BOT -> config.yml of the bot (shared by both lines)
e2e_bot_config() { echo "$E2E_DIR/bots/$1/config.yml"; }

# e2e_model LINE BOT -> path of the model for the current bot files and pins
e2e_model() {
    local line=$1 bot=$2 dir hash
    dir=$(e2e_bot_dir "$line" "$bot")
    hash=$( (cd "$dir" && find . -type f -name '*.yml' | LC_ALL=C sort | xargs sha256sum
             sha256sum <"$(e2e_bot_config "$bot")"
             e2e_stamp_text "$line") | sha256sum | cut -c1-16)
    echo "$E2E_CACHE/models/$line/$bot-$hash.tar.gz"
}

# e2e_seconds_since START -> whole seconds elapsed since START ($SECONDS value)
e2e_seconds_since() { echo $((SECONDS - $1)); }
