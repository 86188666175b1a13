"""Injected faults: broken answers, broken connections and documented refusals on demand."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.simulator.conftest import AGENT, MakeSim, call, envelope, open_client
from wolkvox_desk.simulator import FAULTS, Simulator

DIAL = {"customer_phone": "3001"}


def test_maintenance_is_a_403_envelope(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("maintenance")
    response = call(client, "dial", **DIAL)
    assert response.status_code == 403
    body = envelope(response)
    assert (body["code"], body["error"]) == ("403", "FORBIDDEN")
    assert "MAINTENANCE" in body["msg"]


def test_html_502_is_a_page_without_envelope(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("html_502")
    response = call(client, "dial", **DIAL)
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.lstrip().startswith("<html>")


def test_broken_json_is_a_truncated_200(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("broken_json")
    response = call(client, "dial", **DIAL)
    assert response.status_code == 200
    assert response.text.startswith('{"code":"200"')
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_empty_is_a_200_without_body(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("empty")
    response = call(client, "dial", **DIAL)
    assert (response.status_code, response.content) == (200, b"")


def test_not_json_is_plain_text(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("not_json")
    response = call(client, "dial", **DIAL)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_huge_is_megabytes_of_valid_json(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("huge")
    response = call(client, "dial", **DIAL)
    assert response.status_code == 200
    assert len(response.content) > 4_000_000
    assert envelope(response)["msg"] == "Dial has been successful"


def test_reset_drops_the_connection_with_a_tcp_reset(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("reset")
    # ReadError (ECONNRESET), not RemoteProtocolError, which a clean close would give.
    with pytest.raises(httpx.ReadError):
        call(client, "dial", **DIAL)
    [record] = sim.records()
    assert (record.fault, record.status) == ("reset", 0)
    assert record.finished >= record.started
    assert call(client, "dial", **DIAL).status_code == 200  # a new connection works


def test_hang_never_answers(sim: Simulator) -> None:
    sim.inject("hang")
    with (
        open_client(sim) as c,
        pytest.raises(httpx.ReadTimeout),
    ):
        c.post("/api/v2/agentbox.php", params={"api": "dial", "agent_id": AGENT}, timeout=0.2)
    assert sim.records()[0].status == 0


def test_hang_ends_by_closing_after_hang_seconds(make_sim: MakeSim) -> None:
    sim = make_sim(hang_seconds=0.05)
    sim.inject("hang")
    # Closed after hang_seconds, still without an answer:
    with open_client(sim) as c, pytest.raises(httpx.RemoteProtocolError):
        call(c, "dial", **DIAL)
    [record] = sim.records()
    assert (record.fault, record.status, record.response) == ("hang", 0, b"")


@pytest.mark.parametrize(
    ("fault", "status", "msg"),
    [
        ("invalid_token", 403, "PLEASE VALIDATE TOKEN"),
        ("missing_token", 401, "PLEASE ENTER THE WOLKVOX-TOKEN"),
        ("quota", 403, "TOKEN LIMIT EXCEEDED"),
        ("simultaneous", 403, "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)"),
        ("unknown_api", 400, "THE API YOU WANT TO CONSULT DOES NOT EXIST"),
        ("missing_params", 400, "SOME PARAMETERS ARE REQUIRED"),
        ("rejected", 400, "AGENT NOT AVAILABLE"),
    ],
)
def test_refusals_on_demand(
    sim: Simulator, client: httpx.Client, fault: str, status: int, msg: str
) -> None:
    sim.inject(fault)
    response = call(client, "dial", **DIAL)
    assert response.status_code == status
    assert envelope(response)["msg"] == msg
    assert envelope(response)["code"] == str(status)
    assert sim.agent(AGENT).call is None  # a refused dial places no call


def test_a_refusal_can_carry_a_custom_msg(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("rejected", msg="AGENT IS BUSY")
    assert envelope(call(client, "dial", **DIAL))["msg"] == "AGENT IS BUSY"


def test_faults_are_consumed_in_order(sim: Simulator, client: httpx.Client) -> None:
    sim.inject("maintenance", count=2)
    sim.inject("empty")
    statuses = [call(client, "dial", **DIAL).status_code for _ in range(4)]
    assert statuses == [403, 403, 200, 200]
    assert [r.fault for r in sim.records()] == ["maintenance", "maintenance", "empty", None]
    assert sim.records()[2].response == b""


def test_latency_applies_to_faults(sim: Simulator, client: httpx.Client) -> None:
    sim.set_latency(60)
    sim.inject("html_502")
    call(client, "dial", **DIAL)
    record = sim.records()[0]
    assert record.finished - record.started >= 0.06


def test_faults_do_not_use_quota(make_sim: MakeSim) -> None:
    sim = make_sim(daily_quota=1)
    sim.inject("maintenance", count=3)
    with open_client(sim) as c:
        for _ in range(3):
            call(c, "dial", **DIAL)
        assert call(c, "dial", **DIAL).status_code == 200


def test_unknown_faults_are_refused(sim: Simulator) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        sim.inject("gremlins")


def test_the_fault_list_is_the_documented_one() -> None:
    assert set(FAULTS) == {
        "maintenance", "html_502", "broken_json", "empty", "not_json", "reset", "hang", "huge",
        "invalid_token", "missing_token", "quota", "simultaneous", "unknown_api",
        "missing_params", "rejected",
    }  # fmt: skip
