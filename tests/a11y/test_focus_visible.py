"""The focus is always visible: every Tab stop of the window and the settings dialog looks
different with the focus than without it (custom-painted ones draw their own ring)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y.focus import focused, tab, tab_cycle
from tests.a11y.walk import describe


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _unfocused(widget: QWidget, elsewhere: QWidget) -> QImage:
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    assert not widget.hasFocus()
    return _image(widget)


def _without_ring(stops: list[QWidget]) -> list[str]:
    """Stops that draw the same focused as unfocused (focus reached by Tab, as a person would)."""
    problems = []
    for index, widget in enumerate(stops):
        while focused() is not widget:
            tab()
        with_focus = _image(widget)
        without = _unfocused(widget, stops[index - 1])
        if with_focus == without:
            problems.append(describe(widget))
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    return problems


def test_every_tab_stop_of_the_main_window_shows_its_focus(qtbot, desk):
    w = desk.window
    w.fill_form("3001234567", "Ana", "1032")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.phone_edit().hasFocus())
    stops = tab_cycle()
    assert w.dial_button() in stops and len(stops) >= 10
    assert _without_ring(stops) == []


def test_the_dial_button_draws_its_own_ring_when_busy_and_when_ready(qtbot, desk):
    w = desk.window
    w.activateWindow()
    qtbot.waitUntil(lambda: w.phone_edit().hasFocus())
    dial = w.dial_button()
    for busy in (False, True):
        w.set_busy(busy)
        qtbot.waitUntil(lambda b=busy: w.progress_bar().isVisible() == b)
        while focused() is not dial:
            tab()
        ring = _image(dial)
        assert ring != _unfocused(dial, w.phone_edit()), f"busy={busy}"
    w.set_busy(False)


def test_every_tab_stop_of_the_settings_dialog_shows_its_focus(qtbot, settings_dialog):
    settings_dialog.show()
    settings_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    stops = tab_cycle()
    assert len(stops) >= 10
    # The default button (OK) wears the style's highlight whether or not it has the focus:
    # Enter presses it from every field, so reaching it by Tab changes nothing it would do.
    ok = settings_dialog.ok_button()
    assert ok.isDefault()
    assert _without_ring([s for s in stops if s is not ok]) == []


def test_the_check_catches_a_control_that_hides_its_focus(qtbot):
    # guard: a focusable widget that paints nothing looks the same focused or not
    root = QWidget()
    qtbot.addWidget(root)
    blank, other = QWidget(root), QWidget(root)
    for widget in (blank, other):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.setFixedSize(40, 20)
    other.move(0, 30)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    blank.setFocus(Qt.FocusReason.TabFocusReason)
    assert _without_ring([blank, other]) == [describe(blank), describe(other)]
