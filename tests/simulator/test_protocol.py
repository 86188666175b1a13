"""The simulator answers like the documented agentbox.php: envelope, refusals, limits, records."""

from __future__ import annotations

import re
import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.simulator.conftest import AGENT, OTHER_TOKEN, TOKEN, MakeSim, call, envelope, open_client
from wolkvox_desk.simulator import AGENTBOX_PATH, Simulator

CONN_ID = re.compile(r"\d+\.\d+\.\d{10}\.\d+")


def test_dial_succeeds_with_the_documented_envelope(client: httpx.Client) -> None:
    response = call(client, "dial", customer_phone="9573001234567")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = envelope(response)
    assert body["code"] == "200"
    assert body["error"] is None
    assert body["msg"] == "Dial has been successful"
    assert CONN_ID.fullmatch(body["data"]["conn_id"])


def test_each_dial_gets_a_fresh_conn_id(client: httpx.Client) -> None:
    ids = {envelope(call(client, "dial", customer_phone="3001"))["data"]["conn_id"] for _ in "abc"}
    assert len(ids) == 3


def _refusal(response: httpx.Response, status: int, error: str, msg: str) -> None:
    assert response.status_code == status
    assert envelope(response) == {"code": str(status), "error": error, "msg": msg, "data": {}}


def test_missing_token_is_401(sim: Simulator) -> None:
    with open_client(sim, None) as anonymous:
        response = call(anonymous, "dial", customer_phone="3001")
    _refusal(response, 401, "UNAUTHORIZED", "PLEASE ENTER THE WOLKVOX-TOKEN")


def test_empty_token_counts_as_missing(sim: Simulator) -> None:
    with open_client(sim, "") as blank:
        response = call(blank, "dial", customer_phone="3001")
    assert response.status_code == 401


def test_unknown_token_is_403(sim: Simulator) -> None:
    with open_client(sim, "nope") as stranger:
        response = call(stranger, "dial", customer_phone="3001")
    _refusal(response, 403, "FORBIDDEN", "PLEASE VALIDATE TOKEN")


def test_get_is_405_with_an_envelope(client: httpx.Client) -> None:
    response = client.get(AGENTBOX_PATH, params={"api": "dial", "agent_id": AGENT})
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert envelope(response)["code"] == "405"


def test_other_paths_are_404_with_an_envelope(client: httpx.Client) -> None:
    response = client.post("/api/v2/information.php", params={"api": "agents"})
    assert response.status_code == 404
    assert envelope(response)["msg"] == "THE API YOU WANT TO CONSULT DOES NOT EXIST"


@pytest.mark.parametrize("api", ["call", "DIAL", ""])
def test_unknown_api_is_400(client: httpx.Client, api: str) -> None:
    response = client.post(AGENTBOX_PATH, params={"api": api, "agent_id": AGENT})
    _refusal(response, 400, "BAD REQUEST", "THE API YOU WANT TO CONSULT DOES NOT EXIST")


@pytest.mark.parametrize(
    ("api", "params"),
    [
        ("dial", {}),
        ("dial", {"customer_phone": "3001", "agent_id": ""}),
        ("hang", {"agent_id": ""}),
        ("transfer", {}),
        ("aux_call", {}),
        ("dtmf", {}),
        ("change_status", {}),
        ("hang_type_ready", {}),
        ("type", {}),
    ],
)
def test_missing_parameters_are_400(client: httpx.Client, api: str, params: dict[str, str]) -> None:
    response = call(client, api, **params)
    _refusal(response, 400, "BAD REQUEST", "SOME PARAMETERS ARE REQUIRED")


def test_a_blank_parameter_counts_as_missing(client: httpx.Client) -> None:
    query = "api=dial&agent_id=1001&customer_phone="
    response = client.post(f"{AGENTBOX_PATH}?{query}")
    assert envelope(response)["msg"] == "SOME PARAMETERS ARE REQUIRED"


def test_parameters_in_the_body_do_not_count(client: httpx.Client) -> None:
    # As a public client found out: agentbox.php reads the query string only.
    response = client.post(
        AGENTBOX_PATH,
        params={"api": "dial", "agent_id": AGENT},
        data={"customer_phone": "3001"},
    )
    assert envelope(response)["msg"] == "SOME PARAMETERS ARE REQUIRED"


def test_daily_quota_refuses_once_used_up(make_sim: MakeSim) -> None:
    sim = make_sim(daily_quota=2)
    with open_client(sim) as client:
        statuses = [call(client, "dial", customer_phone="3001").status_code for _ in range(2)]
        refused = call(client, "dial", customer_phone="3001")
    with open_client(sim, OTHER_TOKEN) as other:
        other_status = call(other, "dial", customer_phone="3001").status_code

    assert statuses == [200, 200]
    _refusal(refused, 403, "FORBIDDEN", "TOKEN LIMIT EXCEEDED")
    assert other_status == 200  # the quota is per token


def test_reset_gives_the_quota_back(make_sim: MakeSim) -> None:
    sim = make_sim(daily_quota=1)
    with open_client(sim) as client:
        call(client, "hang")
        assert call(client, "hang").status_code == 403
        sim.reset()
        assert call(client, "dial", customer_phone="3001").status_code == 200


def _concurrent(sim: Simulator, tokens: list[str]) -> list[httpx.Response]:
    """Send one dial per token at once, held by a pause until all are in flight."""
    sim.pause()
    with (
        open_client(sim, None) as client,
        ThreadPoolExecutor(len(tokens)) as pool,
    ):

        def dial(token: str) -> httpx.Response:
            query = {"api": "dial", "agent_id": AGENT, "customer_phone": "3001"}
            return client.post(AGENTBOX_PATH, params=query, headers={"wolkvox-token": token})

        futures = [pool.submit(dial, token) for token in tokens]
        assert sim.wait_for_in_flight(len(tokens))
        sim.resume()
        return [f.result() for f in futures]


def test_a_third_simultaneous_request_gets_the_documented_403(sim: Simulator) -> None:
    responses = _concurrent(sim, [TOKEN] * 3)

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 403]
    refused = next(r for r in responses if r.status_code == 403)
    assert envelope(refused)["msg"] == "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)"
    assert sim.max_in_flight(TOKEN) == 3
    assert sim.max_in_flight(OTHER_TOKEN) == 0


def test_the_limit_is_per_token(sim: Simulator) -> None:
    responses = _concurrent(sim, [TOKEN, TOKEN, OTHER_TOKEN, OTHER_TOKEN])
    assert [r.status_code for r in responses] == [200] * 4
    assert sim.max_in_flight() == 4
    assert sim.max_in_flight(TOKEN) == 2


def test_the_limit_follows_max_concurrent(make_sim: MakeSim) -> None:
    sim = make_sim(max_concurrent=1)
    responses = _concurrent(sim, [TOKEN, TOKEN])
    assert sorted(r.status_code for r in responses) == [200, 403]
    refused = next(r for r in responses if r.status_code == 403)
    assert envelope(refused)["msg"].endswith("PER TOKEN (1)")


def test_slots_free_up_when_answers_are_sent(sim: Simulator, client: httpx.Client) -> None:
    _concurrent(sim, [TOKEN] * 3)
    statuses = [call(client, "change_status", status="ready").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert sim.in_flight() == 0


def test_sequential_requests_never_look_concurrent(sim: Simulator) -> None:
    # Alternate between two connections: the next request leaves only after an answer
    # arrived, so the simulator must never count two in flight.
    with (
        open_client(sim) as one,
        open_client(sim) as two,
    ):
        for i in range(40):
            call(one if i % 2 else two, "dial", customer_phone="3001")
    assert sim.max_in_flight(TOKEN) == 1
    assert len(sim.records()) == 40


def test_latency_delays_the_answer(sim: Simulator, client: httpx.Client) -> None:
    sim.set_latency(80)
    call(client, "dial", customer_phone="3001")
    record = sim.records()[-1]
    assert record.finished - record.started >= 0.08


def test_the_record_keeps_the_exact_query_and_decodes_utf8(
    client: httpx.Client, sim: Simulator
) -> None:
    raw = (
        "agent_id=1001&api=dial&customer_phone=9573001234567&customer_name=Jos%C3%A9+%26+Hijos+%232"
    )
    response = client.post(f"{AGENTBOX_PATH}?{raw}", headers={"wolkvox_server": "0042"})

    [record] = sim.records()
    assert record.method == "POST"
    assert record.path == AGENTBOX_PATH
    assert record.raw_query == raw
    assert record.params["customer_name"] == "José & Hijos #2"
    assert record.params["customer_phone"] == "9573001234567"
    assert record.token == TOKEN
    assert record.headers["wolkvox-token"] == TOKEN
    assert record.headers["wolkvox_server"] == "0042"
    assert record.body == b""
    assert record.status == 200
    assert record.response == response.content
    assert record.fault is None
    assert record.started <= record.finished
    assert sim.agent(AGENT).call is not None
    assert sim.agent(AGENT).call.customer_name == "José & Hijos #2"  # type: ignore[union-attr]


def test_records_are_in_arrival_order_and_include_refusals(sim: Simulator) -> None:
    with open_client(sim, None) as client:
        call(client, "dial", customer_phone="1")
        client.get("/elsewhere")
        client.post(AGENTBOX_PATH, params={"api": "hang"}, headers={"wolkvox-token": TOKEN})
    records = sim.records()
    assert [(r.method, r.path, r.status) for r in records] == [
        ("POST", AGENTBOX_PATH, 401),
        ("GET", "/elsewhere", 404),
        ("POST", AGENTBOX_PATH, 400),
    ]
    assert [r.token for r in records] == [None, None, TOKEN]


def test_records_are_snapshots(sim: Simulator, client: httpx.Client) -> None:
    call(client, "hang")
    snapshot = sim.records()
    snapshot[0].params["api"] = "changed"
    snapshot.clear()
    assert sim.records()[0].params["api"] == "hang"


def test_a_chunked_body_is_recorded(sim: Simulator, client: httpx.Client) -> None:
    client.post(
        AGENTBOX_PATH, params={"api": "hang", "agent_id": AGENT}, content=iter([b"ab", b"c"])
    )
    assert sim.records()[0].body == b"abc"


def _raw_exchange(sim: Simulator, requests: list[bytes]) -> bytes:
    with socket.create_connection(("127.0.0.1", sim.port), timeout=10) as sock:
        for request in requests:
            sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _raw_request(api: str, extra: str = "") -> bytes:
    return (
        f"POST {AGENTBOX_PATH}?api={api}&agent_id={AGENT} HTTP/1.1\r\nHost: sim\r\n"
        f"wolkvox-token: {TOKEN}\r\nContent-Length: 0\r\n{extra}\r\n"
    ).encode()


def test_keep_alive_serves_several_requests_on_one_connection(sim: Simulator) -> None:
    reply = _raw_exchange(sim, [_raw_request("hold"), _raw_request("hang"), _raw_request("hang")])
    assert reply.count(b"HTTP/1.1 400 Bad Request") == 3  # no call: three refusals
    assert b"Connection: close" not in reply
    assert [r.params["api"] for r in sim.records()] == ["hold", "hang", "hang"]


def test_connection_close_is_honoured(sim: Simulator) -> None:
    with socket.create_connection(("127.0.0.1", sim.port), timeout=10) as sock:
        sock.sendall(_raw_request("hang", "Connection: close\r\n"))
        chunks = []
        while chunk := sock.recv(65536):  # ends only when the server closes
            chunks.append(chunk)
    reply = b"".join(chunks)
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert b"Connection: close" in reply


@pytest.mark.parametrize(
    "framing", ["Transfer-Encoding: chunked\r\n\r\nzz\r\n", "Content-Length: many\r\n\r\n"]
)
def test_bad_framing_is_answered_then_closed(sim: Simulator, framing: str) -> None:
    request = f"POST {AGENTBOX_PATH}?api=hang&agent_id={AGENT} HTTP/1.1\r\nHost: sim\r\n{framing}"
    with socket.create_connection(("127.0.0.1", sim.port), timeout=10) as sock:
        sock.sendall(request.encode())
        chunks = []
        while chunk := sock.recv(65536):  # ends only when the server closes
            chunks.append(chunk)
    reply = b"".join(chunks)
    assert reply.startswith(b"HTTP/1.1 401 ")  # read as a request without a token
    assert b"Connection: close" in reply
