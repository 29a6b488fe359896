"""Single instance and the local command channel (``spasm-desktop status`` and friends).

A :class:`QLocalServer` on a socket file in the user's private data folder (a named pipe on
Windows), restricted to the user: never a network socket. Requests and replies are one JSON
object per line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtNetwork

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def send(name: str, request: dict[str, Any], timeout_ms: int = 3000) -> dict[str, Any] | None:
    """Send ``request`` to the running app; return its reply, or None if it is not running."""
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return None
    socket.write(json.dumps(request).encode() + b"\n")
    socket.flush()
    data = b""
    while not data.endswith(b"\n"):
        if not socket.waitForReadyRead(timeout_ms):
            break
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        reply = json.loads(data.decode() or "null")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return reply if isinstance(reply, dict) else None


class InstanceServer(QtCore.QObject):
    """Answers requests from later launches and from the command line."""

    def __init__(self, name: str, handler: Handler, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._server = QtNetwork.QLocalServer(self)
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QtNetwork.QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if another instance already answers on the name."""
        if send(self._name, {"cmd": "ping"}, 1000) is not None:
            return False
        QtNetwork.QLocalServer.removeServer(self._name)  # a stale socket from a crash
        if not self._server.listen(self._name):
            log.error("could not listen on %s: %s", self._name, self._server.errorString())
            return True  # run anyway; only the command channel is missing
        return True

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QtNetwork.QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready(self, socket: QtNetwork.QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if not self._buffers[socket].endswith(b"\n"):
            return
        line = self._buffers[socket].strip()
        self._buffers[socket] = b""
        try:
            request = json.loads(line.decode())
            if not isinstance(request, dict):
                raise TypeError("not an object")
            reply = self._handler(request)
        except (UnicodeDecodeError, json.JSONDecodeError, TypeError) as exc:
            reply = {"ok": False, "error": f"bad request: {exc}"}
        socket.write(json.dumps(reply).encode() + b"\n")
        socket.flush()
