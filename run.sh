#!/bin/sh
# Sets everything up (system packages, .venv, the app) and starts Spasm Desktop on its own, so
# that closing this terminal leaves it running (scripts/launch.py). ./run.sh --foreground keeps
# it attached to the terminal; other arguments go to the app, e.g. ./run.sh status
set -eu
cd "$(dirname "$0")"
sh scripts/setup.sh app
exec "${SPASM_VENV:-.venv}/bin/python" scripts/launch.py "$@"
