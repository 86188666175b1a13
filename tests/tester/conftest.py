"""Fixtures of the extension tester tests: a simulator that knows only some extensions, and
a client factory through one shared token gate."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.core.models import Account
from wolkvox_desk.services.agentbox import AgentboxClient
from wolkvox_desk.services.gate import TokenGate
from wolkvox_desk.simulator import Simulator

#: extensions 1001..1010 exist, except these two (they are refused: THE AGENT DOES NOT EXIST)
UNKNOWN = ("1004", "1009")
KNOWN = tuple(str(n) for n in range(1001, 1051) if str(n) not in UNKNOWN)
ACCOUNT = Account(server="", token=TEST_TOKEN)


@pytest.fixture
def office() -> Iterator[Simulator]:
    """A simulator that knows the extensions in KNOWN only (and TEST_TOKEN)."""
    sim = Simulator(tokens=(TEST_TOKEN,), agents=KNOWN)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def clients(tmp_path: Path) -> Callable[[Simulator], Callable[[], AgentboxClient]]:
    """``clients(sim)`` -> a factory of clients to ``sim`` through one TokenGate."""
    gate = TokenGate(tmp_path / "locks")

    def factory_for(sim: Simulator) -> Callable[[], AgentboxClient]:
        return lambda: AgentboxClient(api_base=sim.base_url, gate=gate, total_timeout_s=5.0)

    return factory_for


def dials(sim: Simulator) -> list[str]:
    return [r.params["agent_id"] for r in sim.records() if r.params.get("api") == "dial"]


def apis(sim: Simulator) -> list[tuple[str, str]]:
    return [(r.params.get("api", ""), r.params.get("agent_id", "")) for r in sim.records()]
