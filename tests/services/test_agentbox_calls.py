"""The call-control methods of the agentbox client (issue 9), against the simulator over real
loopback HTTP: one request each, the documented query, the gate taken with a wait."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.core.errors import RefusalKind, RefusedError
from wolkvox_desk.core.models import Account, ApiResult
from wolkvox_desk.services.agentbox import CALL_CONTROL_WAIT_S, AgentboxClient, RetryPolicy
from wolkvox_desk.services.gate import TokenGate

ACCOUNT = Account(server="0042", token=TEST_TOKEN)
AGENT = "1001"
NO_SLEEP = RetryPolicy(max_attempts=4, base_delay_s=0.0, max_delay_s=0.0)
NO_CALL = "THE AGENT HAS NO ACTIVE CALL"

Call = Callable[[AgentboxClient], ApiResult]

# (method call, the exact query it must send)
CONTROLS: list[tuple[str, Call, str]] = [
    ("hang", lambda c: c.hang(ACCOUNT, AGENT), "agent_id=1001&api=hang"),
    ("hold", lambda c: c.hold(ACCOUNT, AGENT), "agent_id=1001&api=hold"),
    ("mute", lambda c: c.mute(ACCOUNT, AGENT), "agent_id=1001&api=mute"),
    ("dtmf", lambda c: c.dtmf(ACCOUNT, AGENT, "12#*"), "agent_id=1001&api=dtmf&tones=12%23%2A"),
    (
        "transfer",
        lambda c: c.transfer(ACCOUNT, AGENT, "2002"),
        "agent_id=1001&api=transfer&customer_phone=2002",
    ),
    (
        "hang_type_ready",
        lambda c: c.hang_type_ready(ACCOUNT, AGENT, "5", "7", "Cliente feliz & ok #1"),
        "agent_id=1001&api=hang_type_ready&cod_act=5&cod_act_2=7"
        "&comments=Cliente%20feliz%20%26%20ok%20%231",
    ),
    (
        "hang_type_ready",
        lambda c: c.hang_type_ready(ACCOUNT, AGENT, "5"),
        "agent_id=1001&api=hang_type_ready&cod_act=5",
    ),
]


@pytest.fixture
def client(simulator, tmp_path) -> Iterator[AgentboxClient]:
    with AgentboxClient(
        api_base=simulator.base_url,
        gate=TokenGate(tmp_path / "locks"),
        connect_timeout_s=1.0,
        total_timeout_s=2.0,
        retry=NO_SLEEP,
    ) as c:
        yield c


def _dial(client: AgentboxClient) -> str:
    return client.dial(ACCOUNT, AGENT, "3001234567").conn_id


@pytest.mark.parametrize(("api", "send", "query"), CONTROLS)
def test_each_control_sends_one_post_with_the_documented_query(
    simulator, client, api: str, send: Call, query: str
) -> None:
    conn_id = _dial(client)
    result = send(client)
    assert result.code == "200" and result.attempts == 1
    dial, control = simulator.records()
    assert control.method == "POST" and control.body == b""
    assert control.raw_query == query
    assert control.params["api"] == api
    assert control.headers["wolkvox-token"] == TEST_TOKEN
    assert simulator.agent(AGENT).history == ["dial", api]
    assert result.data.get("conn_id") == conn_id


def test_change_status_needs_no_call(simulator, client) -> None:
    result = client.change_status(ACCOUNT, AGENT, "7")
    assert result.data == {"status": "7"}
    (rec,) = simulator.records()
    assert rec.raw_query == "agent_id=1001&api=change_status&status=7"
    assert simulator.agent(AGENT).status == "7"


def test_hold_and_mute_are_toggles(simulator, client) -> None:
    _dial(client)
    assert client.hold(ACCOUNT, AGENT).data["hold"] == "on"
    assert client.hold(ACCOUNT, AGENT).data["hold"] == "off"
    assert client.mute(ACCOUNT, AGENT).data["mute"] == "on"
    call = simulator.agent(AGENT).call
    assert call is not None and not call.on_hold and call.muted


def test_tones_reach_the_call_in_order(simulator, client) -> None:
    _dial(client)
    for tones in ("1", "2", "3", "#"):
        client.dtmf(ACCOUNT, AGENT, tones)
    call = simulator.agent(AGENT).call
    assert call is not None and call.tones == "123#"


@pytest.mark.parametrize(("api", "send", "query"), CONTROLS)
def test_a_control_without_a_call_is_refused_and_not_retried(
    simulator, client, api: str, send: Call, query: str
) -> None:
    with pytest.raises(RefusedError) as info:
        send(client)
    assert info.value.refusal is RefusalKind.REJECTED
    assert info.value.msg == NO_CALL
    assert info.value.http_status == 400
    assert len(simulator.records()) == 1


def test_a_simultaneous_refusal_is_retried_for_controls_too(simulator, client) -> None:
    _dial(client)
    simulator.inject("simultaneous")
    retries: list[int] = []
    result = client.hold(ACCOUNT, AGENT, on_retry=lambda n, d, e: retries.append(n))
    assert result.attempts == 2 and retries == [2]
    assert [r.status for r in simulator.records()] == [200, 403, 200]
    call = simulator.agent(AGENT).call
    assert call is not None and call.on_hold  # toggled exactly once


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.dtmf(ACCOUNT, AGENT, ""),
        lambda c: c.transfer(ACCOUNT, AGENT, ""),
        lambda c: c.change_status(ACCOUNT, AGENT, ""),
        lambda c: c.hang_type_ready(ACCOUNT, AGENT, ""),
    ],
)
def test_an_empty_required_value_is_never_sent(simulator, client, send: Call) -> None:
    with pytest.raises(ValueError):
        send(client)
    assert simulator.records() == []


class RecordingGate:
    """A gate that lets everything through and records the wait each caller asked for."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    @contextmanager
    def hold(self, token: str, *, wait: float = 0.0) -> Iterator[None]:
        self.waits.append(wait)
        yield


def test_controls_wait_their_turn_at_the_gate_while_a_dial_does_not(simulator) -> None:
    gate = RecordingGate()
    gated: Any = gate
    with AgentboxClient(api_base=simulator.base_url, gate=gated, retry=NO_SLEEP) as c:
        _dial(c)
        c.hold(ACCOUNT, AGENT)
        c.mute(ACCOUNT, AGENT)
        c.hang(ACCOUNT, AGENT)
        c.change_status(ACCOUNT, AGENT, "ready")
        c.dial(ACCOUNT, AGENT, "3001234567")
        c.dtmf(ACCOUNT, AGENT, "1")
        c.hold(ACCOUNT, AGENT, wait_s=2.5)
    assert CALL_CONTROL_WAIT_S == 30.0
    assert gate.waits == [0.0, 30.0, 30.0, 30.0, 30.0, 0.0, 30.0, 2.5]


class SignallingGate(TokenGate):
    """A real token gate that says when a caller has arrived at it."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.arrived = threading.Event()

    @contextmanager
    def hold(self, token: str, *, wait: float = 0.0) -> Iterator[None]:
        self.arrived.set()
        with super().hold(token, wait=wait):
            yield


def test_a_control_queued_behind_a_held_gate_is_sent_once_it_frees(simulator, tmp_path) -> None:
    gate = SignallingGate(tmp_path / "locks")
    outcome: list[object] = []
    with AgentboxClient(api_base=simulator.base_url, gate=gate, retry=NO_SLEEP) as c:
        _dial(c)
        with gate.hold(TEST_TOKEN):  # another request of this token is in flight
            gate.arrived.clear()
            worker = threading.Thread(target=lambda: outcome.append(c.hold(ACCOUNT, AGENT)))
            worker.start()
            assert gate.arrived.wait(5)
            assert len(simulator.records()) == 1  # nothing sent while the gate is held
        worker.join(10)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], ApiResult)
    assert [r.params["api"] for r in simulator.records()] == ["dial", "hold"]
