"""A child process for the crash test: the real window presses Dial N times in a row.

Run as ``python -m tests.hardening.burst_child N`` with WOLKVOX_DESK_HOME, WOLKVOX_TOKEN and
WOLKVOX_DESK_API_BASE set (the parent runs the simulator). Each time the window has shown a
dial's result, the shown call id is printed and flushed at once (``OK <conn_id>``, or
``FAIL <kind>``), then the next dial is pressed. The parent SIGKILLs it part way.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wolkvox_desk.app import DeskApp, Mode  # noqa: E402
from wolkvox_desk.context import AppContext  # noqa: E402


def main(total: int) -> int:
    qapp = QApplication(sys.argv[:1])
    ctx = AppContext.from_env()
    ctx.paths.ensure()
    desk = DeskApp(Mode(ctx=ctx, isolated=True))
    pressed = 0

    def press() -> None:
        nonlocal pressed
        if desk.history_store is None:  # started after the first paint
            QTimer.singleShot(1, press)
            return
        if pressed >= total:
            print("DONE", flush=True)
            qapp.quit()
            return
        pressed += 1
        desk.window.fill_form(f"300{pressed:07d}", "Burst Customer", str(pressed))
        desk.window.dial_button().click()

    def shown_ok(request: object, result: object) -> None:
        # Connected after DeskApp's own slot: the window already shows this call id.
        print("OK", desk.window.outcome_panel().conn_id(), flush=True)
        QTimer.singleShot(0, press)

    def shown_failure(request: object, error: object, words: object) -> None:
        print("FAIL", getattr(error, "kind", type(error).__name__), flush=True)
        QTimer.singleShot(0, press)

    desk.controller.dial_succeeded.connect(shown_ok)
    desk.controller.dial_failed.connect(shown_failure)
    desk.show()
    QTimer.singleShot(0, press)
    try:
        return int(qapp.exec())
    finally:
        desk.shutdown()


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
