#!/bin/sh
# Sets everything up (system packages, .venv, the app) and starts Spasm Desktop.
# Arguments go to the app, e.g. ./run.sh status
set -eu
cd "$(dirname "$0")"
sh scripts/setup.sh app
exec .venv/bin/spasm-desktop "$@"
