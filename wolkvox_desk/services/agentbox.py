"""The wolkvox ``agentbox.php`` client: build, send, parse and classify (httpx's only home).

Every agentbox call has one shape (WOLKVOX_API.md): ``POST .../api/v2/agentbox.php`` with all
parameters in the query string, an empty body, and the ``wolkvox-token`` header. One builder
(:meth:`AgentboxClient.call`) serves them all, so each call is a small method.

Waiting at the gate (DESIGN.md): an interactive ``dial`` is refused at once when another request
holds the token (``wait_s=0``); call controls (hang up, hold, mute, tones, transfer, status,
disposition) wait their turn, in order, :data:`CALL_CONTROL_WAIT_S` by default.

What leaves this module is an :class:`~wolkvox_desk.core.models.ApiResult` or one of our
:mod:`~wolkvox_desk.core.errors`; httpx exceptions never do.

Retry policy (the product's "never dial twice" rule): a request is retried only when the
server provably did nothing: the documented SIMULTANEOUS REQUESTS 403, or a connection refused
before anything was sent. Never after a time-out, a dropped connection or any other answer.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import httpx

from wolkvox_desk import APP_NAME, __version__
from wolkvox_desk.core.dialing import validate_server
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    ConnectionLostError,
    RefusalKind,
    RefusedError,
    RequestCancelledError,
    RequestError,
    RequestTimeoutError,
    SettingValueError,
    TLSFailedError,
    TransportError,
)
from wolkvox_desk.core.models import Account, ApiResult

if TYPE_CHECKING:
    from wolkvox_desk.services.gate import TokenGate

log = logging.getLogger(__name__)

AGENTBOX_PATH = "/api/v2/agentbox.php"
USER_AGENT = f"{APP_NAME}/{__version__}"
#: Bodies beyond this are not read: wolkvox's envelopes are a few hundred bytes.
MAX_BODY_BYTES = 256 * 1024
#: wolkvox documents up to 60 s for one call on the server side.
DEFAULT_CONNECT_TIMEOUT_S = 5.0
DEFAULT_TOTAL_TIMEOUT_S = 65.0

#: how long a call control waits for the token gate before giving up (GateBusyError)
CALL_CONTROL_WAIT_S = 30.0

OnRetry = Callable[[int, float, RequestError], None]
"""Called before each retry with (next attempt number, delay in seconds, the reason)."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded exponential backoff with full jitter, for provably-not-dialled failures only."""

    max_attempts: int = 4
    base_delay_s: float = 0.4
    max_delay_s: float = 4.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Delay before ``attempt`` (2, 3, ...): half fixed, half random, so PCs sharing a
        token do not retry in lockstep."""
        ceiling = min(self.max_delay_s, self.base_delay_s * float(2 ** max(attempt - 2, 0)))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


# --- where requests go ------------------------------------------------------------------


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_api_base(value: str) -> str:
    """Check ``WOLKVOX_DESK_API_BASE`` (``scheme://host[:port]``) and return it normalised.

    Plain http is allowed only to loopback, so a token can never travel unencrypted.
    """
    raw = value.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise SettingValueError("api_base", "bad_api_base", raw) from None
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or not host
        or not host.isascii()
        or parts.username is not None
        or parts.password is not None
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or any(c.isspace() for c in raw)
    ):
        raise SettingValueError("api_base", "bad_api_base", raw)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise SettingValueError("api_base", "insecure_api_base", raw)
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}" + (f":{port}" if port is not None else "")


def base_url_for(server: str, api_base: str | None) -> str:
    """``https://wv{server}.wolkvox.com``, or the validated API base override."""
    if api_base:
        return validate_api_base(api_base)
    return f"https://wv{validate_server(server)}.wolkvox.com"


def build_query(params: Mapping[str, str]) -> str:
    """UTF-8 percent-encode every value (space as %20, ``&``/``#`` escaped); drop empty ones."""
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params.items() if v)


# --- parsing ------------------------------------------------------------------------------


def _looks_html(body: bytes, content_type: str) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype", b"<html", b"<"))


def parse_envelope(status: int, body: bytes, content_type: str = "") -> ApiResult:
    """Turn one HTTP answer into an ApiResult or raise RefusedError / BadAnswerError."""
    if not body.strip():
        raise BadAnswerError("empty", http_status=status)
    text = body.decode("utf-8", errors="replace")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        stripped = text.lstrip()
        if status >= 400 and _looks_html(body, content_type):
            kind = "http_error_page"
        elif stripped.startswith(("{", "[")):
            kind = "broken_json"
        else:
            kind = "not_json"
        raise BadAnswerError(kind, http_status=status, snippet=text) from None
    if not isinstance(doc, dict) or "code" not in doc:
        kind = "http_error_page" if status >= 400 else "not_envelope"
        raise BadAnswerError(kind, http_status=status, snippet=text)
    code = _as_code(doc.get("code"))
    if code is None:
        raise BadAnswerError("not_envelope", http_status=status, snippet=text)
    error = doc.get("error")
    error_text = None if error is None else _as_text(error)
    msg = _as_text(doc.get("msg", ""))
    data = doc.get("data")
    if status == 200 and code == "200" and error_text in (None, "", "null"):
        return ApiResult(
            http_status=status, code=code, msg=msg, data=data if isinstance(data, dict) else {}
        )
    raise RefusedError(
        classify_refusal(status, code, msg),
        http_status=status,
        code=code,
        error=error_text,
        msg=msg,
    )


def _as_code(value: Any) -> str | None:
    """``code`` arrives as "200" or 200; anything else (bool, dict, float) is not an envelope."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        # The same rule as for a string: 1-4 digits (no sign, no 20-digit "codes").
        return str(value) if 0 <= value <= 9999 else None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 4:
        return value.strip()
    return None


def _as_text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)[:500]
    return text[:2000]


def classify_refusal(status: int, code: str, msg: str) -> RefusalKind:
    """Map wolkvox's documented answers onto our kinds (by ``msg``, then by status)."""
    upper = msg.upper()
    effective = int(code) if code.isdigit() and int(code) >= 400 else status
    if "SIMULTANEOUS" in upper:
        return RefusalKind.SIMULTANEOUS
    if "TOKEN LIMIT" in upper:
        return RefusalKind.QUOTA_EXCEEDED
    if "VALIDATE TOKEN" in upper:
        return RefusalKind.INVALID_TOKEN
    if effective == 401 or "ENTER THE WOLKVOX-TOKEN" in upper:
        return RefusalKind.MISSING_TOKEN
    # "THE API ... DOES NOT EXIST" only: an unknown agent also "DOES NOT EXIST" (rejected)
    if "DOES NOT EXIST" in upper and "API" in upper and effective == 400:
        return RefusalKind.UNKNOWN_API
    if "PARAMETERS ARE REQUIRED" in upper:
        return RefusalKind.MISSING_PARAMETERS
    if effective == 403:
        return RefusalKind.FORBIDDEN
    return RefusalKind.REJECTED


# --- transport errors ---------------------------------------------------------------------


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        chain.append(current)
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return chain


def classify_transport(exc: httpx.HTTPError) -> TransportError:
    """Turn an httpx failure into our tree. ``refused`` is the only retry-safe kind."""
    chain = _causes(exc)
    detail = type(exc).__name__
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in chain):
        return TLSFailedError("certificate", detail)
    if any(isinstance(c, ssl.SSLError) for c in chain):
        return TLSFailedError("handshake", detail)
    if isinstance(exc, httpx.ProxyError):
        return ConnectFailedError("proxy", detail)
    if isinstance(exc, httpx.ConnectTimeout):
        return RequestTimeoutError("connect_timeout", detail)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError("read_timeout", detail)
    if isinstance(exc, httpx.ConnectError):
        if any(isinstance(c, socket.gaierror) for c in chain) or "name" in str(exc).lower():
            return ConnectFailedError("dns", detail)
        if any(isinstance(c, ConnectionRefusedError) for c in chain) or "refused" in str(exc):
            return ConnectFailedError("refused", detail)
        return ConnectFailedError("unreachable", detail)
    return ConnectionLostError("connection_lost", detail)


def _retry_safe(error: RequestError) -> bool:
    if isinstance(error, RefusedError):
        return error.provably_not_dialled
    return isinstance(error, ConnectFailedError) and error.kind == "refused"


# --- the client ---------------------------------------------------------------------------


class AgentboxClient:
    """A long-lived agentbox client: one connection pool, owned by one thread at a time.

    Time-outs and the transport are constructor parameters so that tests run fault cases in
    milliseconds and can inject what a socket cannot produce.
    """

    def __init__(
        self,
        *,
        api_base: str | None = None,
        gate: TokenGate | None = None,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        total_timeout_s: float = DEFAULT_TOTAL_TIMEOUT_S,
        retry: RetryPolicy | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._api_base = validate_api_base(api_base) if api_base else None
        self._gate = gate
        self._total_timeout_s = total_timeout_s
        self._retry = retry or RetryPolicy()
        self._max_body = max_body_bytes
        self._sleep = sleep
        self._rng = rng or random.Random()
        loopback = self._api_base is not None and is_loopback_host(
            urlsplit(self._api_base).hostname or ""
        )
        self._http = httpx.Client(
            timeout=httpx.Timeout(total_timeout_s, connect=min(connect_timeout_s, total_timeout_s)),
            verify=_tls_context(),
            # The simulator on loopback must never be sent through a corporate proxy.
            trust_env=not loopback,
            follow_redirects=False,
            transport=transport,
            headers={"User-Agent": USER_AGENT},
        )

    @property
    def api_base(self) -> str | None:
        return self._api_base

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AgentboxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the calls -------------------------------------------------------------------------

    def dial(
        self,
        account: Account,
        agent_id: str,
        customer_phone: str,
        customer_id: str = "",
        customer_name: str = "",
        *,
        wait_s: float = 0.0,
        on_retry: OnRetry | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ApiResult:
        """``api=dial``: ask wolkvox Agent to place a call. Parameters must be validated."""
        params = {"customer_phone": customer_phone, "customer_id": customer_id}
        params["customer_name"] = customer_name
        return self.call(
            account, "dial", agent_id, params, wait_s=wait_s, on_retry=on_retry, cancelled=cancelled
        )

    # Call controls act on the agent's *current* call (wolkvox addresses no conn_id). Their
    # parameters must be validated by the caller (core.dialing, wolkvox_desk.call_controls);
    # an empty required value is a bug, refused here rather than sent as a query wolkvox
    # would answer with "SOME PARAMETERS ARE REQUIRED".

    def hang(
        self,
        account: Account,
        agent_id: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ApiResult:
        """``api=hang``: hang up the agent's current call."""
        return self.call(
            account, "hang", agent_id, wait_s=wait_s, on_retry=on_retry, cancelled=cancelled
        )

    def hold(
        self,
        account: Account,
        agent_id: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=hold``: toggle hold (wolkvox documents a toggle: a second call releases it)."""
        return self.call(account, "hold", agent_id, wait_s=wait_s, on_retry=on_retry)

    def mute(
        self,
        account: Account,
        agent_id: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=mute``: toggle the agent's microphone."""
        return self.call(account, "mute", agent_id, wait_s=wait_s, on_retry=on_retry)

    def dtmf(
        self,
        account: Account,
        agent_id: str,
        tones: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=dtmf``: send ``tones`` (cleaned: ``[0-9*#]``) into the current call."""
        params = {"tones": _required("tones", tones)}
        return self.call(account, "dtmf", agent_id, params, wait_s=wait_s, on_retry=on_retry)

    def transfer(
        self,
        account: Account,
        agent_id: str,
        customer_phone: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=transfer``: transfer the current call to a number (after the dial plan) or
        to another agent's extension."""
        params = {"customer_phone": _required("customer_phone", customer_phone)}
        return self.call(account, "transfer", agent_id, params, wait_s=wait_s, on_retry=on_retry)

    def change_status(
        self,
        account: Account,
        agent_id: str,
        status: str,
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=change_status``: ``ready``, ``logout`` or an auxiliary-state id."""
        params = {"status": _required("status", status)}
        return self.call(
            account, "change_status", agent_id, params, wait_s=wait_s, on_retry=on_retry
        )

    def hang_type_ready(
        self,
        account: Account,
        agent_id: str,
        cod_act: str,
        cod_act_2: str = "",
        comments: str = "",
        *,
        wait_s: float = CALL_CONTROL_WAIT_S,
        on_retry: OnRetry | None = None,
    ) -> ApiResult:
        """``api=hang_type_ready``: hang up, set the disposition, and go Ready (needs a call).

        ``cod_act_2`` and ``comments`` are optional and left out of the query when empty.
        """
        params = {"cod_act": _required("cod_act", cod_act), "cod_act_2": cod_act_2}
        params["comments"] = comments
        return self.call(
            account, "hang_type_ready", agent_id, params, wait_s=wait_s, on_retry=on_retry
        )

    def call(
        self,
        account: Account,
        api: str,
        agent_id: str,
        params: Mapping[str, str] | None = None,
        *,
        wait_s: float = 0.0,
        on_retry: OnRetry | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ApiResult:
        """Send one agentbox call through the gate, retrying only when provably safe.

        ``cancelled`` is asked once the gate is ours: a Stop pressed while the request waited
        in the queue must send nothing (RequestCancelledError).
        """
        url = self._url(account.server, {"agent_id": agent_id, "api": api, **(params or {})})
        if self._gate is None:
            return self._send_with_retries(account, api, url, on_retry)
        with self._gate.hold(account.token, wait=wait_s):
            if cancelled is not None and cancelled():
                raise RequestCancelledError()
            return self._send_with_retries(account, api, url, on_retry)

    # -- internals -------------------------------------------------------------------------

    def _url(self, server: str, params: Mapping[str, str]) -> str:
        if self._api_base is None:
            base = base_url_for(server, None)
        else:
            # With an API base the server is optional, but a bad value never goes unnoticed.
            if server:
                validate_server(server)
            base = self._api_base
        return f"{base}{AGENTBOX_PATH}?{build_query(params)}"

    def _send_with_retries(
        self, account: Account, api: str, url: str, on_retry: OnRetry | None
    ) -> ApiResult:
        started = time.monotonic()
        attempt = 1
        while True:
            try:
                result = self._send_once(account, url)
            except RequestError as error:
                error.attempts = attempt
                error.elapsed_ms = (time.monotonic() - started) * 1000
                log.info("agentbox api=%s attempt=%d failed: %s", api, attempt, error.kind)
                if not _retry_safe(error) or attempt >= self._retry.max_attempts:
                    raise
                attempt += 1
                delay = self._retry.delay(attempt, self._rng)
                if on_retry is not None:
                    on_retry(attempt, delay, error)
                self._sleep(delay)
                continue
            elapsed_ms = (time.monotonic() - started) * 1000
            log.info("agentbox api=%s ok in %.0f ms (attempt %d)", api, elapsed_ms, attempt)
            return ApiResult(
                http_status=result.http_status,
                code=result.code,
                msg=result.msg,
                data=result.data,
                attempts=attempt,
                elapsed_ms=elapsed_ms,
            )

    def _send_once(self, account: Account, url: str) -> ApiResult:
        headers = {"wolkvox-token": account.token}
        if account.server:
            headers["wolkvox_server"] = account.server
        deadline = time.monotonic() + self._total_timeout_s
        try:
            with self._http.stream("POST", url, headers=headers, content=b"") as response:
                body = self._read_capped(response, deadline)
                status = response.status_code
                content_type = response.headers.get("content-type", "")
        except httpx.HTTPError as exc:
            raise classify_transport(exc) from None
        return parse_envelope(status, body, content_type)

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self._max_body:
                raise BadAnswerError(
                    "too_large",
                    http_status=response.status_code,
                    snippet=b"".join(chunks)[:200].decode("utf-8", "replace"),
                )
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise RequestTimeoutError("read_timeout", "total")
        return b"".join(chunks)


def _required(name: str, value: str) -> str:
    if not value:
        raise ValueError(f"{name} must not be empty (validate before calling)")
    return value


def _tls_context() -> ssl.SSLContext:
    """The OS trust store (truststore), so corporate TLS inspection certificates work."""
    try:
        import truststore
    except ImportError:  # pragma: no cover - truststore is a hard dependency
        return ssl.create_default_context()
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
