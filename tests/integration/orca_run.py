"""Start Orca (Debian's, in the SYSTEM Python) for ``orca_speech.py``.

Two changes, which do not touch what Orca decides to say:

- its debug log (``--debug-file``) is written line by line, so what it has said can be read
  while it runs (Orca opens the file with a block buffer);
- no speech server: the words go to the log only (``SPEECH OUTPUT: '…'``), with no sound card
  or speech-dispatcher needed.

    python3 orca_run.py LOG_FILE
"""

import builtins
import runpy
import sys
from typing import Any

# Orca is in the system Python only (Debian's package), with no stubs.
import orca.settings  # type: ignore[import-not-found]

LOG = sys.argv[1]
_open = builtins.open


def _line_buffered(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    """``open``, line-buffered for the log file written."""
    if file == LOG and "w" in mode and not args and "buffering" not in kwargs:
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered
orca.settings.speechServerFactory = "no-speech-server"
orca.settings.speechFactoryModules = []
sys.argv = ["orca", "--debug-file", LOG]
runpy.run_path("/usr/bin/orca", run_name="__main__")
