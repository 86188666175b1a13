"""Figure 4: a history of a million rows (``--quick``: 100,000).

- start-up to ready with that history, against the same app with an empty one;
- search p50/p95 through the real table model and store (``probes/history_search.py``);
- insert p50 (``HistoryStore.add``, on a copy), bytes per row on disk;
- the view fetches on demand: rows loaded after opening are one page, in the real window.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.common import (
    PY,
    Config,
    Outcome,
    Row,
    alternate,
    app_env,
    desk_home,
    median,
    ms,
    percentile,
    ratio_row,
    run_child,
    script,
)
from benchmarks.fig_startup import app_ready, ready_ms, spread
from benchmarks.history_data import history_home, scratch_copy

NAME = "history"
START_TARGET = 1.1
SEARCH_TARGET_MS = 50.0
PAGE = 200  # HistoryTableModel's page size


def label(rows: int) -> str:
    return f"{rows // 1_000_000}M" if rows % 1_000_000 == 0 else f"{rows // 1000}k"


def startup_rows(cfg: Config, rows: int, figure: str) -> list[Row]:
    big_env = app_env(history_home(rows))
    empty_env = app_env(desk_home("empty"))
    results = alternate(
        cfg.runs, {"big": lambda: app_ready(big_env), "empty": lambda: app_ready(empty_env)}
    )
    row = ratio_row(
        f"{figure} Start-up to ready, {label(rows)}-row history vs empty",
        ready_ms(results["big"]),
        ready_ms(results["empty"]),
        START_TARGET,
    )
    row.notes.append(f"{label(rows)} {spread(results['big'])}; empty {spread(results['empty'])}")
    loaded = {o.report["rows_loaded"] for o in results["big"]}
    more = all(o.report["can_fetch_more"] for o in results["big"])
    view = Row(
        f"{figure} Rows in the window's model after opening",
        ", ".join(str(n) for n in sorted(loaded)) + f" of {rows:,}",
        target=f"one page ({PAGE})",
        ok=loaded == {PAGE} and more,
        notes=["more are fetched on scroll (canFetchMore)" if more else "canFetchMore is False"],
    )
    return [row, view]


def search_runs(cfg: Config, rows: int, insert_copy: Path | None) -> list[Outcome]:
    db = history_home(rows) / "data" / "history.sqlite3"
    argv = [
        PY,
        script("probes", "history_search.py"),
        "--db",
        str(db),
        "--reps",
        str(cfg.search_reps),
    ]
    if insert_copy is not None:
        argv += ["--insert-db", str(insert_copy), "--inserts", str(cfg.inserts)]
    run_child(argv[:4] + ["--reps", "1"], app_env(desk_home("empty")))  # warm-up
    return [run_child(argv, app_env(desk_home("empty")), timeout_s=600) for _ in range(cfg.runs)]


def search_rows(outcomes: list[Outcome], rows: int, figure: str) -> list[Row]:
    def all_samples(o: Outcome) -> list[float]:
        return [s for samples in o.report["search_ms"].values() for s in samples]

    p50 = median(percentile(all_samples(o), 50) for o in outcomes)
    p95 = median(percentile(all_samples(o), 95) for o in outcomes)
    worst = max(outcomes[0].report["search_ms"].items(), key=lambda item: median(item[1]))
    queries = len(outcomes[0].report["search_ms"])
    open_ms = median(o.report["open_ms"] for o in outcomes)
    first = outcomes[0].report
    paged = (
        first["rows_loaded"] == PAGE
        and first["rows_after_fetch_more"] == 2 * PAGE
        and first["most_rows_loaded_by_a_search"] <= PAGE
    )
    return [
        Row(
            f"{figure} Search p50 ({label(rows)} rows, model+store)",
            ms(p50),
            target=f"<= {SEARCH_TARGET_MS:.0f} ms",
            ok=p50 <= SEARCH_TARGET_MS,
            notes=[f"{queries} typed texts; open + first page {ms(open_ms)}"],
        ),
        Row(
            f"{figure} Search p95 ({label(rows)} rows)",
            ms(p95),
            target=f"<= {SEARCH_TARGET_MS:.0f} ms",
            ok=p95 <= SEARCH_TARGET_MS,
            notes=[
                f"slowest text {worst[0]!r}: {ms(median(worst[1]))}",
                "pages of 200, fetched on demand" if paged else "PAGING BROKEN",
            ],
        ),
    ]


def run(cfg: Config) -> list[Row]:
    rows = cfg.big_rows
    found = startup_rows(cfg, rows, "4.")
    copy = scratch_copy(history_home(rows), "inserts")
    outcomes = search_runs(cfg, rows, copy)
    found += search_rows(outcomes, rows, "4.")
    inserts = [s for o in outcomes for s in o.report["insert_ms"]]
    found.append(
        Row(
            f"4. Insert p50 ({label(rows)} rows, add = one transaction)",
            ms(percentile(inserts, 50)),
            notes=[f"p95 {ms(percentile(inserts, 95))}"],
        )
    )
    report = outcomes[0].report
    found.append(
        Row(
            f"4. Bytes per row on disk ({label(rows)} rows)",
            f"{report['bytes'] / report['rows']:.0f} B",
            notes=[f"{report['bytes'] / 2**20:.0f} MiB for {report['rows']:,} rows"],
        )
    )
    shutil.rmtree(copy.parent, ignore_errors=True)
    return found
