"""The whole window by keyboard alone, from launch, against the simulator: Tab order, typing a
number, dialling with Enter, the outcome, the call panel, history (Ctrl+F, Enter fills the
form), Esc, the agent status menu and Settings (Ctrl+, then Esc). No mouse event is sent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.a11y.focus import (
    MouseSpy,
    Robot,
    focused,
    press,
    tab,
    tab_cycle,
    tab_stops,
    type_text,
)
from tests.a11y.walk import name_of, spoken
from wolkvox_desk.ui import a11y
from wolkvox_desk.ui.settings_dialog import SettingsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
FORM = ["Phone number", "Customer name", "Customer ID", "Dial"]
HISTORY = ["Search call history", "Which calls to show", "History actions", "Call history"]
HEADER = ["Settings", "Agent status"]
IDLE_ORDER = FORM + HISTORY + HEADER
CALL_PANEL = ["Call", "Close the call panel", "Hang up", "Hold", "Mute", "Transfer…"]
IN_CALL_ORDER = FORM + ["Copy call ID"] + CALL_PANEL + HISTORY + HEADER


@pytest.fixture
def no_mouse(qapp) -> Iterator[MouseSpy]:
    spy = MouseSpy()
    qapp.installEventFilter(spy)
    yield spy
    qapp.removeEventFilter(spy)
    assert spy.count == 0, "the keyboard walk used the mouse"


def names(widgets: list[QWidget]) -> list[str]:
    return [name_of(w) for w in widgets]


def assert_focus_on_screen(widget: QWidget) -> None:
    """The focused widget is shown, not scrolled out of sight or hidden."""
    assert widget.isVisible(), spoken(widget)
    assert not widget.visibleRegion().isEmpty(), f"{spoken(widget)[0]} is scrolled away"


def wait_for_modal(kind: type) -> QWidget | None:
    widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


def test_the_whole_window_by_keyboard_alone(qtbot, desk, simulator, no_mouse):
    w = desk.window
    w.activateWindow()
    announced: list[str] = []
    # 1. launch: the focus is in the phone field; Tab and Shift+Tab go round in reading order
    qtbot.waitUntil(lambda: focused() is w.phone_edit())
    stops = tab_cycle()
    assert names(stops) == IDLE_ORDER
    for widget in stops:
        assert_focus_on_screen(widget)
    assert focused() is w.phone_edit()
    assert names(tab_cycle(backwards=True)) == [IDLE_ORDER[0], *reversed(IDLE_ORDER[1:])]

    # 2. type the number, the name and the ID; Enter dials against the simulator
    type_text("+57 (300) 123-4567")
    assert w.preview_text() == "Will send 9573001234567"
    tab()
    type_text("José Pérez")
    tab()
    type_text("1.032")
    with a11y.listen(lambda _widget, text: announced.append(text)):
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Dial sent" in w.outcome_text() and not desk.controller.busy)
    (record,) = simulator.records()
    assert record.params["customer_phone"] == "9573001234567"
    assert record.params["customer_id"] == "1032"
    # 3. the outcome is shown and read out; its copy button and the call panel join the order
    assert any("Dial sent" in words for words in announced)
    qtbot.waitUntil(lambda: w.call_panel().is_active() and w.call_panel().isVisible())
    w.phone_edit().setFocus(Qt.FocusReason.TabFocusReason)
    assert tab_stops(len(IN_CALL_ORDER) + 1) == [*IN_CALL_ORDER, "Phone number"]
    while name_of(focused()) != "Copy call ID":
        tab()
    press(Qt.Key.Key_Space)
    conn_id = w.outcome_panel().conn_id()
    assert conn_id and QGuiApplication.clipboard().text() == conn_id

    # 4. Ctrl+T: digits are tones for the call; Tab to Hang up, Space hangs up
    press(Qt.Key.Key_T, CTRL)
    assert focused() is w.call_panel()
    type_text("5")
    qtbot.waitUntil(lambda: simulator.records()[-1].params.get("api") == "dtmf")
    while name_of(focused()) != "Hang up":
        tab()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.call_panel().is_active())
    assert [r.params["api"] for r in simulator.records()] == ["dial", "dtmf", "hang"]

    # 5. Esc clears the form; Ctrl+F reaches history; Enter on a call fills the form again
    w.phone_edit().setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Escape)
    assert w.form_values() == ("", "", "")
    press(Qt.Key.Key_F, CTRL)
    assert name_of(focused()) == "Search call history"
    type_text("300")
    qtbot.waitUntil(lambda: desk.history_model.rowCount() == 1)
    while name_of(focused()) != "Call history":
        tab()
    assert_focus_on_screen(focused())
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Return)
    assert w.form_values() == ("+57 (300) 123-4567", "José Pérez", "1032")
    assert focused() is w.phone_edit()  # ready to press Enter again

    # 6. the agent status menu: Shift+Tab to it, Space opens it, arrows and Enter pick Ready
    while focused() is not w.agent_status_button():
        tab(backwards=True)
    menu_seen: list[str] = []

    def pick_ready() -> bool:
        menu = wait_for_modal(QMenu)
        if menu is None:
            return False
        menu_seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        for _ in menu.actions():
            active = menu.activeAction()
            if active is not None and active.text() == "Ready":
                break
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
        return True

    robot = Robot([pick_ready])
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(robot.done)
    assert robot.error is None, robot.error
    assert menu_seen[0] == "Ready" and "Logout" in menu_seen
    qtbot.waitUntil(lambda: w.agent_status_button().text() == "Ready")
    assert simulator.records()[-1].params["api"] == "change_status"

    # 7. Ctrl+, opens Settings with the focus in its first field; Tab walks it; Esc closes it
    w.activateWindow()  # offscreen may not hand the window its focus back when a menu closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert w.isAncestorOf(focused())
    w.phone_edit().setFocus(Qt.FocusReason.TabFocusReason)
    seen: dict[str, object] = {}

    def walk_settings() -> bool:
        dialog = wait_for_modal(SettingsDialog)
        if dialog is None or not dialog.isAncestorOf(QApplication.focusWidget()):
            return False  # not shown, or not active yet
        seen["first"] = name_of(focused())
        seen["stops"] = names(tab_cycle())
        press(Qt.Key.Key_Escape)
        return True

    robot = Robot([walk_settings])
    press(Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(robot.done, timeout=10000)
    assert robot.error is None, robot.error
    assert seen["first"] == "Server code"
    stops = seen["stops"]
    assert isinstance(stops, list)
    assert stops[:3] == ["Server code", "Agent extension", "API token"]
    assert stops[-2:] == ["OK", "Cancel"]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # back where the agent was (the window's focus child; offscreen does not re-activate it)
    assert w.focusWidget() is w.phone_edit()
    assert len(simulator.records()) == 4  # dial, tone, hang up, status: nothing else was sent
