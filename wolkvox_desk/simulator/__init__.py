"""A local stand-in for wolkvox's agentbox.php: the demo mode's server and the tests' fake.

Standard library only, and nothing else of ours, so that it can never share a bug with the
client it checks. :class:`Simulator` runs in-process (tests, ``--demo``, ``--self-test``);
:func:`serve` runs it as a command (``wolkvox-desk simulator``).
"""

from typing import Any

from wolkvox_desk.simulator.agentbox import AgentState, CallState
from wolkvox_desk.simulator.protocol import AGENTBOX_PATH, FAULTS
from wolkvox_desk.simulator.server import RecordedRequest, Simulator

__all__ = [
    "AGENTBOX_PATH",
    "FAULTS",
    "AgentState",
    "CallState",
    "RecordedRequest",
    "Simulator",
    "serve",
]


def __getattr__(name: str) -> Any:
    # ``serve`` (the command) on first use: the in-process simulator of --demo and --self-test
    # needs none of its argument parsing and signal handling.
    if name == "serve":
        from wolkvox_desk.simulator.command import serve

        return serve
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
