#!/usr/bin/env bash
# Refreshes translations/rasa-coach_*.ts from the sources (lupdate over app/,
# ui/ and core/) and reports, per language, how many messages are unfinished.
#
#   scripts/update-translations.sh            update the .ts files in place
#   scripts/update-translations.sh --check    update copies in a temporary
#       folder and fail (exit 1) if any message is unfinished, missing, or has
#       placeholders (%1, %n) that differ from its source; the .ts files in
#       the tree are not touched. ctest runs this as `translations_complete`.
#
# After an update, translate the unfinished messages with Qt Linguist
# (linguist translations/rasa-coach_de.ts) or any editor, and run it again.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=update
[[ ${1:-} == --check ]] && mode=check

lupdate=${LUPDATE:-}
for candidate in "$lupdate" lupdate /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
    [[ -n $candidate ]] && command -v "$candidate" >/dev/null && { lupdate=$candidate; break; }
done
command -v "$lupdate" >/dev/null || { echo "lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

cd "$root"
ts_files=(translations/rasa-coach_*.ts)
if [[ $mode == check ]]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cp "${ts_files[@]}" "$scratch/"
    targets=("$scratch"/rasa-coach_*.ts)
else
    targets=("${ts_files[@]}")
fi

# lupdate warns about tr() in classes that declare their contexts by hand
# (Q_DECLARE_TR_FUNCTIONS, QCoreApplication::translate): not a problem.
"$lupdate" -no-obsolete -locations none -extensions cpp,h app ui core -ts "${targets[@]}" 2>&1 \
    | grep -v "lacks Q_OBJECT macro" || true

python3 "$root/scripts/check_translations.py" "${targets[@]}"
