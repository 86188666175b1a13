"""The dial pad: twelve phone keys, a '+' key and backspace, laid out like a numeric keypad.

It only emits what was pressed; the window decides where the characters go (the phone field,
at its cursor). Keys never take keyboard focus, so clicking one leaves the focus (and the
cursor) in the phone field; typing digits is the keyboard path. Each key still has an
accessible name and description for screen readers.

Long presses, timed with a single-shot QTimer: holding 0 types '+', holding backspace clears.

Tone mode (:meth:`DialPad.set_tone_mode`, while the call panel is open): the window sends the
phone keys as DTMF tones instead of typing them; the pad says so to screen readers, and '+'
(no tone) is disabled. Backspace still edits the phone field.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.style import line_height, scaled_font

LONG_PRESS_MS = 600

# the phone keys, filled into three columns; '+' and backspace take a fourth, two rows each
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class DialPadKey(QPushButton):
    """One key. Emits ``tapped`` on a click and ``held`` once a press lasts long enough (that
    press then does not also tap). Only ``holdable`` keys time their presses."""

    tapped = Signal()
    held = Signal()

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        long_press_ms: int,
        holdable: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self._held = False
        self._holdable = holdable
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(long_press_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pressed.connect(self._on_self_pressed)
        self.released.connect(self._on_self_released)
        self.clicked.connect(self._on_self_clicked)

    def set_long_press_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def long_press_ms(self) -> int:
        return self._timer.interval()

    def sizeHint(self) -> QSize:
        # a comfortable touch target that grows with the font (200% scale, large fonts)
        hint = super().sizeHint()
        unit = line_height(self)
        return QSize(max(hint.width(), unit * 3), max(hint.height(), round(unit * 1.6)))

    def minimumSizeHint(self) -> QSize:
        unit = line_height(self)
        return QSize(round(unit * 2.2), round(unit * 1.3))

    def _on_self_pressed(self) -> None:
        self._held = False
        if self._holdable:
            self._timer.start()

    def _on_self_released(self) -> None:
        self._timer.stop()

    def _on_self_clicked(self) -> None:
        # clicked means released over the key (dragging off cancels); a hold already acted
        if self._held:
            self._held = False
            return
        self.tapped.emit()

    def _on_timer_timeout(self) -> None:
        if self.isDown():
            self._held = True
            self.held.emit()


class DialPad(QWidget):
    """Phone keys plus '+' and backspace. Signals: ``key_pressed(str)`` for a character,
    ``backspace_pressed`` and ``clear_pressed`` (a long press on backspace)."""

    key_pressed = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, long_press_ms: int = LONG_PRESS_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialPad")
        self.setAccessibleName(self.tr("Dial pad"))
        self.setAccessibleDescription(
            self.tr("Keys that type into the phone number. Typing digits does the same.")
        )
        self._keys: dict[str, DialPadKey] = {}
        self._tone_mode = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        spacing = max(4, line_height(self) // 3)
        grid.setHorizontalSpacing(spacing)
        grid.setVerticalSpacing(spacing)
        for index, char in enumerate(_KEYS):
            key = self._make_key(char, long_press_ms)
            grid.addWidget(key, index // 3, index % 3)
        grid.addWidget(self._make_backspace(long_press_ms), 0, 3, 2, 1)
        grid.addWidget(self._make_key("+", long_press_ms), 2, 3, 2, 1)

    def keys(self) -> dict[str, DialPadKey]:
        """Every key by what it types; backspace is ``"backspace"`` (for tests and a11y)."""
        return dict(self._keys)

    def key(self, name: str) -> DialPadKey:
        return self._keys[name]

    def set_long_press_ms(self, ms: int) -> None:
        for key in self._keys.values():
            key.set_long_press_ms(ms)

    def set_tone_mode(self, on: bool) -> None:
        """While a call is open the keys send tones: describe them so; '+' is no tone."""
        self._tone_mode = on
        for char in _KEYS:
            name, description = self._describe(char)
            self._keys[char].setAccessibleName(name)
            self._keys[char].setAccessibleDescription(description)
            self._keys[char].setToolTip(description)
        self._keys["+"].setEnabled(not on)
        if on:
            self.setAccessibleDescription(self.tr("Keys that send tones into the call."))
        else:
            self.setAccessibleDescription(
                self.tr("Keys that type into the phone number. Typing digits does the same.")
            )

    def tone_mode(self) -> bool:
        return self._tone_mode

    def _make_key(self, char: str, long_press_ms: int) -> DialPadKey:
        label = self.tr("0  +") if char == "0" else char
        key = DialPadKey(label, self, long_press_ms=long_press_ms, holdable=char == "0")
        key.setObjectName(f"dialKey_{_KEY_NAMES[char]}")
        key.setFont(scaled_font(self.font(), 1.3, bold=True))
        name, description = self._describe(char)
        key.setAccessibleName(name)
        key.setAccessibleDescription(description)
        key.setToolTip(description)
        key.tapped.connect(lambda c=char: self.key_pressed.emit(c))
        if char == "0":
            key.held.connect(lambda: self.key_pressed.emit("+"))
        self._keys[char] = key
        return key

    def _make_backspace(self, long_press_ms: int) -> DialPadKey:
        key = DialPadKey("", self, long_press_ms=long_press_ms, holdable=True)
        key.setObjectName("dialKey_backspace")
        key.setIcon(icon("backspace"))
        size = round(line_height(self) * 1.4)
        key.setIconSize(QSize(size, size))
        key.setAccessibleName(self.tr("Backspace"))
        description = self.tr("Deletes the character before the cursor. Hold to clear the number.")
        key.setAccessibleDescription(description)
        key.setToolTip(description)
        key.tapped.connect(self.backspace_pressed)
        key.held.connect(self.clear_pressed)
        self._keys["backspace"] = key
        return key

    def _describe(self, char: str) -> tuple[str, str]:
        """Accessible name and description of a key, in words a screen reader says well."""
        if self._tone_mode and char != "+":
            name = {"*": self.tr("Star"), "#": self.tr("Hash")}.get(char, char)
            return name, self.tr("Sends the tone {key} into the call.").format(key=char)
        if char == "0":
            return self.tr("0"), self.tr("Types 0. Hold to type a plus sign.")
        if char == "+":
            return self.tr("Plus"), self.tr("Types a plus sign, for international numbers.")
        if char == "*":
            return self.tr("Star"), self.tr("Types a star (*).")
        if char == "#":
            return self.tr("Hash"), self.tr("Types a hash (#).")
        return char, self.tr("Types {digit}.").format(digit=char)


_KEY_NAMES = {c: c for c in "0123456789"} | {"*": "star", "#": "hash", "+": "plus"}
