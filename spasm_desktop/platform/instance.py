"""Single instance and the local command channel (``spasm-desktop status`` and friends).

One app at a time: the running app holds an exclusive lock on a lock file in the data folder
(:class:`InstanceLock`: ``fcntl.flock``, ``msvcrt.locking`` on Windows). The operating system
releases it when the process ends, however it ends, so a crash leaves nothing stale and a paused
or busy app keeps it: unlike Qt's ``QLockFile``, no process ids or stale-lock timeouts are
guessed. Only the lock's holder opens the channel, and a socket that still accepts connections
is never removed.

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
import enum
import errno
import json
import logging
import os
import socket
import sys
import time
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


class Delivery(enum.Enum):
    """What became of a request sent to the running app."""

    ANSWERED = "answered"
    #: Nobody listens on the channel: no app, or one still opening it.
    NOT_LISTENING = "not_listening"
    #: Not handed over (the app's queue of connections is full): the app will never see it.
    NOT_SENT = "not_sent"
    #: Handed over, but no answer in time: the app (busy or paused) acts on it when it can.
    NO_ANSWER = "no_answer"


def ask(
    name: str, request: dict[str, Any], timeout_ms: int = 3000
) -> tuple[Delivery, dict[str, Any] | None]:
    """Send ``request`` to the running app: what became of it, and the reply if there was one."""
    if not USE_UNIX_SOCKET:
        return _ask_qt(name, request, timeout_ms)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_ms / 1000)
        try:
            client.connect(name)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
            return Delivery.NOT_LISTENING, None
        except OSError:
            return Delivery.NOT_SENT, None
        try:
            client.sendall(_encode(request))
        except OSError:
            return Delivery.NOT_SENT, None  # a line cut short is refused as a bad request
        data = b""
        try:
            while not data.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:
            return Delivery.NO_ANSWER, None
    reply = _decode(data)
    return (Delivery.NO_ANSWER, None) if reply is None else (Delivery.ANSWERED, reply)


def send(name: str, request: dict[str, Any], timeout_ms: int = 3000) -> dict[str, Any] | None:
    """Send ``request`` to the running app; return its reply, or None if none came."""
    return ask(name, request, timeout_ms)[1]


def _ask_qt(
    name: str, request: dict[str, Any], timeout_ms: int
) -> tuple[Delivery, dict[str, Any] | None]:
    from PySide6 import QtNetwork

    client = QtNetwork.QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(timeout_ms):
        refused = client.error() in (
            QtNetwork.QLocalSocket.LocalSocketError.ServerNotFoundError,
            QtNetwork.QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        return (Delivery.NOT_LISTENING if refused else Delivery.NOT_SENT), None
    client.write(_encode(request))
    if not client.waitForBytesWritten(timeout_ms):
        client.abort()
        return Delivery.NOT_SENT, None
    data = b""
    while not data.endswith(b"\n"):
        if not client.waitForReadyRead(timeout_ms):
            break
        data += bytes(client.readAll().data())
    client.disconnectFromServer()
    reply = _decode(data)
    return (Delivery.NO_ANSWER, None) if reply is None else (Delivery.ANSWERED, reply)


def _listening(name: str) -> bool:
    """Whether a process accepts connections on ``name`` (busy or paused ones too)."""
    if not USE_UNIX_SOCKET:
        from PySide6 import QtNetwork

        local = QtNetwork.QLocalSocket()
        local.connectToServer(name)
        found = local.waitForConnected(500)
        local.abort()
        return bool(found)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(0.5)
        try:
            client.connect(name)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
            return False
        except OSError:
            return True  # a queue full of connections: somebody owns it
    return True


# --- the lock -----------------------------------------------------------------------------------

_BUSY_ERRNOS = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK)


def _try_lock(fd: int, exclusive: bool) -> bool:
    """Take the lock on ``fd`` without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _BUSY_ERRNOS:
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    """Open (or make, private) the lock file; read-only if the folder cannot be written."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        if sys.platform == "win32":
            raise
        return os.open(path, os.O_RDONLY)  # flock needs no write access


class InstanceLock:
    """The single-instance guard: an exclusive lock the OS drops when the process ends."""

    #: How long :meth:`acquire` keeps trying: a command's quick look (:func:`held_elsewhere`)
    #: holds a shared lock for an instant, which must not turn a start away.
    WAIT_S = 0.5

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool | None:
        """Take the lock: True if this process now holds it, False if another app does.

        None if the lock file cannot be opened at all (a read-only folder without one): the
        caller goes on without the guard and says so in the log.
        """
        if self._fd is not None:
            return True
        try:
            fd = _open_lock_file(self.path)
        except OSError as exc:
            log.warning("no single-instance lock (%s): %s", self.path, exc)
            return None
        deadline = time.monotonic() + self.WAIT_S
        try:
            while not _try_lock(fd, exclusive=True):
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.02)
        except OSError as exc:
            os.close(fd)
            log.warning("no single-instance lock (%s): %s", self.path, exc)
            return None
        self._fd = fd
        return True

    def release(self) -> None:
        """Let go of the lock (the OS does it anyway when the process ends)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def held_elsewhere(path: Path) -> bool | None:
    """Whether a running app holds the lock at ``path`` (None: cannot tell).

    For the commands: an app that holds it is running, even when it does not answer.
    """
    try:
        fd = os.open(path, os.O_RDWR if sys.platform == "win32" else os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        if not _try_lock(fd, exclusive=False):
            return True
        _unlock(fd)
        return False
    except OSError:
        return None
    finally:
        os.close(fd)


def _reply(handler: Handler, line: bytes) -> bytes:
    request = _decode(line.strip())
    if request is None:
        return _encode({"ok": False, "error": "bad request: not a JSON object"})
    return _encode(handler(request))


class InstanceServer(QtCore.QObject):
    """Answers requests from later launches and from the command line."""

    def __init__(
        self,
        name: str,
        handler: Handler,
        lock_path: Path | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._lock = InstanceLock(lock_path) if lock_path is not None else None
        self._listener: socket.socket | None = None
        self._notifier: QtCore.QSocketNotifier | None = None
        self._qt_server: Any = None
        self._buffers: dict[Any, bytes] = {}

    def listen(self) -> bool:
        """Become the one running app: take the lock, then open the channel.

        False if another app runs: it holds the lock, or (without a lock) it accepts
        connections on the name, even if it is too busy or paused to answer.
        """
        if self._lock is not None and self._lock.acquire() is False:
            return False
        if _listening(self._name):
            # An app without the lock (an older version, or none could be taken): never take
            # over a channel a live process owns.
            if self._lock is not None:
                self._lock.release()
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
        if self._lock is not None:
            self._lock.release()

    # --- POSIX: a Unix domain socket ------------------------------------------------------------

    def _listen_unix(self) -> bool:
        path = Path(self._name)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a stale socket from a crash: nobody accepted a connection on it
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
