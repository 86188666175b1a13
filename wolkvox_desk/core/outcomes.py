"""From a dial's result or error to its history row: one mapping for every front door."""

from __future__ import annotations

from typing import Any

from wolkvox_desk.core.errors import (
    BadAnswerError,
    GateBusyError,
    RefusedError,
    RequestError,
    TransportError,
)
from wolkvox_desk.core.models import ApiResult, CallRecord, DialRequest, Outcome


def outcome_for(error: BaseException) -> Outcome:
    """The coarse history outcome of a failed request."""
    if isinstance(error, RefusedError):
        return Outcome.REFUSED
    if isinstance(error, TransportError):
        return Outcome.NETWORK
    if isinstance(error, BadAnswerError):
        return Outcome.BAD_ANSWER
    if isinstance(error, GateBusyError):
        return Outcome.BUSY
    if isinstance(error, RequestError):
        return Outcome.NETWORK
    return Outcome.ERROR


def make_record(
    request: DialRequest,
    started: float,
    server: str,
    *,
    result: ApiResult | None = None,
    error: BaseException | None = None,
    api: str = "dial",
    is_test: bool = False,
) -> CallRecord:
    """The history row for one attempt: exactly one of ``result`` and ``error`` is given."""
    common: dict[str, Any] = {
        "started_at": started,
        "phone_typed": request.phone_typed,
        "phone_sent": request.phone_sent,
        "customer_name": request.customer_name,
        "customer_id": request.customer_id,
        "agent_id": request.agent_id,
        "server": server,
        "api": api,
        "is_test": is_test,
    }
    if result is not None:
        return CallRecord(
            outcome=Outcome.OK,
            http_status=result.http_status,
            code=result.code,
            msg=result.msg,
            conn_id=result.conn_id,
            latency_ms=result.elapsed_ms,
            attempts=result.attempts,
            **common,
        )
    if error is None:
        raise ValueError("make_record needs a result or an error")
    refused = error if isinstance(error, RefusedError) else None
    request_error = error if isinstance(error, RequestError) else None
    return CallRecord(
        outcome=outcome_for(error),
        error_kind=str(getattr(error, "kind", "") or type(error).__name__),
        http_status=request_error.http_status if request_error else None,
        code=refused.code if refused else "",
        msg=refused.msg if refused else "",
        latency_ms=request_error.elapsed_ms if request_error else None,
        attempts=request_error.attempts if request_error else 0,
        **common,
    )
