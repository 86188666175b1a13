"""Figure 3: the whole ``--self-test`` (process start to exit) against the smallest program
that does the same job (``baselines/minimal_selftest.py``)."""

from __future__ import annotations

import json

from benchmarks.common import (
    PY,
    ChildFailed,
    Config,
    Outcome,
    Row,
    alternate,
    child_env,
    median,
    ratio_row,
    run_child,
    script,
)

NAME = "selftest"
TARGET = 1.5


def _passed(outcome: Outcome) -> Outcome:
    lines = [line for line in outcome.stdout.splitlines() if line.startswith("{")]
    if not lines or json.loads(lines[-1]).get("self_test") != "pass":
        raise ChildFailed(f"self-test did not pass: {outcome.stdout[-300:]}")
    return outcome


def run(cfg: Config) -> list[Row]:
    env = child_env()
    app = [PY, "-m", "wolkvox_desk", "--self-test"]
    base = [PY, script("baselines", "minimal_selftest.py")]
    results = alternate(
        cfg.runs,
        {
            "app": lambda: _passed(run_child(app, env, need_report=False)),
            "base": lambda: _passed(run_child(base, env, need_report=False)),
        },
    )
    app_ms = median(o.wall_ms for o in results["app"])
    base_ms = median(o.wall_ms for o in results["base"])
    return [ratio_row("3. Whole --self-test, start to exit", app_ms, base_ms, TARGET)]
