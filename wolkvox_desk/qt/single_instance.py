"""One window per user: later launches hand their arguments to it and exit.

The first instance listens on a per-user ``QLocalServer`` (a socket in the user's private
runtime folder on Unix, a per-user named pipe on Windows). A second launch (a ``tel:`` link
clicked in the CRM, say) connects, sends its arguments as one JSON line, waits for ``ok`` and
exits 0. A socket left behind by a crash answers nothing: the next instance removes it and
listens again.

Forwarding uses QtNetwork's blocking calls and needs no QApplication, so a link launch exits
fast, without loading any widgets. QtNetwork itself is loaded only when needed: on Unix, when
no socket file exists there is nobody to forward to, and the first window starts without it.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 1500
MAX_MESSAGE = 64 * 1024


def server_name(runtime_dir: Path) -> str:
    """The per-user (and per ``WOLKVOX_DESK_HOME``) name of the instance socket."""
    if sys.platform == "win32":
        # Named pipes live in one global namespace: make the name per user and per home.
        import hashlib  # here: elsewhere it would load OpenSSL's libcrypto (3 MB) for nothing

        key = hashlib.sha256(f"{getpass.getuser()}|{runtime_dir}".encode()).hexdigest()[:16]
        return f"wolkvox-desk-{key}"
    # A full path: the socket sits in the user's private (0700) runtime folder.
    return str(runtime_dir / "instance.sock")


def nobody_listens(name: str) -> bool:
    """True when no instance can be listening: on Unix the socket file does not exist (a
    stat, where loading QtNetwork to try a connection costs milliseconds at every start)."""
    return sys.platform != "win32" and not os.path.exists(name)


def forward(name: str, argv: list[str]) -> bool:
    """Send ``argv`` to a running instance; True when it took them."""
    if nobody_listens(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground_window()
    import json  # here and below: a start-up with nobody to forward to needs no JSON

    socket.write(json.dumps({"argv": argv}).encode("utf-8") + b"\n")
    socket.flush()
    ok = socket.waitForReadyRead(REPLY_TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.disconnectFromServer()
    return ok


def _allow_foreground_window() -> None:
    """Windows only lets the foreground process raise windows; hand that right over."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        asfw_any = -1
        getattr(ctypes, "windll").user32.AllowSetForegroundWindow(asfw_any)  # noqa: B009
    except Exception:  # best effort: the window still gets the link, just not the focus
        log.debug("AllowSetForegroundWindow failed", exc_info=True)


class InstanceServer(QObject):
    """Listens for later launches and emits what they asked for."""

    #: the arguments of a later launch (may be empty: "just show the window")
    arguments_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        # Only this user may connect (the socket's folder is private too).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; recovers a stale socket. False when another instance is live."""
        # Asked first: with UserAccessOption, Qt moves its new socket over an existing one,
        # so listening would succeed and steal a live instance's name.
        if forward_probe(self._name):
            return False  # a live instance answers: we are the second one
        if self._server.listen(self._name):
            return True
        self._server.removeServer(self._name)  # stale, left by a crash
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        import json

        line = bytes(socket.readLine(MAX_MESSAGE).data())
        try:
            message = json.loads(line.decode("utf-8"))
            argv = [str(a) for a in message.get("argv", [])][:8]
        except (ValueError, AttributeError, TypeError):
            socket.write(b"bad\n")
            socket.flush()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.arguments_received.emit(argv)


def forward_probe(name: str) -> bool:
    """True when something live accepts connections under ``name``."""
    if nobody_listens(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    if alive:
        socket.disconnectFromServer()
    return alive
