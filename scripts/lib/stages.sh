# shellcheck shell=bash
# The stage runner of scripts/test.sh (sourced, not run).
#
# A stage is a shell function, run in a subshell with `set -e`. It passes,
# fails, or ends itself with `stage_skip REASON` (SKIPPED). A stage that
# needs another one does not run when that one failed or was skipped in this
# invocation. At the end (also after a failure or Ctrl-C) `stages_summary`
# prints one line per stage: passed / FAILED / SKIPPED / not run, the time
# and why. A green run therefore says exactly what it checked.
#
#   stage NAME FUNCTION [NEEDS...]   declare a stage (in running order)
#   stages_main [NAME...]            run all stages, or only the named ones
#   stage_skip REASON                inside a stage: end it as SKIPPED
#   stage_note TEXT                  inside a stage: the summary's note
#   stage_explain COMMAND...         inside a stage: COMMAND's last line is the note if it fails

readonly STAGE_SKIPPED=77
stage_list=()
declare -A stage_function=() stage_needs=() stage_result=() stage_seconds=() stage_reason=()
stage_note_file=$(mktemp "${TMPDIR:-/tmp}/coach-stage-note.XXXXXX")
stage_summary_printed=0

stage() {
    stage_list+=("$1")
    stage_function[$1]=$2
    stage_needs[$1]="${*:3}"
}

stage_skip() {
    printf '%s\n' "$*" >"$stage_note_file"
    exit "$STAGE_SKIPPED"
}

stage_note() { printf '%s\n' "$*" >"$stage_note_file"; }

# stage_explain COMMAND...: runs COMMAND; when it fails, the last line it
# printed becomes the summary's note.
stage_explain() {
    local log rc=0
    log=$(mktemp "${TMPDIR:-/tmp}/coach-stage-log.XXXXXX")
    "$@" 2>&1 | tee "$log" || rc=${PIPESTATUS[0]}
    [[ $rc -eq 0 ]] || stage_note "$(tail -n 1 "$log")"
    rm -f "$log"
    return "$rc"
}

# The first needed stage that ran in this invocation and did not pass.
stage_blocker() {
    local need
    for need in ${stage_needs[$1]}; do
        [[ -z ${stage_result[$need]:-} || ${stage_result[$need]} == passed ]] || { echo "$need"; return; }
    done
}

stage_run() {
    local name=$1 blocker started=$SECONDS rc
    blocker=$(stage_blocker "$name")
    if [[ -n $blocker ]]; then
        stage_result[$name]="not run"
        stage_reason[$name]="needs '$blocker', which did not pass"
        return
    fi
    echo "== $name"
    : >"$stage_note_file"
    # Not in a condition, so that `set -e` holds inside the subshell.
    set +e
    (set -e; "${stage_function[$name]}")
    rc=$?
    set -e
    stage_seconds[$name]=$((SECONDS - started))
    stage_reason[$name]=$(head -n 1 "$stage_note_file")
    case $rc in
        0) stage_result[$name]=passed ;;
        "$STAGE_SKIPPED") stage_result[$name]=SKIPPED ;;
        *)
            stage_result[$name]=FAILED
            [[ -n ${stage_reason[$name]} ]] || stage_reason[$name]="exit $rc"
            ;;
    esac
    echo "== $name: ${stage_result[$name]} (${stage_seconds[$name]} s)${stage_reason[$name]:+: ${stage_reason[$name]}}"
}

stages_summary() {
    local name failed=() skipped=() unrun=0 result
    [[ $stage_summary_printed == 0 ]] || return 0
    stage_summary_printed=1
    rm -f "$stage_note_file"
    echo
    echo "== summary"
    printf '  %-12s %-8s %6s  %s\n' stage result time why
    for name in "${stage_list[@]}"; do
        result=${stage_result[$name]:-"not run"}
        [[ -n ${stage_result[$name]:-} ]] || stage_reason[$name]=${stage_reason[$name]:-interrupted}
        printf '  %-12s %-8s %6s  %s\n' "$name" "$result" \
            "${stage_seconds[$name]:+${stage_seconds[$name]} s}" "${stage_reason[$name]:-}"
        case $result in
            FAILED) failed+=("$name") ;;
            SKIPPED) skipped+=("$name") ;;
            "not run") unrun=$((unrun + 1)) ;;
        esac
    done
    for name in "${skipped[@]}"; do
        echo "!! SKIPPED: $name: ${stage_reason[$name]}"
    done
    if ((${#failed[@]} > 0)); then
        echo "== FAILED: ${failed[*]}"
    elif ((${#skipped[@]} + unrun > 0)); then
        echo "== passed, but ${#skipped[@]} stage(s) SKIPPED and $unrun not run (see above)"
    else
        echo "== all stages passed"
    fi
}

stage_any_failed() {
    local name
    for name in "${stage_list[@]}"; do
        [[ ${stage_result[$name]:-} != FAILED ]] || return 0
    done
    return 1
}

stages_main() {
    local name wanted=("$@")
    for name in "${wanted[@]}"; do
        [[ -n ${stage_function[$name]:-} ]] ||
            { echo "unknown stage '$name' (stages: ${stage_list[*]})" >&2; return 2; }
    done
    trap stages_summary EXIT
    for name in "${stage_list[@]}"; do
        if ((${#wanted[@]} == 0)) || [[ " ${wanted[*]} " == *" $name "* ]]; then
            stage_run "$name"
        else
            stage_reason[$name]="not selected"
        fi
    done
    stages_summary
    ! stage_any_failed
}
