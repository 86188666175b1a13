"""Start the real window (``wolkvox-desk`` with no arguments, through ``cli.main``); report ready.

Ready means: the Dial button has painted, and ``DeskApp.after_first_paint`` has returned (the
request thread, the history store and its model's first page: Dial is usable, and a dial's
row is written and listed). The history *list* widget and the tray are built right after, at
low priority, and are not waited for. Two DeskApp methods are wrapped to see this; the app's
own code runs untouched, in its own order: the wrapping happens when ``cli.main`` imports
``wolkvox_desk.app`` (an import hook), exactly where the installed ``wolkvox-desk`` imports
it, not before.

Usage: ``app_ready.py [--hold SECONDS]``: with ``--hold``, VmRSS is read that long after ready.
The environment chooses the home (``WOLKVOX_DESK_HOME``) and so the history it opens.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from typing import Any  # noqa: E402

from benchmarks.harness import ReadyWatch, after_import  # noqa: E402
from wolkvox_desk.cli import main  # noqa: E402


def install(hold_s: float, app: Any) -> None:
    DeskApp = app.DeskApp  # noqa: N806 (the class, as the app names it)
    desks: list[Any] = []

    def extra() -> dict[str, Any]:
        model = desks[0].history_model
        return {"rows_loaded": model.rowCount(), "can_fetch_more": model.canFetchMore()}

    watch = ReadyWatch(hold_s, extra)
    watch.close_gate("after_first_paint")
    show, after_first_paint = DeskApp.show, DeskApp.after_first_paint

    def watched_show(self: Any, *, minimized: bool = False) -> None:
        desks.append(self)
        watch.watch(self.window.dial_button())
        show(self, minimized=minimized)

    def watched_after_first_paint(self: Any) -> None:
        after_first_paint(self)
        watch.open_gate("after_first_paint")

    DeskApp.show = watched_show
    DeskApp.after_first_paint = watched_after_first_paint


if __name__ == "__main__":
    hold = float(sys.argv[sys.argv.index("--hold") + 1]) if "--hold" in sys.argv else 0.0
    after_import("wolkvox_desk.app", lambda app: install(hold, app))
    sys.exit(main([]))
