"""The tester window (pytest-qt) against the real simulator: a keyboard-driven run, a Stop in
the middle of a run, the confirmation above 20, input errors, exports and accessibility."""

from __future__ import annotations

import csv
import io
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.conftest import TEST_TOKEN
from tests.tester.conftest import ACCOUNT, dials
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.qt.extension_tester import ExtensionTesterController
from wolkvox_desk.services.history import HistoryStore
from wolkvox_desk.ui.extension_tester import ExtensionTesterDialog

WAIT_MS = 10_000


@pytest.fixture
def history(tmp_path):
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    yield store
    store.close()


@pytest.fixture
def controller(office, clients, history):
    ctl = ExtensionTesterController(
        make_client=clients(office),
        account=lambda: ACCOUNT,
        dial_plan=lambda: DialPlan(prefix="9"),
        server=lambda: "0042",
        record=history.add,
    )
    yield ctl
    ctl.shutdown()


@pytest.fixture
def dialog(qtbot, controller):
    window = ExtensionTesterDialog(controller)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # mnemonics and shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    return window


def fill(qtbot, dialog, extensions: str, phone: str = "3001234567") -> None:
    dialog.extensions.setFocus()
    QTest.keyClicks(dialog.extensions, extensions)
    QTest.keyClick(dialog.extensions, Qt.Key.Key_Tab)  # Tab leaves the list (no tab typed)
    assert dialog.phone.hasFocus()
    QTest.keyClicks(dialog.phone, phone)


def cell(dialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def test_a_keyboard_run_fills_the_table_and_the_summary(qtbot, dialog, controller, office, history):
    fill(qtbot, dialog, "1001-1005, 1009")
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        QTest.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter: the default button, Start

    assert dials(office) == ["1001", "1002", "1003", "1004", "1005", "1009"]
    assert office.max_in_flight(TEST_TOKEN) == 1
    assert dialog.table.rowCount() == 6
    assert [cell(dialog, r, 0) for r in range(6)] == dials(office)
    assert cell(dialog, 0, 1) == "OK" and cell(dialog, 3, 1) == "Refused"
    assert (cell(dialog, 3, 2), cell(dialog, 3, 3)) == ("400", "400")
    assert cell(dialog, 3, 4) == "THE AGENT DOES NOT EXIST"
    assert cell(dialog, 0, 5) == office.agent("1001").call.conn_id
    assert cell(dialog, 0, 6).endswith(" ms")
    # the state is a word AND a colour: OK and Refused do not share one
    ok_colour = dialog.table.item(0, 1).foreground().color()
    refused_colour = dialog.table.item(3, 1).foreground().color()
    assert ok_colour != refused_colour
    assert dialog.summary.isVisible()
    assert dialog.summary.text() == "4 of 6 answered OK; 2 refused: 1004, 1009."
    assert "accepted the dial" in dialog.legend.text()
    assert "not that anyone answered" in dialog.legend.text()
    assert dialog.start_button.isEnabled() and not dialog.stop_button.isEnabled()
    assert dialog.export_csv_button.isEnabled() and dialog.export_json_button.isEnabled()
    rows = history.search("", limit=20)
    assert len(rows) == 6 and all(r.is_test for r in rows)


def test_stop_in_the_middle_of_a_run(qtbot, dialog, controller, office):
    """The first request is held by the simulator; Stop is pressed while it is in flight, so
    it finishes and nothing more is sent."""
    fill(qtbot, dialog, "1001-1010")
    office.pause()
    try:
        with qtbot.waitSignal(controller.run_started, timeout=WAIT_MS):
            dialog.start_button.click()
        assert office.wait_for_in_flight(1, TEST_TOKEN)
        assert dialog.stop_button.isEnabled() and not dialog.start_button.isEnabled()
        assert dialog.focusWidget() is dialog.stop_button  # a run puts the focus on Stop
        QTest.keyClick(dialog.stop_button, Qt.Key.Key_Space)
        assert not dialog.stop_button.isEnabled()
        assert "Stopping" in dialog.status.text()
        with qtbot.waitSignal(controller.run_stopped, timeout=WAIT_MS):
            office.resume()
    finally:
        office.resume()
    assert dials(office) == ["1001"]
    assert dialog.table.rowCount() == 1 and cell(dialog, 0, 1) == "OK"
    assert dialog.summary.text() == "1 of 1 answered OK. Stopped: 9 of 10 not tested."
    assert dialog.start_button.isEnabled()
    assert dialog.isVisible()


def test_escape_stops_a_run_instead_of_closing(qtbot, dialog, controller, office):
    fill(qtbot, dialog, "1001-1003")
    office.pause()
    try:
        dialog.start_button.click()
        assert office.wait_for_in_flight(1, TEST_TOKEN)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        with qtbot.waitSignal(controller.run_stopped, timeout=WAIT_MS):
            office.resume()
    finally:
        office.resume()
    assert dialog.isVisible() and dials(office) == ["1001"]


def test_more_than_20_asks_first(qtbot, dialog, controller, office):
    asked = []
    dialog.confirm = lambda count, phone: asked.append((count, phone)) or False
    fill(qtbot, dialog, "1001-1021", "+57 300 123 4567")
    dialog.start_button.click()
    assert asked == [(21, "9573001234567")]
    assert office.records() == [] and not controller.running

    dialog.confirm = lambda count, phone: True
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        dialog.start_button.click()
    assert len(dials(office)) == 21


def test_twenty_do_not_ask(qtbot, dialog, controller):
    dialog.confirm = lambda count, phone: pytest.fail("asked for 20")
    fill(qtbot, dialog, "1011-1030")
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        dialog.start_button.click()


@pytest.mark.parametrize(
    ("extensions", "phone", "words"),
    [
        ("1010-1001", "3001234567", "runs backwards"),
        ("10x1", "3001234567", "“10x1” is not an extension or a range"),
        ("1001", "call me", "Phone numbers cannot contain letters"),
    ],
)
def test_bad_input_is_shown_and_nothing_is_sent(qtbot, dialog, office, extensions, phone, words):
    fill(qtbot, dialog, extensions, phone)
    dialog.start_button.click()
    assert dialog.input_error.isVisible() and words in dialog.input_error.text()
    assert office.records() == []


def test_hang_after_is_off_by_default_and_sends_hang_ups_when_on(qtbot, dialog, controller, office):
    assert not dialog.hang_after.isChecked() and not dialog.hang_seconds.isEnabled()
    dialog.hang_after.setFocus()
    QTest.keyClick(dialog.hang_after, Qt.Key.Key_Space)
    assert dialog.hang_after.isChecked() and dialog.hang_seconds.isEnabled()
    dialog.hang_seconds.setValue(1)
    fill(qtbot, dialog, "1001")
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        dialog.start_button.click()
    assert [r.params["api"] for r in office.records()] == ["dial", "hang"]


def test_exports(qtbot, dialog, controller, tmp_path):
    fill(qtbot, dialog, "1003, 1004")
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        dialog.start_button.click()
    assert dialog.export_to(str(tmp_path / "out.csv"), "csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [(r["extension"], r["state"]) for r in rows] == [("1003", "ok"), ("1004", "refused")]
    assert dialog.export_to(str(tmp_path / "out.json"), "json")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["summary"]["refused"] == ["1004"]
    assert not dialog.export_to(str(tmp_path / "missing" / "out.csv"), "csv")
    assert "Could not write" in dialog.status.text()


def test_closing_mid_run_stops_it(qtbot, dialog, controller, office):
    fill(qtbot, dialog, "1001-1005")
    office.pause()
    try:
        dialog.start_button.click()
        assert office.wait_for_in_flight(1, TEST_TOKEN)
        dialog.close()
        with qtbot.waitSignal(controller.run_stopped, timeout=WAIT_MS):
            office.resume()
    finally:
        office.resume()
    assert dials(office) == ["1001"]


def test_every_control_is_named_and_reachable_by_keyboard(dialog):
    controls = [
        dialog.extensions,
        dialog.phone,
        dialog.hang_after,
        dialog.start_button,
        dialog.table,
        dialog.export_csv_button,
        dialog.export_json_button,
    ]
    for widget in controls:
        assert widget.accessibleName() or widget.text(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert dialog.extensions.accessibleDescription()
    assert dialog.table.accessibleDescription().startswith("OK means")
    # Tab walks the form in reading order
    dialog.extensions.setFocus()
    seen = []
    for _ in range(4):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert seen[:3] == [dialog.phone, dialog.hang_after, dialog.hang_seconds] or seen[:3] == [
        dialog.phone,
        dialog.hang_after,
        dialog.start_button,
    ]


def test_a_run_that_cannot_start_says_why(qtbot, office, clients):
    from wolkvox_desk.core.errors import NotConfiguredError

    def no_token():
        raise NotConfiguredError("no_token")

    ctl = ExtensionTesterController(
        make_client=clients(office), account=no_token, dial_plan=lambda: DialPlan()
    )
    try:
        window = ExtensionTesterDialog(ctl)
        qtbot.addWidget(window)
        window.extensions.setPlainText("1001")
        window.phone.setText("3001234567")
        with qtbot.waitSignal(ctl.run_failed, timeout=WAIT_MS):
            window.start_button.click()
        assert window.input_error.text() and "token" in window.input_error.text().lower()
        assert window.start_button.isEnabled() and office.records() == []
    finally:
        ctl.shutdown()
