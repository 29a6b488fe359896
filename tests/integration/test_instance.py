"""The single-instance command channel, with both backends (Unix socket, Qt local socket)."""

import json
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from spasm_desktop.platform import instance


@pytest.fixture(params=[True, False], ids=["unix-socket", "qt-local-socket"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    use_unix_socket: bool = request.param
    monkeypatch.setattr(instance, "USE_UNIX_SOCKET", use_unix_socket)
    return use_unix_socket


def in_other_process(qtbot: QtBot, code: str) -> object:
    """Run ``code`` in another Python process (as a later launch would) while this one serves.

    The code sees ``i`` (the instance module, with this test's backend) and a QCoreApplication.
    """
    prelude = (
        "import json; from PySide6 import QtCore; from spasm_desktop.platform import instance as i;"
        f" i.USE_UNIX_SOCKET = {instance.USE_UNIX_SOCKET}; app = QtCore.QCoreApplication([]);"
    )
    process = QtCore.QProcess()
    with qtbot.waitSignal(process.finished, timeout=10000):
        process.start(sys.executable, ["-c", prelude + code])
    return json.loads(bytes(process.readAllStandardOutput().data()).decode())


def ask_in_thread(qtbot: QtBot, name: str, request: dict[str, Any]) -> object:
    """Send from another process while the Qt event loop here serves the request."""
    return in_other_process(qtbot, f"print(json.dumps(i.send({name!r}, {request!r})))")


def test_request_and_reply(qtbot: QtBot, tmp_path: Path, backend: bool) -> None:
    name = str(tmp_path / "instance.sock")
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        return {"ok": True, "echo": request.get("n")}

    server = instance.InstanceServer(name, handler)
    assert server.listen() is True
    try:
        assert ask_in_thread(qtbot, name, {"cmd": "x", "n": 7}) == {"ok": True, "echo": 7}
        assert seen == [{"cmd": "x", "n": 7}]
        if backend:
            assert stat.S_IMODE((tmp_path / "instance.sock").stat().st_mode) == 0o600
    finally:
        server.close()
    assert instance.send(name, {"cmd": "ping"}, 200) is None


def test_second_server_sees_the_first(qtbot: QtBot, tmp_path: Path, backend: bool) -> None:
    name = str(tmp_path / "instance.sock")
    first = instance.InstanceServer(name, lambda request: {"ok": True})
    assert first.listen() is True
    try:
        code = f"print(json.dumps(i.InstanceServer({name!r}, dict).listen()))"
        assert in_other_process(qtbot, code) is False
    finally:
        first.close()


def test_stale_socket_file_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "instance.sock"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: a crash left it
    server = instance.InstanceServer(str(path), lambda request: {"ok": True, "fresh": True})
    assert server.listen() is True
    try:
        assert ask_in_thread(qtbot, str(path), {"cmd": "ping"}) == {"ok": True, "fresh": True}
    finally:
        server.close()


def test_bad_request_gets_an_error(qtbot: QtBot, tmp_path: Path) -> None:
    path = str(tmp_path / "instance.sock")
    server = instance.InstanceServer(path, lambda request: {"ok": True})
    server.listen()
    result: dict[str, bytes] = {}

    def raw() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(3)
            client.connect(path)
            client.sendall(b"[1, 2]\n")
            result["data"] = client.recv(1000)

    thread = threading.Thread(target=raw)
    thread.start()
    try:
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
        assert b"bad request" in result["data"]
    finally:
        server.close()


def test_the_lock_is_held_by_one_process_and_let_go_when_it_ends(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    assert instance.held_elsewhere(path) is False  # no app has ever run
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from spasm_desktop.platform import instance;"
            f" assert instance.InstanceLock(Path({str(path)!r})).acquire() is True;"
            " print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        assert instance.held_elsewhere(path) is True
        assert instance.InstanceLock(path).acquire() is False
    finally:
        holder.kill()  # not a clean exit: the OS still lets go of the lock
        holder.communicate()
    assert instance.held_elsewhere(path) is False
    lock = instance.InstanceLock(path)
    assert lock.acquire() is True
    lock.release()
