"""Keyboard helpers for the a11y tests: key presses go to whatever has the focus, the way a
real keyboard's do, and a robot answers modal dialogs and menus from inside their own loops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y.walk import name_of, spoken

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Press and release ``key`` where a keyboard's would go: an open menu, else the focus."""
    QTest.keyClick(QApplication.activePopupWidget() or focused(), key, modifier)


def type_text(text: str) -> None:
    """Type any Unicode text into the focused widget (QTest.keyClicks only handles ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, char)
            QApplication.sendEvent(focused(), event)


def tab(backwards: bool = False) -> QWidget:
    if backwards:
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        press(Qt.Key.Key_Tab)
    return focused()


def tab_stops(count: int, *, backwards: bool = False) -> list[str]:
    """The spoken names of the focus and the next ``count - 1`` Tab (or Shift+Tab) stops."""
    names = [name_of(focused())]
    for _ in range(count - 1):
        names.append(name_of(tab(backwards)))
    return names


def tab_cycle(*, backwards: bool = False, limit: int = 60) -> list[QWidget]:
    """Tab from the focus until it comes back; every stop once, starting with the focus."""
    start = focused()
    stops = [start]
    for _ in range(limit):
        widget = tab(backwards)
        if widget is start:
            return stops
        stops.append(widget)
    raise AssertionError(f"Tab never came back to {spoken(start)[0]!r}")


class MouseSpy(QObject):
    """Counts mouse button events anywhere in the application: a keyboard walk makes none."""

    KINDS = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    )

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.count += 1
        return False


Step = Callable[[], bool]


class Robot(QObject):
    """Runs ``steps`` one after another from a timer, so they also run inside the nested
    event loop of a modal dialog or menu. A step returns True when done, False to be
    retried on the next tick (waiting for a window to appear)."""

    def __init__(self, steps: list[Step], interval_ms: int = 20) -> None:
        super().__init__()
        self._steps = list(steps)
        self.error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def done(self) -> bool:
        return not self._steps or self.error is not None

    def _on_timer_timeout(self) -> None:
        if self.done():
            self._timer.stop()
            return
        try:
            if self._steps[0]():
                self._steps.pop(0)
        except BaseException as error:  # reported by the test, not lost in the event loop
            self.error = error
            self._timer.stop()
            for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
                if widget is not None:
                    widget.close()  # let the nested loop end so the test can fail
