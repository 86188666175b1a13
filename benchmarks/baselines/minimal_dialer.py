"""Baseline for the dial: the smallest correct program.

A bare window with a line edit and a label. Enter posts the same agentbox request as the app,
through a warm httpx client owned by a worker thread, and the label shows the answer.
Usage: ``minimal_dialer.py --url BASE --dials N`` (measured by the same DialDriver as the app).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from urllib.parse import quote, urlencode  # noqa: E402

import httpx  # noqa: E402
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget  # noqa: E402

from benchmarks.common import AGENT, CUSTOMER_ID, CUSTOMER_NAME, PHONE_TYPED, SERVER, TOKEN  # noqa: E402
from benchmarks.harness import DialDriver  # noqa: E402


class Poster(QObject):
    """Lives on the worker thread; owns the one long-lived client."""

    answered = Signal(str)

    def __init__(self, base: str) -> None:
        super().__init__()
        self._base = base
        self._client: httpx.Client | None = None

    @Slot(str)
    def post(self, phone: str) -> None:
        if self._client is None:
            self._client = httpx.Client(trust_env=False)
        digits = "9" + "".join(ch for ch in phone if ch.isdigit())
        params = {
            "agent_id": AGENT,
            "api": "dial",
            "customer_phone": digits,
            "customer_id": CUSTOMER_ID,
            "customer_name": CUSTOMER_NAME,
        }
        url = f"{self._base}/api/v2/agentbox.php?{urlencode(params, quote_via=quote)}"
        try:
            response = self._client.post(
                url, headers={"wolkvox-token": TOKEN, "wolkvox_server": SERVER}
            )
            body = response.json()
            self.answered.emit(f"{body['msg']} - {body['data'].get('conn_id', '')}")
        except Exception as exc:  # errors are shown, like the app does
            self.answered.emit(f"failed: {exc!r}")

    @Slot()
    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class Window(QWidget):
    requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.edit = QLineEdit(self)
        self.label = QLabel(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.label)
        self.edit.returnPressed.connect(lambda: self.requested.emit(self.edit.text()))


if __name__ == "__main__":
    base = sys.argv[sys.argv.index("--url") + 1]
    count = int(sys.argv[sys.argv.index("--dials") + 1])
    app = QApplication(sys.argv[:1])
    window = Window()
    thread = QThread()
    poster = Poster(base)
    poster.moveToThread(thread)
    window.requested.connect(poster.post)
    thread.start()
    driver = DialDriver(
        window.edit, [window.label], lambda: window.edit.setText(PHONE_TYPED), count=count
    )

    def show_answer(text: str) -> None:
        # One slot: two queued connections would race the label's repaint against the
        # driver's "result arrived" mark (the app's worker emits one signal, too).
        window.label.setText(text)
        if text.startswith("failed:"):
            driver.fail(text)  # a measurement of failures would be meaningless
        else:
            driver.result_arrived()

    poster.answered.connect(show_answer)
    window.show()
    QTimer.singleShot(200, driver.start)
    code = app.exec()
    QTimer.singleShot(0, poster.close)
    thread.quit()
    thread.wait()
    sys.exit(code)
