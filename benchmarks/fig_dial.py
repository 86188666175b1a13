"""Figure 2: dial overhead, Enter pressed to the answer painted, on loopback.

The simulator (no latency) runs in its own process, shared by both sides, so the server's
work never competes for the client's interpreter. Each run is a fresh process that dials
``Config.dials`` times after ten warm-up dials (the warm client); its p50 is one sample, and
the figure is the median of the runs' p50s. The raw warm httpx POST (no Qt) is for scale.

One more app run stamps each dial's stages (``app_dial.py --stages``): the rows under the
figure say where the app's time goes, which is where the gap to the minimal dialer comes from.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.common import (
    CACHE,
    PY,
    ChildFailed,
    Config,
    Outcome,
    Row,
    alternate,
    app_env,
    child_env,
    desk_home,
    fresh_dir,
    median,
    ms,
    percentile,
    ratio_row,
    run_child,
    script,
    simulator,
)

NAME = "dial"
TARGET = 1.3


def retried_once(make: Callable[[], Outcome], notes: list[str]) -> Callable[[], Outcome]:
    """A run that fails (a lost request, a missed paint) is run again once, and said so."""

    def run() -> Outcome:
        try:
            return make()
        except ChildFailed as failure:
            notes.append(f"one run retried after: {str(failure).splitlines()[0][:120]}")
            return make()

    return run


def p(outcomes: list[Outcome], pct: float) -> float:
    return median(percentile(o.report["samples_ms"], pct) for o in outcomes)


def run(cfg: Config) -> list[Row]:
    count = str(cfg.dials)
    with simulator() as url:

        def app() -> Outcome:
            fresh_dir(CACHE / "homes" / "dial")  # an empty history each run
            env = app_env(desk_home("dial"), api_base=url)
            return run_child([PY, script("probes", "app_dial.py"), "--dials", count], env)

        def bare() -> Outcome:
            argv = [PY, script("baselines", "minimal_dialer.py"), "--url", url, "--dials", count]
            return run_child(argv, child_env())

        def raw() -> Outcome:
            argv = [PY, script("baselines", "raw_post.py"), "--url", url, "--count", count]
            return run_child(argv, child_env())

        def staged() -> Outcome:
            fresh_dir(CACHE / "homes" / "dial")
            env = app_env(desk_home("dial"), api_base=url)
            argv = [PY, script("probes", "app_dial.py"), "--dials", count, "--stages"]
            return run_child(argv, env)

        retries: list[str] = []
        makers = {"app": app, "bare": bare, "raw": raw}
        results = alternate(
            cfg.runs, {name: retried_once(make, retries) for name, make in makers.items()}, False
        )
        stages = retried_once(staged, retries)().report["stages"]
    row = ratio_row(
        f"2. Dial: Enter to answer shown (p50 of {count})",
        p(results["app"], 50),
        p(results["bare"], 50),
        TARGET,
    )
    row.notes.append(f"p95 app {ms(p(results['app'], 95))}, minimal {ms(p(results['bare'], 95))}")
    row.notes += retries
    raw_row = Row(
        "   raw warm httpx POST alone (p50), for scale",
        ms(p(results["raw"], 50)),
        notes=[f"p95 {ms(p(results['raw'], 95))}"],
    )
    return [row, raw_row, *stage_rows(stages)]


def stage_rows(stages: dict[str, list[float]]) -> list[Row]:
    """One row per stage of the app's dial (p50 of one instrumented run, warm-up left out)."""
    rows = []
    for name, samples in stages.items():
        rows.append(Row(f"   app stage: {name}", ms(median(samples))))
    total = sum(median(samples) for samples in stages.values())
    rows[-1].notes.append(f"stages add up to {ms(total)} (instrumented run)")
    return rows
