"""The phone field (large type, cleans what is pasted) and the live preview line under it.

The preview runs ``core.dialing`` on every edit and shows exactly what will be sent after the
operation's dial plan ("Will send 9573001234567"), or the validation error in words, so what
is sent is what the agent saw. An error from the controller (``show_error``) takes the
preview's place until the number is edited. Errors are set on an accessible label and
announced, never shown by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from wolkvox_desk import text
from wolkvox_desk.core import dialing
from wolkvox_desk.core.errors import WolkvoxDeskError
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.ui.style import Tone, ToneLabel, announce, line_height, scaled_font

PHONE_FONT_FACTOR = 1.6


def normalised_paste(raw: str) -> str:
    """What a paste into the phone field inserts: '+' and digits (and an ``x`` extension)
    when ``core.dialing`` can clean it, otherwise the raw text, so the preview names the
    problem and nothing is dropped silently."""
    stripped = raw.strip()
    try:
        number = dialing.clean_phone(stripped)
    except WolkvoxDeskError:
        return stripped
    cleaned = ("+" if number.international else "") + number.digits
    return f"{cleaned} x{number.extension}" if number.extension else cleaned


class PhoneEdit(QLineEdit):
    """A QLineEdit whose pastes (keyboard, context menu, middle click, drop) are cleaned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneEdit")
        self.setFont(scaled_font(self.font(), PHONE_FONT_FACTOR))
        self.setClearButtonEnabled(True)
        self._describe_clear_button()
        self.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _describe_clear_button(self) -> None:
        # Qt's built-in clear button has no words for screen readers; give it some
        words = self.tr("Clear the number")
        action = self.findChild(QAction, "_q_qlineeditclearaction")
        if action is not None:
            action.setText(words)
            action.setToolTip(words)
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(words)
            button.setAccessibleDescription(
                self.tr("Empties the phone field (Esc clears the form).")
            )

    def paste_text(self, raw: str) -> None:
        """Insert ``raw`` at the cursor (replacing a selection), cleaned when possible."""
        if raw:
            self.insert(normalised_paste(raw))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and not self.isReadOnly():
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # X11 middle-click pastes the selection; clean it like any other paste
        clipboard = QGuiApplication.clipboard()
        if event.button() == Qt.MouseButton.MiddleButton and clipboard.supportsSelection():
            self.paste_text(clipboard.text(clipboard.Mode.Selection))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime: QMimeData = event.mimeData()
        if mime.hasText() and event.source() is not self:
            self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
            self.paste_text(mime.text())
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu: QMenu = self.createStandardContextMenu()
        paste = next((a for a in menu.actions() if a.objectName() == "edit-paste"), None)
        if paste is not None:  # route the menu's Paste through the cleaning path
            paste.triggered.disconnect()
            paste.triggered.connect(lambda: self.paste_text(QGuiApplication.clipboard().text()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


class PhonePanel(QWidget):
    """The phone field and the preview line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = DialPlan()
        self._error = ""
        self._edit = PhoneEdit(self)
        self._edit.setPlaceholderText(self.tr("Phone number"))
        self._edit.setAccessibleName(self.tr("Phone number"))
        self._base_description = self.tr(
            "The number to dial. Type or paste it; formatting is cleaned. Press Enter to dial."
        )
        self._edit.setAccessibleDescription(self._base_description)
        self._preview = ToneLabel(self)
        self._preview.setObjectName("phonePreview")
        self._preview.setAccessibleName(self.tr("Number preview"))
        self._preview.setAccessibleDescription(
            self.tr("The exact digits that will be sent, or what is wrong with the number.")
        )
        self._preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._preview.setMinimumHeight(line_height(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(2, line_height(self) // 4))
        layout.addWidget(self._edit)
        layout.addWidget(self._preview)
        self._edit.textChanged.connect(self._on_edit_text_changed)
        self._update_preview()

    def edit(self) -> PhoneEdit:
        return self._edit

    def set_dial_plan(self, plan: DialPlan) -> None:
        self._plan = plan
        self._update_preview()

    def dial_plan(self) -> DialPlan:
        return self._plan

    def preview_text(self) -> str:
        return self._preview.text()

    def has_error(self) -> bool:
        """True when the preview line shows a problem instead of the digits to send."""
        return self._preview.tone() is Tone.ERROR

    def show_error(self, message: str) -> None:
        """Show a controller's error in the preview's place until the number is edited."""
        self._error = message
        self._update_preview()
        announce(self._preview)

    def _on_edit_text_changed(self, _text: str) -> None:
        self._error = ""
        self._update_preview()

    def _update_preview(self) -> None:
        message, tone = self._preview_message()
        self._preview.setText(message)
        self._preview.set_tone(tone)
        description = self._base_description
        if tone is Tone.ERROR:
            description = self.tr("{base} Problem: {error}").format(base=description, error=message)
        self._edit.setAccessibleDescription(description)

    def _preview_message(self) -> tuple[str, Tone | None]:
        if self._error:
            return self._error, Tone.ERROR
        typed = self._edit.text()
        if not typed.strip():
            return self.tr("Type or paste a number, then press Enter."), None
        try:
            number = dialing.clean_phone(typed)
            digits = dialing.apply_dial_plan(number, self._plan)
        except WolkvoxDeskError as error:
            return text.describe_local(error), Tone.ERROR
        if number.extension:
            return self.tr("Will send {digits} (extension {ext} is not dialed)").format(
                digits=digits, ext=number.extension
            ), None
        return self.tr("Will send {digits}").format(digits=digits), None
