"""Issue 3's figure: with 100,000 history rows the window opens, and search filters, with no
visible pause (start-up against an empty history; search through the model and store)."""

from __future__ import annotations

from benchmarks.common import Config, Row
from benchmarks.fig_history import search_rows, search_runs, startup_rows

NAME = "window100k"


def run(cfg: Config) -> list[Row]:
    rows = cfg.mid_rows
    found = startup_rows(cfg, rows, "i3.")[:1]
    found += search_rows(search_runs(cfg, rows, None), rows, "i3.")
    return found
