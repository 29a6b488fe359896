"""Allows ``python -m spasm_desktop``."""

import sys

from spasm_desktop import app

sys.exit(app.main())
