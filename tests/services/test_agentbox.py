"""The agentbox client against the simulator over real loopback HTTP.

``httpx.MockTransport`` appears only for faults a socket cannot produce (a DNS failure, an
integer ``code``), as the project's standards ask.
"""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk import __version__
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    ConnectionLostError,
    GateBusyError,
    RefusalKind,
    RefusedError,
    RequestError,
    RequestTimeoutError,
    SettingValueError,
    TLSFailedError,
)
from wolkvox_desk.core.models import Account
from wolkvox_desk.services.agentbox import (
    AgentboxClient,
    RetryPolicy,
    build_query,
    classify_refusal,
    classify_transport,
    parse_envelope,
    validate_api_base,
)
from wolkvox_desk.services.gate import TokenGate

ACCOUNT = Account(server="0042", token=TEST_TOKEN)
NO_SLEEP = RetryPolicy(max_attempts=4, base_delay_s=0.0, max_delay_s=0.0)


@pytest.fixture
def client(simulator, tmp_path):
    with AgentboxClient(
        api_base=simulator.base_url,
        gate=TokenGate(tmp_path / "locks"),
        connect_timeout_s=1.0,
        total_timeout_s=1.0,
        retry=NO_SLEEP,
    ) as c:
        yield c


def test_dial_sends_exactly_one_post_with_the_documented_shape(simulator, client):
    result = client.dial(ACCOUNT, "1001", "9573001234567", "1032", "José & Hijos #2")
    assert result.conn_id and result.code == "200" and result.attempts == 1
    (rec,) = simulator.records()
    assert rec.method == "POST"
    assert rec.path == "/api/v2/agentbox.php"
    assert rec.raw_query == (
        "agent_id=1001&api=dial&customer_phone=9573001234567&customer_id=1032"
        "&customer_name=Jos%C3%A9%20%26%20Hijos%20%232"
    )
    assert rec.params["customer_name"] == "José & Hijos #2"
    assert rec.body == b""
    assert rec.headers["wolkvox-token"] == TEST_TOKEN
    assert rec.headers["wolkvox_server"] == "0042"
    assert rec.headers["user-agent"] == f"wolkvox-desk/{__version__}"


def test_empty_optional_parameters_are_left_out(simulator, client):
    client.dial(ACCOUNT, "1001", "3001234567")
    (rec,) = simulator.records()
    assert rec.raw_query == "agent_id=1001&api=dial&customer_phone=3001234567"


@pytest.mark.parametrize(
    ("fault", "kind", "status"),
    [
        ("invalid_token", RefusalKind.INVALID_TOKEN, 403),
        ("missing_token", RefusalKind.MISSING_TOKEN, 401),
        ("quota", RefusalKind.QUOTA_EXCEEDED, 403),
        ("unknown_api", RefusalKind.UNKNOWN_API, 400),
        ("missing_params", RefusalKind.MISSING_PARAMETERS, 400),
        ("maintenance", RefusalKind.FORBIDDEN, 403),
        ("rejected", RefusalKind.REJECTED, None),
    ],
)
def test_each_documented_refusal_is_classified_and_not_retried(
    simulator, client, fault, kind, status
):
    simulator.inject(fault)
    with pytest.raises(RefusedError) as info:
        client.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.refusal is kind
    assert info.value.exit_code == 3
    assert info.value.msg  # wolkvox's words are kept verbatim
    if status is not None:
        assert info.value.http_status == status
    assert len(simulator.records()) == 1


@pytest.mark.parametrize(
    ("status", "msg", "kind"),
    [
        (400, "THE API YOU WANT TO CONSULT DOES NOT EXIST", RefusalKind.UNKNOWN_API),
        (400, "THE AGENT DOES NOT EXIST", RefusalKind.REJECTED),
        (200, "THE AGENT DOES NOT EXIST", RefusalKind.REJECTED),
    ],
)
def test_an_unknown_agent_is_not_mistaken_for_an_unknown_api(status, msg, kind):
    assert classify_refusal(status, str(status), msg) is kind


def test_real_invalid_token_is_refused(simulator, client):
    with pytest.raises(RefusedError) as info:
        client.dial(Account("0042", "not-the-right-token"), "1001", "3001234567")
    assert info.value.refusal is RefusalKind.INVALID_TOKEN
    assert info.value.msg == "PLEASE VALIDATE TOKEN"


def test_simultaneous_refusal_is_retried_into_exactly_one_dial(simulator, client):
    simulator.inject("simultaneous")
    retries: list[tuple[int, RequestError]] = []
    result = client.dial(
        ACCOUNT, "1001", "3001234567", on_retry=lambda n, d, e: retries.append((n, e))
    )
    assert result.attempts == 2 and result.conn_id
    statuses = [r.status for r in simulator.records()]
    assert statuses == [403, 200]
    assert [n for n, _ in retries] == [2]
    assert isinstance(retries[0][1], RefusedError)


def test_retries_are_bounded(simulator, client):
    simulator.inject("simultaneous", count=10)
    with pytest.raises(RefusedError) as info:
        client.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.refusal is RefusalKind.SIMULTANEOUS
    assert info.value.attempts == NO_SLEEP.max_attempts
    assert len(simulator.records()) == NO_SLEEP.max_attempts


@pytest.mark.parametrize(
    ("fault", "error", "kind"),
    [
        ("html_502", BadAnswerError, "http_error_page"),
        ("broken_json", BadAnswerError, "broken_json"),
        ("empty", BadAnswerError, "empty"),
        ("not_json", BadAnswerError, "not_json"),
        ("huge", BadAnswerError, "too_large"),
        ("reset", ConnectionLostError, "connection_lost"),
        ("hang", RequestTimeoutError, "read_timeout"),
    ],
)
def test_each_fault_is_classified_and_never_retried(simulator, client, fault, error, kind):
    simulator.inject(fault)
    with pytest.raises(error) as info:
        client.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.kind == kind
    assert info.value.attempts == 1
    assert len(simulator.records()) == 1, "a possibly-dialled request must never be re-sent"


def test_after_a_timeout_no_second_request_is_sent(simulator, client):
    simulator.inject("hang")
    with pytest.raises(RequestTimeoutError):
        client.dial(ACCOUNT, "1001", "3001234567")
    # The next, separate dial works and is the second request ever seen.
    client.dial(ACCOUNT, "1001", "3001234567")
    assert len(simulator.records()) == 2


def test_connection_refused_is_retried_then_reported(tmp_path):
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps: list[float] = []
    with (
        AgentboxClient(
            api_base=f"http://127.0.0.1:{port}",
            retry=RetryPolicy(3, 0.01, 0.02),
            sleep=sleeps.append,
        ) as c,
        pytest.raises(ConnectFailedError) as info,
    ):
        c.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.kind == "refused" and info.value.exit_code == 4
    assert info.value.attempts == 3 and len(sleeps) == 2
    assert all(0 < s <= 0.02 for s in sleeps)


def test_gate_busy_refuses_an_interactive_dial_without_sending(simulator, client, tmp_path):
    gate = TokenGate(tmp_path / "locks")
    with gate.hold(TEST_TOKEN), pytest.raises(GateBusyError):
        client.dial(ACCOUNT, "1001", "3001234567", wait_s=0)
    assert simulator.records() == []


def test_bad_server_never_reaches_the_network(simulator, client):
    for bad in ("0042.evil.com", "0042/..", "0042@evil", "0042#", " 0042", "００４２"):
        with pytest.raises(SettingValueError):
            client.dial(Account(bad, TEST_TOKEN), "1001", "3001234567")
    assert simulator.records() == []


def test_default_url_is_the_wolkvox_host():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 200, "error": None, "msg": "ok", "data": {}})

    with AgentboxClient(transport=httpx.MockTransport(handler)) as c:
        result = c.dial(ACCOUNT, "1001", "3001234567")
    assert result.code == "200"  # an integer code is accepted
    assert str(seen[0].url).startswith("https://wv0042.wolkvox.com/api/v2/agentbox.php?")


def test_dns_failure_is_a_connect_failure():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known") from socket.gaierror(
            -2, "Name or service not known"
        )

    with (
        AgentboxClient(transport=httpx.MockTransport(handler)) as c,
        pytest.raises(ConnectFailedError) as info,
    ):
        c.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.kind == "dns" and info.value.attempts == 1


def test_tls_certificate_error_is_classified():
    exc = httpx.ConnectError("certificate verify failed")
    exc.__cause__ = ssl.SSLCertVerificationError("self-signed certificate")
    err = classify_transport(exc)
    assert isinstance(err, TLSFailedError) and err.kind == "certificate"


@pytest.mark.parametrize(
    "value",
    [
        "http://example.com",
        "ftp://127.0.0.1",
        "http://user@127.0.0.1",
        "http://127.0.0.1/x",
        "http://127.0.0.1?x=1",
        "127.0.0.1:8000",
        "http://evil.com#@127.0.0.1",
        "https://",
    ],
)
def test_bad_api_base_is_refused(value):
    with pytest.raises(SettingValueError):
        validate_api_base(value)


def test_api_base_accepts_loopback_http_and_any_https():
    assert validate_api_base("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert validate_api_base("http://localhost:1") == "http://localhost:1"
    assert validate_api_base("http://[::1]:80") == "http://[::1]:80"
    assert validate_api_base("https://proxy.example.com") == "https://proxy.example.com"


def test_query_encoding_is_utf8_percent_encoding():
    assert (
        build_query({"a": "José & #2", "b": "", "c": "1+1"}) == "a=Jos%C3%A9%20%26%20%232&c=1%2B1"
    )


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, b"", "empty"),
        (200, b"   ", "empty"),
        (200, b"<html>hi</html>", "not_json"),
        (502, b"<!DOCTYPE html><html>Bad gateway</html>", "http_error_page"),
        (200, b'{"code": "200", "msg"', "broken_json"),
        (200, b"[1, 2]", "not_envelope"),
        (200, b'{"msg": "no code"}', "not_envelope"),
        (200, b'{"code": {"x": 1}}', "not_envelope"),
        (200, b'{"code": true}', "not_envelope"),
        (500, b'{"detail": "oops"}', "http_error_page"),
        (200, b"[" * 100000, "broken_json"),
    ],
)
def test_unclear_answers_are_bad_answers(status, body, kind):
    with pytest.raises(BadAnswerError) as info:
        parse_envelope(status, body)
    assert info.value.kind == kind and info.value.exit_code == 5


def test_success_envelope_with_string_or_int_code():
    for code in ('"200"', "200"):
        body = f'{{"code": {code}, "error": null, "msg": "Dial has been successful", '
        body += '"data": {"conn_id": "1.2.3.4"}}'
        result = parse_envelope(200, body.encode())
        assert result.conn_id == "1.2.3.4" and result.msg == "Dial has been successful"


def test_envelope_with_error_on_http_200_is_a_refusal():
    with pytest.raises(RefusedError) as info:
        parse_envelope(200, b'{"code": "400", "error": "BAD REQUEST", "msg": "AGENT NOT LOGGED"}')
    assert info.value.refusal is RefusalKind.REJECTED and info.value.msg == "AGENT NOT LOGGED"
