"""Dial many times through the real window, controller, worker, gate, client and history.

The app is started as ``wolkvox-desk`` (``cli.main``) against the simulator named by
``WOLKVOX_DESK_API_BASE``; once it is ready, :class:`~benchmarks.harness.DialDriver` fills the
form, presses Enter in the phone field and waits until the outcome panel has painted the
answer. Usage: ``app_dial.py --dials N``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from benchmarks.common import CUSTOMER_ID, CUSTOMER_NAME, PHONE_TYPED  # noqa: E402
from benchmarks.harness import DialDriver  # noqa: E402
from wolkvox_desk.app import DeskApp  # noqa: E402
from wolkvox_desk.cli import main  # noqa: E402


def install(count: int) -> None:
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
        self.controller.dial_failed.connect(lambda _r, _e, words: driver.fail(words.one_line()))
        drivers.append(driver)
        QTimer.singleShot(200, driver.start)  # let start-up work (history, tray) settle

    DeskApp.after_first_paint = watched_after_first_paint  # type: ignore[method-assign]


if __name__ == "__main__":
    install(int(sys.argv[sys.argv.index("--dials") + 1]))
    sys.exit(main([]))
