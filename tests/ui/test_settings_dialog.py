"""Settings dialog and first-run welcome: validation, locks, token handling, live example."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import DIALOG_VALUES
from wolkvox_desk.core.errors import PhoneNumberError, SettingValueError
from wolkvox_desk.text import describe_local
from wolkvox_desk.ui import settings_dialog
from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog
from wolkvox_desk.ui.welcome import WelcomeDialog

VALUES = DIALOG_VALUES
KEYRING = KeyringInfo(
    available=True, backend_name="SecretService Keyring", has_token=True, token_source="keyring"
)
NO_KEYRING = KeyringInfo(available=False, backend_name="", has_token=False, token_source=None)

MakeDialog = Callable[..., SettingsDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot) -> MakeDialog:
    def make(
        values: Mapping[str, object] | None = None,
        locked: Collection[str] = (),
        keyring: KeyringInfo = KEYRING,
    ) -> SettingsDialog:
        dialog = SettingsDialog({**VALUES, **(values or {})}, locked, keyring)
        qtbot.addWidget(dialog)
        return dialog

    return make


def edit(dialog: SettingsDialog, key: str) -> QLineEdit:
    widget = dialog.field(key)
    assert isinstance(widget, QLineEdit)
    return widget


def button(dialog: SettingsDialog, text: str) -> QAbstractButton:
    return next(b for b in dialog.findChildren(QAbstractButton) if b.text() == text)


def token_field(dialog: SettingsDialog) -> QLineEdit:
    return next(e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "API token")


def labels(dialog: SettingsDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def test_bad_server_disables_ok_and_shows_the_error(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    assert dialog.ok_button().isEnabled()

    edit(dialog, "server").setText("0042.evil.com")

    assert not dialog.ok_button().isEnabled()
    error = dialog.error_text("server")
    assert error == describe_local(SettingValueError("server", "bad_server", "."))
    assert error in edit(dialog, "server").accessibleDescription()
    dialog.accept()  # Enter in a field calls accept(): it must not get past the check
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_fixing_the_value_clears_the_error(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    edit(dialog, "agent_id").setText("10a1")
    assert dialog.error_text("agent_id")
    edit(dialog, "agent_id").setText("1002")
    assert dialog.error_text("agent_id") == ""
    assert dialog.ok_button().isEnabled()


def test_an_error_is_announced_to_screen_readers(
    make_dialog: MakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog()
    announced: list[str] = []

    class FakeAccessible:
        @staticmethod
        def updateAccessibility(event: object) -> None:  # noqa: N802 (Qt name)
            announced.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(settings_dialog, "QAccessible", FakeAccessible)
    edit(dialog, "dial_prefix").setText("9*")
    assert announced == [dialog.error_text("dial_prefix")]
    edit(dialog, "dial_prefix").setText("9**")  # the same error again: said once is enough
    assert len(announced) == 1


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("server", ""),
        ("server", "wv0042/x"),
        ("agent_id", ""),
        ("dial_prefix", "123456789"),
        ("plus_replacement", "+"),
        ("default_country", "XX"),
    ],
)
def test_each_invalid_value_blocks_ok(make_dialog: MakeDialog, key: str, value: str) -> None:
    dialog = make_dialog()
    edit(dialog, key).setText(value)
    assert dialog.error_text(key)
    assert not dialog.ok_button().isEnabled()


def test_good_values_are_accepted_with_only_the_changed_keys(
    make_dialog: MakeDialog, qtbot
) -> None:
    dialog = make_dialog()
    edit(dialog, "agent_id").setText("2002")
    edit(dialog, "default_country").setText("co")
    dialog.findChild(QSpinBox).setValue(30)
    dialog.show()

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_value()
    assert result.values == {
        "agent_id": "2002",
        "default_country": "CO",
        "history_retention_days": 30,
    }
    assert result.token is None
    assert not result.clear_token


def test_an_untouched_dialog_changes_nothing(make_dialog: MakeDialog) -> None:
    result = make_dialog().result_value()
    assert result.values == {}
    assert result.token is None


def test_a_ticked_box_is_a_change(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    check = dialog.field("always_on_top")
    assert isinstance(check, QCheckBox)
    check.setChecked(True)
    assert dialog.result_value().values == {"always_on_top": True}


def test_locked_fields_are_read_only_with_the_it_note(make_dialog: MakeDialog) -> None:
    locked = {"server", "always_on_top", "history_retention_days"}
    # Policy values are shown as they are, even one the validators would refuse.
    dialog = make_dialog({"server": "bad.value"}, locked=locked)

    server = edit(dialog, "server")
    assert server.isReadOnly()
    assert not dialog.field("always_on_top").isEnabled()
    spin = dialog.field("history_retention_days")
    assert isinstance(spin, QSpinBox) and spin.isReadOnly()
    assert not edit(dialog, "agent_id").isReadOnly()
    note = "Managed by your IT department."
    assert labels(dialog).count(note) == len(locked)
    assert note in server.accessibleDescription()
    assert dialog.ok_button().isEnabled()
    assert "Some settings are managed by your IT department." in labels(dialog)


def test_locked_keys_never_reach_the_result(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(locked={"server", "always_on_top"})
    edit(dialog, "server").setText("0099")  # programmatic: a read-only field cannot be typed in
    dialog.field("always_on_top").setChecked(True)  # type: ignore[attr-defined]
    edit(dialog, "agent_id").setText("2002")
    assert dialog.result_value().values == {"agent_id": "2002"}


def test_token_is_masked_until_shown(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog()
    token = token_field(dialog)
    assert token.placeholderText() == "unchanged"
    token.setText("s3cr3t")
    assert token.echoMode() == QLineEdit.EchoMode.Password
    assert token.displayText() != "s3cr3t"

    show = button(dialog, "Show")
    dialog.show()
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert token.echoMode() == QLineEdit.EchoMode.Normal
    assert show.accessibleName() == "Hide token"
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert token.echoMode() == QLineEdit.EchoMode.Password


def test_a_typed_token_is_returned_trimmed(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    token_field(dialog).setText("  abc123  ")
    result = dialog.result_value()
    assert result.token == "abc123"
    assert not result.token_session_only


def test_a_token_with_inner_spaces_is_refused(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    token_field(dialog).setText("abc 123")
    assert dialog.error_text("token")
    assert not dialog.ok_button().isEnabled()


def test_the_keyring_backend_is_named(make_dialog: MakeDialog) -> None:
    assert "Stored in: SecretService Keyring" in labels(make_dialog())


def test_a_token_from_the_environment_is_explained(make_dialog: MakeDialog) -> None:
    env = KeyringInfo(available=True, backend_name="X", has_token=True, token_source="env")
    dialog = make_dialog(keyring=env)
    assert any("WOLKVOX_TOKEN" in text for text in labels(dialog))
    remove = button(dialog, "Remove token")
    assert not remove.isEnabled()  # the variable wins; there is nothing here to remove


def test_without_keyring_a_new_token_needs_the_session_only_box(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(keyring=NO_KEYRING)
    assert any("No keyring is available" in text for text in labels(dialog))
    assert dialog.ok_button().isEnabled()  # no token typed: nothing to decide yet

    token_field(dialog).setText("abc123")
    assert not dialog.ok_button().isEnabled()
    assert "session only" in dialog.error_text("token")

    session = next(c for c in dialog.findChildren(QCheckBox) if "session only" in c.text())
    session.setChecked(True)
    assert dialog.ok_button().isEnabled()
    result = dialog.result_value()
    assert result.token == "abc123"
    assert result.token_session_only


def test_the_session_only_box_is_not_offered_with_a_keyring(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    session = next(c for c in dialog.findChildren(QCheckBox) if "session only" in c.text())
    assert not session.isVisibleTo(dialog)


def test_remove_token(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    token_field(dialog).setText("typed")
    remove = button(dialog, "Remove token")
    remove.click()
    result = dialog.result_value()
    assert result.clear_token
    assert result.token is None
    assert not token_field(dialog).isEnabled()
    remove.click()
    assert not dialog.result_value().clear_token


def test_remove_token_is_disabled_without_a_token(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(keyring=KeyringInfo(True, "X", has_token=False, token_source=None))
    remove = button(dialog, "Remove token")
    assert not remove.isEnabled()
    assert token_field(dialog).placeholderText() != "unchanged"


def test_the_live_example_follows_the_prefix(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    assert dialog.example_text() == "+57 300 123 4567 → 9573001234567"
    edit(dialog, "dial_prefix").setText("0")
    assert dialog.example_text() == "+57 300 123 4567 → 0573001234567"
    edit(dialog, "plus_replacement").setText("00")
    assert dialog.example_text() == "+57 300 123 4567 → 000573001234567"
    edit(dialog, "dial_prefix").setText("x")
    assert "→" not in dialog.example_text()


def test_a_number_can_be_tried_against_the_plan(make_dialog: MakeDialog) -> None:
    dialog = make_dialog({"default_country": "CO"})
    trial = next(e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "Try a number")
    trial.setText("300 123 4567")
    assert dialog.example_text() == "300 123 4567 → 9573001234567"
    trial.setText("abc")
    assert dialog.example_text() == "abc: " + describe_local(PhoneNumberError("letters", "a"))


def test_dialling_links_at_once_warns(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    check = dialog.field("links_dial_immediately")
    assert not any("any web page" in text for text in labels(dialog))
    check.setChecked(True)  # type: ignore[attr-defined]
    assert any("any web page" in text for text in labels(dialog))
    assert "any web page" in check.accessibleDescription()


def test_every_input_has_an_accessible_name(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(keyring=NO_KEYRING)
    inputs = dialog.findChildren(QLineEdit) + dialog.findChildren(QSpinBox)
    # A spin box's inner line edit is described by the spin box itself.
    inputs = [w for w in inputs if not isinstance(w.parent(), QAbstractSpinBox)]
    assert len(inputs) == 8
    unnamed = [w for w in inputs if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize(
    ("button", "choice", "code"),
    [
        ("settings_button", "settings", QDialog.DialogCode.Accepted),
        ("demo_button", "demo", QDialog.DialogCode.Accepted),
        ("quit_button", "quit", QDialog.DialogCode.Rejected),
    ],
)
def test_welcome_choices(qtbot: QtBot, button: str, choice: str, code: QDialog.DialogCode) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice() == choice
    assert dialog.result() == code


def test_closing_the_welcome_means_quit(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() == "quit"
    assert any("Tokens" in label.text() for label in dialog.findChildren(QLabel))


def test_tab_walks_the_fields_in_visual_order(make_dialog: MakeDialog) -> None:
    session = KeyringInfo(available=False, backend_name="", has_token=True, token_source="session")
    dialog = make_dialog(keyring=session)
    dialog.show()
    stops: list[str] = []
    widget = dialog.field("server")
    while True:
        policy_ok = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if policy_ok and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            stops.append(widget.accessibleName() or widget.property("text") or "")
        widget = widget.nextInFocusChain()
        if widget is dialog.field("server"):
            break
    assert stops[:7] == [
        "Server code",
        "Agent extension",
        "API token",
        "Show token",
        "Use this token for this session only (not saved)",
        "Remove token",
        "Dial prefix",
    ]
    assert stops[-2:] == ["OK", "Cancel"]


def _screen_wrapper_parent() -> str:
    """Which Python wrapper shiboken has made the primary screen's parent ("" for none)."""
    screen = QGuiApplication.primaryScreen()
    for line in shiboken6.dump(screen).splitlines():
        if line.startswith("parent"):
            return line.split("<", 1)[1].split(" ", 1)[0]
    return ""


def test_the_dialogs_size_themselves_without_adopting_the_screen(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    """QWidget.screen() would make Qt's QScreen a child of the dialog (PySide's getter
    heuristic); a destroyed dialog could then take the screen with it, and the next menu or
    window crashed (``pytest tests/ui`` alone did, in the tray's QMenu)."""
    holder = QWidget()  # a widget that outlives the check holds the screen first
    qtbot.addWidget(holder)
    holder.screen()
    assert _screen_wrapper_parent().endswith("QWidget")
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    settings = make_dialog()
    assert _screen_wrapper_parent().endswith("QWidget")  # neither dialog took it
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert settings.width() <= available.width() and welcome.width() <= available.width()
