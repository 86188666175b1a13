"""Baseline for start-up and idle memory: a bare PySide6 window that paints one label.

Usage: ``bare_window.py [--hold SECONDS]`` (same instrument and options as app_ready.py).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from benchmarks.harness import ReadyWatch  # noqa: E402

if __name__ == "__main__":
    hold = float(sys.argv[sys.argv.index("--hold") + 1]) if "--hold" in sys.argv else 0.0
    app = QApplication(sys.argv[:1])
    label = QLabel("wolkvox desk")
    watch = ReadyWatch(hold)
    watch.watch(label)
    label.show()
    sys.exit(app.exec())
