"""The measuring instruments shared by the app probes and the baselines (Qt side).

Both sides of a comparison load this same module and use the same instrument, so the
instrument's own cost cancels out:

- :class:`ReadyWatch`: "ready" is the first paint of a watched widget (the label, or the Dial
  button), after which any named gate (the app's after-first-paint work) is open; the time is
  taken once that paint's whole flush has finished (a zero timer queued from the paint), with
  the CPU time the process has used by then (less disturbed by other jobs than wall time).
- :func:`after_import`: lets a probe wrap the app's methods at the moment the program imports
  the app, so the probe changes nothing about when the app's modules load.
- :class:`DialDriver`: presses Enter in a line edit and stops the clock when the widgets that
  show the result have painted after the result arrived.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def emit(**data: Any) -> None:
    """The one result line the runner reads."""
    print("BENCH " + json.dumps(data), flush=True)


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


class _AfterImport(importlib.abc.MetaPathFinder):
    """Calls ``callback(module)`` right after ``name`` is imported, wherever that happens."""

    def __init__(self, name: str, callback: Callable[[ModuleType], None]) -> None:
        self._name = name
        self._callback = callback

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self._name:
            return None
        sys.meta_path.remove(self)  # once; and the lookup below must not find us again
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_then_call_back(module: ModuleType) -> None:
            exec_module(module)
            self._callback(module)

        spec.loader.exec_module = exec_then_call_back  # type: ignore[method-assign]
        return spec


def after_import(name: str, callback: Callable[[ModuleType], None]) -> None:
    """Run ``callback(module)`` once ``name`` has been imported by the program itself, so that a
    probe can wrap the app's methods without importing the app earlier than it would."""
    sys.meta_path.insert(0, _AfterImport(name, callback))


def quit_soon() -> None:
    QTimer.singleShot(0, QCoreApplication.quit)


class ReadyWatch(QObject):
    """Reports ``ready`` (a monotonic stamp), then ``hold_s`` later the RSS, then quits."""

    def __init__(self, hold_s: float = 0.0, extra: Callable[[], dict[str, Any]] | None = None):
        super().__init__()
        self._hold_ms = round(hold_s * 1000)
        self._extra = extra
        self._gates: set[str] = set()
        self._painted = False
        self._painted_at: float | None = None
        self._ready_at: float | None = None
        self._ready_cpu: float | None = None

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def close_gate(self, name: str) -> None:
        self._gates.add(name)

    def open_gate(self, name: str) -> None:
        self._gates.discard(name)
        self._check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._on_flushed)  # runs once this paint's flush is over
        return False

    def _on_flushed(self) -> None:
        self._painted_at = time.monotonic()
        self._check()

    def _check(self) -> None:
        if self._painted and not self._gates and self._ready_at is None:
            self._ready_at = time.monotonic()
            self._ready_cpu = time.process_time()  # all threads: steadier than wall time
            QTimer.singleShot(self._hold_ms, self._finish)

    def _finish(self) -> None:
        data: dict[str, Any] = {
            "ready": self._ready_at,
            "painted": self._painted_at,
            "ready_cpu_ms": (self._ready_cpu or 0.0) * 1000,
        }
        if self._hold_ms:
            data["rss_kb"] = rss_kb()
        if self._extra is not None:
            data.update(self._extra())
        emit(**data)
        quit_soon()


class DialDriver(QObject):
    """Dials ``warmup + count`` times by pressing Enter in ``edit``; reports the last ``count``.

    The program under test calls :meth:`result_arrived` from the same GUI-thread slot that
    displays the answer, right after displaying it (two separate queued connections would
    race: the repaint could run between them and go unseen). A sample runs from just before
    the Enter key event is sent to the end of the first paint flush of a ``shown_in`` widget
    after that call.
    """

    def __init__(
        self,
        edit: QWidget,
        shown_in: Iterable[QWidget],
        prepare: Callable[[], None],
        *,
        count: int,
        warmup: int = 10,
        gap_ms: int = 2,
    ) -> None:
        super().__init__()
        self._edit = edit
        self._prepare = prepare
        self._count = count
        self._warmup = warmup
        self._gap_ms = gap_ms
        self._samples: list[float] = []
        self._started = 0.0
        self._arrived = False
        self._ending = False
        for widget in shown_in:
            widget.installEventFilter(self)
        #: more data for the result line (a probe's stage stamps)
        self.extra: Callable[[], dict[str, Any]] | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self.fail("no result shown within 10 s"))

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    @property
    def measuring(self) -> bool:
        """True once the warm-up dials are over (the dial in progress is a sample)."""
        return len(self._samples) >= self._warmup

    def result_arrived(self, *_args: object) -> None:
        self._arrived = True

    def fail(self, why: str) -> None:
        emit(error=why)
        quit_soon()

    def _next(self) -> None:
        if len(self._samples) >= self._warmup + self._count:
            more = self.extra() if self.extra is not None else {}
            emit(samples_ms=self._samples[self._warmup :], **more)
            quit_soon()
            return
        self._prepare()
        QTimer.singleShot(self._gap_ms, self._press)  # the form's own repaint happens first

    def _press(self) -> None:
        self._arrived = self._ending = False
        self._watchdog.start(10_000)
        self._started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            QCoreApplication.sendEvent(self._edit, event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._arrived and not self._ending and event.type() == QEvent.Type.Paint:
            self._ending = True
            QTimer.singleShot(0, self._end)
        return False

    def _end(self) -> None:
        self._samples.append((time.perf_counter() - self._started) * 1000)
        self._watchdog.stop()
        QTimer.singleShot(self._gap_ms, self._next)
