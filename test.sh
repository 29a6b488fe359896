#!/bin/sh
# Sets everything up (system packages, .venv, the app and test tools) and runs the whole test
# suite: lint, types, the import contracts ([tool.importlinter] in pyproject.toml), then pytest
# with Qt offscreen (no display, no network needed).
# Arguments go to pytest, e.g. ./test.sh -k popup
set -eu
cd "$(dirname "$0")"
sh scripts/setup.sh dev
.venv/bin/ruff check spasm_desktop tests bench
.venv/bin/ruff format --check spasm_desktop tests bench
.venv/bin/mypy
.venv/bin/lint-imports --no-cache --no-logo
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
