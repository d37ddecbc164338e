#!/usr/bin/env bash
# Installs the Debian 12 packages Rasa Coach needs to build, test and run.
# Safe to run again: it only asks apt-get for what is missing.
set -euo pipefail

packages=(
    g++ cmake ninja-build ccache pkg-config git python3 clang-format clang-tidy
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 libqt6svgwidgets6 libqt6httpserver6 qt6-qpa-plugins libgl-dev
    libyaml-cpp-dev libgraphviz-dev graphviz
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev postgresql
    xvfb xauth xdotool fonts-dejavu-core libx11-dev libxtst-dev
    dpkg-dev fakeroot file appstream desktop-file-utils shared-mime-info
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps: all ${#packages[@]} Debian packages present"
    exit 0
fi

echo "deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    sudo=sudo
else
    sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
