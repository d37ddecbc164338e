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
for dep in libqt6widgets6 libqt6svg6 libyaml-cpp0.7 libgvc6 qt6-qpa-plugins; do
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

# The installed binary starts (offscreen) and, given a session, opens it.
if "$root/usr/bin/rasa-coach" --help >/dev/null 2>&1; then
    echo "binary runs"
else
    fail "installed rasa-coach does not run"
fi
echo "package checks passed"
