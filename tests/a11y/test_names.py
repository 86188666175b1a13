"""Every control of the main window, the settings dialog and the welcome dialog has an
accessible name and description; each dial-pad key says what it does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton

from tests.a11y.conftest import KEYRING, SETTINGS
from tests.a11y.walk import controls, missing_words, spoken
from wolkvox_desk.ui.dial_pad import DialPad
from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog
from wolkvox_desk.ui.welcome import WelcomeDialog

NO_KEYRING = KeyringInfo(available=False, backend_name="", has_token=False, token_source=None)


def test_the_walker_finds_an_icon_only_button_without_words(qtbot):
    # guard against a walker that finds nothing (and so can never fail)
    pad = DialPad()
    qtbot.addWidget(pad)
    pad.key("backspace").setAccessibleName("")
    assert any("dialKey_backspace" in p and "name" in p for p in missing_words(pad))
    assert len(controls(pad)) == 14


def test_every_control_of_the_main_window_has_a_name_and_description(qtbot, desk):
    w = desk.window
    w.phone_edit().setText("3001234567")  # shows the field's clear button too
    w.show_failure("Refused", "Why", "msg", "Open Settings to fix it.")
    w.show_success("123.456", "ok", 12.0)  # the copy button
    found = controls(w)
    assert len(found) >= 25  # phone, clear, name, ID, 14 keys, Dial, history, header...
    assert missing_words(w) == []


def test_every_control_of_the_open_call_panel_has_a_name_and_description(qtbot, desk):
    panel = desk.window.call_panel()
    panel.setVisible(True)
    for button in panel.findChildren(QPushButton):
        button.setEnabled(True)
    assert missing_words(panel) == []


@pytest.mark.parametrize("state", ["plain", "toggled", "locked", "no-keyring"])
def test_every_control_of_the_settings_dialog_has_a_name_and_description(qtbot, state):
    locked = ("server", "agent_id", "dial_prefix") if state == "locked" else ()
    keyring = NO_KEYRING if state == "no-keyring" else KEYRING
    dialog = SettingsDialog(dict(SETTINGS), locked, keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    if state == "toggled":  # show the token, remove it, flip every check box
        for widget in controls(dialog):
            if isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.setChecked(not widget.isChecked())
    assert len(controls(dialog)) >= 10
    assert missing_words(dialog) == []


def test_every_control_of_the_welcome_dialog_has_a_name_and_description(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(controls(dialog)) == 3
    assert missing_words(dialog) == []


def test_labels_with_a_buddy_lend_their_words_to_a_named_field(qtbot, desk, settings_dialog):
    for root in (desk.window, settings_dialog):
        for label in root.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None:
                field = buddy.focusProxy() or buddy  # a field box hands its focus on
                assert spoken(field)[0], label.text()


def test_each_dial_pad_key_has_a_spoken_name_and_says_what_it_does(qtbot):
    pad = DialPad()
    qtbot.addWidget(pad)
    for digit in "123456789":
        key = pad.key(digit)
        assert key.accessibleName() == digit
        assert digit in key.accessibleDescription()
    assert pad.key("0").accessibleName() == "0"
    assert "plus" in pad.key("0").accessibleDescription().casefold()  # hold 0 for '+'
    assert pad.key("*").accessibleName() == "Star"
    assert pad.key("#").accessibleName() == "Hash"
    assert pad.key("+").accessibleName() == "Plus"
    assert pad.key("backspace").accessibleName() == "Backspace"
    assert pad.key("backspace").text() == ""  # icon only: the name is all a reader has
    pad.set_tone_mode(True)
    assert "tone" in pad.key("5").accessibleDescription().casefold()
    assert pad.key("5").accessibleName() == "5"


def test_the_phone_field_clear_button_has_words(qtbot, desk):
    edit: QLineEdit = desk.window.phone_edit()
    edit.setText("300")
    (button,) = [c for c in controls(edit) if c is not edit]
    assert button.accessibleName() == "Clear the number"
