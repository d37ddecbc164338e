#!/usr/bin/env bash
# Records what real Rasa says about the story conflicts of the hand-made
# projects in tests/data/conflicts/: for every line "<rasa line> <max history>"
# of a case's `runs` file it runs
#
#     rasa data validate stories --data data [session-export] --domain D \
#         --config config.yml [--max-history N]
#
# in that line's virtualenv (setup.sh builds them) on a copy of the case, and
# writes the conflict messages Rasa logged to expected/<line>-<N|none>.txt.
# tst_conflictfixtures compares rasa-coach's findings with these files.
#
#     tests/e2e/record-conflicts.sh            # every case
#     tests/e2e/record-conflicts.sh slots or   # only these cases
#
# D is domain-2.yml for Rasa 2.8 when the case has one (2.x and 3.x domain
# formats differ), else domain.yml. A case with a `generate` file (a story
# count) has its project written by bench_check --write-project (build it
# first; COACH_BUILD_DIR, default build/). A run that fails or does not
# reach Rasa's story validation stops the script and writes nothing for it.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CASES_DIR=$(cd "$E2E_DIR/../data/conflicts" && pwd)

# extract_conflicts LOG: Rasa's conflict messages without the log prefix,
# one block per conflict, blocks separated by an empty line.
extract_conflicts() {
    python3 - "$1" <<'PY'
import re, sys
blocks, current = [], None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    match = re.search(r"WARNING\s+rasa\.validator\s+-\s+(Story structure conflict.*)$", line)
    if match:
        current = [match.group(1)]
        blocks.append(current)
    elif current is not None and line.startswith("  ") and " predicted in " in line:
        current.append(line)
    else:
        current = None
print("\n\n".join("\n".join(block) for block in blocks))
PY
}

record_run() {
    local case_dir=$1 line=$2 history=$3 venv work log out domain
    venv=$(e2e_venv "$line")
    e2e_venv_ready "$line" || e2e_die "the $line virtualenv is not ready (run tests/e2e/setup.sh $line)"
    domain=domain.yml
    [[ $line == 2.8 && -f $case_dir/domain-2.yml ]] && domain=domain-2.yml
    work=$(mktemp -d)
    log=$work/rasa.log
    cp -r "$case_dir"/. "$work/"
    if [[ -f $work/generate ]]; then
        local bench="${COACH_BUILD_DIR:-$E2E_DIR/../../build}/tests/bench/bench_check"
        [[ -x $bench ]] || e2e_die "missing $bench (build the bench_check target, or set COACH_BUILD_DIR)"
        "$bench" --write-project "$work" "$(cat "$work/generate")" || e2e_die "could not write the generated project"
    fi
    local args=(data validate stories --data data --domain "$domain" --config config.yml)
    [[ -d $work/session-export ]] && args=(data validate stories --data data session-export
                                            --domain "$domain" --config config.yml)
    [[ $history != none ]] && args+=(--max-history "$history")
    if ! (cd "$work" && "$venv/bin/rasa" "${args[@]}" </dev/null >"$log" 2>&1); then
        cat "$log" >&2
        e2e_die "rasa $line failed on $(basename "$case_dir") (max history $history)"
    fi
    grep -q "Considering .* for conflict analysis" "$log" ||
        { cat "$log" >&2; e2e_die "rasa $line did not validate the stories of $(basename "$case_dir")"; }
    mkdir -p "$case_dir/expected"
    out=$case_dir/expected/$line-$history.txt
    {
        printf '# rasa %s: rasa data validate stories' "$(e2e_rasa_version "$line")"
        [[ $history != none ]] && printf ' --max-history %s' "$history"
        printf ' (domain %s; recorded by tests/e2e/record-conflicts.sh)\n' "$domain"
        extract_conflicts "$log"
    } >"$out"
    rm -rf "$work"
    e2e_log "$(basename "$case_dir") $line max_history=$history: $(grep -c '^Story structure' "$out" || true) conflicts"
}

main() {
    local cases=("$@") case_dir line history
    if [[ ${#cases[@]} -eq 0 ]]; then
        for case_dir in "$CASES_DIR"/*/; do cases+=("$(basename "$case_dir")"); done
    fi
    for name in "${cases[@]}"; do
        case_dir=$CASES_DIR/$name
        [[ -f $case_dir/runs ]] || e2e_die "no such case: $name (expected $case_dir/runs)"
        while read -r line history; do
            [[ -z $line || $line == \#* ]] && continue
            record_run "$case_dir" "$line" "$history"
        done <"$case_dir/runs"
    done
}

main "$@"
