"""Baseline for ``--self-test``: the smallest program that does the same job.

A bare window, a stdlib stand-in server on a thread, one httpx POST from a worker thread,
one SQLite row, one JSON line, exit 0. Standalone on purpose: it imports nothing of ours, so
its start-up is what the job costs with these libraries.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel

TOKEN = "self-test-token-000000000000"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        ok = self.headers.get("wolkvox-token") == TOKEN
        body = json.dumps(
            {
                "code": "200" if ok else "403",
                "error": None,
                "msg": "Dial has been successful" if ok else "PLEASE VALIDATE TOKEN",
                "data": {"conn_id": "1.2.3.4"},
            }
        ).encode()
        self.send_response(200 if ok else 403)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class Poster(QObject):
    answered = Signal(object)

    @Slot(str)
    def post(self, url: str) -> None:
        try:
            with httpx.Client(trust_env=False) as client:
                response = client.post(url, headers={"wolkvox-token": TOKEN})
            self.answered.emit(response.json())
        except Exception as exc:
            self.answered.emit({"error": repr(exc)})


class Main(QObject):
    requested = Signal(str)

    def __init__(self, base: str, folder: Path) -> None:
        super().__init__()
        self.base, self.folder, self.ok = base, folder, False
        self.label = QLabel("self-test")

    @Slot(object)
    def on_answered(self, answer: dict[str, object]) -> None:
        conn_id = (answer.get("data") or {}).get("conn_id", "")  # type: ignore[union-attr]
        db = sqlite3.connect(self.folder / "history.sqlite3")
        with db:
            db.execute("CREATE TABLE IF NOT EXISTS calls (started REAL, phone TEXT, conn TEXT)")
            db.execute("INSERT INTO calls VALUES (?, ?, ?)", (time.time(), "3001234567", conn_id))
        rows = db.execute("SELECT count(*) FROM calls WHERE conn = ?", (conn_id,)).fetchone()[0]
        db.close()
        self.label.setText(str(answer.get("msg")))
        self.ok = bool(conn_id) and rows == 1
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/api/v2/agentbox.php?api=dial"
    with tempfile.TemporaryDirectory() as folder:
        thread, poster = QThread(), Poster()
        poster.moveToThread(thread)
        main = Main(base, Path(folder))
        main.requested.connect(poster.post)
        poster.answered.connect(main.on_answered)
        thread.start()
        main.label.show()
        QTimer.singleShot(0, lambda: main.requested.emit(base))
        QTimer.singleShot(30_000, app.quit)
        app.exec()
        thread.quit()
        thread.wait()
    server.shutdown()
    server.server_close()
    print(json.dumps({"self_test": "pass" if main.ok else "fail"}), flush=True)
    return 0 if main.ok else 1


if __name__ == "__main__":
    sys.exit(main())
