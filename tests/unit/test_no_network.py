"""The app makes no network connections: a check of its source."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "spasm_desktop"
NETWORK = re.compile(
    r"^\s*(import|from)\s+(urllib|http|requests|httpx|aiohttp|ftplib|smtplib)\b"
    r"|AF_INET|QNetworkAccessManager|QTcpSocket|QUdpSocket|QTcpServer|create_connection",
    re.MULTILINE,
)


def sources() -> dict[str, str]:
    return {
        path.relative_to(PACKAGE).as_posix(): path.read_text() for path in PACKAGE.rglob("*.py")
    }


def test_no_network_api_anywhere() -> None:
    offenders = {name for name, text in sources().items() if NETWORK.search(text)}
    assert offenders == set()


def test_sockets_only_for_the_local_command_channel() -> None:
    users = {name for name, text in sources().items() if re.search(r"^import socket$", text, re.M)}
    assert users == {"platform/instance.py"}
    text = sources()["platform/instance.py"]
    families = set(re.findall(r"socket\.(AF_\w+)", text))
    assert families == {"AF_UNIX"}
