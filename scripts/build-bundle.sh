#!/bin/sh
# Builds the self-contained folder (the app, Python and Qt) with PyInstaller from
# packaging/pyinstaller/spasm-desktop.spec into build/bundle/dist/spasm-desktop/ (and, on macOS,
# build/bundle/dist/Spasm Desktop.app), then prints its size and how long the build took.
# Needs the dev environment (scripts/setup.sh dev); installs the `bundle` extra (PyInstaller)
# into .venv the first time. About 20 s on a 2-core machine.
set -eu
cd "$(dirname "$0")/.."
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev,bundle]"
fi
# Like the wheel, the bundle carries the .qm translations present in resources/i18n
# (scripts/update-translations.sh builds them).
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/bundle/dist --workpath build/bundle/work \
  packaging/pyinstaller/spasm-desktop.spec >build/bundle.log 2>&1 ||
  { cat build/bundle.log; exit 1; }
end=$(date +%s)
echo "bundle: build/bundle/dist/spasm-desktop ($(du -sh build/bundle/dist/spasm-desktop | cut -f1)," \
  "built in $((end - start)) s)"
