"""The bundle's entry point: PyInstaller runs this file as ``__main__``."""

import sys

from spasm_desktop import app

sys.exit(app.main())
