#!/bin/sh
# Refreshes the translations in one go (Qt Linguist): the interface strings and the health texts
# of the shipped data files go into resources/i18n/spasm_desktop.ts (the template) and every
# spasm_desktop_LANG.ts, then pyside6-lrelease builds the .qm files of the shipped languages
# (resources/i18n/languages.txt), which the app loads and the wheel carries. Translators copy the
# template to spasm_desktop_LANG.ts; see "Translations" in the README.
#
# 1. scripts/extract_data_texts.py writes scripts/i18n/data_texts.py from resources/*/*.json
#    (one QT_TRANSLATE_NOOP per text, context "data:FOLDER/FILE.json", its JSON path as comment).
# 2. lupdate reads it together with the interface's sources: both must be in the same run, or
#    each run would mark the other's entries obsolete. A changed English text leaves its old
#    entry obsolete and comes back unfinished in every language.
# 3. lrelease builds the .qm files of the languages in languages.txt (a language not listed there
#    is not complete: it gets no .qm, so it can neither ship nor show half-translated).
set -eu
cd "$(dirname "$0")/.."
.venv/bin/python scripts/extract_data_texts.py
for ts in resources/i18n/spasm_desktop.ts resources/i18n/spasm_desktop_*.ts; do
  [ -e "$ts" ] || continue
  .venv/bin/pyside6-lupdate -locations relative spasm_desktop/app.py spasm_desktop/application.py \
    spasm_desktop/commands.py spasm_desktop/data_commands.py spasm_desktop/cli.py \
    spasm_desktop/ui/*/*.py \
    scripts/i18n/data_texts.py \
    -ts "$ts"
done
sed -e 's/#.*//' resources/i18n/languages.txt | while read -r lang; do
  [ -n "$lang" ] && .venv/bin/pyside6-lrelease -silent "resources/i18n/spasm_desktop_$lang.ts"
done
exit 0
