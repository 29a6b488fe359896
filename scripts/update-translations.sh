#!/bin/sh
# Refreshes the translation template resources/i18n/spasm_desktop.ts from the source (Qt
# Linguist). Translators copy it to spasm_desktop_LANG.ts; `pyside6-lrelease` builds the .qm files
# that the app loads for the system locale.
set -eu
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -locations relative spasm_desktop/app.py spasm_desktop/application.py \
  spasm_desktop/commands.py \
  spasm_desktop/ui/*/*.py \
  -ts resources/i18n/spasm_desktop.ts
for ts in resources/i18n/spasm_desktop_*.ts; do
  [ -e "$ts" ] && .venv/bin/pyside6-lrelease "$ts"
done
exit 0
