#!/bin/sh
# The whole packaging check, on this machine (Debian 12, as root or with sudo): builds the
# wheel, the self-contained bundle and the .deb (with desktop-file-validate, appstreamcli and
# lintian), installs the .deb with apt, starts the installed app from the menu entry's Exec
# line on a virtual screen with a tray (../shared/tools/xshot, or $XSHOT) with a fresh home
# folder, checks that its icon docks and that `spasm-desktop status --json` answers, logs a
# drink, then removes the package with apt and checks that the person's data is still there.
# Not part of ./test.sh: it installs and removes a system package, and takes minutes.
# --installed-only skips the three builds and checks the .deb already in build/deb/.
set -eu
build=yes
[ "${1:-}" = --installed-only ] && build=no
cd "$(dirname "$0")/.."
root=$(pwd)
xshot=${XSHOT:-$root/../shared/tools/xshot}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
began=$(date +%s)
step() { echo "== $* ($(($(date +%s) - began)) s)"; }

sh scripts/system-deps.sh package   # dpkg-dev, patchelf, lintian, validators, Xvfb

if [ $build = yes ]; then
  step "wheel and sdist"
  rm -rf build/dist
  .venv/bin/python -m build --no-isolation --outdir build/dist . >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; exit 1; }
  ls build/dist

  step "bundle"
  sh scripts/build-bundle.sh

  step ".deb"
  sh scripts/build-deb.sh
fi
deb=$(ls build/deb/spasm-desktop_*.deb)

step "apt install ./$deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; exit 1; }
grep -E "^(Setting up|Unpacking) spasm-desktop" "$work/apt.log" | sed 's/^/   /'
command -v spasm-desktop
desktop=/usr/share/applications/org.spasmdesktop.SpasmDesktop.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1 | sed 's/ *%[fFuUick]//g')
echo "   menu entry's Exec line: $exec_line"

step "start it from the menu entry on a virtual screen with a tray"
home="$work/home"
mkdir -p "$home"
cat >"$work/inside.sh" <<INSIDE
set -eu
export HOME="$home"
cd "\$HOME"
"$root/.venv/bin/python" "$root/scripts/tray_check.py" --name spasm-desktop --timeout 30
spasm-desktop status --json >"$work/status.json"
"$root/.venv/bin/python" -c 'import json, sys; s = json.load(open(sys.argv[1])); assert s["running"] is True, s; print("   status --json answers: running, next water", s["next"]["water"])' "$work/status.json"
spasm-desktop drink 250 | sed 's/^/   /'
import -window root "$work/installed.png"
INSIDE
env -u SPASM_DESKTOP_HOME -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$home" \
  "$xshot" -o "$work/shot.png" -w 3 -t "sh $work/inside.sh" -- $exec_line
cp "$work/shot.png" build/package-check-tray.png
echo "   screenshot: build/package-check-tray.png"
records="$home/.local/share/spasm-desktop/records.sqlite3"
test -f "$records"
test -f "$home/.config/spasm-desktop/settings.json" || true

step "apt remove spasm-desktop"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q spasm-desktop >"$work/remove.log" 2>&1 ||
  { cat "$work/remove.log"; exit 1; }
grep -E "^Removing spasm-desktop" "$work/remove.log" | sed 's/^/   /'
if [ -e /opt/spasm-desktop ] || [ -e /usr/bin/spasm-desktop ] || [ -e "$desktop" ]; then
  echo "   the package left files behind"; exit 1
fi
echo "   /opt/spasm-desktop, /usr/bin/spasm-desktop and the menu entry are gone"
"$root/.venv/bin/python" -c '
import sqlite3, sys
with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as db:
    drinks = db.execute("SELECT count(*) FROM drinks").fetchone()[0]
assert drinks >= 1, drinks
print(f"   the data is still there: ~/.local/share/spasm-desktop/records.sqlite3, {drinks} drink")
' "$records"
step "OK"
