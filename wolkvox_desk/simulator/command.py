"""The simulator as a command: ``wolkvox-desk simulator`` and ``python -m wolkvox_desk.simulator``.

Prints where it listens, then one line per request (method, exact query, status, ``msg``;
never the token header) until SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from wolkvox_desk.simulator.server import RecordedRequest, Simulator

DEFAULT_PORT = 8765
DEFAULT_TOKEN = "demo-token"
_print_lock = threading.Lock()


def serve(argv: list[str] | None = None) -> int:
    """Run a simulator until SIGINT/SIGTERM; 0 when stopped, 2 on bad usage or a busy port."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help or a usage error: report, do not exit the caller
        return exc.code if isinstance(exc.code, int) else 2
    tokens: list[str] = args.token or [DEFAULT_TOKEN]
    sim = Simulator(
        host=args.host,
        port=args.port,
        tokens=tokens,
        latency_ms=args.latency_ms,
        daily_quota=args.quota,
        strict_calls=args.strict_calls,
        on_request=None if args.quiet else _print_record,
    )
    try:
        url = sim.start()
    except OSError as exc:
        print(
            f"wolkvox simulator: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 2
    stopped = threading.Event()
    try:
        with _stop_on_signals(stopped):
            _say(f"wolkvox simulator listening on {url} (token: {', '.join(tokens)})")
            stopped.wait()
    except KeyboardInterrupt:  # SIGINT when we could not install handlers (not main thread)
        pass
    finally:
        sim.stop()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wolkvox-desk simulator",
        description="A local stand-in for wolkvox's agentbox.php (demo mode and tests).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    parser.add_argument(
        "--token",
        action="append",
        help=f"a token the simulator accepts (repeatable; default {DEFAULT_TOKEN})",
    )
    parser.add_argument("--latency-ms", type=_non_negative, default=0, help="answer delay")
    parser.add_argument("--quota", type=_non_negative, default=1000, help="daily quota per token")
    parser.add_argument(
        "--strict-calls", action="store_true", help="refuse a dial while the agent is on a call"
    )
    parser.add_argument("--quiet", action="store_true", help="do not print each request")
    return parser


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


@contextlib.contextmanager
def _stop_on_signals(stopped: threading.Event) -> Iterator[None]:
    """Turn SIGINT and SIGTERM into ``stopped.set()`` (only the main thread may do this)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _print_record(record: RecordedRequest) -> None:
    query = f"?{record.raw_query}" if record.raw_query else ""
    status = str(record.status) if record.status else "no answer"
    fault = f" [fault: {record.fault}]" if record.fault else ""
    _say(f"{record.method} {record.path}{query} -> {status} {_msg_of(record.response)}{fault}")


def _msg_of(body: bytes) -> str:
    try:
        envelope = json.loads(body)
    except ValueError:
        return ""
    return str(envelope.get("msg", "")) if isinstance(envelope, dict) else ""


def _say(line: str) -> None:
    with _print_lock:
        print(line, flush=True)
