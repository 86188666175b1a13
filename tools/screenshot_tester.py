"""Screenshot of the extension tester after a finished run with mixed results.

Builds the tester window against an in-process simulator (some extensions unknown to it, so
they are refused; one request gets a dropped connection), runs 10 extensions, waits for the
summary and saves ``widget.grab()``.

Usage: [LANG=es_CO.UTF-8] xvfb-run -a .venv/bin/python tools/screenshot_tester.py [OUT.png]
(default docs/screenshots/extension-tester.png; falls back to the offscreen platform).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402, TID251 (a tool builds a window)

from wolkvox_desk import translations  # noqa: E402
from wolkvox_desk.core.models import Account, DialPlan  # noqa: E402
from wolkvox_desk.qt.extension_tester import ExtensionTesterController  # noqa: E402
from wolkvox_desk.services.agentbox import AgentboxClient  # noqa: E402
from wolkvox_desk.services.gate import TokenGate  # noqa: E402
from wolkvox_desk.simulator import Simulator  # noqa: E402
from wolkvox_desk.ui.extension_tester import ExtensionTesterDialog  # noqa: E402

TOKEN = "screenshot-token"
KNOWN = [str(n) for n in range(1001, 1011) if n not in (1004, 1009)]


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication([])
    translations.install("")  # the system's language: LANG=es_CO.UTF-8 gives Spanish
    sim = Simulator(tokens=(TOKEN,), latency_ms=40, agents=KNOWN)
    sim.start()
    gate = TokenGate(Path(tempfile.mkdtemp(prefix="tester-shot-")))
    controller = ExtensionTesterController(
        make_client=lambda: AgentboxClient(api_base=sim.base_url, gate=gate),
        account=lambda: Account("0042", TOKEN),
        dial_plan=lambda: DialPlan(prefix="9"),
    )
    dialog = ExtensionTesterDialog(controller)
    dialog.extensions.setPlainText("1001-1010")
    dialog.phone.setText("+57 300 123 4567")
    dialog.show()

    def on_row(row: int) -> None:
        if row == 5:  # one request loses its connection: a "Network" row in the mix
            sim.inject("reset")

    def on_done(_report: object) -> None:
        QTimer.singleShot(300, app.quit)

    dialog.row_shown.connect(on_row)
    controller.run_finished.connect(on_done)
    controller.run_stopped.connect(on_done)
    QTimer.singleShot(300, dialog.start_button.click)
    QTimer.singleShot(20000, app.quit)  # never hang a build
    app.exec()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = dialog.grab().save(str(out))
    controller.shutdown()
    sim.stop()
    print(f"saved {out}" if ok else f"could not save {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1])
            if len(sys.argv) > 1
            else ROOT / "docs/screenshots/extension-tester.png"
        )
    )
