"""The settings dialog's profiles: choose, add, rename, remove, edit fields and token; IT's
profiles locked; and the Language choice."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DIALOG_VALUES
from wolkvox_desk.ui.settings_dialog import (
    KeyringInfo,
    ProfileEdit,
    ProfileInfo,
    SettingsDialog,
)

VALUES = DIALOG_VALUES
KEYRING = KeyringInfo(True, "Memory", has_token=True, token_source="keyring")
NO_TOKEN = KeyringInfo(True, "Memory", has_token=False, token_source=None)
SALES = ProfileInfo(
    "sales",
    {"server": "0077", "agent_id": "2002", "dial_prefix": "", "plus_replacement": "00"},
    keyring=NO_TOKEN,
)
IT = ProfileInfo(
    "night",
    {"server": "0099", "agent_id": "3003"},
    locked=frozenset({"server", "agent_id"}),
    provisioned=True,
    keyring=NO_TOKEN,
)


@pytest.fixture
def dialog(qtbot: QtBot) -> SettingsDialog:
    widget = SettingsDialog(VALUES, (), KEYRING, profiles=[SALES, IT], active_profile="sales")
    qtbot.addWidget(widget)
    return widget


def text(dialog: SettingsDialog, key: str) -> str:
    return dialog.field(key).text()  # type: ignore[attr-defined]


def set_text(dialog: SettingsDialog, key: str, value: str) -> None:
    dialog.field(key).setText(value)  # type: ignore[attr-defined]


def test_opens_on_the_active_profile_and_lists_all(dialog):
    combo = dialog.profile_combo()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "default",
        "sales",
        "night (provided by IT)",
    ]
    assert dialog.shown_profile() == "sales"
    assert (text(dialog, "server"), text(dialog, "agent_id"), text(dialog, "dial_prefix")) == (
        "0077",
        "2002",
        "",
    )
    assert combo.accessibleName() == "Profile to edit"


def test_nothing_changed_means_an_empty_result(dialog):
    dialog.show_profile("default")
    dialog.show_profile("night")
    result = dialog.result_value()
    assert (result.values, result.profile_edits, result.removed_profiles) == ({}, (), ())


def test_edits_of_each_profile_are_kept_apart(dialog):
    set_text(dialog, "agent_id", "2222")
    assert dialog.show_profile("default")
    assert text(dialog, "agent_id") == "1001"
    set_text(dialog, "dial_prefix", "7")
    assert dialog.show_profile("sales")
    assert text(dialog, "agent_id") == "2222"  # the edit survived the switch

    result = dialog.result_value()

    assert result.values == {"dial_prefix": "7"}
    assert result.profile_edits == (ProfileEdit("sales", "sales", {"agent_id": "2222"}),)


def test_an_invalid_profile_cannot_be_left(dialog):
    set_text(dialog, "server", "evil.com/")
    assert dialog.error_text("server")

    assert dialog.show_profile("default") is False
    assert dialog.shown_profile() == "sales"
    assert not dialog.ok_button().isEnabled()


def test_add_copies_the_default_profile_and_needs_a_free_name(dialog, qtbot):
    dialog.add_profile_button().click()
    assert dialog.shown_profile() == "profile-2"
    assert text(dialog, "server") == "0042"  # a copy of the default profile
    name = dialog.profile_name_field()
    for taken in ("Sales", "default"):
        name.setText(taken)
        assert dialog.error_text("profile_name") == "Another profile already has this name."
        assert not dialog.ok_button().isEnabled()
    name.setText("a b")
    assert "letters, digits" in dialog.error_text("profile_name")
    name.setText("support")
    set_text(dialog, "agent_id", "4004")
    dialog.field("token").setText("support-token")  # type: ignore[attr-defined]

    result = dialog.result_value()

    (added,) = result.profile_edits
    assert (added.name, added.original, added.token) == ("support", None, "support-token")
    assert added.values == {
        "server": "0042",
        "agent_id": "4004",
        "dial_prefix": "9",
        "plus_replacement": "",
        "default_country": "",
    }
    assert result.token is None  # the default profile's token is untouched


def test_rename_and_token_change_of_an_existing_profile(dialog):
    dialog.profile_name_field().setText("ventas")
    dialog.field("token").setText("new-sales-token")  # type: ignore[attr-defined]

    (edit,) = dialog.result_value().profile_edits

    assert (edit.name, edit.original, edit.values, edit.token) == (
        "ventas",
        "sales",
        {},
        "new-sales-token",
    )


def test_remove_a_profile(dialog):
    dialog.remove_profile_button().click()

    assert dialog.shown_profile() == "default"
    combo = dialog.profile_combo()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "default",
        "night (provided by IT)",
    ]
    result = dialog.result_value()
    assert (result.removed_profiles, result.profile_edits) == (("sales",), ())


def test_default_and_it_profiles_cannot_be_renamed_or_removed(dialog):
    for name in ("default", "night"):
        assert dialog.show_profile(name)
        assert dialog.profile_name_field().isReadOnly()
        assert not dialog.remove_profile_button().isEnabled()


def test_it_profiles_show_their_locked_keys_locked(dialog):
    dialog.show_profile("night")

    assert dialog.field("server").isReadOnly()  # type: ignore[attr-defined]
    assert dialog.field("agent_id").isReadOnly()  # type: ignore[attr-defined]
    assert "Managed by your IT department." in dialog.field("server").accessibleDescription()
    assert not dialog.field("dial_prefix").isReadOnly()  # type: ignore[attr-defined]
    set_text(dialog, "dial_prefix", "5")
    dialog.show_profile("sales")  # the lock goes with the profile
    assert not dialog.field("server").isReadOnly()  # type: ignore[attr-defined]
    assert "Managed" not in dialog.field("server").accessibleDescription()
    (edit,) = dialog.result_value().profile_edits
    assert (edit.name, edit.values) == ("night", {"dial_prefix": "5"})


def test_the_remove_token_choice_belongs_to_one_profile(dialog):
    dialog.show_profile("default")
    buttons = [
        b for b in dialog.findChildren(type(dialog.ok_button())) if b.text() == "Remove token"
    ]
    (remove,) = buttons
    assert remove.isEnabled()
    remove.click()
    dialog.show_profile("sales")
    assert not remove.isChecked() and not remove.isEnabled()  # sales has no token
    result = dialog.result_value()
    assert result.clear_token is True and result.profile_edits == ()


def test_without_profiles_the_dialog_has_no_profile_section(qtbot):
    legacy = SettingsDialog(VALUES, (), KEYRING)
    qtbot.addWidget(legacy)
    assert legacy.shown_profile() == ""
    set_text(legacy, "agent_id", "1002")
    assert legacy.result_value().values == {"agent_id": "1002"}


# --- language ------------------------------------------------------------------------------


def test_language_choice(qtbot):
    dialog = SettingsDialog({**VALUES, "language": "es"}, (), KEYRING)
    qtbot.addWidget(dialog)
    combo = dialog.field("language")
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "es", "pt_BR"]
    assert combo.currentData() == "es"
    assert combo.itemText(3) == "Português (Brasil)"
    assert dialog.result_value().values == {}

    combo.setCurrentIndex(3)

    assert dialog.result_value().values == {"language": "pt_BR"}


def test_language_locked_by_it(qtbot):
    dialog = SettingsDialog(VALUES, ("language",), KEYRING)
    qtbot.addWidget(dialog)
    assert not dialog.field("language").isEnabled()
    assert "language" not in dialog.result_value().values


def test_with_one_profile_the_section_hides_until_a_second_is_added(qtbot):
    dialog = SettingsDialog(VALUES, (), KEYRING, profiles=[])
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.profile_combo()
    assert not combo.isVisible()
    add = dialog.add_profile_button()
    assert add.isVisible() and add.text() == "Add another pro&file…"

    add.click()

    assert combo.isVisible() and not add.isVisible()
    assert dialog.shown_profile() == "profile-2"
    dialog.remove_profile_button().click()
    assert not combo.isVisible() and dialog.add_profile_button() is add
    assert dialog.result_value().profile_edits == ()


def test_a_new_profile_keeps_the_keys_it_locks_for_the_whole_pc_read_only(qtbot):
    dialog = SettingsDialog(VALUES, ("server",), KEYRING, profiles=[SALES])
    qtbot.addWidget(dialog)
    assert dialog.field("server").isReadOnly()  # type: ignore[attr-defined]

    dialog.add_profile_button().click()

    assert dialog.field("server").isReadOnly()  # type: ignore[attr-defined]
    assert text(dialog, "server") == "0042"
