"""Dial many times through the real window, controller, worker, gate, client and history.

The app is started as ``wolkvox-desk`` (``cli.main``) against the simulator named by
``WOLKVOX_DESK_API_BASE``; once it is ready, :class:`~benchmarks.harness.DialDriver` fills the
form, presses Enter in the phone field and waits until the outcome panel has painted the
answer. Usage: ``app_dial.py --dials N [--stages]``.

With ``--stages`` the run also stamps where each dial's time goes (see :data:`STAGES`). The
stamps wrap plain methods only (never a slot: a wrapped slot would lose its thread), and they
cost a few microseconds each, so figure 2 itself comes from runs without them.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from benchmarks.common import CUSTOMER_ID, CUSTOMER_NAME, PHONE_TYPED  # noqa: E402
from benchmarks.harness import DialDriver  # noqa: E402
from wolkvox_desk.app import DeskApp  # noqa: E402
from wolkvox_desk.cli import main  # noqa: E402
from wolkvox_desk.qt.dial_controller import DialController  # noqa: E402
from wolkvox_desk.qt.worker import RequestThread  # noqa: E402
from wolkvox_desk.services.agentbox import AgentboxClient  # noqa: E402

#: the stages of one dial, in order: (name, stamp it ends at); each starts where the last ends
STAGES = (
    ("Enter to request handed to the worker (validate, busy state)", "handed"),
    ("worker thread wakes up", "client_in"),
    ("client before HTTP (token gate, URL)", "http_in"),
    ("HTTP round trip (httpx, loopback, simulator)", "http_out"),
    ("client after HTTP (read, parse, log, gate)", "client_out"),
    ("answer back on the GUI thread", "record_in"),
    ("history row written (SQLite, committed)", "record_out"),
    ("outcome, call panel and status line updated", "shown"),
    ("history list updated, then layout and paint until flushed", "end"),
)


class StageClock:
    """Stamps of the dial in progress, taken by either thread (a dict store is atomic)."""

    def __init__(self) -> None:
        self.stamps: dict[str, float] = {}
        self.samples: dict[str, list[float]] = {name: [] for name, _ in STAGES}
        self.http_sends = 0  # of the dial in progress

    def wrap(self, owner: Any, method: str, before: str, after: str = "") -> None:
        original: Callable[..., Any] = getattr(owner, method)
        stamps = self.stamps

        def stamped(*args: Any, **kwargs: Any) -> Any:
            stamps.setdefault(before, time.perf_counter())
            try:
                return original(*args, **kwargs)
            finally:
                if after:
                    stamps.setdefault(after, time.perf_counter())

        setattr(owner, method, stamped)

    def press(self) -> None:
        self.stamps.clear()
        self.http_sends = 0
        self.stamps["press"] = time.perf_counter()

    def mark(self, name: str) -> None:
        self.stamps.setdefault(name, time.perf_counter())

    def keep(self) -> None:
        """Add this dial's stages, all or none: a dial that missed a stamp, or that was sent
        twice (a retry: its backoff would count as work), is not a sample."""
        if self.http_sends != 1:
            return
        times = [self.stamps.get("press")] + [self.stamps.get(stamp) for _, stamp in STAGES]
        if any(t is None for t in times):
            return
        stamps = [t for t in times if t is not None]
        for (name, _), before, after in zip(STAGES, stamps, stamps[1:], strict=False):
            self.samples[name].append((after - before) * 1000)


def install_stages() -> StageClock:
    clock = StageClock()
    clock.wrap(RequestThread, "send", "handed")
    clock.wrap(AgentboxClient, "call", "client_in", "client_out")
    clock.wrap(httpx.Client, "send", "http_in", "http_out")
    send = httpx.Client.send

    def counted_send(client: httpx.Client, *args: Any, **kwargs: Any) -> Any:
        clock.http_sends += 1
        return send(client, *args, **kwargs)

    httpx.Client.send = counted_send  # type: ignore[method-assign]
    clock.wrap(DialController, "_record", "record_in", "record_out")
    press, end = DialDriver._press, DialDriver._end

    def stamped_press(driver: DialDriver) -> None:
        clock.press()
        press(driver)

    def stamped_end(driver: DialDriver) -> None:
        clock.mark("end")
        if driver.measuring:  # the warm-up dials are left out, as in the figure
            clock.keep()
        end(driver)

    DialDriver._press = stamped_press  # type: ignore[method-assign]
    DialDriver._end = stamped_end  # type: ignore[method-assign]
    return clock


def install(count: int, clock: StageClock | None) -> None:
    after_first_paint = DeskApp.after_first_paint
    drivers: list[DialDriver] = []

    def watched_after_first_paint(self: DeskApp) -> None:
        after_first_paint(self)
        if drivers:
            return
        window = self.window
        panel = window.outcome_panel()
        driver = DialDriver(
            window.phone_edit(),
            [panel, *panel.findChildren(QWidget)],
            lambda: window.fill_form(PHONE_TYPED, CUSTOMER_NAME, CUSTOMER_ID),
            count=count,
        )
        # Connected after the app's own slots, so it runs once the window shows the answer.
        self.controller.dial_succeeded.connect(driver.result_arrived)
        if clock is not None:
            self.controller.dial_succeeded.connect(lambda *_: clock.mark("shown"))
            driver.extra = lambda: {"stages": clock.samples}
        self.controller.dial_failed.connect(lambda _r, _e, words: driver.fail(words.one_line()))
        drivers.append(driver)
        QTimer.singleShot(200, driver.start)  # let start-up work (history, tray) settle

    DeskApp.after_first_paint = watched_after_first_paint  # type: ignore[method-assign]


if __name__ == "__main__":
    stage_clock = install_stages() if "--stages" in sys.argv else None
    install(int(sys.argv[sys.argv.index("--dials") + 1]), stage_clock)
    sys.exit(main([]))
