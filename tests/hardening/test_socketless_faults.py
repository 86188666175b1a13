"""Faults the simulator cannot make, at the client: an untrusted certificate on a real TLS
server, and proxies. (The same faults run through the window and the CLI in the matrix.)

Each refusal is paired with a control that shows the test could fail: the same TLS server is
reached once its certificate is trusted, and the same proxy is used for a non-loopback host.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import HtmlProxyArena, SimArena, TlsArena
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    ConnectionLostError,
    TLSFailedError,
)
from wolkvox_desk.core.models import Account
from wolkvox_desk.services import agentbox
from wolkvox_desk.services.agentbox import AgentboxClient
from wolkvox_desk.text import explain

ACCOUNT = Account("0042", TEST_TOKEN)


@pytest.fixture
def tls(self_signed: tuple[Path, Path]):
    arena = TlsArena(self_signed)
    yield arena
    arena.close()


def test_a_self_signed_server_is_refused_before_anything_is_sent(tls: TlsArena) -> None:
    with (
        AgentboxClient(api_base=tls.api_base, total_timeout_s=5) as client,
        pytest.raises(TLSFailedError) as info,
    ):
        client.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.kind == "certificate" and info.value.exit_code == 4
    assert info.value.attempts == 1  # not retried
    assert "not trusted" in explain(info.value).explanation
    tls.verify()  # handshake refused, no byte of HTTP (no token) reached the server


def _trusting(cert: Path):
    def context() -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(cert))

    return context


def test_control_the_same_server_is_reached_once_its_certificate_is_trusted(
    tls: TlsArena, self_signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agentbox, "_tls_context", _trusting(self_signed[0]))
    # The trap answers nothing after the handshake: the request was sent, then dropped.
    with (
        AgentboxClient(api_base=tls.api_base, total_timeout_s=2) as client,
        pytest.raises(ConnectionLostError),
    ):
        client.dial(ACCOUNT, "1001", "3001234567")
    assert b"wolkvox-token: " + TEST_TOKEN.encode() in tls.received


def test_a_trusted_certificate_for_another_name_is_refused(
    self_signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agentbox, "_tls_context", _trusting(self_signed[0]))
    arena = TlsArena(self_signed)
    try:
        # The certificate names 127.0.0.1; "localhost" is another name.
        base = arena.api_base.replace("127.0.0.1", "localhost")
        with (
            AgentboxClient(api_base=base, total_timeout_s=5) as client,
            pytest.raises(TLSFailedError) as info,
        ):
            client.dial(ACCOUNT, "1001", "3001234567")
        assert info.value.kind == "certificate"
        assert arena.received == b""
    finally:
        arena.close()


def test_a_proxy_refusing_the_tunnel_with_html_is_a_proxy_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy = HtmlProxyArena()
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.proxy)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        # https://wv0042.wolkvox.com, through the proxy
        with AgentboxClient() as client, pytest.raises(ConnectFailedError) as info:
            client.dial(ACCOUNT, "1001", "3001234567")
        assert info.value.kind == "proxy" and info.value.attempts == 1
        assert "proxy" in explain(info.value).explanation
        proxy.verify()
    finally:
        proxy.close()


def test_a_loopback_api_base_never_goes_through_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = HtmlProxyArena()
    sim = SimArena()
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.proxy)
        with AgentboxClient(api_base=sim.api_base) as client:
            result = client.dial(ACCOUNT, "1001", "3001234567")
        assert result.conn_id and sim.requests() == 1
        assert proxy.heads == []
    finally:
        proxy.close()
        sim.close()


def test_an_html_page_where_json_was_expected_is_never_taken_for_success() -> None:
    import httpx

    def portal(request: httpx.Request) -> httpx.Response:
        page = b'<html><body>{"code": "200", "error": null, "msg": "ok"}</body></html>'
        return httpx.Response(200, content=page, headers={"content-type": "text/html"})

    with (
        AgentboxClient(transport=httpx.MockTransport(portal)) as client,
        pytest.raises(BadAnswerError) as info,
    ):
        client.dial(ACCOUNT, "1001", "3001234567")
    assert info.value.kind == "not_json" and info.value.exit_code == 5
