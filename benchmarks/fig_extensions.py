"""Figure 5: extension tester throughput against the ideal N x latency (issue 7).

The simulator runs in its own process with 50 ms of latency. Each run is a fresh
``test-extensions --yes --format json`` process over N = 50 extensions (``--quick`` only runs
fewer rounds).
"Beyond start-up" is read from the simulator's own record: from the moment the first request
arrived to the moment the last answer left (one clock for both, CLOCK_MONOTONIC), so the
interpreter's start is not counted. The figure is the median span over the runs, divided by
the ideal N x 50 ms; the target is <= 1.1x. The run must also show one request in flight at
most (the simulator's peak counter), or it fails.

For scale, the same span for N bare httpx POSTs in a loop (no gate, no history, no parsing):
the floor this machine and the Python simulator allow.
"""

from __future__ import annotations

import json
import urllib.request

from benchmarks.common import CACHE as _CACHE
from benchmarks.common import (
    PY,
    TOKEN,
    ChildFailed,
    Config,
    Outcome,
    Row,
    child_env,
    fresh_dir,
    median,
    ms,
    run_child,
    script,
    simulator,
)

NAME = "extensions"
TARGET = 1.1
LATENCY_MS = 50
FIRST = 3001

# ``test-extensions`` through cli.main once cli.py registers it; until then the same parser
# and handler, dispatched the way cli.main does.
_CHILD = """
import sys
from wolkvox_desk import cli
from wolkvox_desk.cli_tester import COMMAND, TESTER_HANDLERS, add_tester_parser
argv = sys.argv[1:]
if COMMAND in cli.build_parser().format_help():
    sys.exit(cli.main(argv))
import argparse
from wolkvox_desk.context import AppContext
parser = argparse.ArgumentParser()
add_tester_parser(parser.add_subparsers(dest="command"))
args = parser.parse_args(argv)
sys.exit(TESTER_HANDLERS[args.command](AppContext.from_env(), args))
"""


def _control(url: str, name: str, method: str = "GET") -> object:
    request = urllib.request.Request(f"{url}/_sim/{name}", method=method)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def _span(url: str, count: int) -> tuple[float, int]:
    """Seconds from the first of the last ``count`` requests' arrival to the last answer,
    and the peak of requests in flight."""
    records = _control(url, "records")
    assert isinstance(records, list)
    last = records[-count:]
    if len(last) != count or any(r["status"] != 200 for r in last):
        raise ChildFailed(f"expected {count} answered requests, got {len(last)}")
    stats = _control(url, "stats")
    assert isinstance(stats, dict)
    return last[-1]["finished"] - last[0]["started"], int(stats["max_in_flight"])


def run(cfg: Config) -> list[Row]:
    count = 50  # the figure; --quick only runs fewer rounds
    ideal = count * LATENCY_MS / 1000
    spans: dict[str, list[float]] = {"tester": [], "raw": []}
    walls: list[float] = []
    peaks: list[int] = []
    with simulator("--latency-ms", str(LATENCY_MS)) as url:
        exts = f"{FIRST}-{FIRST + count - 1}"

        def tester() -> Outcome:
            home = fresh_dir(_CACHE / "homes" / "extensions")
            env = child_env(
                {
                    "WOLKVOX_DESK_HOME": str(home),
                    "WOLKVOX_TOKEN": TOKEN,
                    "WOLKVOX_DESK_API_BASE": url,
                }
            )
            argv = [PY, "-c", _CHILD, "test-extensions", "--yes", "--format", "json"]
            argv += ["--phone", "3001234567", exts]
            return run_child(argv, env, need_report=False)

        def raw() -> Outcome:
            argv = [PY, script("baselines", "raw_post.py"), "--url", url, "--count", str(count)]
            return run_child(argv, child_env())

        for index in range(cfg.runs + 1):  # the first round is an untimed warm-up
            for name, make in (("tester", tester), ("raw", raw)):
                _control(url, "reset", "POST")
                outcome = make()
                span, peak = _span(url, count)
                if index == 0:
                    continue
                spans[name].append(span)
                if name == "tester":
                    walls.append(outcome.wall_ms)
                    peaks.append(peak)
    tester_span = median(spans["tester"])
    ratio = tester_span / ideal
    row = Row(
        f"5. Extension tester: {count} extensions at {LATENCY_MS} ms, beyond start-up",
        ms(tester_span * 1000),
        f"{ms(ideal * 1000)} (ideal N x latency)",
        ratio,
        f"<= {TARGET:g}x",
        ratio <= TARGET and max(peaks) == 1,
    )
    row.notes.append(f"max requests in flight (simulator): {max(peaks)}")
    row.notes.append(f"whole process, start-up included: {ms(median(walls))}")
    raw_span = median(spans["raw"])
    floor = f"{ms(raw_span * 1000)} ({raw_span / ideal:.3f}x)"
    row.notes.append(f"floor, {count} bare httpx POSTs in a loop: {floor}")
    return [row]
