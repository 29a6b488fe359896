#!/bin/sh
# Creates .venv (once) and installs the app into it, with the test tools when called with "dev".
# Installs the Debian packages Qt needs first, if any are missing. Re-runs are quick: pip is only
# called again when pyproject.toml changed.
set -eu
cd "$(dirname "$0")/.."
extra=${1:-app}
venv=${SPASM_VENV:-.venv}
python=${PYTHON:-python3}

sh scripts/system-deps.sh "$extra"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip "setuptools>=77" wheel
fi
stamp="$venv/.installed-$extra"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  if [ "$extra" = dev ]; then spec=".[dev]"; else spec="."; fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
