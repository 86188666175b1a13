"""Figure 6: idle memory (VmRSS) one second after ready, against the bare window's."""

from __future__ import annotations

from benchmarks.common import Config, Row, app_env, desk_home, median, mib, ratio_row
from benchmarks.fig_startup import app_ready, bare_ready

NAME = "memory"
TARGET = 1.5
HOLD_S = 1.0


def run(cfg: Config) -> list[Row]:
    from benchmarks.common import alternate

    env = app_env(desk_home("empty"))
    results = alternate(
        cfg.runs, {"app": lambda: app_ready(env, HOLD_S), "bare": lambda: bare_ready(HOLD_S)}
    )
    app_kb = median(o.report["rss_kb"] for o in results["app"])
    bare_kb = median(o.report["rss_kb"] for o in results["bare"])
    return [ratio_row("6. Idle RSS, ready + 1 s", app_kb * 1024, bare_kb * 1024, TARGET, mib)]
