"""The ``test-extensions`` command: dial one test number from many extensions (issue 7).

``wolkvox-desk test-extensions --phone NUMBER EXT... [--yes] [--format table|csv|json]
[--hang-after SECONDS]``. Extensions may be ranges (``1001-1010 1020`` or ``"1001-1010,
1020"``); each is sent as ``agent_id``, so no default agent is needed. The test number goes
through the dial plan like ``dial``.

- Validates everything first (exit 2, nothing sent), then the account (exit 6).
- More than 20 extensions asks for confirmation, only when stdin is a terminal; ``--yes``
  skips the question; declining exits 2. Without a terminal the run proceeds (scripts).
- Table rows print as each answer arrives; csv and json print the results at the end on
  stdout, with the summary on stderr, so stdout stays machine-readable.
- Ctrl-C stops like the window's Stop: the request in flight finishes, no more are sent.
- Exit codes: 0 every extension OK; 3 any refused; else 4 network, 5 unclear answer, 7 busy
  (the first such failure in run order); 130 when interrupted.

Every dial is written to history as a test call. Headless: no Qt is imported.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from wolkvox_desk.core.errors import (
    DeclinedError,
    ExitCode,
    InputError,
    NotConfiguredError,
)
from wolkvox_desk.core.models import Outcome
from wolkvox_desk.tester_words import (
    confirm_question,
    describe_input,
    detail_text,
    http_and_code,
    latency_text,
    legend,
    state_label,
    summary_sentence,
)
from wolkvox_desk.text import describe_local, tr

if TYPE_CHECKING:
    from wolkvox_desk.context import AppContext
    from wolkvox_desk.services.extension_test import (
        ExtensionResult,
        ExtensionTestRunner,
        RunReport,
        TestPlan,
    )

COMMAND = "test-extensions"
INTERRUPTED = 130  # the shell's convention for Ctrl-C
_FAILURE_CODES = {
    Outcome.NETWORK: ExitCode.NETWORK,
    Outcome.BAD_ANSWER: ExitCode.BAD_ANSWER,
    Outcome.BUSY: ExitCode.BUSY,
    Outcome.ERROR: ExitCode.FAILED,
}


def add_tester_parser(subparsers: Any) -> None:
    """Add ``test-extensions`` to ``parser.add_subparsers(...)``'s result."""
    parser = subparsers.add_parser(
        COMMAND,
        help=tr("dial a test number from many extensions, one after another"),
        description=tr(
            "Dial --phone from each extension in turn (OK means wolkvox accepted the dial)."
        ),
    )
    parser.add_argument(
        "extensions",
        nargs="+",
        metavar="EXT",
        help=tr("extensions or ranges, e.g. 1001-1010 1020 (commas work too)"),
    )
    parser.add_argument("--phone", required=True, help=tr("the test number to dial"))
    parser.add_argument(
        "--yes", action="store_true", help=tr("do not ask before a run of more than 20")
    )
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
    parser.add_argument(
        "--hang-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help=tr("hang up each test call after SECONDS (off by default)"),
    )


def cmd_test_extensions(ctx: AppContext, args: argparse.Namespace) -> int:
    # Imported here: registering the command must not slow every other command's start.
    from wolkvox_desk.services.extension_test import ExtensionTestRunner, make_plan

    try:
        plan = make_plan(args.extensions, args.phone, ctx.settings.dial_plan, args.hang_after)
        account = ctx.account()
        _confirm(plan, args.yes, sys.stdin)
    except InputError as error:
        _err(describe_input(error))
        return error.exit_code
    except NotConfiguredError as error:
        _err(describe_local(error))
        return error.exit_code
    history = ctx.open_history()
    table = args.format == "table"
    if table:
        _print_header()
    runner = ExtensionTestRunner(
        plan,
        account,
        ctx.make_client,
        server=ctx.settings.server,
        record=history.add if history is not None else None,
    )
    try:
        report, interrupted = _run(runner, _print_row if table else None)
    finally:
        if history is not None:
            history.close()
    ctx.warnings.extend(report.storage_errors[:1])  # one warning, not one per row
    _print_results(args.format, report)
    return INTERRUPTED if interrupted else exit_code(report.results)


TESTER_HANDLERS = {COMMAND: cmd_test_extensions}


def exit_code(results: list[ExtensionResult]) -> int:
    """0 all OK; 3 any refused; else the first failure's code in run order."""
    if any(r.state is Outcome.REFUSED for r in results):
        return ExitCode.REFUSED
    for result in results:
        if not result.ok:
            return _FAILURE_CODES.get(result.state, ExitCode.FAILED)
    return ExitCode.OK


def _confirm(plan: TestPlan, yes: bool, stdin: TextIO) -> None:
    from wolkvox_desk.services.extension_test import CONFIRM_ABOVE

    if yes or len(plan.extensions) <= CONFIRM_ABOVE or not stdin.isatty():
        return
    question = confirm_question(len(plan.extensions), plan.phone_sent)
    try:
        choices = tr("[y/N]")  # the letters must match the answers accepted below
        print(f"{question} {choices} ", end="", file=sys.stderr, flush=True)
        answer = stdin.readline().strip().lower()
    except KeyboardInterrupt:  # Ctrl-C at the question is a "no", not a traceback
        print(file=sys.stderr)
        raise DeclinedError("declined") from None
    if answer not in (tr("y"), tr("yes"), "y", "yes"):
        raise DeclinedError("declined")


def _run(
    runner: ExtensionTestRunner, on_result: Callable[[ExtensionResult], None] | None
) -> tuple[RunReport, bool]:
    """Run on a helper thread so Ctrl-C can ask for a clean stop instead of cutting a
    request in half.

    Ctrl-C is caught by a signal handler, not as KeyboardInterrupt around ``join()``: on
    Python 3.11 an interrupted ``join()`` marks the still-running thread as finished, and the
    history would be closed under the rows it is still writing. The wait is timed so that
    Ctrl-C is also seen on Windows.
    """
    box: list[RunReport | BaseException] = []
    done = threading.Event()
    interrupted = False

    def work() -> None:
        try:
            box.append(runner.run(on_result))
        except BaseException as exc:  # handed to the main thread below
            box.append(exc)
        finally:
            done.set()

    def on_sigint(_signum: int, _frame: object) -> None:
        nonlocal interrupted
        if not interrupted:
            _err(tr("Stopping after the current request…"))
        interrupted = True
        runner.stop()

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_sigint) if in_main else None
    try:
        thread = threading.Thread(target=work, name="test-extensions")
        thread.start()
        while not done.wait(0.25):
            pass
        thread.join()
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    outcome = box[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome, interrupted


# --- output -------------------------------------------------------------------------------

_ROW = "{ext:<12} {state:<15} {http:<11} {latency:>8}  {conn:<28} {msg}"


def _print_header() -> None:
    print(
        _ROW.format(
            ext=tr("Extension"),
            state=tr("State"),
            http=tr("HTTP / code"),
            latency=tr("Latency"),
            conn=tr("conn_id"),
            msg=tr("wolkvox msg"),
        ),
        flush=True,
    )


def _print_row(result: ExtensionResult) -> None:
    print(
        _ROW.format(
            ext=result.extension,
            state=state_label(result.state),
            http=http_and_code(result),
            latency=latency_text(result),
            conn=result.conn_id or "–",
            msg=detail_text(result),
        ),
        flush=True,
    )


def _print_results(fmt: str, report: RunReport) -> None:
    from wolkvox_desk.services.extension_test import export_csv, export_json

    if fmt == "csv":
        export_csv(report.results, sys.stdout)
    elif fmt == "json":
        export_json(report.results, report.summary, sys.stdout)
    summary = summary_sentence(report.summary)
    out = sys.stdout if fmt == "table" else sys.stderr
    print(summary, file=out)
    if fmt == "table":
        print(legend(), file=out)
    if report.hangups_failed:
        print(
            tr("{n} of {sent} hang-ups were not accepted.").format(
                n=report.hangups_failed, sent=report.hangups_sent
            ),
            file=out,
        )


def _err(text: str) -> None:
    print(text, file=sys.stderr)
