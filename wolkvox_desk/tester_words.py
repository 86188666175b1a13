"""Words for the extension tester, shared by the window and ``test-extensions`` (Qt-free).

:mod:`wolkvox_desk.services.extension_test` returns kinds and data; this module turns them into
sentences through :func:`wolkvox_desk.text.tr`. It reads results and summaries by shape
(:class:`ResultLike`, :class:`SummaryLike`) rather than importing the services module, so the
widgets, which never reach services, can use it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from wolkvox_desk.core.errors import InputError
from wolkvox_desk.core.models import Outcome
from wolkvox_desk.text import QT_TR_NOOP, describe_local, outcome_label, tr

#: at most this many extensions are named in a summary; the rest are counted
NAMED_MAX = 10


class ResultLike(Protocol):
    """Read by shape: ``services.extension_test.ExtensionResult``."""

    @property
    def extension(self) -> str: ...
    @property
    def state(self) -> Outcome: ...
    @property
    def http_status(self) -> int | None: ...
    @property
    def code(self) -> str: ...
    @property
    def msg(self) -> str: ...
    @property
    def conn_id(self) -> str: ...
    @property
    def latency_ms(self) -> float | None: ...
    @property
    def error_kind(self) -> str: ...


class SummaryLike(Protocol):
    """Read by shape: ``services.extension_test.Summary``."""

    @property
    def planned(self) -> int: ...
    @property
    def ok(self) -> int: ...
    @property
    def refused(self) -> tuple[str, ...]: ...
    @property
    def failed(self) -> tuple[str, ...]: ...
    @property
    def stopped(self) -> bool: ...
    @property
    def not_run(self) -> int: ...


_LIST_ERRORS = {
    "empty": QT_TR_NOOP("Type at least one extension, e.g. 1001-1010, 1020."),
    "bad_token": QT_TR_NOOP(
        "“{detail}” is not an extension or a range. Use digits, and ranges like 1001-1010."
    ),
    "reversed_range": QT_TR_NOOP("The range {detail} runs backwards; write the smaller first."),
    "too_many": QT_TR_NOOP("That is more than {detail} extensions; test them in smaller runs."),
    "bad_extension": QT_TR_NOOP("{detail} is too long to be an extension (12 digits at most)."),
    "bad_hang_after": QT_TR_NOOP(
        "Hang up after must be a number of seconds between 1 and 3600 (got {detail})."
    ),
}


def describe_input(error: InputError) -> str:
    """A sentence for an extension-list problem, or any other input error (the phone)."""
    about_list = getattr(error, "subject", "") == "extensions"  # ExtensionListError
    words = _LIST_ERRORS.get(error.kind) if about_list else None
    if words is None:
        return describe_local(error)
    return tr(words).format(detail=error.detail)


def state_label(state: Outcome) -> str:
    """The state column: the history's outcome words ("OK", "Refused", "Network"...)."""
    return outcome_label(state)


def http_and_code(result: ResultLike) -> str:
    """``"200 / 200"``; a dash for what did not come back."""
    status = str(result.http_status) if result.http_status is not None else "–"
    return f"{status} / {result.code or '–'}"


def latency_text(result: ResultLike) -> str:
    return "–" if result.latency_ms is None else tr("{ms:.0f} ms").format(ms=result.latency_ms)


# Short words for failures that carry no wolkvox msg (the table's msg column).
_FAILURE_KINDS = {
    "refused": QT_TR_NOOP("Could not connect; nothing was sent"),
    "dns": QT_TR_NOOP("Server name not found; nothing was sent"),
    "unreachable": QT_TR_NOOP("Server unreachable; nothing was sent"),
    "proxy": QT_TR_NOOP("Proxy failed; nothing was sent"),
    "certificate": QT_TR_NOOP("Certificate not trusted; nothing was sent"),
    "handshake": QT_TR_NOOP("Secure connection failed; nothing was sent"),
    "connect_timeout": QT_TR_NOOP("No connection in time; nothing was sent"),
    "read_timeout": QT_TR_NOOP("No answer in time; the call MAY have been placed"),
    "connection_lost": QT_TR_NOOP("Connection dropped; the call MAY have been placed"),
    "busy": QT_TR_NOOP("The token stayed busy; not sent"),
    "empty": QT_TR_NOOP("Empty answer"),
    "not_json": QT_TR_NOOP("Answer not in wolkvox's format"),
    "broken_json": QT_TR_NOOP("Broken answer"),
    "not_envelope": QT_TR_NOOP("Answer in an unexpected format"),
    "too_large": QT_TR_NOOP("Answer far too large"),
    "http_error_page": QT_TR_NOOP("A web error page instead of wolkvox's answer"),
}


def detail_text(result: ResultLike) -> str:
    """wolkvox's msg verbatim; for a failure with no msg, short words for its kind."""
    if result.msg:
        return result.msg
    words = _FAILURE_KINDS.get(result.error_kind)
    return tr(words) if words else result.error_kind


def _named(extensions: Sequence[str]) -> str:
    shown = ", ".join(extensions[:NAMED_MAX])
    more = len(extensions) - NAMED_MAX
    if more > 0:
        shown += " " + tr("and {n} more").format(n=more)
    return shown


def summary_sentence(summary: SummaryLike) -> str:
    """ "47 of 50 answered OK; 3 refused: 1004, 1009, 1020." and what did not run."""
    parts = [tr("{ok} of {done} answered OK").format(ok=summary.ok, done=_done(summary))]
    if summary.refused:
        parts.append(
            tr("{n} refused: {which}").format(n=len(summary.refused), which=_named(summary.refused))
        )
    if summary.failed:
        parts.append(
            tr("{n} failed (network or unclear answer): {which}").format(
                n=len(summary.failed), which=_named(summary.failed)
            )
        )
    sentence = "; ".join(parts) + "."
    if summary.stopped and summary.not_run:
        sentence += " " + tr("Stopped: {n} of {planned} not tested.").format(
            n=summary.not_run, planned=summary.planned
        )
    return sentence


def _done(summary: SummaryLike) -> int:
    return summary.ok + len(summary.refused) + len(summary.failed)


def legend() -> str:
    """What OK means, for the table's legend and the CLI's footer."""
    return tr(
        "OK means that wolkvox accepted the dial, not that anyone answered. "
        "Refused means wolkvox said no (its message is shown as is)."
    )


def confirm_question(count: int, phone: str) -> str:
    return tr("Dial {phone} from {n} extensions, one after another?").format(n=count, phone=phone)
