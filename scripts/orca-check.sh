#!/bin/sh
# Prints what the Orca screen reader (Debian's, 43.1 on Debian 12) says for each change the app
# announces: Orca runs for real on a virtual display with the accessibility bus, reading the
# relief card, the stretch player, a reminder pop-up and Settings (tests/integration/
# orca_speech.py). Needs `sh scripts/setup.sh dev` first (it installs Orca, Xvfb and AT-SPI).
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/python -m tests.integration.orca_speech
