"""Fixtures for the simulator's tests: running simulators and loopback httpx clients.

Every simulator is stopped at the end of its test (threads never outlive a test), and a test
fails if a handler thread raised anything unexpected.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from wolkvox_desk.simulator import AGENTBOX_PATH, Simulator

TOKEN = "sim-test-token"
OTHER_TOKEN = "another-operation-token"
AGENT = "1001"

MakeSim = Callable[..., Simulator]


@pytest.fixture
def make_sim() -> Iterator[MakeSim]:
    """Start simulators with any constructor arguments; all are stopped afterwards."""
    started: list[Simulator] = []

    def make(**kwargs: Any) -> Simulator:
        kwargs.setdefault("tokens", (TOKEN, OTHER_TOKEN))
        sim = Simulator(**kwargs)
        started.append(sim)
        sim.start()
        return sim

    yield make
    for sim in started:
        sim.stop()
    for sim in started:
        assert sim.errors() == []
        assert simulator_threads(sim) == []


def simulator_threads(sim: Simulator) -> list[threading.Thread]:
    """The live threads a simulator started (all are named after its port)."""
    prefix = f"wolkvox-simulator:{sim.port}"
    return [t for t in threading.enumerate() if t.name.startswith(prefix)]


@pytest.fixture
def sim(make_sim: MakeSim) -> Simulator:
    return make_sim()


def open_client(sim: Simulator, token: str | None = TOKEN, timeout: float = 10) -> httpx.Client:
    """A plain-http loopback client (``verify=False`` only skips building a TLS context)."""
    headers = {} if token is None else {"wolkvox-token": token}
    return httpx.Client(verify=False, base_url=sim.base_url, headers=headers, timeout=timeout)


@pytest.fixture
def client(sim: Simulator) -> Iterator[httpx.Client]:
    """A keep-alive client with the valid token, as the app's worker would hold one."""
    with open_client(sim) as c:
        yield c


def call(client: httpx.Client, api: str, **params: str) -> httpx.Response:
    """POST one agentbox.php call; agent_id defaults to AGENT (pass agent_id="" to omit)."""
    params.setdefault("agent_id", AGENT)
    query = {"api": api, **{k: v for k, v in params.items() if v != ""}}
    return client.post(AGENTBOX_PATH, params=query)


def envelope(response: httpx.Response) -> dict[str, Any]:
    data = response.json()
    assert isinstance(data, dict)
    return data
