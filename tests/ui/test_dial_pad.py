"""The dial pad on its own: what each key emits, long presses, and words for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from wolkvox_desk.ui.dial_pad import DialPad

PHONE_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#", "+")


class Recorder:
    """Collects what the pad emits, in order, as one list of events."""

    def __init__(self, pad: DialPad) -> None:
        self.events: list[str] = []
        pad.key_pressed.connect(self.events.append)
        pad.backspace_pressed.connect(lambda: self.events.append("<backspace>"))
        pad.clear_pressed.connect(lambda: self.events.append("<clear>"))


@pytest.fixture
def pad(qtbot: QtBot) -> DialPad:
    widget = DialPad()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_every_key_types_its_character(pad: DialPad) -> None:
    recorder = Recorder(pad)
    for char in PHONE_KEYS:
        pad.key(char).click()
    assert recorder.events == list(PHONE_KEYS)


def test_backspace_key_emits_backspace(pad: DialPad, qtbot: QtBot) -> None:
    recorder = Recorder(pad)
    qtbot.mouseClick(pad.key("backspace"), Qt.MouseButton.LeftButton)
    assert recorder.events == ["<backspace>"]


def test_short_press_on_zero_types_zero(pad: DialPad, qtbot: QtBot) -> None:
    recorder = Recorder(pad)
    qtbot.mouseClick(pad.key("0"), Qt.MouseButton.LeftButton)
    assert recorder.events == ["0"]


def test_long_press_on_zero_types_plus_and_not_zero(pad: DialPad, qtbot: QtBot) -> None:
    pad.set_long_press_ms(0)  # the hold "lasts long enough" at the next event-loop turn
    recorder = Recorder(pad)
    qtbot.mousePress(pad.key("0"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recorder.events == ["+"])
    qtbot.mouseRelease(pad.key("0"), Qt.MouseButton.LeftButton)
    assert recorder.events == ["+"]


def test_long_press_on_backspace_clears_instead(pad: DialPad, qtbot: QtBot) -> None:
    pad.set_long_press_ms(0)
    recorder = Recorder(pad)
    qtbot.mousePress(pad.key("backspace"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recorder.events == ["<clear>"])
    qtbot.mouseRelease(pad.key("backspace"), Qt.MouseButton.LeftButton)
    assert recorder.events == ["<clear>"]


def test_a_press_released_outside_the_key_types_nothing(pad: DialPad, qtbot: QtBot) -> None:
    recorder = Recorder(pad)
    key = pad.key("5")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    outside = QPoint(key.width() + 50, key.height() + 50)
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton, pos=outside)
    assert recorder.events == []


def test_keys_never_take_focus(pad: DialPad) -> None:
    assert pad.keys(), "the pad has keys"
    for name, key in pad.keys().items():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus, name


def test_every_key_has_an_accessible_name_and_description(pad: DialPad) -> None:
    keys = pad.keys()
    assert set(keys) == {*PHONE_KEYS, "backspace"}
    names = set()
    for name, key in keys.items():
        assert key.accessibleName().strip(), name
        assert key.accessibleDescription().strip(), name
        names.add(key.accessibleName())
    assert len(names) == len(keys), "a screen reader can tell every key apart"
    assert "plus" in pad.key("0").accessibleDescription().lower()
