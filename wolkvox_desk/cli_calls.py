"""The call-control commands of the command line: ``hang``, ``hold``, ``mute``, ``dtmf``,
``transfer`` and ``status`` (issue 9).

Each handler takes ``(ctx, args)`` like :func:`wolkvox_desk.cli.cmd_dial`, validates first
(nothing is sent on bad input, exit 2), waits for the token gate like ``dial`` does (30 s by
default, ``--no-wait`` refuses at once), sends one request, and returns DESIGN.md's exit codes.
``--json`` prints exactly one object with the same keys as ``dial --json``.

:func:`add_call_parsers` registers the commands on ``cli.py``'s sub-parsers, and
:data:`CALL_HANDLERS` maps each command to its handler. Headless: no Qt is imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wolkvox_desk.call_controls import (
    CallAction,
    clean_code,
    clean_comments,
    clean_status,
    clean_tones,
    done_words,
    explain_call_failure,
    transfer_target,
)
from wolkvox_desk.core.errors import (
    ExitCode,
    GateBusyError,
    InputError,
    NotConfiguredError,
    RefusedError,
    RequestError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import Account, ApiResult
from wolkvox_desk.text import describe_local, line_busy, retry_notice, tr

if TYPE_CHECKING:
    from wolkvox_desk.context import AppContext
    from wolkvox_desk.services.agentbox import AgentboxClient

#: like ``dial``: how long to wait for another request with the same token
DEFAULT_GATE_WAIT_S = 30.0
_JSON_KEYS = ("ok", "http_status", "code", "error", "msg", "conn_id", "attempts", "elapsed_ms")

Handler = Callable[["AppContext", argparse.Namespace], int]
# (client, account, agent_id, wait_s) -> the answer; built once the input is valid
_Request = Callable[["AgentboxClient", Account, str, float], ApiResult]


# --- parsers ------------------------------------------------------------------------------


def add_call_parsers(subparsers: Any) -> None:
    """Add ``hang``, ``hold``, ``mute``, ``dtmf``, ``transfer`` and ``status`` to
    ``parser.add_subparsers(...)``'s result."""
    common = request_options()
    hang = subparsers.add_parser(
        "hang", parents=[common], help=tr("hang up the current call in wolkvox Agent")
    )
    hang.add_argument(
        "--cod-act", default="", help=tr("disposition code: hang up, set it, and go Ready")
    )
    hang.add_argument("--cod-act-2", default="", help=tr("second disposition code (optional)"))
    hang.add_argument("--comments", default="", help=tr("disposition comment (optional)"))
    subparsers.add_parser("hold", parents=[common], help=tr("toggle hold on the current call"))
    subparsers.add_parser("mute", parents=[common], help=tr("toggle your microphone"))
    dtmf = subparsers.add_parser(
        "dtmf", parents=[common], help=tr("send keypad tones into the call")
    )
    dtmf.add_argument("tones", help=tr("the tones: digits, * and # (quote them in the shell)"))
    transfer = subparsers.add_parser(
        "transfer", parents=[common], help=tr("transfer the current call")
    )
    transfer.add_argument("number", help=tr("a phone number, or an extension with --extension"))
    transfer.add_argument(
        "--extension",
        action="store_true",
        help=tr("NUMBER is another agent's extension (sent as is, no dial plan)"),
    )
    status = subparsers.add_parser("status", parents=[common], help=tr("set your agent status"))
    status.add_argument("state", help=tr("ready, logout, or an auxiliary-state id"))


def request_options() -> argparse.ArgumentParser:
    """The options every request command shares (dial too): agent, --json, the gate wait."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--agent-id", default=None, help=tr("agent extension (overrides settings)"))
    common.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    wait = common.add_mutually_exclusive_group()
    wait.add_argument("--no-wait", action="store_true", help=tr("refuse at once if busy"))
    wait.add_argument(
        "--wait",
        type=float,
        default=DEFAULT_GATE_WAIT_S,
        metavar="SECONDS",
        help=tr("how long to wait for another request with the same token (default 30)"),
    )
    return common


# --- handlers -----------------------------------------------------------------------------


def cmd_hang(ctx: AppContext, args: argparse.Namespace) -> int:
    """``hang``; with ``--cod-act``, ``api=hang_type_ready`` (disposition, then Ready)."""
    if not args.cod_act and (args.cod_act_2 or args.comments):
        _err(tr("--cod-act-2 and --comments need --cod-act."))
        return ExitCode.USAGE
    if not args.cod_act:
        return _run(ctx, args, CallAction.HANG, lambda: ("", _hang))
    return _run(ctx, args, CallAction.DISPOSE, lambda: _disposition(args))


def cmd_hold(ctx: AppContext, args: argparse.Namespace) -> int:
    return _run(ctx, args, CallAction.HOLD, lambda: ("", _hold))


def cmd_mute(ctx: AppContext, args: argparse.Namespace) -> int:
    return _run(ctx, args, CallAction.MUTE, lambda: ("", _mute))


def cmd_dtmf(ctx: AppContext, args: argparse.Namespace) -> int:
    """One request with ``tones=TONES`` (cleaned: spaces dropped, ``[0-9*#]`` only)."""

    def build() -> tuple[str, _Request]:
        tones = clean_tones(args.tones)
        return tones, lambda c, a, agent, w: c.dtmf(a, agent, tones, wait_s=w, on_retry=_retry)

    return _run(ctx, args, CallAction.DTMF, build)


def cmd_transfer(ctx: AppContext, args: argparse.Namespace) -> int:
    """To a number (after the configured dial plan, like ``dial``) or, with ``--extension``,
    to another agent's extension as typed."""

    def build() -> tuple[str, _Request]:
        plan = ctx.settings.dial_plan
        digits = transfer_target(args.number, to_extension=args.extension, plan=plan)
        return digits, lambda c, a, agent, w: c.transfer(
            a, agent, digits, wait_s=w, on_retry=_retry
        )

    return _run(ctx, args, CallAction.TRANSFER, build)


def cmd_status(ctx: AppContext, args: argparse.Namespace) -> int:
    """``ready``, ``logout`` or an auxiliary-state id (as given by wolkvox Manager)."""

    def build() -> tuple[str, _Request]:
        status = clean_status(args.state)
        return status, lambda c, a, agent, w: c.change_status(
            a, agent, status, wait_s=w, on_retry=_retry
        )

    return _run(ctx, args, CallAction.STATUS, build)


CALL_HANDLERS: dict[str, Handler] = {
    "hang": cmd_hang,
    "hold": cmd_hold,
    "mute": cmd_mute,
    "dtmf": cmd_dtmf,
    "transfer": cmd_transfer,
    "status": cmd_status,
}


def _hang(client: AgentboxClient, account: Account, agent: str, wait: float) -> ApiResult:
    return client.hang(account, agent, wait_s=wait, on_retry=_retry)


def _hold(client: AgentboxClient, account: Account, agent: str, wait: float) -> ApiResult:
    return client.hold(account, agent, wait_s=wait, on_retry=_retry)


def _mute(client: AgentboxClient, account: Account, agent: str, wait: float) -> ApiResult:
    return client.mute(account, agent, wait_s=wait, on_retry=_retry)


def _disposition(args: argparse.Namespace) -> tuple[str, _Request]:
    cod_act = clean_code(args.cod_act)
    cod_act_2 = clean_code(args.cod_act_2, "cod_act_2") if args.cod_act_2.strip() else ""
    comments = clean_comments(args.comments)

    def request(client: AgentboxClient, account: Account, agent: str, wait: float) -> ApiResult:
        return client.hang_type_ready(
            account, agent, cod_act, cod_act_2, comments, wait_s=wait, on_retry=_retry
        )

    return cod_act, request


# --- the shared path ----------------------------------------------------------------------


def _run(
    ctx: AppContext,
    args: argparse.Namespace,
    action: CallAction,
    build: Callable[[], tuple[str, _Request]],
) -> int:
    """Validate (agent, parameters, then account), send once, report."""
    try:
        agent_id = ctx.agent_id(args.agent_id)
        detail, request = build()
        account = ctx.account()
    except (InputError, NotConfiguredError) as error:
        return _report_unsent(error, args.json)
    wait = 0.0 if args.no_wait else max(args.wait, 0.0)
    client = ctx.make_client()
    try:
        result = request(client, account, agent_id, wait)
    except (RequestError, GateBusyError) as error:
        return _report_failure(action, error, args.json)
    finally:
        client.close()
    _report_success(action, result, detail, args.json)
    return ExitCode.OK


def _retry(attempt: int, delay: float, error: RequestError) -> None:
    _err(retry_notice(line_busy(error), delay, attempt))


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def json_line(**fields: Any) -> str:
    """DESIGN.md's one JSON object for --json, with exactly its keys."""
    return json.dumps({key: fields.get(key) for key in _JSON_KEYS}, ensure_ascii=False)


def _report_success(action: CallAction, result: ApiResult, detail: str, as_json: bool) -> None:
    if as_json:
        print(
            json_line(
                ok=True,
                http_status=result.http_status,
                code=result.code,
                error=None,
                msg=result.msg,
                conn_id=result.conn_id or None,
                attempts=result.attempts,
                elapsed_ms=round(result.elapsed_ms, 1),
            )
        )
        return
    print(done_words(action, result, detail))
    if result.msg:
        print(tr('wolkvox said: "{msg}"').format(msg=result.msg))


def _report_failure(action: CallAction, error: WolkvoxDeskError, as_json: bool) -> int:
    words = explain_call_failure(action, error)
    if as_json:
        elapsed = getattr(error, "elapsed_ms", None)
        print(
            json_line(
                ok=False,
                attempts=getattr(error, "attempts", 0),
                elapsed_ms=round(elapsed, 1) if elapsed is not None else None,
                **_error_fields(error),
            )
        )
    print(words.one_line(), file=sys.stderr if as_json else sys.stdout)
    return error.exit_code


def _error_fields(error: WolkvoxDeskError) -> dict[str, Any]:
    if isinstance(error, RefusedError):
        return {
            "http_status": error.http_status,
            "code": error.code,
            "error": error.error,
            "msg": error.msg,
        }
    status = error.http_status if isinstance(error, RequestError) else None
    return {"http_status": status, "code": None, "error": error.kind, "msg": ""}


def _report_unsent(error: WolkvoxDeskError, as_json: bool) -> int:
    if as_json:
        print(json_line(ok=False, error=error.kind, msg="", attempts=0))
    _err(describe_local(error))
    return error.exit_code
