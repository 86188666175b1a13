"""The ``/_sim/...`` control endpoints: drive a simulator that runs in another process.

They need no token and are never recorded. Every one maps onto a public :class:`Simulator`
method:

=======  ==========================  ==================================================
GET      /_sim/records               the records as a JSON list (bodies decoded as UTF-8)
GET      /_sim/stats                 ``{"in_flight": n, "max_in_flight": n}``
GET      /_sim/agents/<agent_id>     one agent's state
POST     /_sim/inject?fault=X        ``&count=N`` (default 1), ``&msg=TEXT`` (optional)
POST     /_sim/latency?ms=N
POST     /_sim/reset | pause | resume
=======  ==========================  ==================================================
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wolkvox_desk.simulator.protocol import Answer, dump, parse_query

if TYPE_CHECKING:  # the server imports this module; only the types flow back
    from wolkvox_desk.simulator.server import RecordedRequest, Simulator

_OK = Answer(200, dump({"ok": True}))


def control(sim: Simulator, method: str, name: str, raw_query: str) -> Answer:
    """Answer one control request; ``name`` is the path after ``/_sim/``."""
    try:
        return _act(sim, method, name, parse_query(raw_query))
    except (ValueError, KeyError) as exc:
        return Answer(400, dump({"ok": False, "error": str(exc)}))


def _act(sim: Simulator, method: str, name: str, params: dict[str, str]) -> Answer:
    if method == "GET":
        return _read(sim, name)
    if method == "POST" and name == "inject":
        sim.inject(params["fault"], int(params.get("count", "1")), msg=params.get("msg"))
        return _OK
    if method == "POST" and name == "latency":
        sim.set_latency(int(params["ms"]))
        return _OK
    actions = {"reset": sim.reset, "pause": sim.pause, "resume": sim.resume}
    if method == "POST" and name in actions:
        actions[name]()
        return _OK
    return _not_found(method, name)


def _read(sim: Simulator, name: str) -> Answer:
    if name == "records":
        return Answer(200, dump([_record_json(r) for r in sim.records()]))
    if name == "stats":
        return Answer(
            200, dump({"in_flight": sim.in_flight(), "max_in_flight": sim.max_in_flight()})
        )
    if name.startswith("agents/"):
        state = sim.agent(name.removeprefix("agents/"))
        return Answer(200, dump(dataclasses.asdict(state)))
    return _not_found("GET", name)


def _not_found(method: str, name: str) -> Answer:
    return Answer(404, dump({"ok": False, "error": f"no control endpoint {method} /_sim/{name}"}))


def _record_json(record: RecordedRequest) -> dict[str, object]:
    data = dataclasses.asdict(record)
    data["body"] = record.body.decode("utf-8", "replace")
    data["response"] = record.response.decode("utf-8", "replace")
    return data
