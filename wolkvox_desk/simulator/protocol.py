"""The simulator's wire vocabulary: wolkvox's envelope, its documented messages, canned faults.

Everything here is pure data and tiny builders; the HTTP server and the agent model both use
it, so that each message string lives in exactly one place. The documented strings come from
``reference/WOLKVOX_API.md``; the ones marked *(ours)* are plausible inventions for cases that
wolkvox does not document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import parse_qsl

AGENTBOX_PATH: Final = "/api/v2/agentbox.php"
CONTROL_PREFIX: Final = "/_sim/"
TOKEN_HEADER: Final = "wolkvox-token"

JSON_TYPE: Final = "application/json; charset=utf-8"
HTML_TYPE: Final = "text/html; charset=utf-8"
TEXT_TYPE: Final = "text/plain; charset=utf-8"

# The documented refusals (wolkvox's global response-code table).
MSG_UNKNOWN_API: Final = "THE API YOU WANT TO CONSULT DOES NOT EXIST"
MSG_MISSING_PARAMS: Final = "SOME PARAMETERS ARE REQUIRED"
MSG_MISSING_TOKEN: Final = "PLEASE ENTER THE WOLKVOX-TOKEN"
MSG_QUOTA: Final = "TOKEN LIMIT EXCEEDED"
MSG_SIMULTANEOUS: Final = "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)"
MSG_INVALID_TOKEN: Final = "PLEASE VALIDATE TOKEN"
MSG_DIAL_OK: Final = "Dial has been successful"

# (ours) wolkvox publishes no text for these.
MSG_MAINTENANCE: Final = "THE SERVER IS UNDER MAINTENANCE, PLEASE TRY AGAIN LATER"
MSG_METHOD: Final = "METHOD NOT ALLOWED, USE POST"
MSG_REJECTED: Final = "AGENT NOT AVAILABLE"

ERROR_LABELS: Final = {
    400: "BAD REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT FOUND",
    405: "METHOD NOT ALLOWED",
    409: "CONFLICT",
}

# Faults that replace the answer with something other than wolkvox's success.
CONTENT_FAULTS: Final = frozenset(
    {"maintenance", "html_502", "broken_json", "empty", "not_json", "huge"}
)
# Faults that break the connection itself; the server handles these.
TRANSPORT_FAULTS: Final = frozenset({"reset", "hang"})
# The documented refusals, on demand.
REFUSAL_FAULTS: Final = frozenset(
    {
        "invalid_token",
        "missing_token",
        "quota",
        "simultaneous",
        "unknown_api",
        "missing_params",
        "rejected",
    }
)
FAULTS: Final = CONTENT_FAULTS | TRANSPORT_FAULTS | REFUSAL_FAULTS

HUGE_BODY_BYTES: Final = 4 * 1024 * 1024

_HTML_502: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class Answer:
    """One HTTP answer, ready to be written: status, content type, body, extra headers."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: tuple[tuple[str, str], ...] = field(default=())


def dump(obj: object) -> bytes:
    """Serialise like PHP's json_encode with JSON_UNESCAPED_UNICODE: compact, UTF-8."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_query(raw_query: str) -> dict[str, str]:
    """Query parameters as PHP's $_GET sees them: UTF-8, ``+`` is a space, last name wins."""
    return dict(parse_qsl(raw_query, keep_blank_values=True, encoding="utf-8", errors="replace"))


def success(msg: str, data: dict[str, object] | None = None) -> Answer:
    """wolkvox's success envelope: code "200" (a string, as in the samples), error null."""
    return Answer(200, dump({"code": "200", "error": None, "msg": msg, "data": data or {}}))


def refusal(status: int, msg: str, *, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
    """wolkvox's error envelope: JSON even on 4xx, ``error`` a short label."""
    label = ERROR_LABELS.get(status, "ERROR")
    body = dump({"code": str(status), "error": label, "msg": msg, "data": {}})
    return Answer(status, body, headers=headers)


def simultaneous_msg(limit: int) -> str:
    """The simultaneous-requests text for a limit; the documented one for wolkvox's 2."""
    return MSG_SIMULTANEOUS.replace("(2)", f"({limit})")


def refusal_fault(fault: str, msg: str | None) -> Answer:
    """The documented refusal a refusal fault stands for (``msg`` overrides the text)."""
    status, text = {
        "invalid_token": (403, MSG_INVALID_TOKEN),
        "missing_token": (401, MSG_MISSING_TOKEN),
        "quota": (403, MSG_QUOTA),
        "simultaneous": (403, MSG_SIMULTANEOUS),
        "unknown_api": (400, MSG_UNKNOWN_API),
        "missing_params": (400, MSG_MISSING_PARAMS),
        "rejected": (400, MSG_REJECTED),
    }[fault]
    return refusal(status, msg or text)


def content_fault(fault: str, msg: str | None, conn_id: str) -> Answer:
    """The answer a content fault stands for: a page, a broken body, or a huge one."""
    if fault == "maintenance":
        return refusal(403, msg or MSG_MAINTENANCE)
    if fault == "html_502":
        return Answer(502, _HTML_502, HTML_TYPE)
    if fault == "broken_json":
        whole = success(MSG_DIAL_OK, {"conn_id": conn_id}).body
        return Answer(200, whole[: len(whole) // 2])
    if fault == "empty":
        return Answer(200, b"")
    if fault == "not_json":
        return Answer(200, b"OK", TEXT_TYPE)
    if fault == "huge":
        return _huge(conn_id)
    raise ValueError(f"not a content fault: {fault}")


def _huge(conn_id: str) -> Answer:
    # Valid JSON on purpose: a client must refuse it for its size, not for its syntax.
    head = dump({"code": "200", "error": None, "msg": MSG_DIAL_OK, "data": {"conn_id": conn_id}})
    padding = b',"padding":"' + b"x" * HUGE_BODY_BYTES + b'"}'
    return Answer(200, head[:-1] + padding)
