"""Fault environments ("arenas") and the two front doors, shared by the hardening tests.

An arena is where a dial goes: the simulator with an injected fault, a closed port, an
``httpx.MockTransport`` (faults a socket cannot make: DNS), a self-signed TLS server, or an
HTTP proxy that answers HTML. Every arena except the closed port can *hold* a request in
flight, so tests can check the window's responsiveness and the token gate while it waits.

The front doors are the real ones: :func:`make_desk` builds DeskApp (window, controller,
worker thread, history) like ``tests/app``; :func:`run_cli` runs ``cli.main`` in-process on a
thread, so the gate can be checked while the command waits.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.context import API_BASE_ENV, TOKEN_ENV, AppContext
from wolkvox_desk.core.errors import GateBusyError
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.services import agentbox
from wolkvox_desk.services.gate import TokenGate
from wolkvox_desk.simulator import Simulator

HOLD_LIMIT_S = 10.0  # a safety net for a broken test, never a measurement
AGENT = "1001"
SERVER = "0042"
HANG_SECONDS = 0.5  # the simulator's "hang" fault closes the connection after this


@pytest.fixture(autouse=True)
def _restore_log_levels() -> Iterator[None]:
    """In-process ``--debug`` runs raise library loggers to DEBUG; later tests get them back."""
    import logging

    names = ("", "httpx", "httpcore", "hpack", "filelock")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


# --- arenas -----------------------------------------------------------------------------------


class Arena:
    """Where dials go. Subclasses hold requests, count them, and give the environment."""

    token: str = TEST_TOKEN
    api_base: str | None = None
    transport: httpx.BaseTransport | None = None
    #: client constructor options for both front doors (a short time-out, say)
    client_options: dict[str, float] = {}  # never mutated
    proxy: str | None = None
    can_hold: bool = True

    def env(self) -> dict[str, str]:
        env = {TOKEN_ENV: self.token}
        if self.api_base:
            env[API_BASE_ENV] = self.api_base
        return env

    def hold(self) -> None:
        """The next request waits (in the server) until :meth:`release`."""

    def arrived(self) -> bool:
        """True once a held request is waiting."""
        return True

    def release(self) -> None:
        """Let held requests go, and let later ones through."""

    def requests(self) -> int:
        """How many dial requests reached the server side."""
        return 0

    def verify(self) -> None:
        """Arena-specific promises, checked after the dial (e.g. no token reached a proxy)."""

    def close(self) -> None:
        """Stop servers and threads."""


class SimArena(Arena):
    """The simulator, with a fault (or a real refusal) arranged before the dial."""

    def __init__(
        self,
        arrange: Callable[[Simulator, SimArena], None] | None = None,
        *,
        hang_seconds: float = HANG_SECONDS,
    ) -> None:
        self.sim = Simulator(tokens=(TEST_TOKEN,), hang_seconds=hang_seconds)
        self.api_base = self.sim.start()
        if arrange is not None:
            arrange(self.sim, self)

    def hold(self) -> None:
        self.sim.pause()

    def arrived(self) -> bool:
        return self.sim.in_flight() >= 1

    def release(self) -> None:
        self.sim.resume()

    def requests(self) -> int:
        return sum(1 for r in self.sim.records() if r.params.get("api") == "dial")

    def close(self) -> None:
        self.sim.stop()
        assert self.sim.errors() == [], "the simulator itself failed"


class ClosedPortArena(Arena):
    """A loopback port where nothing listens: connection refused, before anything is sent."""

    can_hold = False

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.api_base = f"http://127.0.0.1:{s.getsockname()[1]}"


class _Latch:
    """A held/arrived pair of events, shared by the arenas that own their server code."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.waiting = threading.Event()
        self.count = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.count += 1
        self.waiting.set()
        self.open.wait(HOLD_LIMIT_S)

    def hold(self) -> None:
        self.waiting.clear()
        self.open.clear()


class MockArena(Arena):
    """An ``httpx.MockTransport`` answering (or failing) every request with ``respond``."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.latch = _Latch()
        self.seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            self.seen.append(request)
            self.latch.enter()
            return respond(request)

        self.transport = httpx.MockTransport(handler)

    def hold(self) -> None:
        self.latch.hold()

    def arrived(self) -> bool:
        return self.latch.waiting.is_set()

    def release(self) -> None:
        self.latch.open.set()

    def requests(self) -> int:
        return self.latch.count


class _ServerThread:
    """A one-connection-at-a-time loopback server loop, stopped and joined by close()."""

    def __init__(self, serve: Callable[[socket.socket], None]) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self._serve = serve
        self.errors: list[BaseException] = []
        self.thread = threading.Thread(target=self._loop, name="hardening-server", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(HOLD_LIMIT_S)
                try:
                    self._serve(conn)
                except Exception as exc:  # kept for the test to see, never swallowed
                    self.errors.append(exc)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join()
        self.sock.close()
        assert self.errors == [], self.errors


class TlsArena(Arena):
    """A TLS server on 127.0.0.1 with a self-signed certificate: the client must refuse it
    during the handshake, so no HTTP request (and no token) ever reaches it."""

    def __init__(self, cert: tuple[Path, Path]) -> None:
        self.latch = _Latch()
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(*cert)
        self.handshakes_failed = 0
        self.received = b""
        self.served = threading.Event()  # the server side of a connection is over
        self.server = _ServerThread(self._serve)
        self.api_base = f"https://127.0.0.1:{self.server.port}"

    def _serve(self, conn: socket.socket) -> None:
        self.latch.enter()
        try:
            with self.context.wrap_socket(conn, server_side=True) as tls:
                self.received += tls.recv(65536)  # only reached if the client trusted us
        except (ssl.SSLError, OSError):
            self.handshakes_failed += 1
        finally:
            self.served.set()

    def hold(self) -> None:
        self.latch.hold()

    def arrived(self) -> bool:
        return self.latch.waiting.is_set()

    def release(self) -> None:
        self.latch.open.set()

    def requests(self) -> int:
        return 1 if self.received else 0

    def verify(self) -> None:
        assert self.served.wait(HOLD_LIMIT_S), "the server never finished the connection"
        assert self.handshakes_failed >= 1, "the client must have refused the handshake"
        assert self.received == b"", "nothing may be sent to an untrusted server"

    def close(self) -> None:
        self.latch.open.set()
        self.server.close()


PROXY_PAGE = b"<html><body><h1>502 Bad Gateway</h1><p>Access denied by policy</p></body></html>"


class HtmlProxyArena(Arena):
    """A corporate HTTP proxy (``HTTPS_PROXY``) that refuses the CONNECT with an HTML page.

    There is no API base: the client aims at ``https://wv0042.wolkvox.com`` through the proxy,
    which never connects anywhere, so the test needs no network.
    """

    def __init__(self) -> None:
        self.latch = _Latch()
        self.heads: list[bytes] = []
        self.server = _ServerThread(self._serve)
        self.proxy = f"http://127.0.0.1:{self.server.port}"

    def _serve(self, conn: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                return
            head += chunk
        self.heads.append(head)
        self.latch.enter()
        conn.sendall(
            b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(PROXY_PAGE) + PROXY_PAGE
        )

    def hold(self) -> None:
        self.latch.hold()

    def arrived(self) -> bool:
        return self.latch.waiting.is_set()

    def release(self) -> None:
        self.latch.open.set()

    def requests(self) -> int:
        return 0  # the proxy never forwards anything

    def verify(self) -> None:
        # The dial travels inside the TLS tunnel: the proxy sees only where it goes.
        assert [head.split(b"\r\n")[0] for head in self.heads] == [
            b"CONNECT wv0042.wolkvox.com:443 HTTP/1.1"
        ]
        assert not any(TEST_TOKEN.encode() in head or b"customer" in head for head in self.heads)

    def close(self) -> None:
        self.latch.open.set()
        self.server.close()


class SilentServerArena(SimArena):
    """The simulator holds the request far longer than the client's (short) time-out: the
    request was sent and never answered, so the dial MAY have happened."""

    can_hold = False  # the time-out would fire while the test holds the request
    client_options = {"total_timeout_s": 0.5}

    def __init__(self) -> None:
        super().__init__(lambda sim, _arena: sim.inject("hang"), hang_seconds=30.0)


class GateHeldArena(SimArena):
    """The simulator, while another process (here: another gate) holds the token's gate."""

    can_hold = False

    def __init__(self, lock_dir: Path) -> None:
        super().__init__()
        self._held = TokenGate(lock_dir).hold(TEST_TOKEN)
        self._held.__enter__()

    def release(self) -> None:
        if self._held is not None:
            self._held.__exit__(None, None, None)
            self._held = None  # type: ignore[assignment]

    def close(self) -> None:
        self.release()
        super().close()


# --- certificates -----------------------------------------------------------------------------


def make_self_signed(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cryptography if installed, else openssl)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:  # pragma: no cover - cryptography comes with SecretStorage
        import subprocess

        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
            + ["-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-keyout", str(key)]
            + ["-out", str(cert), "-addext", "subjectAltName=IP:127.0.0.1"],
            check=True,
            capture_output=True,
        )
        return cert, key
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, key


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_self_signed(tmp_path_factory.mktemp("tls"))


# --- wiring an arena into the front doors ----------------------------------------------------


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same retry rule (4 attempts, provably-not-dialled only), with millisecond delays."""
    policy = agentbox.RetryPolicy(max_attempts=4, base_delay_s=0.002, max_delay_s=0.01)
    monkeypatch.setattr(agentbox, "RetryPolicy", lambda: policy)


def use_arena(arena: Arena, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point both front doors at ``arena``: environment, proxy, and any mock transport."""
    for name, value in arena.env().items():
        monkeypatch.setenv(name, value)
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    if arena.proxy:
        monkeypatch.setenv("HTTPS_PROXY", arena.proxy)
    if arena.transport is not None or arena.client_options:
        transport, fixed = arena.transport, arena.client_options

        def make_client(self: AppContext, **options: Any) -> agentbox.AgentboxClient:
            return agentbox.AgentboxClient(
                api_base=self.api_base,
                gate=self.gate,
                transport=transport,
                **{**options, **fixed},
            )

        monkeypatch.setattr(AppContext, "make_client", make_client)


def configure(settings: dict[str, object] | None = None) -> AppPaths:
    """Write the user's settings (server, agent) into the test's WOLKVOX_DESK_HOME."""
    paths = AppPaths.from_env()
    paths.ensure()
    ctx = AppContext.from_env()
    ctx.settings_store.update(settings or {"server": SERVER, "agent_id": AGENT})
    return paths


def gate_is_free(paths: AppPaths, token: str) -> bool:
    """True when another gate (as another process would) can take the token's gate at once."""
    try:
        with TokenGate(paths.lock_dir).hold(token, wait=0):
            return True
    except GateBusyError:
        return False


# --- the window -------------------------------------------------------------------------------


def make_desk(qtbot: Any, *, env: dict[str, str] | None = None, isolated: bool = True) -> Any:
    """A DeskApp on the test's home, shown, with its history open (shut down by the caller).

    ``env`` adds to (or overrides) the test's own WOLKVOX_* variables."""
    from wolkvox_desk.app import DeskApp, Mode

    paths = AppPaths.from_env()
    paths.ensure()
    # The test's WOLKVOX_DESK_POLICY always comes along: never the machine's policy file.
    ctx = AppContext(paths=paths, env={**dict(_wolkvox_env()), **(env or {})})
    desk = DeskApp(Mode(ctx=ctx, isolated=isolated))
    qtbot.addWidget(desk.window)
    desk.show()
    qtbot.waitUntil(lambda: desk.tasks is not None)
    return desk


def _wolkvox_env() -> Iterator[tuple[str, str]]:
    import os

    for name in (TOKEN_ENV, API_BASE_ENV, "WOLKVOX_DESK_HOME", "WOLKVOX_DESK_POLICY"):
        if os.environ.get(name):
            yield name, os.environ[name]


@pytest.fixture
def desk_factory(qtbot: Any) -> Iterator[Callable[..., Any]]:
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        desk = make_desk(qtbot, **kwargs)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.shutdown()


# --- the command line -------------------------------------------------------------------------


@dataclass
class CliRun:
    code: int
    out: str
    err: str
    gate_busy_while_waiting: bool | None = None  # None: the arena could not hold the request
    extra: dict[str, Any] = field(default_factory=dict)


def run_cli(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    arena: Arena | None = None,
    paths: AppPaths | None = None,
) -> CliRun:
    """``cli.main(argv)`` in-process. With a holding arena the request is held, the token's
    gate is probed from outside while it waits, then released."""
    from wolkvox_desk.cli import main

    capsys.readouterr()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["code"] = main(argv)
        except BaseException as exc:  # re-raised below, on the test's thread
            outcome["exc"] = exc

    holding = arena is not None and arena.can_hold
    if holding:
        assert arena is not None
        arena.hold()
    thread = threading.Thread(target=target, name="cli-main")
    thread.start()
    busy: bool | None = None
    if holding:
        assert arena is not None and paths is not None
        _wait(arena.arrived)
        busy = not gate_is_free(paths, arena.token)
        arena.release()
    thread.join(HOLD_LIMIT_S * 3)
    assert not thread.is_alive(), "the CLI did not finish"
    if "exc" in outcome:
        raise outcome["exc"]
    out, err = capsys.readouterr()
    return CliRun(outcome["code"], out, err, busy)


def _wait(condition: Callable[[], bool]) -> None:
    event = threading.Event()
    for _ in range(int(HOLD_LIMIT_S / 0.005)):
        if condition():
            return
        event.wait(0.005)
    raise AssertionError("the request never arrived")
