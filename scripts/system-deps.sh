#!/bin/sh
# Installs the Debian/Ubuntu packages that Qt (PySide6 wheels) and the Python venv need, if any
# are missing. Safe to run again: it only installs what dpkg does not already have.
# With "dev", also what the tests use for real desktop pieces: a virtual X display (Xvfb),
# input injection (xdotool), window properties (xprop), a private D-Bus bus (dbus-daemon), and the
# accessibility bus (at-spi2-core) with Debian's pyatspi, which reads it as a screen reader does,
# the Orca screen reader (tests/integration/test_orca.py checks what it speaks), and the
# validators of the desktop entry and the AppStream metainfo (desktop-file-utils, appstream).
# With "package", what building and checking the .deb needs (see below).
set -eu
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to do here

need="python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-randr0 libx11-xcb1 libxrender1
libsm6 libice6 libxss1 libx11-6 fonts-dejavu-core"
if [ "${1:-app}" = dev ]; then need="$need xvfb xdotool x11-utils dbus-daemon at-spi2-core python3-pyatspi
orca desktop-file-utils appstream"; fi
# With "package", what scripts/build-deb.sh and scripts/package-check.sh use: the Debian build
# tools (dpkg-shlibdeps), patchelf for the bundle's libraries, lintian and the validators, and
# the virtual screen the installed app is started on.
if [ "${1:-app}" = package ]; then need="$need dpkg-dev patchelf lintian desktop-file-utils appstream
xvfb xdotool x11-utils dbus-daemon"; fi

missing=""
for p in $need; do
  if [ "$p" = python3-venv ] && python3 -c 'import ensurepip, venv' 2>/dev/null; then
    continue   # this Python already has venv and pip (pyenv, python.org builds)
  fi
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing system packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
