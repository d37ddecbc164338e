#!/usr/bin/env bash
# usage: check_package.sh BUILD_DIR MIME_PROBE SOURCE_DIR
set -euo pipefail
build=$1 probe=$2 source=$3
app_id=org.rasacoach.RasaCoach
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >/dev/null) || fail "cpack could not build the package"
deb=$(ls "$scratch"/out/*.deb | head -1)
[[ -f $deb ]] || fail "no .deb produced"
echo "package: $(basename "$deb")"

# Metadata: name, version, and dependencies on Debian 12 runtime packages.
dpkg-deb --field "$deb" Package | grep -qx rasa-coach || fail "package name"
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6widgets6 libqt6svg6 libyaml-cpp0.7 libgvc6 qt6-qpa-plugins libqt6sql6-sqlite libqt6keychain1; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done

root=$scratch/root
dpkg -x "$deb" "$root"
for file in usr/bin/rasa-coach \
        usr/share/applications/$app_id.desktop \
        usr/share/metainfo/$app_id.metainfo.xml \
        usr/share/mime/packages/$app_id.xml \
        usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        usr/share/icons/hicolor/48x48/apps/$app_id.png \
        usr/share/icons/hicolor/256x256/apps/$app_id.png \
        usr/share/rasa-coach/examples/moodbot/domain.yml; do
    [[ -e $root/$file ]] || fail "missing $file"
done
[[ -x $root/usr/bin/rasa-coach ]] || fail "rasa-coach is not executable"

# Stripped: no symbol table, no debug info (84 MB installed when it had them).
sections=$(readelf -S --wide "$root/usr/bin/rasa-coach" | grep -oE '\.(symtab|debug_[a-z_]+)' || true)
[[ -z $sections ]] || fail "usr/bin/rasa-coach is not stripped: $(echo $sections)"
echo "stripped: usr/bin/rasa-coach has no symbol table and no debug info"
echo "size: $(dpkg-deb --field "$deb" Installed-Size) KiB installed, $(( $(stat -c %s "$deb") / 1024 )) KiB to download"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || fail "metainfo invalid: $(appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml")"
grep -q '^MimeType=application/x-rasa-coach-session;$' "$root/usr/share/applications/$app_id.desktop" \
    || fail "desktop entry does not claim the session MIME type"
grep -q '^Exec=rasa-coach %f$' "$root/usr/share/applications/$app_id.desktop" \
    || fail "desktop entry does not pass the file"

# MIME association: register the package's type in the scratch root and ask
# Qt's MIME database, as a file manager would, what a *.coach file is.
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1
sample=$scratch/work.coach
printf '{"format": "rasa-coach-session", "version": 1}\n' >"$sample"
type=$(XDG_DATA_DIRS="$root/usr/share" XDG_DATA_HOME="$scratch/none" "$probe" "$sample")
[[ $type == application/x-rasa-coach-session ]] || fail "*.coach is '$type'"

# Translations are embedded in the binary: the package ships no .qm files,
# yet the installed program speaks German when asked to.
[[ -z $(find "$root" -name '*.qm') ]] || fail "the package ships .qm files"
"$root/usr/bin/rasa-coach" --lang de --help 2>/dev/null | grep -q "Mit diesem Rasa-Server verbinden" \
    || fail "the installed binary has no German translation"

# Opens a session the way the desktop does: the Exec line with %f replaced by
# the file (plus the hidden --smoke-test, which prints what was opened and
# quits). Usage: open_session BINARY_DIR EXEC_LINE FILE
expected_conversations=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["conversations"]))' \
    "$source/resources/examples/moodbot.coach")
open_session() {
    local bindir=$1 exec_line=$2 file=$3 words=() args=() word
    read -ra words <<<"$exec_line"
    for word in "${words[@]}"; do
        [[ $word == %f ]] && args+=("$file") || args+=("$word")
    done
    [[ ${args[*]} == *"$file"* ]] || fail "the Exec line has no %f: $exec_line"
    PATH="$bindir:$PATH" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
        "${args[@]}" --smoke-test 2>"$scratch/open.err"
}
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$app_id.desktop")
cp "$root/usr/share/rasa-coach/examples/moodbot.coach" "$scratch/some.coach"
opened=$(open_session "$root/usr/bin" "$exec_line" "$scratch/some.coach") \
    || fail "rasa-coach some.coach failed: $(cat "$scratch/open.err")"
grep -qx "session: $expected_conversations conversations" <<<"$opened" \
    || fail "the desktop entry did not open the session: $opened"
echo "desktop entry opens some.coach ($expected_conversations conversation)"

# cmake --install works to any prefix, and the result runs from there.
prefix=$scratch/any/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install to $prefix failed"
for file in bin/rasa-coach share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
        share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg \
        share/rasa-coach/examples/moodbot.coach; do
    [[ -e $prefix/$file ]] || fail "cmake --install: missing $prefix/$file"
done
opened=$(open_session "$prefix/bin" "rasa-coach %f" "$prefix/share/rasa-coach/examples/moodbot.coach") \
    || fail "rasa-coach from $prefix failed: $(cat "$scratch/open.err")"
grep -qx "session: $expected_conversations conversations" <<<"$opened" \
    || fail "rasa-coach from $prefix did not open the session: $opened"
echo "cmake --install to $prefix works"
echo "package checks passed"
