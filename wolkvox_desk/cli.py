"""The command-line front door, and the composition root for headless commands.

``wolkvox-desk`` with no command (or ``--demo``, ``--self-test``, a ``tel:`` link) opens the
window through :mod:`wolkvox_desk.app`; every other command is headless and never imports
QtWidgets, so it starts fast. Exit codes are DESIGN.md's (see :class:`ExitCode`). The other
way round, the window starts through this module too, so what only commands need (the call
commands, the tester, ``getpass``, ``json``) is imported where a command uses it.

``--profile NAME`` (before or after the command) picks the profile of one run: its server,
agent, dial plan and keyring token. A profile that does not exist exits 6 (not configured),
an invalid profile name 2. ``profile list|add|rename|remove|use`` manages them.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from wolkvox_desk import APP_NAME, __version__
from wolkvox_desk.context import AppContext
from wolkvox_desk.core.errors import (
    ExitCode,
    GateBusyError,
    InputError,
    NotConfiguredError,
    RefusedError,
    RequestError,
    SettingValueError,
    StorageError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import DEFAULT_PROFILE, ApiResult, CallRecord, DialRequest
from wolkvox_desk.core.outcomes import make_record
from wolkvox_desk.logs import setup_logging, teardown_logging
from wolkvox_desk.text import describe_local, explain, line_busy, outcome_label, retry_notice, tr
from wolkvox_desk.translations import install_for_cli

#: window options that take a value (so that the value is not taken for a command)
WINDOW_OPTIONS_WITH_VALUE = {"--screenshot", "--demo-latency-ms", "--demo-fault", "--profile"}
#: commands that do not take --profile: the simulator is not ours, profile names its own
_NO_PROFILE_OPTION = {"simulator", "profile"}


# --- argument parsing ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from wolkvox_desk.cli_calls import add_call_parsers, request_options
    from wolkvox_desk.cli_tester import add_tester_parser

    parser = argparse.ArgumentParser(
        prog=APP_NAME, description=tr("Click-to-dial companion for wolkvox Agent.")
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help=tr("log debug details"))
    parser.add_argument(
        "--profile", metavar="NAME", default=None, help=tr("use the profile NAME for this run")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    dial = sub.add_parser("dial", parents=[request_options()], help=tr("dial a number now"))
    dial.add_argument("phone", help=tr("the phone number, as typed or pasted"))
    dial.add_argument("--name", default="", help=tr("customer name"))
    dial.add_argument("--customer-id", default="", help=tr("customer ID (digits)"))

    token = sub.add_parser("token", help=tr("manage the API token in the keyring"))
    token.add_argument("action", choices=["set", "clear", "status"])

    config = sub.add_parser("config", help=tr("show or change settings"))
    config.add_argument("action", choices=["show", "get", "set"])
    config.add_argument("key", nargs="?")
    config.add_argument("value", nargs="?")

    history = sub.add_parser("history", help=tr("show the call history"))
    history.add_argument("--search", default="", help=tr("filter by phone, name or ID"))
    history.add_argument("--limit", type=int, default=50)
    history.add_argument("--format", choices=["table", "csv", "json"], default="table")

    diagnose = sub.add_parser("diagnose", help=tr("print the support bundle for IT"))
    diagnose.add_argument(
        "--output", metavar="FILE", help=tr("write it to FILE (readable by you only)")
    )

    sim = sub.add_parser("simulator", help=tr("run the built-in wolkvox simulator"))
    sim.add_argument("--port", type=int, default=8765)
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--token", action="append", default=[])
    sim.add_argument("--latency-ms", type=int, default=0)

    _add_profile_parser(sub)
    add_call_parsers(sub)  # hang, hold, mute, dtmf, transfer, status (cli_calls.py)
    add_tester_parser(sub)  # test-extensions (cli_tester.py)
    for name, command in sub.choices.items():
        if name not in _NO_PROFILE_OPTION:
            # SUPPRESS: when not given after the command, the global --profile stands.
            command.add_argument(
                "--profile",
                metavar="NAME",
                default=argparse.SUPPRESS,
                help=tr("use the profile NAME for this run"),
            )
    return parser


def _add_profile_parser(sub: Any) -> None:
    profile = sub.add_parser("profile", help=tr("list, add, rename, remove or use profiles"))
    actions = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help=tr("list the profiles; * marks the one in use"))
    add = actions.add_parser("add", help=tr("add a profile"))
    add.add_argument("name")
    for key in PROFILE_OPTIONS:
        add.add_argument("--" + key.replace("_", "-"), dest=key, default=None)
    rename = actions.add_parser("rename", help=tr("rename a profile"))
    rename.add_argument("name")
    rename.add_argument("new_name")
    remove = actions.add_parser("remove", help=tr("remove a profile and its token"))
    remove.add_argument("name")
    use = actions.add_parser("use", help=tr("use this profile from now on"))
    use.add_argument("name")


#: ``profile add``'s options: the keys of a profile
PROFILE_OPTIONS = ("server", "agent_id", "dial_prefix", "plus_replacement", "default_country")


#: what a shell reports for a process that SIGPIPE ended (128 + 13)
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not _is_headless(args_list):
        # Start-up only makes objects that live as long as the window (modules, classes,
        # widgets): the cycle collector's ~50 passes over them find nothing and cost ~12 ms.
        # The app turns it back on once the window is ready (DeskApp.after_first_paint).
        gc.disable()
        try:
            from wolkvox_desk.app import main as app_main

            code = app_main(args_list)
        finally:
            gc.enable()
        if argv is None and "--self-test" in args_list:
            # A process of its own, its report printed and everything closed: skip the
            # interpreter's teardown of Qt and some 230 modules (100-200 ms), which has
            # nothing left to save.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        return code
    ctx = AppContext.from_env()
    # Before the parser, so that --help and every message speak the chosen language.
    install_for_cli(ctx.settings.language)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 for --help
        return int(exc.code or 0)
    if args.command == "simulator":
        return _cmd_simulator(args)
    _setup_logging(ctx, args.debug)
    handlers = {
        "dial": cmd_dial,
        "token": cmd_token,
        "config": cmd_config,
        "history": cmd_history,
        "diagnose": cmd_diagnose,
        "profile": cmd_profile,
    }
    from wolkvox_desk.cli_calls import CALL_HANDLERS, json_line
    from wolkvox_desk.cli_tester import TESTER_HANDLERS

    handlers.update(CALL_HANDLERS)
    handlers.update(TESTER_HANDLERS)
    try:
        if args.profile is not None and args.command not in _NO_PROFILE_OPTION:
            from wolkvox_desk.core.models import validate_profile_name

            ctx.use_profile(validate_profile_name(args.profile))
        return handlers[args.command](ctx, args)
    except NotConfiguredError as error:
        if error.kind != "unknown_profile":
            _err(describe_local(error))
            return error.exit_code
        if getattr(args, "json", False):
            print(json_line(ok=False, error=error.kind, msg="", attempts=0))
        _err(_unknown_profile(ctx, error.detail))
        return error.exit_code
    except WolkvoxDeskError as error:
        _err(_profile_words(error) or describe_local(error))
        return error.exit_code
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as Unix tools do, and keep
        # Python's exit-time flush from printing a traceback of its own.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        _print_warnings(ctx)
        teardown_logging()


def _is_headless(args: list[str]) -> bool:
    """True unless the arguments open the window (none, --demo, --self-test, a link).

    An unknown command is "headless" too, so that argparse refuses it (exit 2) without
    starting Qt.
    """
    positionals = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in WINDOW_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            positionals.append(arg)
    if positionals:
        return not positionals[0].lower().startswith(("tel:", "callto:"))
    return any(a in ("-h", "--help", "--version") for a in args)


def _setup_logging(ctx: AppContext, debug: bool) -> None:
    try:
        ctx.paths.ensure()
        setup_logging(ctx.paths.log_file, debug=debug, secrets=ctx.secrets)
    except OSError:
        setup_logging(None, debug=debug, secrets=ctx.secrets)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_warnings(ctx: AppContext) -> None:
    for warning in ctx.warnings:
        _err(tr("Warning: {text}").format(text=describe_local(warning)))
    ctx.warnings.clear()


# --- dial ---------------------------------------------------------------------------------


def cmd_dial(ctx: AppContext, args: argparse.Namespace) -> int:
    from wolkvox_desk.core.dialing import build_dial_request

    started = time.time()
    try:
        agent_id = ctx.agent_id(args.agent_id)
        request = build_dial_request(
            args.phone, agent_id, ctx.settings.dial_plan, args.customer_id, args.name
        )
        account = ctx.account()
    except (InputError, NotConfiguredError) as error:
        return _report_unsent(error, args.json)
    # The client first: a refused WOLKVOX_DESK_API_BASE must not leave the history open.
    client = ctx.make_client()
    history = ctx.open_history()
    wait = 0.0 if args.no_wait else max(args.wait, 0.0)
    try:
        result = client.dial(
            account,
            request.agent_id,
            request.phone_sent,
            request.customer_id,
            request.customer_name,
            wait_s=wait,
            on_retry=_print_retry,
        )
    except (RequestError, GateBusyError) as error:
        _record(ctx, history, request, started, error=error)
        return _report_failure(error, args.json)
    finally:
        client.close()
    _record(ctx, history, request, started, result=result)
    _report_success(request, result, args.json)
    return ExitCode.OK


def _print_retry(attempt: int, delay: float, error: RequestError) -> None:
    _err(retry_notice(line_busy(error), delay, attempt))


def _record(
    ctx: AppContext,
    history: Any,
    request: DialRequest,
    started: float,
    *,
    result: ApiResult | None = None,
    error: WolkvoxDeskError | None = None,
) -> None:
    """Write the history row; a failure here is a warning, never a lost call report."""
    if history is None:
        return
    record = make_record(request, started, ctx.settings.server, result=result, error=error)
    try:
        history.add(record)
    except StorageError as storage_error:
        ctx.warnings.append(storage_error)
    finally:
        history.close()


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


def _report_success(request: DialRequest, result: ApiResult, as_json: bool) -> None:
    from wolkvox_desk.cli_calls import json_line

    if as_json:
        print(
            json_line(
                ok=True,
                http_status=result.http_status,
                code=result.code,
                error=None,
                msg=result.msg,
                conn_id=result.conn_id,
                attempts=result.attempts,
                elapsed_ms=round(result.elapsed_ms, 1),
            )
        )
        return
    print(
        tr("Dial sent to {phone}: conn_id {conn} ({ms:.0f} ms)").format(
            phone=request.phone_sent, conn=result.conn_id or "-", ms=result.elapsed_ms
        )
    )
    if result.msg:
        print(tr('wolkvox said: "{msg}"').format(msg=result.msg))


def _report_failure(error: WolkvoxDeskError, as_json: bool) -> int:
    from wolkvox_desk.cli_calls import json_line

    words = explain(error)
    if as_json:
        fields = _error_fields(error)
        elapsed = getattr(error, "elapsed_ms", None)
        print(
            json_line(
                ok=False,
                conn_id=None,
                attempts=getattr(error, "attempts", 0),
                elapsed_ms=round(elapsed, 1) if elapsed is not None else None,
                **fields,
            )
        )
    print(words.one_line(), file=sys.stderr if as_json else sys.stdout)
    return error.exit_code


def _report_unsent(error: WolkvoxDeskError, as_json: bool) -> int:
    from wolkvox_desk.cli_calls import json_line

    if as_json:
        print(json_line(ok=False, error=error.kind, msg="", attempts=0))
    _err(describe_local(error))
    return error.exit_code


# --- token, config, history, simulator ----------------------------------------------------


def cmd_token(ctx: AppContext, args: argparse.Namespace) -> int:
    creds = ctx.credentials
    profile = ctx.active_profile
    if args.action == "status":
        source = creds.token_source(profile)
        backend = creds.backend_name()
        if source is None:
            if profile != DEFAULT_PROFILE:
                print(tr("No token set for the profile {name}.").format(name=profile))
            print(tr("No token set (keyring: {backend}).").format(backend=backend))
            return ExitCode.NOT_CONFIGURED
        where = {
            "env": tr("the WOLKVOX_TOKEN environment variable"),
            "session": tr("this session only"),
            "keyring": tr("the keyring ({backend})").format(backend=backend),
        }
        print(tr("A token is set, from {where}.").format(where=where.get(source, source)))
        return ExitCode.OK
    if args.action == "clear":
        creds.clear_token(profile)
        print(tr("Token removed from the keyring."))
        return ExitCode.OK
    token = _read_secret(sys.stdin)
    ctx.secrets.add(token)
    creds.set_token(token, profile)
    print(tr("Token saved in the keyring ({backend}).").format(backend=creds.backend_name()))
    return ExitCode.OK


def _read_secret(stream: TextIO) -> str:
    """The token comes from stdin, never argv: a prompt on a terminal, a line otherwise."""
    import getpass

    if stream.isatty():
        value = getpass.getpass(tr("API token (input hidden): "))
    else:
        value = stream.readline()
    value = value.strip()
    if not value:
        raise SettingValueError("token", "bad_token")
    return value


def cmd_config(ctx: AppContext, args: argparse.Namespace) -> int:
    from wolkvox_desk.services.settings import KEYS

    store = ctx.settings_store
    profile = ctx.active_profile
    if args.action == "show":
        if profile != DEFAULT_PROFILE:  # the default profile's listing stays as it always was
            print(tr("# profile: {name}").format(name=profile))
        for key in KEYS:
            lock = " " + tr("(locked by IT)") if store.is_locked(key, profile) else ""
            where = store.source(key, profile)
            print(f"{key} = {_show(store.get(key, profile))}  [{where}]{lock}")
        return ExitCode.OK
    if not args.key:
        _err(tr("Name a setting, e.g. server, agent_id or dial_prefix."))
        return ExitCode.USAGE
    if args.key not in KEYS:
        raise SettingValueError(args.key, "unknown_key", args.key)
    if args.action == "get":
        print(_show(store.get(args.key, profile)))
        return ExitCode.OK
    if args.value is None:
        _err(tr("Give a value: config set KEY VALUE"))
        return ExitCode.USAGE
    value = store.set(args.key, args.value, profile)
    ctx.warnings.extend(w for w in store.warnings if w.kind == "moved_aside")
    print(f"{args.key} = {_show(value)}")
    return ExitCode.OK


def cmd_profile(ctx: AppContext, args: argparse.Namespace) -> int:
    store = ctx.settings_store
    if args.action == "list":
        return _list_profiles(ctx)
    if args.action == "add":
        values = {key: getattr(args, key) for key in PROFILE_OPTIONS}
        name = store.add_profile(args.name, {k: v for k, v in values.items() if v is not None})
        print(tr("Profile {name} added.").format(name=name))
    elif args.action == "rename":
        old = store.check_profile(args.name)
        new = store.rename_profile(old, args.new_name)
        _keep_going(ctx, lambda: ctx.credentials.move_token(old, new))
        print(tr("Profile {old} renamed to {new}.").format(old=old, new=new))
    elif args.action == "remove":
        name = store.check_profile(args.name)
        store.remove_profile(name)
        _keep_going(ctx, lambda: ctx.credentials.clear_token(name))
        print(tr("Profile {name} removed.").format(name=name))
    else:
        name = store.check_profile(args.name)
        store.set_active_profile(name)
        print(tr("Using profile {name} from now on.").format(name=name))
    ctx.warnings.extend(w for w in store.warnings if w.kind == "moved_aside")
    return ExitCode.OK


def _list_profiles(ctx: AppContext) -> int:
    store = ctx.settings_store
    active = ctx.active_profile
    for name in store.profile_names():
        values = store.values_for(name)
        mark = "*" if name == active else " "
        managed = "  " + tr("(provided by IT)") if store.is_provisioned(name) else ""
        server = f"wv{values.server}" if values.server else "-"
        print(f"{mark} {name:<16} {tr('agent')} {values.agent_id or '-':<8} {server}{managed}")
    return ExitCode.OK


def _keep_going(ctx: AppContext, step: Any) -> None:
    """Run a keyring step that follows a profile change: without a keyring the profile
    change stands, and the user is told (warning) rather than failed."""
    from wolkvox_desk.core.errors import KeyringUnavailableError

    try:
        step()
    except KeyringUnavailableError as error:
        _err(tr("Warning: {text}").format(text=describe_local(error)))


def _profile_words(error: WolkvoxDeskError) -> str:
    """Sentences for profile-name mistakes ("" for any other error)."""
    if not isinstance(error, SettingValueError) or error.key != "profile":
        return ""
    words = {
        "bad_profile_name": tr(
            "{detail} is not a valid profile name: use letters, digits, _ and -, "
            "at most 32, starting with a letter or digit."
        ),
        "profile_exists": tr("A profile called {detail} already exists."),
        "default_profile": tr("The default profile cannot be renamed or removed."),
    }
    return words.get(error.kind, "").format(detail=error.detail)


def _unknown_profile(ctx: AppContext, name: str) -> str:
    try:
        names = ", ".join(ctx.profile_names())
    except WolkvoxDeskError:
        names = "default"
    return tr("There is no profile called {name}. Profiles: {names}.").format(
        name=name, names=names
    )


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def cmd_history(ctx: AppContext, args: argparse.Namespace) -> int:
    import json

    history = ctx.open_history()
    if history is None:
        return ExitCode.OK
    try:
        if args.format == "csv":
            history.export_csv(sys.stdout, args.search)
            return ExitCode.OK
        records = history.search(args.search, limit=max(args.limit, 1))
    finally:
        history.close()
    if args.format == "json":
        for record in records:
            print(json.dumps(_record_json(record), ensure_ascii=False))
        return ExitCode.OK
    for record in records:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(record.started_at))
        print(
            f"{when}  {record.phone_typed:<20} {record.phone_sent:<16} "
            f"{record.customer_name[:20]:<20} {record.customer_id:<12} "
            f"{outcome_label(record.outcome):<14} {record.conn_id}"
        )
    return ExitCode.OK


def _record_json(record: CallRecord) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(record)
    data["outcome"] = str(record.outcome)
    data["started_at_iso"] = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(record.started_at))
    return data


def cmd_diagnose(ctx: AppContext, args: argparse.Namespace) -> int:
    """The support bundle (no token, phone numbers or names) on stdout, or in a 0600 file."""
    from pathlib import Path

    from wolkvox_desk.diagnostics import build_bundle, write_bundle

    bundle = build_bundle(ctx)
    if not args.output:
        sys.stdout.write(bundle + "\n")
        return ExitCode.OK
    try:
        write_bundle(Path(args.output), bundle)
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        _err(tr("Could not write {path}: {why}").format(path=args.output, why=why))
        return ExitCode.USAGE
    print(tr("Diagnostics written to {path}").format(path=args.output))
    return ExitCode.OK


def _cmd_simulator(args: argparse.Namespace) -> int:
    from wolkvox_desk.simulator.command import serve

    argv = ["--port", str(args.port), "--host", args.host, "--latency-ms", str(args.latency_ms)]
    for token in args.token or ["demo-token"]:
        argv += ["--token", token]
    return serve(argv)


if __name__ == "__main__":
    sys.exit(main())
