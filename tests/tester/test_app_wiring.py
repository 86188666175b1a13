"""The window's entry point: Tools > Test extensions… opens the tester on the app's own gate,
history and settings."""

from __future__ import annotations

import pytest

from tests.conftest import desk_context, open_desk


@pytest.fixture
def desk(qtbot, office):
    app = open_desk(qtbot, desk_context(office.base_url))
    yield app
    app.shutdown()


def test_the_tools_menu_opens_the_tester_and_its_rows_are_test_history(qtbot, desk, office):
    action = desk.window.findChild(type(desk.window.diagnostics_action()), "extensionTesterAction")
    assert action is not None and "Test extensions" in action.text()
    action.trigger()
    dialog = desk._tester_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.extensions.setPlainText("1003-1004")
    dialog.phone.setText("+57 300 123 4567")
    with qtbot.waitSignal(desk.tester.run_finished, timeout=10_000):
        dialog.start_button.click()
    assert [r.params["customer_phone"] for r in office.records()] == ["9573001234567"] * 2
    assert dialog.summary.text() == "1 of 2 answered OK; 1 refused: 1004."
    rows = desk.history_store.search("", limit=10)
    assert sorted((r.agent_id, r.is_test) for r in rows) == [("1003", True), ("1004", True)]
    action.trigger()  # a second time: the same window, raised
    assert desk._tester_dialog is dialog
