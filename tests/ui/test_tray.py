"""Tray icon: menu actions emit intents, recent numbers, and no crash without a system tray."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from wolkvox_desk.ui.tray import MAX_RECENT, TrayIcon


@pytest.fixture
def tray(qapp: QApplication) -> TrayIcon:
    return TrayIcon(QIcon())


def recent_texts(tray: TrayIcon) -> list[str]:
    return [action.text() for action in tray.recent_menu().actions()]


def test_offscreen_has_no_tray_and_nothing_breaks(qapp: QApplication, tray: TrayIcon) -> None:
    assert QSystemTrayIcon.isSystemTrayAvailable() is False
    assert not tray.available()
    tray.show()
    tray.notify("Dial sent", "300 123 4567", ok=True)
    tray.notify("Dial failed", "Token refused", ok=False)


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("show_hide_action", "show_hide_requested"),
        ("dial_clipboard_action", "dial_clipboard_requested"),
        ("quit_action", "quit_requested"),
    ],
)
def test_menu_actions_emit(qtbot: QtBot, tray: TrayIcon, action: str, signal: str) -> None:
    assert getattr(tray, action) in tray.menu().actions()
    with qtbot.waitSignal(getattr(tray, signal)):
        getattr(tray, action).trigger()


def test_recent_numbers_build_entries(qtbot: QtBot, tray: TrayIcon) -> None:
    tray.set_recent(["300 123 4567", "601 555 0101", "300 123 4567", ""])
    assert recent_texts(tray) == ["300 123 4567", "601 555 0101"]
    with qtbot.waitSignal(tray.recent_selected) as blocker:
        tray.recent_menu().actions()[1].trigger()
    assert blocker.args == ["601 555 0101"]


def test_recent_numbers_replace_the_old_ones(tray: TrayIcon) -> None:
    tray.set_recent(["111"])
    tray.set_recent(["222", "333"])
    assert recent_texts(tray) == ["222", "333"]


def test_recent_numbers_are_capped(tray: TrayIcon) -> None:
    tray.set_recent([str(1000 + n) for n in range(MAX_RECENT + 5)])
    assert len(recent_texts(tray)) == MAX_RECENT
    assert recent_texts(tray)[0] == "1000"


def test_no_recent_numbers_shows_a_disabled_entry(tray: TrayIcon) -> None:
    tray.set_recent(["300"])
    tray.set_recent([])
    actions = tray.recent_menu().actions()
    assert [a.text() for a in actions] == ["No recent numbers"]
    assert not actions[0].isEnabled()


def test_an_ampersand_is_shown_not_taken_as_a_mnemonic(qtbot: QtBot, tray: TrayIcon) -> None:
    tray.set_recent(["300&1"])
    action = tray.recent_menu().actions()[0]
    assert action.text() == "300&&1"
    with qtbot.waitSignal(tray.recent_selected) as blocker:
        action.trigger()
    assert blocker.args == ["300&1"]


def test_a_click_on_the_tray_icon_toggles_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    tray = TrayIcon(QIcon())
    assert tray.available()
    icon = tray.findChild(QSystemTrayIcon)
    assert icon.contextMenu() is tray.menu()
    toggles: list[bool] = []
    tray.show_hide_requested.connect(lambda: toggles.append(True))
    icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    # A double click arrives as Trigger + DoubleClick; reacting to both would toggle twice.
    icon.activated.emit(QSystemTrayIcon.ActivationReason.DoubleClick)
    icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert toggles == [True]


def test_opening_the_menu_asks_for_fresh_recent_numbers(qtbot: QtBot, tray: TrayIcon) -> None:
    with qtbot.waitSignal(tray.recent_wanted, timeout=1000):
        tray.menu().aboutToShow.emit()
