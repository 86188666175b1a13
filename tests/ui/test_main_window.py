"""The main window driven like an agent drives it: keyboard first, mouse second.

These tests use the window alone (no controller): they check the intents it emits, the rules
that prevent a second dial, what it shows for each outcome, and that it fits and is labelled.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.main_window import BUSY_LOOK_DELAY_MS, MainWindow
from wolkvox_desk.ui.style import Tone, accent


class FakeHistoryPanel(QWidget):
    """Stands in for the history panel: a search box and a list, plus ``focus_search``."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setAccessibleName("Search history")
        self.search.setAccessibleDescription("Filters the history")
        layout.addWidget(self.search)
        self.rows = QListWidget(self)
        self.rows.setAccessibleName("History rows")
        self.rows.setAccessibleDescription("Past calls")
        self.rows.addItems(["14:02  300 123 4567", "13:58  601 555 0101"])
        layout.addWidget(self.rows)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)


class Dials:
    """Records every ``dial_requested`` emission."""

    def __init__(self, window: MainWindow) -> None:
        self.calls: list[tuple[str, str, str]] = []
        window.dial_requested.connect(lambda *values: self.calls.append(tuple(values)))


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(360, 560)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press_enter(widget: QWidget, *, auto_repeat: bool = False, keypad: bool = False) -> None:
    key = Qt.Key.Key_Enter if keypad else Qt.Key.Key_Return
    modifiers = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, "\r", auto_repeat)
    QApplication.sendEvent(widget, event)


# --- dialling ------------------------------------------------------------------------------


def test_focus_starts_in_the_phone_field(window: MainWindow) -> None:
    assert focused() is window.phone_edit()


def test_typing_and_enter_dials_once_with_the_values(window: MainWindow, qtbot: QtBot) -> None:
    dials = Dials(window)
    qtbot.keyClicks(window.phone_edit(), "300 123 4567")
    qtbot.keyClicks(window.name_edit(), "Jose & Hijos")  # QTest types ASCII only
    qtbot.keyClicks(window.customer_id_edit(), "1032")
    qtbot.keyClick(window.customer_id_edit(), Qt.Key.Key_Return)
    assert dials.calls == [("300 123 4567", "Jose & Hijos", "1032")]


@pytest.mark.parametrize("field", ["phone", "name", "id"])
def test_enter_dials_from_every_form_field(window: MainWindow, field: str) -> None:
    dials = Dials(window)
    window.fill_form("3001234567", "Ana", "7")
    edits = {
        "phone": window.phone_edit(),
        "name": window.name_edit(),
        "id": window.customer_id_edit(),
    }
    press_enter(edits[field])
    assert dials.calls == [("3001234567", "Ana", "7")]


def test_numpad_enter_dials(window: MainWindow) -> None:
    dials = Dials(window)
    window.fill_form("3001234567")
    press_enter(window.phone_edit(), keypad=True)
    assert dials.calls == [("3001234567", "", "")]


def test_a_held_enter_key_dials_only_once(window: MainWindow) -> None:
    dials = Dials(window)
    window.fill_form("3001234567")
    press_enter(window.phone_edit())
    for _ in range(5):  # the keyboard's auto-repeat while the key stays down
        press_enter(window.phone_edit(), auto_repeat=True)
    assert len(dials.calls) == 1


def test_dial_button_click_dials(window: MainWindow, qtbot: QtBot) -> None:
    dials = Dials(window)
    window.fill_form("3001234567")
    qtbot.mouseClick(window.dial_button(), Qt.MouseButton.LeftButton)
    assert dials.calls == [("3001234567", "", "")]


def test_while_busy_clicks_and_enter_do_nothing(window: MainWindow, qtbot: QtBot) -> None:
    dials = Dials(window)
    window.fill_form("3001234567")
    window.set_busy(True)
    qtbot.mouseClick(window.dial_button(), Qt.MouseButton.LeftButton)
    press_enter(window.phone_edit())
    press_enter(window.name_edit())
    assert dials.calls == []
    window.set_busy(False)
    press_enter(window.phone_edit())
    assert len(dials.calls) == 1


def test_double_click_makes_one_request_when_the_controller_goes_busy(
    window: MainWindow, qtbot: QtBot
) -> None:
    dials = Dials(window)
    window.dial_requested.connect(lambda *_: window.set_busy(True))  # as the controller does
    window.fill_form("3001234567")
    for _ in range(2):  # to a button, a double click is two clicks in a row
        qtbot.mouseClick(window.dial_button(), Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(window.dial_button(), Qt.MouseButton.LeftButton)
    assert len(dials.calls) == 1


def test_busy_shows_progress_and_keeps_the_form_editable(window: MainWindow, qtbot: QtBot) -> None:
    window.set_busy(True)
    assert window.is_busy()
    qtbot.waitUntil(lambda: "Dialing" in window.dial_button().text())
    assert window.progress_bar().isVisible()
    qtbot.keyClicks(window.phone_edit(), "300")
    assert window.phone_edit().text() == "300"
    window.set_busy(True, "Line busy, retrying…")
    assert window.dial_button().text() == "Line busy, retrying…"
    window.set_busy(False)
    assert window.dial_button().text() == "Dial"
    assert not window.progress_bar().isVisible()


def test_a_fast_answer_never_shows_the_busy_look(window: MainWindow, qtbot: QtBot) -> None:
    window.show_success("1.2.3", "Dial has been successful", 120.0)
    window.set_busy(True)
    assert window.is_busy()  # refusing a second dial does not wait for the look
    window.set_busy(False)
    qtbot.wait(BUSY_LOOK_DELAY_MS * 2)
    assert window.dial_button().text() == "Dial"
    assert not window.progress_bar().isVisible()
    assert "1.2.3" in window.outcome_text()  # the old outcome stayed until the new one


def test_fill_form_fills_and_focuses_but_does_not_dial(window: MainWindow) -> None:
    dials = Dials(window)
    window.name_edit().setFocus()
    window.fill_form("+57 300 123 4567", "Ana", "99")
    assert window.form_values() == ("+57 300 123 4567", "Ana", "99")
    assert focused() is window.phone_edit()
    assert dials.calls == []


# --- keyboard ------------------------------------------------------------------------------


def test_escape_clears_the_form_and_dismisses_a_notice(window: MainWindow, qtbot: QtBot) -> None:
    cleared: list[bool] = []
    window.form_cleared.connect(lambda: cleared.append(True))
    window.fill_form("3001234567", "Ana", "7")
    window.show_notice("From a link: press Enter or Dial to call")
    qtbot.keyClick(window.name_edit(), Qt.Key.Key_Escape)
    assert window.form_values() == ("", "", "")
    assert window.outcome_text() == ""
    assert cleared == [True]
    assert focused() is window.phone_edit()


def test_escape_keeps_a_failure_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.show_failure("Refused by wolkvox", "The token was refused.", "PLEASE VALIDATE TOKEN")
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Escape)
    assert "PLEASE VALIDATE TOKEN" in window.outcome_text()


def test_tab_order_is_phone_name_id_dial(window: MainWindow, qtbot: QtBot) -> None:
    expected = [window.name_edit(), window.customer_id_edit(), window.dial_button()]
    for widget in expected:
        current = focused()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert focused() is widget


def test_tab_goes_on_from_dial_to_the_outcome_and_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = FakeHistoryPanel()
    window.set_history_panel(panel)
    window.show_failure("Refused", "Token refused.", "", "Fix it.", opens_settings=True)
    window.dial_button().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.dial_button(), Qt.Key.Key_Tab)
    assert focused() is window.outcome_panel().settings_button()
    qtbot.keyClick(window.outcome_panel().settings_button(), Qt.Key.Key_Tab)
    assert focused() is panel.search


def test_ctrl_l_focuses_the_phone_field(window: MainWindow, qtbot: QtBot) -> None:
    window.name_edit().setFocus()
    qtbot.keyClick(window.name_edit(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.phone_edit()


def test_ctrl_f_focuses_the_history_search(window: MainWindow, qtbot: QtBot) -> None:
    panel = FakeHistoryPanel()
    window.set_history_panel(panel)
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is panel.search


def test_ctrl_comma_and_the_settings_button_ask_for_settings(
    window: MainWindow, qtbot: QtBot
) -> None:
    asked: list[bool] = []
    window.settings_requested.connect(lambda: asked.append(True))
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.header().settings_button(), Qt.MouseButton.LeftButton)
    assert asked == [True, True]


# --- phone field, preview and dial pad -----------------------------------------------------


def test_paste_of_a_formatted_number_is_cleaned(window: MainWindow, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("+57 (300) 123-4567")
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.phone_edit().text() == "+573001234567"


def test_paste_keeps_a_link_extension_readable(window: MainWindow) -> None:
    window.phone_edit().paste_text("tel:+57-300-123-4567;ext=12")
    assert window.phone_edit().text() == "+573001234567 x12"
    assert "12" in window.preview_text()


def test_paste_with_letters_is_kept_raw_and_the_preview_says_why(window: MainWindow) -> None:
    window.phone_edit().paste_text("call 300 123")
    assert window.phone_edit().text() == "call 300 123"
    assert window.field_error_text("phone")
    assert "Will send" not in window.preview_text()
    assert window.preview_text() in window.phone_edit().accessibleDescription()


def test_preview_shows_the_digits_after_the_dial_plan(window: MainWindow, qtbot: QtBot) -> None:
    window.set_dial_plan(DialPlan(prefix="9"))
    qtbot.keyClicks(window.phone_edit(), "+57 300 123 4567")
    assert "9573001234567" in window.preview_text()
    assert window.field_error_text("phone") == ""
    window.set_dial_plan(DialPlan(prefix="9", plus_replacement="00"))
    assert "900573001234567" in window.preview_text()


def test_dial_pad_types_at_the_cursor_and_keeps_focus_in_the_phone_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.fill_form("3001")
    window.phone_edit().setCursorPosition(0)
    window.name_edit().setFocus()
    qtbot.mouseClick(window.dial_pad().key("5"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.dial_pad().key("#"), Qt.MouseButton.LeftButton)
    assert window.phone_edit().text() == "5#3001"
    assert focused() is window.phone_edit()


def test_long_press_on_zero_types_plus(window: MainWindow, qtbot: QtBot) -> None:
    window.dial_pad().set_long_press_ms(0)
    key = window.dial_pad().key("0")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.phone_edit().text() == "+")
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert window.phone_edit().text() == "+"


def test_backspace_key_deletes_and_its_long_press_clears(window: MainWindow, qtbot: QtBot) -> None:
    window.fill_form("3001")
    backspace = window.dial_pad().key("backspace")
    qtbot.mouseClick(backspace, Qt.MouseButton.LeftButton)
    assert window.phone_edit().text() == "300"
    window.dial_pad().set_long_press_ms(0)
    qtbot.mousePress(backspace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.phone_edit().text() == "")
    qtbot.mouseRelease(backspace, Qt.MouseButton.LeftButton)
    assert window.phone_edit().text() == ""


# --- outcomes and field errors -------------------------------------------------------------


def test_success_shows_the_conn_id_and_copies_it(window: MainWindow, qtbot: QtBot) -> None:
    copied: list[str] = []
    window.conn_id_copied.connect(copied.append)
    conn_id = "12435.5995.1773842603.99094"
    window.show_success(conn_id, "Dial has been successful", 142.4)
    text = window.outcome_text()
    assert "Dial sent" in text
    assert conn_id in text
    assert "142 ms" in text
    copy = window.outcome_panel().copy_button()
    assert copy.isVisible()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == conn_id
    assert copied == [conn_id]


def test_failure_shows_words_msg_verbatim_and_a_settings_button(
    window: MainWindow, qtbot: QtBot
) -> None:
    asked: list[bool] = []
    window.settings_requested.connect(lambda: asked.append(True))
    window.show_failure(
        "Refused by wolkvox",
        "wolkvox refused the API token.",
        "PLEASE VALIDATE TOKEN",
        "Open Settings to enter a new one.",
    )
    text = window.outcome_text()
    for part in ("Refused by wolkvox", "refused the API token", '"PLEASE VALIDATE TOKEN"'):
        assert part in text
    assert "Open Settings to enter a new one." in text
    button = window.outcome_panel().settings_button()
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_failure_without_a_settings_step_has_no_settings_button(window: MainWindow) -> None:
    window.show_failure("No answer", "wolkvox did not answer in time.", "", "Check wolkvox Agent.")
    assert not window.outcome_panel().settings_button().isVisible()
    window.show_failure("Busy", "Quota used.", "", "Ask your supervisor.", opens_settings=True)
    assert window.outcome_panel().settings_button().isVisible()


def test_outcomes_replace_each_other_and_clear(window: MainWindow) -> None:
    window.show_failure("Not sent", "The server refused the connection.")
    window.show_success("1.2.3", "ok", None)
    assert "Not sent" not in window.outcome_text()
    assert not window.outcome_panel().settings_button().isVisible()
    window.clear_outcome()
    assert window.outcome_text() == ""
    assert not window.outcome_panel().isVisible()


@pytest.mark.parametrize("field", ["customer_name", "customer_id"])
def test_field_error_is_shown_described_and_cleared_on_edit(
    window: MainWindow, qtbot: QtBot, field: str
) -> None:
    edit = window.name_edit() if field == "customer_name" else window.customer_id_edit()
    window.show_field_error(field, "Not valid here.")
    assert window.field_error_text(field) == "Not valid here."
    assert "Not valid here." in edit.accessibleDescription()
    assert focused() is edit
    qtbot.keyClicks(edit, "5")
    assert window.field_error_text(field) == ""
    assert "Not valid here." not in edit.accessibleDescription()


def test_phone_field_error_takes_the_preview_until_edited(window: MainWindow, qtbot: QtBot) -> None:
    window.fill_form("3001234567")
    window.show_field_error("phone", "Type a phone number first.")
    assert window.preview_text() == "Type a phone number first."
    qtbot.keyClicks(window.phone_edit(), "8")
    assert "Will send 30012345678" in window.preview_text()


def test_customer_id_is_checked_as_it_is_typed(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.customer_id_edit(), "123.456.789-09")
    assert window.field_error_text("customer_id") == ""
    qtbot.keyClicks(window.customer_id_edit(), "x")
    assert window.field_error_text("customer_id")


# --- header --------------------------------------------------------------------------------


def test_header_shows_profile_status_and_banner(window: MainWindow) -> None:
    window.set_profile("0042", "1001")
    window.set_status("Ready")
    window.set_banner("DEMO - calls go to the built-in simulator")
    assert window.header().profile_text() == "Agent 1001 @ wv0042"
    assert window.header().status_text() == "Ready"
    assert window.header().banner_text() == "DEMO - calls go to the built-in simulator"
    window.set_banner(None)
    assert window.header().banner_text() == ""


# --- look, size and state ------------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_description(window: MainWindow) -> None:
    window.show_success("1.2.3", "ok", 10.0)  # shows the copy button too
    window.set_history_panel(FakeHistoryPanel())
    controls = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            or isinstance(widget, QAbstractButton | QLineEdit)
        )
    ]
    assert len(controls) > 15  # the three fields, Dial, 14 pad keys, buttons...
    for widget in controls:
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        assert widget.accessibleName().strip(), label
        assert widget.accessibleDescription().strip(), label


def test_window_fits_at_360_by_560(window: MainWindow, qtbot: QtBot) -> None:
    window.set_history_panel(FakeHistoryPanel())
    window.set_banner("DEMO - calls go to the built-in simulator")
    limit = QSize(360, 560)
    assert window.minimumSizeHint().boundedTo(limit) == window.minimumSizeHint()
    assert window.minimumSize().boundedTo(limit) == window.minimumSize()
    window.resize(limit)
    qtbot.waitUntil(lambda: window.size() == limit)
    QApplication.processEvents()
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    dial = window.dial_button()
    top_left = dial.mapTo(window, dial.rect().topLeft())
    bottom_right = dial.mapTo(window, dial.rect().bottomRight())
    assert window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_window_title_and_icon(window: MainWindow) -> None:
    assert window.windowTitle() == "wolkvox desk"
    assert not window.windowIcon().isNull()


def test_geometry_round_trips_and_junk_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(420, 640)
    qtbot.waitUntil(lambda: window.size() == QSize(420, 640))
    state = window.save_state()
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.size() != QSize(420, 640)
    assert other.restore_state(state)
    assert other.size() == QSize(420, 640)
    assert not other.restore_state(b"")
    assert not other.restore_state(b"not a saved state at all")


def test_error_text_follows_a_dark_palette(window: MainWindow) -> None:
    window.fill_form("call me")
    preview = window.findChild(QWidget, "phonePreview")
    assert preview is not None
    light = preview.palette().color(QPalette.ColorRole.WindowText)
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    window.setPalette(dark)
    recoloured = preview.palette().color(QPalette.ColorRole.WindowText)
    assert recoloured != light
    assert recoloured == accent(dark, Tone.ERROR)


# --- icons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["dial", "backspace", "copy", "settings", "history", "search", "success", "error", "warning"]
    + ["info", "wolkvox-desk", "tray"],
)
def test_bundled_icons_render(qtbot: QtBot, name: str) -> None:
    image = icon(name).pixmap(QSize(32, 32)).toImage()
    assert not image.isNull()
    opaque = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )
    assert opaque > 20, f"{name} draws something"


def test_missing_icon_is_empty_not_a_crash(qtbot: QtBot) -> None:
    assert icon("no-such-icon").isNull()
    assert icon("../icons/dial").isNull()


def test_monochrome_icons_take_the_palette_text_colour(qtbot: QtBot) -> None:
    image = icon("search").pixmap(QSize(48, 48)).toImage()
    text = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {text.rgb()}
