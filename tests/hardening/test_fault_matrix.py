"""The fault matrix: every simulator fault, every documented refusal, and the faults a socket
cannot make (DNS, an untrusted certificate, proxies answering HTML), each through the window
(keyboard Enter) and the command line (plain and ``--json``).

Every combination must show its documented words (``text.explain``) and DESIGN.md's exit
code, write one history row with the right outcome, send exactly the expected requests, keep
the window responsive while the request waits, and leave the token's gate free.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import (
    AGENT,
    Arena,
    ClosedPortArena,
    GateHeldArena,
    HtmlProxyArena,
    MockArena,
    SilentServerArena,
    SimArena,
    TlsArena,
    configure,
    gate_is_free,
    run_cli,
    use_arena,
)
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    ConnectionLostError,
    GateBusyError,
    RefusalKind,
    RefusedError,
    RequestTimeoutError,
    TLSFailedError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import Outcome
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.services.agentbox import AgentboxClient
from wolkvox_desk.services.history import HistoryStore
from wolkvox_desk.simulator import FAULTS, Simulator
from wolkvox_desk.text import explain

PHONE = "3001234567"


@dataclass(frozen=True)
class Setup:
    paths: AppPaths
    cert: tuple[Path, Path]


@dataclass(frozen=True)
class Case:
    """One fault and everything DESIGN.md promises about it."""

    id: str
    build: Callable[[Setup], Arena]
    #: an error whose explanation is the documented one; None: the dial succeeds
    error: WolkvoxDeskError | None
    exit_code: int
    outcome: Outcome
    error_kind: str
    requests: int  # dial requests that reach the server side
    attempts: int
    http_status: int | None
    #: the window can dial successfully right after (the fault was one-off)
    recovers: bool = True
    cli_args: tuple[str, ...] = ()
    notes: dict[str, Any] = field(default_factory=dict)


def _refused(kind: RefusalKind, status: int, label: str, msg: str) -> RefusedError:
    return RefusedError(kind, http_status=status, code=str(status), error=label, msg=msg)


def _inject(fault: str, count: int = 1) -> Callable[[Setup], Arena]:
    return lambda setup: SimArena(lambda sim, _arena: sim.inject(fault, count))


def _unknown_token(setup: Setup) -> Arena:
    arena = SimArena()
    arena.token = "a-token-the-server-does-not-know-42"
    return arena


def _logged_out(setup: Setup) -> Arena:
    def arrange(sim: Simulator, arena: SimArena) -> None:
        with AgentboxClient(api_base=sim.base_url) as client:
            from wolkvox_desk.core.models import Account

            client.call(Account("", TEST_TOKEN), "change_status", AGENT, {"status": "logout"})

    return SimArena(arrange)


def _dns_failure(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno -2] Name or service not known") from socket.gaierror(
        -2, "Name or service not known"
    )


def _html_page(status: int, body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(
        status, content=body, headers={"content-type": "text/html"}
    )


MSG = {
    "invalid_token": "PLEASE VALIDATE TOKEN",
    "missing_token": "PLEASE ENTER THE WOLKVOX-TOKEN",
    "quota": "TOKEN LIMIT EXCEEDED",
    "simultaneous": "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)",
    "unknown_api": "THE API YOU WANT TO CONSULT DOES NOT EXIST",
    "missing_params": "SOME PARAMETERS ARE REQUIRED",
    "rejected": "AGENT NOT AVAILABLE",
    "maintenance": "THE SERVER IS UNDER MAINTENANCE, PLEASE TRY AGAIN LATER",
}
R = RefusalKind
OK, REFUSED, NETWORK, BAD = Outcome.OK, Outcome.REFUSED, Outcome.NETWORK, Outcome.BAD_ANSWER

# fmt: off
SIMULATOR_CASES = [
    # id, error, exit, outcome, error_kind, requests, attempts, http status
    Case("invalid_token", _inject("invalid_token"),
         _refused(R.INVALID_TOKEN, 403, "FORBIDDEN", MSG["invalid_token"]),
         3, REFUSED, "invalid_token", 1, 1, 403),
    Case("missing_token", _inject("missing_token"),
         _refused(R.MISSING_TOKEN, 401, "UNAUTHORIZED", MSG["missing_token"]),
         3, REFUSED, "missing_token", 1, 1, 401),
    Case("quota", _inject("quota"),
         _refused(R.QUOTA_EXCEEDED, 403, "FORBIDDEN", MSG["quota"]),
         3, REFUSED, "quota_exceeded", 1, 1, 403),
    # Provably not dialled: retried once, and the retry places the call.
    Case("simultaneous", _inject("simultaneous"), None, 0, OK, "", 2, 2, 200),
    Case("unknown_api", _inject("unknown_api"),
         _refused(R.UNKNOWN_API, 400, "BAD REQUEST", MSG["unknown_api"]),
         3, REFUSED, "unknown_api", 1, 1, 400),
    Case("missing_params", _inject("missing_params"),
         _refused(R.MISSING_PARAMETERS, 400, "BAD REQUEST", MSG["missing_params"]),
         3, REFUSED, "missing_parameters", 1, 1, 400),
    Case("rejected", _inject("rejected"),
         _refused(R.REJECTED, 400, "BAD REQUEST", MSG["rejected"]),
         3, REFUSED, "rejected", 1, 1, 400),
    Case("maintenance", _inject("maintenance"),
         _refused(R.FORBIDDEN, 403, "FORBIDDEN", MSG["maintenance"]),
         3, REFUSED, "forbidden", 1, 1, 403),
    Case("html_502", _inject("html_502"), BadAnswerError("http_error_page", http_status=502),
         5, BAD, "http_error_page", 1, 1, 502),
    Case("broken_json", _inject("broken_json"), BadAnswerError("broken_json", http_status=200),
         5, BAD, "broken_json", 1, 1, 200),
    Case("empty", _inject("empty"), BadAnswerError("empty", http_status=200),
         5, BAD, "empty", 1, 1, 200),
    Case("not_json", _inject("not_json"), BadAnswerError("not_json", http_status=200),
         5, BAD, "not_json", 1, 1, 200),
    Case("huge", _inject("huge"), BadAnswerError("too_large", http_status=200),
         5, BAD, "too_large", 1, 1, 200),
    Case("reset", _inject("reset"), ConnectionLostError("connection_lost"),
         4, NETWORK, "connection_lost", 1, 1, None),
    # The server holds the request, then closes without an answer (hang_seconds=0.5).
    Case("hang", _inject("hang"), ConnectionLostError("connection_lost"),
         4, NETWORK, "connection_lost", 1, 1, None),
]

REAL_CASES = [
    Case("simultaneous_every_attempt", _inject("simultaneous", 4),
         _refused(R.SIMULTANEOUS, 403, "FORBIDDEN", MSG["simultaneous"]),
         3, REFUSED, "simultaneous", 4, 4, 403),
    Case("unknown_token", _unknown_token,
         _refused(R.INVALID_TOKEN, 403, "FORBIDDEN", MSG["invalid_token"]),
         3, REFUSED, "invalid_token", 1, 1, 403, recovers=False),
    Case("agent_logged_out", _logged_out,
         _refused(R.REJECTED, 400, "BAD REQUEST", "THE AGENT IS NOT LOGGED IN"),
         3, REFUSED, "rejected", 1, 1, 400, recovers=False),
    # Sent, never answered, client time-out (0.5 s here; 65 s by default): the dial MAY exist.
    Case("no_answer_in_time", lambda s: SilentServerArena(), RequestTimeoutError("read_timeout"),
         4, NETWORK, "read_timeout", 1, 1, None),
    Case("connection_refused", lambda s: ClosedPortArena(), ConnectFailedError("refused"),
         4, NETWORK, "refused", 0, 4, None, recovers=False),
    Case("gate_held_elsewhere", lambda s: GateHeldArena(s.paths.lock_dir), GateBusyError(0.0),
         7, Outcome.BUSY, "busy", 0, 0, None, cli_args=("--no-wait",)),
]

SOCKETLESS_CASES = [
    Case("dns_failure", lambda s: MockArena(_dns_failure), ConnectFailedError("dns"),
         4, NETWORK, "dns", 1, 1, None, recovers=False),
    Case("self_signed_tls", lambda s: TlsArena(s.cert), TLSFailedError("certificate"),
         4, NETWORK, "certificate", 0, 1, None, recovers=False),
    Case("proxy_refuses_with_html", lambda s: HtmlProxyArena(), ConnectFailedError("proxy"),
         4, NETWORK, "proxy", 0, 1, None, recovers=False),
    Case("proxy_error_page", lambda s: MockArena(_html_page(502, b"<html>502 Bad Gateway</html>")),
         BadAnswerError("http_error_page", http_status=502),
         5, BAD, "http_error_page", 1, 1, 502, recovers=False),
    Case("captive_portal_page", lambda s: MockArena(_html_page(200, b"<html>Log in</html>")),
         BadAnswerError("not_json", http_status=200),
         5, BAD, "not_json", 1, 1, 200, recovers=False),
]
# fmt: on

CASES = SIMULATOR_CASES + REAL_CASES + SOCKETLESS_CASES
DOORS = ("window", "cli", "cli_json")


def test_the_matrix_covers_every_simulator_fault() -> None:
    injected = {case.id for case in SIMULATOR_CASES}
    assert injected == set(FAULTS)
    print(
        f"\nfault matrix: {len(CASES)} faults x {len(DOORS)} front doors = "
        f"{len(CASES) * len(DOORS)} combinations"
    )


@pytest.fixture
def setup(self_signed: tuple[Path, Path], fast_retries: None) -> Setup:
    return Setup(configure(), self_signed)


@pytest.fixture
def arena(case: Case, setup: Setup, monkeypatch: pytest.MonkeyPatch) -> Any:
    built = case.build(setup)
    use_arena(built, monkeypatch)
    yield built
    built.close()


def _check_history_row(rows: list[Any], case: Case) -> None:
    assert len(rows) == 1, rows
    (row,) = rows
    assert row.outcome is case.outcome
    assert row.error_kind == case.error_kind
    assert row.attempts == case.attempts
    assert row.http_status == case.http_status
    assert row.phone_typed == PHONE and row.agent_id == AGENT
    if case.error is None:
        assert row.conn_id
    if isinstance(case.error, RefusedError):
        assert row.msg == case.error.msg  # wolkvox's words, kept verbatim


def _check_words_in_window(text: str, case: Case) -> None:
    if case.error is None:
        assert "Dial sent" in text and "Call ID" in text
        return
    words = explain(case.error)
    for part in (words.title, words.explanation, words.wolkvox_msg, words.next_step):
        assert part in text, (part, text)


# --- the window ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_window(case: Case, arena: Arena, setup: Setup, desk_factory: Any, qtbot: Any) -> None:
    desk = desk_factory(env=arena.env())
    window = desk.window
    progress: list[str] = []
    desk.controller.busy_changed.connect(lambda busy, words: progress.append(words))
    if arena.can_hold:
        arena.hold()
    qtbot.keyClicks(window.phone_edit(), PHONE)
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Return)
    if arena.can_hold:
        qtbot.waitUntil(arena.arrived)
        # While the request waits: busy, the gate held, and the window still alive.
        assert desk.controller.busy and window.is_busy()
        assert not gate_is_free(setup.paths, arena.token)
        qtbot.keyClicks(window.name_edit(), "Ana")
        assert window.name_edit().text() == "Ana"
        timer = QTimer()
        timer.setSingleShot(True)
        with qtbot.waitSignal(timer.timeout):
            timer.start(1)
        qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Return)  # refused: one in flight
        arena.release()
    qtbot.waitUntil(lambda: not desk.controller.busy)

    _check_words_in_window(window.outcome_text(), case)
    _check_history_row(desk.history_store.search(""), case)
    assert desk.history_model.rowCount() == 1
    assert arena.requests() == case.requests
    arena.verify()
    arena.release()  # a gate held elsewhere is let go; our own dial must not hold it
    assert gate_is_free(setup.paths, arena.token)
    if case.id == "simultaneous":
        assert "Line busy, retrying…" in progress
    if case.id == "connection_refused":  # nobody answered: not a busy line
        assert "Could not reach wolkvox, retrying…" in progress
        assert not any("Line busy" in words for words in progress)
    assert window.isVisible() and not window.is_busy()
    qtbot.keyClicks(window.customer_id_edit(), "77")
    assert window.customer_id_edit().text() == "77"

    if case.recovers:  # the fault was one-off: the next Enter places the call
        qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(desk.history_store.search("")) == 2 and not window.is_busy())
        assert "Dial sent" in window.outcome_text()
        assert desk.history_store.search("")[0].outcome is Outcome.OK


# --- the command line -------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@pytest.mark.parametrize("as_json", [False, True], ids=["plain", "json"])
def test_cli(
    case: Case, as_json: bool, arena: Arena, setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["dial", PHONE, "--agent-id", AGENT, *case.cli_args]
    if as_json:
        argv.append("--json")
    run = run_cli(capsys, argv, arena, setup.paths)

    assert run.code == case.exit_code, (run.out, run.err)
    if run.gate_busy_while_waiting is not None:
        assert run.gate_busy_while_waiting, "the gate must be held while the request waits"
    arena.release()  # a gate held elsewhere is let go; our own dial must not hold it
    assert gate_is_free(setup.paths, arena.token)
    assert arena.requests() == case.requests
    arena.verify()
    with HistoryStore.open(setup.paths.history_file) as history:
        _check_history_row(history.search(""), case)
    assert "Traceback" not in run.out + run.err
    if as_json:
        _check_json(run.out, run.err, case)
    else:
        _check_plain(run.out, run.err, case)
    if case.id == "simultaneous":
        assert "Line busy, retrying" in run.err
    if case.id == "connection_refused":
        assert "Could not reach wolkvox, retrying" in run.err and "Line busy" not in run.err


def _check_plain(out: str, err: str, case: Case) -> None:
    if case.error is None:
        assert out.startswith("Dial sent to ") and "conn_id" in out
        return
    assert explain(case.error).one_line() in out


def _check_json(out: str, err: str, case: Case) -> None:
    lines = out.splitlines()
    assert len(lines) == 1, "--json prints exactly one object"
    doc = json.loads(lines[0])
    assert doc["ok"] is (case.error is None)
    assert doc["http_status"] == case.http_status
    assert doc["attempts"] == case.attempts
    if case.error is None:
        assert doc["conn_id"] and doc["error"] is None
        return
    assert explain(case.error).one_line() in err
    if isinstance(case.error, RefusedError):
        assert doc["error"] == case.error.error and doc["msg"] == case.error.msg
    else:
        assert doc["error"] == case.error_kind and doc["msg"] == ""
