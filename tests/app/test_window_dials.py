"""The real window, controller, worker thread and history, driven by the keyboard (pytest-qt)
against the simulator over loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import desk_context, open_desk
from wolkvox_desk.app import DeskApp, Mode


@pytest.fixture
def desk(qtbot, simulator):
    app = open_desk(qtbot, desk_context(simulator.base_url))
    yield app
    app.shutdown()


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest.keyClicks only handles ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _idle(desk: DeskApp) -> bool:
    return not desk.controller.busy


def test_keyboard_dial_sends_exactly_one_request_with_the_right_query(qtbot, desk, simulator):
    w = desk.window
    w.activateWindow()
    qtbot.waitUntil(lambda: w.phone_edit().hasFocus())  # focus starts in the phone field
    qtbot.keyClicks(w.phone_edit(), "+57 (300) 123-4567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Tab)
    type_text(w.name_edit(), "José & Hijos #2")
    qtbot.keyClicks(w.customer_id_edit(), "1.032")
    qtbot.keyClick(w.customer_id_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(simulator.records()) == 1 and _idle(desk))
    (rec,) = simulator.records()
    assert rec.raw_query == (
        "agent_id=1001&api=dial&customer_phone=9573001234567&customer_id=1032"
        "&customer_name=Jos%C3%A9%20%26%20Hijos%20%232"
    )
    assert rec.status == 200
    rows = desk.history_store.search("3001234567")
    assert len(rows) == 1 and rows[0].conn_id and rows[0].conn_id in w.outcome_text()


def _press_return(widget, *, autorepeat: bool) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", autorepeat)
        QApplication.sendEvent(widget, event)


def test_held_enter_and_double_clicks_during_a_slow_answer_make_one_request(qtbot, desk, simulator):
    simulator.set_latency(500)
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "3001234567")
    _press_return(w.phone_edit(), autorepeat=False)
    for _ in range(10):  # a held key repeats
        _press_return(w.phone_edit(), autorepeat=True)
    qtbot.mouseDClick(w.dial_button(), Qt.MouseButton.LeftButton)
    w.dial_button().click()
    _press_return(w.phone_edit(), autorepeat=False)  # a fresh press while busy, too
    qtbot.waitUntil(lambda: _idle(desk), timeout=5000)
    assert len(simulator.records()) == 1


FAULTS = [
    ("invalid_token", "Open Settings to enter a new one", "refused"),
    ("quota", "quota", "refused"),
    ("maintenance", "maintenance", "refused"),
    ("missing_params", "required value", "refused"),
    ("rejected", "did not place the call", "refused"),
    ("html_502", "web error page", "bad_answer"),
    ("broken_json", "broken", "bad_answer"),
    ("empty", "empty", "bad_answer"),
    ("reset", "MAY have been placed", "network"),
]


@pytest.mark.parametrize(("fault", "words", "outcome"), FAULTS)
def test_each_failure_shows_its_message_and_writes_history(
    qtbot, desk, simulator, fault, words, outcome
):
    simulator.inject(fault)
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(simulator.records()) == 1 and _idle(desk))
    qtbot.waitUntil(lambda: words in w.outcome_text())
    (row,) = desk.history_store.search("")
    assert str(row.outcome) == outcome
    qtbot.waitUntil(lambda: desk.history_model.rowCount() == 1)  # shown after the outcome


def test_invalid_phone_shows_the_error_and_sends_nothing(qtbot, desk, simulator):
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "300-ABC-1234")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.wait(50)
    assert simulator.records() == []
    assert desk.history_store.search("") == []


def test_the_history_list_is_built_after_dial_is_ready(qtbot, desk):
    """after_first_paint makes Dial usable (requests, the store); the list follows."""
    fresh = DeskApp(Mode(ctx=desk.ctx, isolated=True))
    qtbot.addWidget(fresh.window)
    try:
        fresh.after_first_paint()
        assert fresh.requests is not None and fresh.history_store is not None
        assert fresh.history_panel is None and fresh.window.history_panel() is None
        qtbot.waitUntil(lambda: fresh.history_panel is not None)
        assert fresh.window.history_panel() is fresh.history_panel
        assert fresh.history_panel.isVisibleTo(fresh.window)
    finally:
        fresh.shutdown()


class _FullDisk:
    """A history store whose writes fail, as on a full disk."""

    def add(self, record):
        from wolkvox_desk.core.errors import HistoryUnavailableError

        raise HistoryUnavailableError("io", "disk full")


def test_a_row_that_cannot_be_saved_is_said_without_hiding_the_outcome(qtbot, desk, simulator):
    desk.controller.set_history(_FullDisk())
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(simulator.records()) == 1 and _idle(desk))
    assert w.outcome_text().startswith("Dial sent") and "Call ID" in w.outcome_text()
    assert w.header().status_text().startswith("This call could not be saved to history")


def test_the_tray_lists_a_dialled_number_soon_after_not_during_the_answer(qtbot, desk):
    qtbot.waitUntil(lambda: desk.tray is not None)
    recent = desk.tray.recent_menu()
    desk.window.fill_form("+57 300 123 4567", "", "")
    desk.window.dial_button().click()
    with qtbot.waitSignal(desk.controller.record_added, timeout=5000):
        pass
    # Not refreshed while the answer is shown: the query waits for the refresh timer...
    assert [a.text() for a in recent.actions()] != ["+57 300 123 4567"]
    # ...and then the number is there, without the menu being opened.
    qtbot.waitUntil(lambda: [a.text() for a in recent.actions()] == ["+57 300 123 4567"])


def test_opening_the_tray_menu_refreshes_its_recent_numbers_at_once(qtbot, desk):
    from wolkvox_desk.core.models import CallRecord, Outcome

    qtbot.waitUntil(lambda: desk.tray is not None)
    desk.history_store.add(
        CallRecord(
            started_at=1.0, phone_typed="601 555 0101", phone_sent="96015550101", outcome=Outcome.OK
        )
    )
    desk.tray.menu().aboutToShow.emit()
    assert [a.text() for a in desk.tray.recent_menu().actions()] == ["601 555 0101"]
