"""The header's profile switcher: shown with two or more profiles, keyboard reachable,
``profile_selected`` on a pick, refused while a dial is in flight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wolkvox_desk.ui.header import Header


@pytest.fixture
def header(qtbot):
    widget = Header()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _pick(header: Header, name: str) -> None:
    menu = header.profile_button().menu()
    (action,) = [a for a in menu.actions() if a.data() == name]
    action.trigger()


def test_one_profile_hides_the_switcher(header):
    header.set_profiles(["default"], "default")
    assert header.profile_button().isHidden()
    header.set_profile("0042", "1001")
    assert header.profile_text() == "Agent 1001 @ wv0042"


def test_two_profiles_show_a_menu_with_the_active_one_checked(header):
    header.set_profiles(["default", "sales"], "sales")

    button = header.profile_button()
    assert not button.isHidden()
    assert button.text() == "sales"
    assert button.accessibleName() == "Profile"
    assert "sales" in button.accessibleDescription()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    menu = button.menu()
    assert [(a.text(), a.isChecked()) for a in menu.actions()] == [
        ("default", False),
        ("sales", True),
    ]


def test_picking_a_profile_emits_its_name(header, qtbot):
    header.set_profiles(["default", "sales", "support"], "default")

    with qtbot.waitSignal(header.profile_selected) as signal:
        _pick(header, "support")

    assert signal.args == ["support"]
    # the tick stays where it is until the caller switches and says so
    checked = [a.text() for a in header.profile_button().menu().actions() if a.isChecked()]
    assert checked == ["default"]
    header.set_profiles(["default", "sales", "support"], "support")
    assert header.profile_button().text() == "support"


def test_picking_the_profile_in_use_emits_nothing(header, qtbot):
    header.set_profiles(["default", "sales"], "sales")
    with qtbot.assertNotEmitted(header.profile_selected):
        _pick(header, "sales")


def test_no_switching_while_a_dial_is_in_flight(header, qtbot):
    header.set_profiles(["default", "sales"], "default")
    header.set_busy(True)

    assert not header.profile_button().isEnabled()
    assert "Wait for the dial" in header.profile_button().accessibleDescription()
    with qtbot.assertNotEmitted(header.profile_selected):
        assert header.select_profile("sales") is False
        _pick(header, "sales")
    header.set_busy(False)
    with qtbot.waitSignal(header.profile_selected):
        assert header.select_profile("sales") is True


def test_the_keyboard_opens_the_menu_and_picks(header, qtbot):
    header.set_profiles(["default", "sales"], "default")
    button = header.profile_button()
    button.setFocus()
    menu = button.menu()
    picked: list[str] = []
    header.profile_selected.connect(picked.append)

    def choose_in_menu() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, choose_in_menu)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # InstantPopup: runs the menu's event loop

    assert picked == ["sales"]
