#!/usr/bin/env bash
# Fails when a C++ source of the project differs from what clang-format makes
# of it (.clang-format); lists those files. Fix: `ninja -C build format`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clang_format=${CLANG_FORMAT:-$(command -v clang-format || command -v clang-format-14 || true)}
[[ -n $clang_format ]] || { echo "format-check: clang-format not found (scripts/deps.sh installs it)" >&2; exit 1; }

cd "$root"
mapfile -t files < <(git ls-files -- 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h' \
    'tests/*.cpp' 'tests/*.h')
((${#files[@]} > 0)) || { echo "format-check: no sources found (not a git checkout?)" >&2; exit 1; }
mapfile -t unformatted < <("$clang_format" --dry-run --Werror "${files[@]}" 2>&1 |
    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*clang-format-violations.*/\1/p' | sort -u)
if ((${#unformatted[@]} > 0)); then
    printf '  %s\n' "${unformatted[@]}"
    echo "format-check: ${#unformatted[@]} of ${#files[@]} files are not clang-formatted (fix: ninja -C build format)" >&2
    exit 1
fi
echo "format-check: ${#files[@]} files clang-formatted"
