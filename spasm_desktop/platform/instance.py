"""Single instance and the local command channel (``spasm-desktop status`` and friends).

Requests and replies are one JSON object per line, over a channel only this user can reach,
never a network socket:

* POSIX: a Unix domain socket file (``AF_UNIX`` only) in the user's private data folder, mode
  0600, watched by a :class:`QSocketNotifier`. The stdlib socket module is loaded anyway (by
  APScheduler's asyncio); QtNetwork would add about 3 MiB and 5 ms to start-up.
* Windows: a :class:`QLocalServer` named pipe restricted to the user (QtNetwork, imported there
  only).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtCore

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]
USE_UNIX_SOCKET = sys.platform != "win32"


def _decode(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data.decode() or "null")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _encode(value: dict[str, Any]) -> bytes:
    return json.dumps(value).encode() + b"\n"


def send(name: str, request: dict[str, Any], timeout_ms: int = 3000) -> dict[str, Any] | None:
    """Send ``request`` to the running app; return its reply, or None if it is not running."""
    if not USE_UNIX_SOCKET:
        return _send_qt(name, request, timeout_ms)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout_ms / 1000)
            client.connect(name)
            client.sendall(_encode(request))
            data = b""
            while not data.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return None
    return _decode(data)


def _send_qt(name: str, request: dict[str, Any], timeout_ms: int) -> dict[str, Any] | None:
    from PySide6 import QtNetwork

    client = QtNetwork.QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(timeout_ms):
        return None
    client.write(_encode(request))
    client.flush()
    data = b""
    while not data.endswith(b"\n"):
        if not client.waitForReadyRead(timeout_ms):
            break
        data += bytes(client.readAll().data())
    client.disconnectFromServer()
    return _decode(data)


def _reply(handler: Handler, line: bytes) -> bytes:
    request = _decode(line.strip())
    if request is None:
        return _encode({"ok": False, "error": "bad request: not a JSON object"})
    return _encode(handler(request))


class InstanceServer(QtCore.QObject):
    """Answers requests from later launches and from the command line."""

    def __init__(self, name: str, handler: Handler, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._listener: socket.socket | None = None
        self._notifier: QtCore.QSocketNotifier | None = None
        self._qt_server: Any = None
        self._buffers: dict[Any, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if another instance already answers on the name."""
        if send(self._name, {"cmd": "ping"}, 1000) is not None:
            return False
        ok = self._listen_unix() if USE_UNIX_SOCKET else self._listen_qt()
        if not ok:
            log.error("could not open the command channel %s; running without it", self._name)
        return True

    def close(self) -> None:
        """Stop listening."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
            with contextlib.suppress(OSError):
                Path(self._name).unlink()
            self._listener = None
        if self._qt_server is not None:
            self._qt_server.close()

    # --- POSIX: a Unix domain socket ------------------------------------------------------------

    def _listen_unix(self) -> bool:
        path = Path(self._name)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a stale socket from a crash (a live one answered the ping above)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o177)
        try:
            listener.bind(self._name)
            listener.listen(4)
        except OSError as exc:
            log.error("could not listen on %s: %s", self._name, exc)
            listener.close()
            return False
        finally:
            os.umask(old_umask)
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QtCore.QSocketNotifier(
            listener.fileno(), QtCore.QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_unix_connection)
        return True

    def _on_unix_connection(self) -> None:
        assert self._listener is not None
        try:
            connection, _address = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        with connection:
            # The client is this user's own command, which writes its line at once.
            connection.settimeout(1.0)
            data = b""
            try:
                while not data.endswith(b"\n") and len(data) < 65536:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                connection.sendall(_reply(self._handler, data))
            except OSError as exc:
                log.warning("command channel: %s", exc)

    # --- Windows: a named pipe through QtNetwork -------------------------------------------------

    def _listen_qt(self) -> bool:
        from PySide6 import QtNetwork

        server = QtNetwork.QLocalServer(self)
        server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_qt_connection)
        self._qt_server = server
        QtNetwork.QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            log.error("could not listen on %s: %s", self._name, server.errorString())
            return False
        return True

    def _on_qt_connection(self) -> None:
        server = self._qt_server
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._on_qt_ready(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            if connection.bytesAvailable():
                self._on_qt_ready(connection)

    def _forget(self, connection: Any) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _on_qt_ready(self, connection: Any) -> None:
        data = self._buffers.get(connection, b"") + bytes(connection.readAll().data())
        self._buffers[connection] = data
        if data.endswith(b"\n"):
            self._buffers[connection] = b""
            connection.write(_reply(self._handler, data))
            connection.flush()
