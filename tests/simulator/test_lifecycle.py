"""Starting, stopping, pausing and resetting a simulator, and its control endpoints."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from tests.simulator.conftest import (
    AGENT,
    TOKEN,
    MakeSim,
    call,
    envelope,
    open_client,
    simulator_threads,
)
from wolkvox_desk.simulator import AGENTBOX_PATH, RecordedRequest, Simulator


class _Background:
    """One dial on its own thread, remembering its response or its error."""

    def __init__(self, sim: Simulator) -> None:
        self.response: httpx.Response | None = None
        self.error: Exception | None = None
        self._sim = sim
        self.thread = threading.Thread(target=self._run)
        self.thread.start()

    def _run(self) -> None:
        with open_client(self._sim, timeout=60) as client:
            try:
                self.response = call(client, "dial", customer_phone="3001")
            except httpx.HTTPError as exc:
                self.error = exc


@pytest.fixture
def background() -> Iterator[list[_Background]]:
    started: list[_Background] = []
    yield started
    for job in started:
        job.thread.join(timeout=60)


def test_stop_releases_a_hanging_request(make_sim: MakeSim, background: list[_Background]) -> None:
    sim = make_sim(hang_seconds=120)
    sim.inject("hang")
    job = _Background(sim)
    background.append(job)
    assert sim.wait_for_in_flight(1)

    sim.stop()
    job.thread.join(timeout=30)  # far below the client's 60 s time-out

    assert not job.thread.is_alive()
    assert isinstance(job.error, httpx.RemoteProtocolError)  # closed without an answer


def test_stop_releases_a_paused_request(make_sim: MakeSim, background: list[_Background]) -> None:
    sim = make_sim(latency_ms=120_000)
    sim.pause()
    job = _Background(sim)
    background.append(job)
    assert sim.wait_for_in_flight(1)
    sim.stop()
    job.thread.join(timeout=30)
    assert not job.thread.is_alive()


def test_stop_ends_idle_keep_alive_connections_and_threads(make_sim: MakeSim) -> None:
    sim = make_sim()
    with open_client(sim) as one, open_client(sim) as two, open_client(sim) as three:
        for client in (one, two, three):
            call(client, "hang")  # each leaves an idle keep-alive connection open
        assert len(simulator_threads(sim)) == 4  # the accept loop and three connections
        sim.stop()
        assert simulator_threads(sim) == []
        with pytest.raises(httpx.TransportError):
            call(one, "hang")


def test_the_context_manager_starts_and_stops() -> None:
    with Simulator() as sim:
        assert sim.base_url == f"http://127.0.0.1:{sim.port}"
        with open_client(sim, None) as client:
            assert client.post(AGENTBOX_PATH).status_code == 401
    with open_client(sim, None) as client, pytest.raises(httpx.ConnectError):
        client.post(AGENTBOX_PATH)


def test_a_simulator_starts_once(sim: Simulator) -> None:
    with pytest.raises(RuntimeError):
        sim.start()
    sim.stop()
    sim.stop()  # idempotent


def test_stop_before_start_is_harmless() -> None:
    Simulator().stop()


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        Simulator(tokens=())
    with pytest.raises(ValueError):
        Simulator(max_concurrent=0)


def test_pause_holds_answers_until_resume(sim: Simulator, background: list[_Background]) -> None:
    sim.pause()
    job = _Background(sim)
    background.append(job)
    assert sim.wait_for_in_flight(1)
    assert sim.in_flight(TOKEN) == 1
    assert job.response is None
    sim.resume()
    job.thread.join(timeout=30)
    assert job.response is not None and job.response.status_code == 200
    assert sim.in_flight() == 0


def test_wait_for_in_flight_times_out(sim: Simulator) -> None:
    assert sim.wait_for_in_flight(1, timeout=0.01) is False


def test_reset_clears_records_faults_and_latency(make_sim: MakeSim) -> None:
    sim = make_sim()
    with open_client(sim) as client:
        call(client, "hang")
        sim.inject("maintenance")
        sim.set_latency(60_000)
        sim.reset()
        assert sim.records() == []
        assert call(client, "hang").status_code == 400  # no fault, no latency left
        assert sim.max_in_flight() == 1


def test_on_request_sees_each_finished_request(make_sim: MakeSim) -> None:
    seen: list[RecordedRequest] = []
    sim = make_sim(on_request=seen.append)
    with open_client(sim) as client:
        call(client, "dial", customer_phone="3001")
        client.get("/_sim/records")
        call(client, "hang")
    assert [(r.params["api"], r.status) for r in seen] == [("dial", 200), ("hang", 200)]


# -- control endpoints -----------------------------------------------------------------


def test_control_inject_and_records(sim: Simulator) -> None:
    with open_client(sim, None) as control, open_client(sim) as client:
        assert control.post("/_sim/inject", params={"fault": "maintenance", "count": 2}).json() == {
            "ok": True
        }
        statuses = [call(client, "hang").status_code for _ in range(3)]
        records = control.get("/_sim/records").json()
    assert statuses == [403, 403, 400]
    assert [r["fault"] for r in records] == ["maintenance", "maintenance", None]
    assert records[0]["params"] == {"api": "hang", "agent_id": AGENT}
    assert records[0]["token"] == TOKEN


def test_control_records_decode_the_name(sim: Simulator) -> None:
    with open_client(sim, None) as control, open_client(sim) as client:
        call(client, "dial", customer_phone="3001", customer_name="José & Hijos #2")
        [record] = control.get("/_sim/records").json()
    assert record["params"]["customer_name"] == "José & Hijos #2"
    assert "customer_name=Jos%C3%A9+%26+Hijos+%232" in record["raw_query"]


def test_control_reset_latency_and_agents(sim: Simulator) -> None:
    with open_client(sim, None) as control, open_client(sim) as client:
        call(client, "dial", customer_phone="3001")
        agent = control.get(f"/_sim/agents/{AGENT}").json()
        assert agent["call"]["customer_phone"] == "3001"
        control.post("/_sim/latency", params={"ms": 50})
        call(client, "hang")
        assert sim.records()[-1].finished - sim.records()[-1].started >= 0.05
        control.post("/_sim/reset")
        assert control.get("/_sim/records").json() == []
        assert control.get(f"/_sim/agents/{AGENT}").json()["call"] is None


def test_control_pause_resume_and_stats(sim: Simulator, background: list[_Background]) -> None:
    with open_client(sim, None) as control:
        control.post("/_sim/pause")
        job = _Background(sim)
        background.append(job)
        assert sim.wait_for_in_flight(1)
        assert control.get("/_sim/stats").json() == {"in_flight": 1, "max_in_flight": 1}
        control.post("/_sim/resume")
        job.thread.join(timeout=30)
    assert job.response is not None and job.response.status_code == 200


def test_control_requests_are_not_recorded_and_take_no_fault(sim: Simulator) -> None:
    sim.inject("reset")
    with open_client(sim, None) as control:
        assert control.get("/_sim/records").json() == []
        assert control.get("/_sim/stats").status_code == 200
    assert sim.records() == []


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("POST", "/_sim/inject?fault=gremlins", 400),
        ("POST", "/_sim/inject", 400),
        ("GET", "/_sim/agents/abc", 400),
        ("GET", "/_sim/inject", 404),
        ("POST", "/_sim/nothing", 404),
    ],
)
def test_control_refuses_bad_requests(sim: Simulator, method: str, path: str, status: int) -> None:
    with open_client(sim, None) as control:
        response = control.request(method, path)
    assert response.status_code == status
    assert envelope(response)["ok"] is False
