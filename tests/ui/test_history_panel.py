"""History panel: debounced search, redial, row actions, export, clear, columns, empty state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.ui.history_panel import SEARCH_DEBOUNCE_MS, HistoryPanel, OutcomeDelegate

COLUMNS = [
    ("time", "Time"),
    ("phone", "Phone"),
    ("customer", "Customer"),
    ("customer_id", "ID"),
    ("outcome", "Outcome"),
    ("message", "Message"),
    ("conn_id", "Connection"),
    ("latency", "Latency (ms)"),
]
_FIELDS = {
    "time": "started_at",
    "phone": "phone_typed",
    "customer": "customer_name",
    "message": "msg",
    "latency": "latency_ms",
}
KEYS = [key for key, _title in COLUMNS]


class RecordModel(QStandardItemModel):
    """The lead's model shape: UserRole holds the record, header UserRole the column key."""

    def __init__(self, records: list[CallRecord]) -> None:
        super().__init__(0, len(COLUMNS))
        self.records = records
        for column, (key, title) in enumerate(COLUMNS):
            self.setHeaderData(column, Qt.Orientation.Horizontal, title)
            self.setHeaderData(column, Qt.Orientation.Horizontal, key, Qt.ItemDataRole.UserRole)
        for record in records:
            row = [QStandardItem(str(getattr(record, _FIELDS.get(key, key)))) for key in KEYS]
            for item in row:
                item.setData(record, Qt.ItemDataRole.UserRole)
            self.appendRow(row)

    def record_at(self, row: int) -> CallRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None


RECORDS = [
    CallRecord(
        started_at=1_700_000_000.0,
        phone_typed="+57 300 123 4567",
        phone_sent="9573001234567",
        outcome=Outcome.OK,
        customer_name="Jose Perez",
        conn_id="12435.5995.17",
        id=7,
    ),
    CallRecord(
        started_at=1_699_999_000.0,
        phone_typed="601 555 0101",
        phone_sent="96015550101",
        outcome=Outcome.REFUSED,
        msg="AGENT NOT LOGGED IN",
        id=5,
    ),
]


@pytest.fixture
def panel(qtbot: QtBot) -> HistoryPanel:
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    widget.set_model(RecordModel(list(RECORDS)))
    widget.resize(360, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(panel: HistoryPanel, row: int) -> None:
    table = panel.table()
    table.setCurrentIndex(table.model().index(row, 1))
    table.setFocus()


def test_search_is_debounced_into_one_signal(panel: HistoryPanel, qtbot: QtBot) -> None:
    seen: list[str] = []
    panel.search_changed.connect(seen.append)
    search = panel.findChild(QLineEdit)
    with qtbot.waitSignal(panel.search_changed):
        qtbot.keyClicks(search, "300")
    qtbot.wait(2 * SEARCH_DEBOUNCE_MS)  # room for a stray second signal to show up
    assert seen == ["300"]
    assert panel.search_text() == "300"


def test_enter_in_the_search_box_searches_at_once(panel: HistoryPanel, qtbot: QtBot) -> None:
    seen: list[str] = []
    panel.search_changed.connect(seen.append)
    search = panel.findChild(QLineEdit)
    qtbot.keyClicks(search, "55")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert seen == ["55"]


def test_escape_clears_the_search_and_down_enters_the_table(
    panel: HistoryPanel, qtbot: QtBot
) -> None:
    panel.focus_search()
    search = panel.findChild(QLineEdit)
    assert search.hasFocus()
    qtbot.keyClicks(search, "12")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert panel.search_text() == ""
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert panel.table().hasFocus()
    assert panel.current_record() == RECORDS[0]


def test_double_click_fills_the_form_with_the_record(panel: HistoryPanel, qtbot: QtBot) -> None:
    table = panel.table()
    centre = table.visualRect(table.model().index(1, 1)).center()
    with qtbot.waitSignal(panel.redial_requested) as blocker:
        # A real double click starts with a press: item views ignore a lone double-click event.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [RECORDS[1]]


def panel_in_window(qtbot: QtBot, key: Qt.Key) -> tuple[QWidget, HistoryPanel, list[bool]]:
    """A panel inside an active window whose ``key`` shortcut records its activations."""
    window = QWidget()
    qtbot.addWidget(window)
    panel = HistoryPanel(window)
    panel.set_model(RecordModel(list(RECORDS)))
    QVBoxLayout(window).addWidget(panel)
    shortcut = QShortcut(QKeySequence(key), window)
    fired: list[bool] = []
    shortcut.activated.connect(lambda: fired.append(True))
    with qtbot.waitActive(window):  # window shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    return window, panel, fired


def test_enter_on_a_row_fills_the_form_and_beats_window_shortcuts(qtbot: QtBot) -> None:
    # The main window's "Enter dials" shortcut must not fire while the history has focus.
    _window, panel, dials = panel_in_window(qtbot, Qt.Key.Key_Return)
    select(panel, 1)
    with qtbot.waitSignal(panel.redial_requested) as blocker:
        qtbot.keyClick(panel.table(), Qt.Key.Key_Return)
    assert blocker.args == [RECORDS[1]]
    assert dials == []


def test_enter_in_the_search_box_does_not_dial(qtbot: QtBot) -> None:
    _window, panel, dials = panel_in_window(qtbot, Qt.Key.Key_Return)
    search = panel.findChild(QLineEdit)
    search.setFocus()
    qtbot.keyClicks(search, "300")
    with qtbot.waitSignal(panel.search_changed):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert dials == []


def test_escape_in_a_search_clears_it_not_the_form(qtbot: QtBot) -> None:
    _window, panel, clears = panel_in_window(qtbot, Qt.Key.Key_Escape)
    search = panel.findChild(QLineEdit)
    search.setFocus()
    qtbot.keyClicks(search, "300")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert panel.search_text() == ""
    assert clears == []
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # an empty search leaves Esc to the window
    assert clears == [True]


def test_delete_key_deletes_the_row(panel: HistoryPanel, qtbot: QtBot) -> None:
    select(panel, 1)
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.keyClick(panel.table(), Qt.Key.Key_Delete)
    assert blocker.args == [5]


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_keyboard_opens_the_row_menu_at_the_current_row(
    panel: HistoryPanel,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    shown_at: list[QPoint] = []
    # Offscreen cannot show popups; record where the menu would open instead.
    monkeypatch.setattr(panel.row_menu(), "popup", shown_at.append)
    table = panel.table()
    select(panel, 1)
    qtbot.keyClick(table, key, modifier)
    row_rect = table.visualRect(table.currentIndex())
    assert len(shown_at) == 1
    assert table.viewport().mapFromGlobal(shown_at[0]) == row_rect.bottomLeft()


def test_a_keyboard_context_menu_event_opens_the_row_menu(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_at: list[QPoint] = []
    monkeypatch.setattr(panel.row_menu(), "popup", shown_at.append)
    table = panel.table()
    select(panel, 0)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), table.mapToGlobal(QPoint(1, 1))
    )
    QApplication.sendEvent(table, event)
    row_rect = table.visualRect(table.currentIndex())
    assert [table.viewport().mapFromGlobal(p) for p in shown_at] == [row_rect.bottomLeft()]


def test_a_right_click_selects_the_row_under_the_mouse(
    panel: HistoryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_at: list[QPoint] = []
    monkeypatch.setattr(panel.row_menu(), "popup", shown_at.append)
    table = panel.table()
    select(panel, 0)
    centre = table.visualRect(table.model().index(1, 1)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, table.viewport().mapToGlobal(centre)
    )
    QApplication.sendEvent(table.viewport(), event)
    assert panel.current_record() == RECORDS[1]
    assert shown_at == [table.viewport().mapToGlobal(centre)]


def test_copy_number_and_conn_id(panel: HistoryPanel) -> None:
    clipboard = QGuiApplication.clipboard()
    select(panel, 0)
    panel.copy_number_action.trigger()
    assert clipboard.text() == "+57 300 123 4567"
    assert panel.copy_conn_action.isEnabled()
    panel.copy_conn_action.trigger()
    assert clipboard.text() == "12435.5995.17"


def test_copy_conn_id_is_disabled_without_one(panel: HistoryPanel) -> None:
    select(panel, 1)
    assert panel.copy_number_action.isEnabled()
    assert not panel.copy_conn_action.isEnabled()


def test_menu_fill_and_delete(panel: HistoryPanel, qtbot: QtBot) -> None:
    select(panel, 0)
    with qtbot.waitSignal(panel.redial_requested) as fill:
        panel.fill_action.trigger()
    with qtbot.waitSignal(panel.delete_requested) as delete:
        panel.delete_action.trigger()
    assert fill.args == [RECORDS[0]]
    assert delete.args == [7]
    assert set(panel.row_menu().actions()) >= {
        panel.fill_action,
        panel.copy_number_action,
        panel.copy_conn_action,
        panel.delete_action,
    }


def test_row_actions_are_disabled_without_a_current_row(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.set_model(RecordModel([]))
    assert not panel.fill_action.isEnabled()
    assert not panel.delete_action.isEnabled()
    assert panel.current_record() is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(QMessageBox.StandardButton.Yes, 1), (QMessageBox.StandardButton.No, 0)],
)
def test_clear_asks_first(
    panel: HistoryPanel,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    expected: int,
) -> None:
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    cleared: list[bool] = []
    panel.clear_requested.connect(lambda: cleared.append(True))
    panel.clear_action.trigger()
    assert len(asked) == 1
    assert asked[0][-1] == QMessageBox.StandardButton.No  # the default answer is No
    assert len(cleared) == expected


@pytest.mark.parametrize(
    ("chosen", "emitted"), [("out", ["out.csv"]), ("a.CSV", ["a.CSV"]), ("", [])]
)
def test_export_emits_the_chosen_path(
    panel: HistoryPanel,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    chosen: str,
    emitted: list[str],
) -> None:
    base = f"{tmp_path}/" if chosen else ""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (base + chosen, "CSV files (*.csv)")
    )
    paths: list[str] = []
    panel.export_requested.connect(paths.append)
    panel.export_action.trigger()
    assert paths == [base + name for name in emitted]


def test_tests_filter(panel: HistoryPanel) -> None:
    seen: list[object] = []
    panel.tests_filter_changed.connect(seen.append)
    combo = panel.findChild(QComboBox)
    combo.setCurrentIndex(2)
    combo.setCurrentIndex(1)
    combo.setCurrentIndex(0)
    assert seen == [True, False, None]


def test_empty_state_text(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    model = RecordModel([])
    panel.set_model(model)
    table = panel.table()
    assert table.placeholder == "No calls yet"  # type: ignore[attr-defined]
    assert "No calls yet" in table.accessibleDescription()
    panel.findChild(QLineEdit).setText("999")
    assert table.placeholder == "No calls match"  # type: ignore[attr-defined]
    model.appendRow([QStandardItem("x") for _ in COLUMNS])
    assert "No calls" not in table.accessibleDescription()


def test_narrow_window_shows_the_essential_columns(panel: HistoryPanel, qtbot: QtBot) -> None:
    header = panel.table().horizontalHeader()

    def shown() -> list[str]:
        return [key for column, key in enumerate(KEYS) if not header.isSectionHidden(column)]

    assert shown() == ["time", "phone", "customer", "outcome"]
    panel.resize(1000, 300)
    qtbot.waitUntil(lambda: "customer_id" in shown())
    assert shown() == ["time", "phone", "customer", "customer_id", "outcome"]


def test_header_menu_shows_a_hidden_column(panel: HistoryPanel) -> None:
    header = panel.table().horizontalHeader()
    message = KEYS.index("message")
    assert header.isSectionHidden(message)
    menu = panel.column_menu()
    action = next(a for a in menu.actions() if a.text() == "Message")
    assert not action.isChecked()
    action.trigger()
    assert not header.isSectionHidden(message)
    assert header.sectionSize(message) > 0


def test_a_user_choice_beats_automatic_fitting(panel: HistoryPanel) -> None:
    header = panel.table().horizontalHeader()
    customer_id = KEYS.index("customer_id")
    next(a for a in panel.column_menu().actions() if a.text() == "ID").trigger()
    panel.resize(361, 300)  # a resize refits the automatic columns
    assert not header.isSectionHidden(customer_id)


def outcome_colour(palette: QPalette, record: CallRecord) -> QColor:
    model = RecordModel([record])
    delegate = OutcomeDelegate()
    option = QStyleOptionViewItem()
    option.palette = palette
    delegate.initStyleOption(option, model.index(0, KEYS.index("outcome")))
    return option.palette.color(QPalette.ColorRole.Text)


def test_outcome_colours_follow_the_palette(qtbot: QtBot) -> None:
    ok, refused = RECORDS
    light = QPalette(QColor("#f0f0f0"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark = QPalette(QColor("#303030"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    for palette, want_light_text in ((light, False), (dark, True)):
        good, bad = outcome_colour(palette, ok), outcome_colour(palette, refused)
        assert good != bad
        assert good.green() > good.red() and bad.red() > bad.green()
        # Dark palettes get light colours and light palettes dark ones, for contrast.
        assert (good.lightness() > 128) is want_light_text
        assert (bad.lightness() > 128) is want_light_text


def test_unknown_data_keeps_the_default_colour(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 1)
    option = QStyleOptionViewItem()
    palette = QPalette(QColor("#f0f0f0"))
    option.palette = palette
    OutcomeDelegate().initStyleOption(option, model.index(0, 0))
    assert option.palette.color(QPalette.ColorRole.Text) == palette.color(QPalette.ColorRole.Text)
