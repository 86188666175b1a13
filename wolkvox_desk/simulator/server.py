"""The simulator's HTTP side: a threaded loopback server that answers like agentbox.php.

:class:`Simulator` owns the server thread, the recorded requests, the in-flight counters, the
fault queue and the agent model (:mod:`.agentbox`). The request handler reads a request,
asks the simulator for a decision under one lock, waits out latency or a pause, and writes
the whole answer in one ``sendall`` with ``TCP_NODELAY`` set: ``http.server`` would otherwise
write headers and body separately and every keep-alive request would wait ~40 ms for a
delayed ACK.

Counting rule: a request is *in flight* from the moment its headers have been read until just
before its answer is written. Decrementing before the write matters: a client that sends its
next request as soon as it reads an answer must never look like it had two in flight.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import socket
import socketserver
import struct
import sys
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final

from wolkvox_desk.simulator.agentbox import AgentBook, AgentState, ConnIds
from wolkvox_desk.simulator.control import control
from wolkvox_desk.simulator.protocol import (
    AGENTBOX_PATH,
    CONTENT_FAULTS,
    CONTROL_PREFIX,
    FAULTS,
    MSG_INVALID_TOKEN,
    MSG_METHOD,
    MSG_MISSING_TOKEN,
    MSG_QUOTA,
    MSG_UNKNOWN_API,
    REFUSAL_FAULTS,
    TOKEN_HEADER,
    Answer,
    content_fault,
    parse_query,
    refusal,
    refusal_fault,
    simultaneous_msg,
)

_POLL_SECONDS: Final = 0.02  # how quickly stop() ends the accept loop (an idle select)
# struct linger {l_onoff=1, l_linger=0}: close() then sends a RST (Windows uses u_short).
_LINGER_RESET: Final = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)


@dataclass
class RecordedRequest:
    """One request as the simulator received it, and what it answered.

    ``status`` is 0 and ``finished`` is 0.0 while the request is in flight, and ``status``
    stays 0 when no HTTP answer was sent (the ``reset`` and ``hang`` faults).
    """

    method: str
    path: str
    raw_query: str  # exactly as it came on the request line
    params: dict[str, str]  # parsed and UTF-8 decoded; a repeated name keeps its last value
    headers: dict[str, str]  # names lower-cased
    token: str | None
    body: bytes
    started: float  # time.monotonic() when the request had been read
    finished: float = 0.0  # time.monotonic() just before the answer was written
    status: int = 0
    response: bytes = b""
    fault: str | None = None


@dataclass
class _Ticket:
    """One request's passage through the simulator, from arrival to answer."""

    record: RecordedRequest
    admitted: bool  # holds one of its token's simultaneous-request slots
    answer: Answer | None  # None: a transport fault, no HTTP answer at all
    latency: float
    release: threading.Event  # set by stop()/reset(): stop waiting
    done: bool = False


class Simulator:
    """A local stand-in for wolkvox's agentbox.php, for the demo mode and the tests."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tokens: Iterable[str] = ("demo-token",),
        latency_ms: int = 0,
        daily_quota: int = 1000,
        max_concurrent: int = 2,
        agents: Iterable[str] | None = None,
        hang_seconds: float = 120.0,
        strict_calls: bool = False,
        on_request: Callable[[RecordedRequest], None] | None = None,
    ) -> None:
        """``agents=None`` accepts any numeric agent_id (created logged in and ready).

        ``strict_calls`` refuses a dial while the agent is on a call ("THE AGENT IS ON A
        CALL"); off by default, a new dial replaces the current call. ``on_request`` is
        called (on the handler thread, after the answer was written) with a copy of each
        finished agentbox record; the simulator itself logs nothing.
        """
        self._tokens = frozenset(tokens)
        if not self._tokens or max_concurrent < 1 or daily_quota < 0 or latency_ms < 0:
            raise ValueError("simulator needs a token, max_concurrent >= 1, quota/latency >= 0")
        self._host, self.port, self.base_url = host, port, ""
        self._initial_latency = latency_ms / 1000
        self._daily_quota, self._max_concurrent = daily_quota, max_concurrent
        self._hang_seconds, self._on_request = hang_seconds, on_request
        self._cond = threading.Condition(threading.Lock())
        self._conn_ids = ConnIds()
        self._agents = AgentBook(agents, strict_calls=strict_calls, new_conn_id=self._conn_ids)
        self._server: _HttpServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._connections: set[socket.socket] = set()
        self._in_flight_all, self._in_flight = 0, Counter[str]()
        self._admitted = Counter[str]()
        self._errors: list[str] = []
        self._reset_locked()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> str:
        """Listen and serve on a daemon thread; returns the base url ``http://host:port``."""
        if self._server is not None or self._stopping:
            raise RuntimeError("a Simulator starts once")
        server = _HttpServer((self._host, self.port), self)
        self._server = server
        self.port = int(server.server_address[1])
        host = f"[{self._host}]" if ":" in self._host else self._host
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_SECONDS},
            name=f"wolkvox-simulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving: release hangs, pauses and latency, drop connections, join threads."""
        server, thread = self._server, self._thread
        with self._cond:
            self._stopping = True
            self._release.set()
            self._cond.notify_all()
            connections = list(self._connections)
        if server is None or thread is None:
            return
        server.shutdown()
        # Idle keep-alive connections block their handler thread in a read: end them.
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        server.server_close()  # joins every handler thread (block_on_close)
        thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests read -----------------------------------------------------------------

    def records(self) -> list[RecordedRequest]:
        """A snapshot of every agentbox request so far, in arrival order."""
        with self._cond:
            return [_copy_record(r) for r in self._records]

    def max_in_flight(self, token: str | None = None) -> int:
        """The most requests seen in flight at once (with ``token``; None: all of them)."""
        with self._cond:
            return self._max_all if token is None else self._max[token]

    def in_flight(self, token: str | None = None) -> int:
        """How many requests are in flight right now (with ``token``; None: all of them)."""
        with self._cond:
            return self._in_flight_all if token is None else self._in_flight[token]

    def wait_for_in_flight(
        self, count: int, token: str | None = None, timeout: float = 5.0
    ) -> bool:
        """Block until at least ``count`` requests are in flight; False on time-out."""
        with self._cond:
            return self._cond.wait_for(lambda: self._current(token) >= count, timeout)

    def agent(self, agent_id: str) -> AgentState:
        """A copy of one agent's state; KeyError for an agent this simulator cannot have."""
        with self._cond:
            return self._agents.snapshot(agent_id)

    def errors(self) -> list[str]:
        """Unexpected exceptions raised in handler threads (tracebacks); empty when healthy."""
        with self._cond:
            return list(self._errors)

    # -- what tests change ---------------------------------------------------------------

    def inject(self, fault: str, count: int = 1, *, msg: str | None = None) -> None:
        """Give the next ``count`` requests ``fault`` (in order, after earlier injections).

        ``msg`` replaces the text of the refusal faults and of ``maintenance``.
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(sorted(FAULTS))}")
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._cond:
            self._faults.extend([(fault, msg)] * count)

    def set_latency(self, ms: int) -> None:
        """Delay every later answer by ``ms`` milliseconds (after it was counted in flight)."""
        if ms < 0:
            raise ValueError("latency must be >= 0")
        with self._cond:
            self._latency = ms / 1000

    def pause(self) -> None:
        """Hold every answer (requests are still received and counted) until resume()."""
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        """Let held answers go."""
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def reset(self) -> None:
        """Clear records, faults, peak counters, quota use, agent states, latency and pause.

        Requests that hang or wait are released; requests in flight keep their slots.
        """
        with self._cond:
            self._release.set()
            self._reset_locked()
            self._cond.notify_all()

    def _reset_locked(self) -> None:
        self._records: list[RecordedRequest] = []
        self._faults: deque[tuple[str, str | None]] = deque()
        self._latency = self._initial_latency
        self._paused = False
        self._release = threading.Event()
        self._max_all, self._max = self._in_flight_all, Counter(self._in_flight)
        self._quota_day = datetime.date.today()
        self._quota_used = Counter[str]()
        self._agents.reset()

    # -- the handler's side --------------------------------------------------------------

    def _track(self, conn: socket.socket) -> bool:
        with self._cond:
            if self._stopping:
                return False
            self._connections.add(conn)
            return True

    def _untrack(self, conn: socket.socket) -> None:
        with self._cond:
            self._connections.discard(conn)

    def _note_error(self, text: str) -> None:
        with self._cond:
            self._errors.append(text)

    def _arrive(self, record: RecordedRequest) -> _Ticket:
        """Record the request, count it in flight, and decide its answer, all at once."""
        with self._cond:
            fault, msg = self._faults.popleft() if self._faults else (None, None)
            record.fault = fault
            self._records.append(record)
            self._count_in(record.token)
            admitted, answer = self._decide(record, fault, msg)
            self._cond.notify_all()
            return _Ticket(record, admitted, answer, self._latency, self._release)

    def _count_in(self, token: str | None) -> None:
        self._in_flight_all += 1
        self._max_all = max(self._max_all, self._in_flight_all)
        if token is not None:
            self._in_flight[token] += 1
            self._max[token] = max(self._max[token], self._in_flight[token])

    def _current(self, token: str | None) -> int:
        return self._in_flight_all if token is None else self._in_flight[token]

    def _decide(
        self, record: RecordedRequest, fault: str | None, msg: str | None
    ) -> tuple[bool, Answer | None]:
        if fault in REFUSAL_FAULTS:
            return False, refusal_fault(fault, msg)
        if fault in CONTENT_FAULTS:
            return False, content_fault(fault, msg, self._conn_ids())
        if fault is not None:  # a transport fault: the handler breaks the connection
            return False, None
        if record.path != AGENTBOX_PATH:
            return False, refusal(404, MSG_UNKNOWN_API)
        if record.method != "POST":
            return False, refusal(405, MSG_METHOD, headers=(("Allow", "POST"),))
        token = record.token
        if token is None:
            return False, refusal(401, MSG_MISSING_TOKEN)
        if token not in self._tokens:
            return False, refusal(403, MSG_INVALID_TOKEN)
        if self._admitted[token] >= self._max_concurrent:
            return False, refusal(403, simultaneous_msg(self._max_concurrent))
        self._admitted[token] += 1
        return True, self._consume(token, record.params)

    def _consume(self, token: str, params: dict[str, str]) -> Answer:
        today = datetime.date.today()
        if today != self._quota_day:  # a daily quota starts afresh each day
            self._quota_day, self._quota_used = today, Counter[str]()
        if self._quota_used[token] >= self._daily_quota:
            return refusal(403, MSG_QUOTA)
        self._quota_used[token] += 1
        return self._agents.handle(params)

    def _delay(self, ticket: _Ticket) -> None:
        """Wait out the latency, then any pause; stop() and reset() cut both short."""
        if ticket.latency > 0:
            ticket.release.wait(ticket.latency)
        with self._cond:
            self._cond.wait_for(lambda: not self._paused or ticket.release.is_set())

    def _hang(self, ticket: _Ticket) -> None:
        ticket.release.wait(self._hang_seconds)

    def _depart(self, ticket: _Ticket, answer: Answer | None) -> None:
        """Mark the request answered (or dropped); call this just before writing."""
        with self._cond:
            if ticket.done:
                return
            ticket.done = True
            record = ticket.record
            record.finished = time.monotonic()
            if answer is not None:
                record.status, record.response = answer.status, answer.body
            self._in_flight_all -= 1
            if record.token is not None:
                self._in_flight[record.token] -= 1
                if ticket.admitted:
                    self._admitted[record.token] -= 1
            self._cond.notify_all()

    def _announce(self, ticket: _Ticket) -> None:
        if self._on_request is not None:
            with self._cond:
                record = _copy_record(ticket.record)
            self._on_request(record)


class _HttpServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its simulator, skips the reverse DNS lookup, and
    joins its handler threads on close.

    The stdlib only joins non-daemon threads, and non-daemon threads would keep a process
    alive that forgot stop(); so the threads are daemons, and tracked here to be joined.
    """

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        self._handler_threads: list[threading.Thread] = []
        self._threads_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can stall on a bad resolver.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"wolkvox-simulator:{self.server_port}:connection",
            daemon=True,
        )
        with self._threads_lock:
            self._handler_threads = [t for t in self._handler_threads if t.is_alive()]
            self._handler_threads.append(thread)
        thread.start()

    def server_close(self) -> None:
        super().server_close()
        with self._threads_lock:
            threads, self._handler_threads = self._handler_threads, []
        for thread in threads:
            thread.join()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-conversation is normal for fault tests; anything else
        # is a bug in the simulator, kept for tests to see (never printed).
        if not isinstance(sys.exc_info()[1], OSError):
            self.simulator._note_error(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    """One connection: reads requests, lets the simulator decide, writes in one go."""

    protocol_version = "HTTP/1.1"
    server_version = "wolkvox-simulator"
    server: _HttpServer

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if not self.server.simulator._track(self.connection):
            self.connection.shutdown(socket.SHUT_RDWR)  # stopping: handle() reads EOF

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.simulator._untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence: the simulator logs nothing (tests and the CLI read records instead)."""

    def do_POST(self) -> None:
        self._serve()

    do_GET = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_POST

    def _serve(self) -> None:
        path, _, raw_query = self.path.partition("?")
        body = self._read_body()
        sim = self.server.simulator
        if path.startswith(CONTROL_PREFIX):
            self._send(control(sim, self.command, path[len(CONTROL_PREFIX) :], raw_query))
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        record = RecordedRequest(
            method=self.command,
            path=path,
            raw_query=raw_query,
            params=parse_query(raw_query),
            headers=headers,
            token=headers.get(TOKEN_HEADER) or None,
            body=body,
            started=time.monotonic(),
        )
        ticket = sim._arrive(record)
        try:
            self._answer(sim, ticket)
        finally:
            sim._depart(ticket, None)  # no-op unless something above failed
        if ticket.answer is None:  # answered requests were announced before the write
            sim._announce(ticket)

    def _answer(self, sim: Simulator, ticket: _Ticket) -> None:
        sim._delay(ticket)
        if ticket.answer is not None:
            sim._depart(ticket, ticket.answer)
            # Announce before writing, so that a client holding the answer knows the
            # callback has already run (tests rely on it).
            sim._announce(ticket)
            self._send(ticket.answer)
        elif ticket.record.fault == "hang":
            sim._hang(ticket)
            sim._depart(ticket, None)
            self.close_connection = True  # finish() closes it: the client sees EOF
        else:
            sim._depart(ticket, None)
            self._reset_connection()

    def _reset_connection(self) -> None:
        # SO_LINGER 0 turns close() into a TCP RST. The read buffer holds a reference to
        # the socket, so close it first or close() would not really close.
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        self.rfile.close()
        self.connection.close()

    def _read_body(self) -> bytes:
        try:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                return self._read_chunked()
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True  # bad framing: cannot tell where the next one starts
            return b""
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline(1024).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # skip trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _send(self, answer: Answer) -> None:
        """Write status line, headers and body in a single sendall."""
        lines = [
            f"{self.protocol_version} {answer.status} {_reason(answer.status)}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
            f"Content-Type: {answer.content_type}",
            f"Content-Length: {len(answer.body)}",
            *(f"{name}: {value}" for name, value in answer.headers),
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        payload = head if self.command == "HEAD" else head + answer.body
        try:
            self.wfile.write(payload)  # wbufsize 0: one sendall on the socket
        except OSError:
            self.close_connection = True  # the client left; nothing more to say


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _copy_record(record: RecordedRequest) -> RecordedRequest:
    return dataclasses.replace(record, params=dict(record.params), headers=dict(record.headers))


__all__ = ["RecordedRequest", "Simulator"]
