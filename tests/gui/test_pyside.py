"""Guards against a PySide6 bug that would abort a long-running app."""

import sys

from PySide6 import QtCore


def test_signal_emit_keeps_references_to_true() -> None:
    """PySide6 6.12.0 returns True from emit() without a new reference.

    On Python 3.11, where True is not immortal, each emit takes one reference away and the app
    aborts with "bool_dealloc" after a few thousand signals; pyproject.toml keeps 6.12 out there.
    """

    class Probe(QtCore.QObject):
        ping = QtCore.Signal(int)

    probe = Probe()
    probe.ping.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for value in range(1000):
        probe.ping.emit(value)
    assert sys.getrefcount(True) - before > -500
