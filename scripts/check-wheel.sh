#!/bin/sh
# Builds the sdist and the wheel (python -m build), installs the wheel into a FRESH virtual
# environment without a package index (pip --no-index, from local wheels only), and runs the
# installed `spasm-desktop --help` and `spasm-desktop status --json` with an empty temporary home,
# away from this checkout, as on a machine that never saw the source. Prints each step and "OK".
#
# The wheels of the dependencies come from build/wheelhouse (SPASM_WHEELHOUSE to use another
# folder). When they are missing there (the first run, or a changed dependency), `pip download`
# fills it once from the package index pip is set up with; every later run is offline.
# Needs the dev environment (scripts/setup.sh dev) for `build`. Takes about half a minute.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-python3}
wheelhouse=${SPASM_WHEELHOUSE:-$root/build/wheelhouse}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== build the sdist and the wheel"
.venv/bin/python -m build --no-isolation --outdir "$work/dist" . >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; exit 1; }
wheel=$(ls "$work"/dist/spasm_desktop-*.whl)
ls "$work/dist"

echo "== fresh virtual environment"
"$python" -m venv "$work/venv"
install() {
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index \
    --find-links "$wheelhouse" "$wheel"
}
if ! install 2>"$work/pip.log"; then
  echo "   (filling $wheelhouse with the dependencies' wheels: pip download)"
  mkdir -p "$wheelhouse"
  "$work/venv/bin/python" -m pip download --quiet --disable-pip-version-check \
    --dest "$wheelhouse" "$wheel"
  install
fi

echo "== run the installed command, outside the checkout, with an empty home"
home="$work/home"
mkdir -p "$home"
cd "$work"
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$work/venv/bin/python" -c '
import spasm_desktop, sys
where = spasm_desktop.__file__
assert where.startswith(sys.prefix), f"imported from {where}, not the fresh environment"
print("   package:", where.removeprefix(sys.prefix + "/"))
'
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  spasm-desktop --help | head -n 3
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  spasm-desktop status --json >"$work/status.json"
"$work/venv/bin/python" -c '
import json, sys
status = json.load(open(sys.argv[1]))
assert status["running"] is False and set(status["next"]) >= {"water", "stretch", "move"}, status
print("   status --json: next water", status["next"]["water"])
' "$work/status.json"
ls "$home/.local/share/spasm-desktop/records.sqlite3" >/dev/null

echo "== the shipped languages' translations installed"
"$work/venv/bin/python" -c '
from pathlib import Path
from spasm_desktop import i18n
folder = Path(i18n.i18n_dir())
for code in i18n.shipped_languages():
    assert (folder / f"spasm_desktop_{code}.qm").is_file(), code
print("   shipped:", ", ".join(i18n.shipped_languages()) or "none yet")
'

echo "== desktop files installed under the environment's share/"
for f in "applications/org.spasmdesktop.SpasmDesktop.desktop" \
  "metainfo/org.spasmdesktop.SpasmDesktop.metainfo.xml" \
  "icons/hicolor/256x256/apps/org.spasmdesktop.SpasmDesktop.png" \
  "icons/hicolor/scalable/apps/org.spasmdesktop.SpasmDesktop.svg"; do
  test -f "$work/venv/share/$f"
  echo "   share/$f"
done
echo OK
