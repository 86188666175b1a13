"""Figure 1: start-up to ready (window painted, Dial usable) against a bare window's label.

Both are fresh processes, timed from just before the process is created to the ready stamp
the child reports (see ``harness.ReadyWatch``). The app runs as ``wolkvox-desk`` with no
arguments, configured (server, agent, a token in ``WOLKVOX_TOKEN``), with an empty history.
"""

from __future__ import annotations

from benchmarks.common import (
    PY,
    Config,
    Outcome,
    Row,
    alternate,
    app_env,
    child_env,
    desk_home,
    median,
    ratio_row,
    run_child,
    script,
)

NAME = "startup"
TARGET = 1.5


def app_ready(env: dict[str, str], hold_s: float = 0.0) -> Outcome:
    argv = [PY, script("probes", "app_ready.py")]
    return run_child(argv + (["--hold", str(hold_s)] if hold_s else []), env)


def bare_ready(hold_s: float = 0.0) -> Outcome:
    argv = [PY, script("baselines", "bare_window.py")]
    return run_child(argv + (["--hold", str(hold_s)] if hold_s else []), child_env())


def ready_ms(outcomes: list[Outcome]) -> float:
    return median(o.since_start_ms("ready") for o in outcomes)


def spread(outcomes: list[Outcome]) -> str:
    values = sorted(o.since_start_ms("ready") for o in outcomes)
    return f"runs {values[0]:.0f}-{values[-1]:.0f} ms"


def run(cfg: Config) -> list[Row]:
    env = app_env(desk_home("empty"))
    results = alternate(cfg.runs, {"app": lambda: app_ready(env), "bare": bare_ready})
    row = ratio_row(
        "1. Start-up to ready (empty history)",
        ready_ms(results["app"]),
        ready_ms(results["bare"]),
        TARGET,
    )
    first_paint = median(o.since_start_ms("painted") for o in results["app"])
    row.notes.append(f"app {spread(results['app'])}; bare {spread(results['bare'])}")
    row.notes.append(f"app's first paint at {first_paint:.0f} ms")
    app_cpu, bare_cpu = cpu_ms(results["app"]), cpu_ms(results["bare"])
    row.notes.append(f"CPU to ready {app_cpu:.0f} vs {bare_cpu:.0f} ms ({app_cpu / bare_cpu:.2f}x)")
    return [row]


def cpu_ms(outcomes: list[Outcome]) -> float:
    """The process's CPU time at ready: what other jobs on a shared machine disturb least."""
    return median(o.report["ready_cpu_ms"] for o in outcomes)
