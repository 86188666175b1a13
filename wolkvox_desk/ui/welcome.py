"""The first-run welcome: what the app needs, and a choice of settings, demo or quit.

Shown instead of an empty window when the app is not configured. It only records the choice;
the caller opens the settings dialog, starts the demo or quits.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.style import available_geometry

WelcomeChoice = Literal["settings", "demo", "quit"]


class WelcomeDialog(QDialog):
    """First-run welcome. After ``exec()``, :meth:`choice` says which button was pressed.

    Closing the dialog (Esc, the window's close button) counts as "quit": there is nothing
    useful to show an unconfigured app in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice: WelcomeChoice = "quit"
        self.setWindowTitle(self.tr("Welcome"))
        self.setWindowIcon(icon("wolkvox-desk"))

        title = QLabel(self.tr("Welcome to wolkvox desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # long in Spanish, and with large fonts
        text = QLabel(
            self.tr(
                "To dial you need your operation's server code, your agent extension and an API "
                "token from wolkvox Manager (Configuration › Integrations › Tokens)."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        more = QLabel(
            self.tr("No account at hand? The demo dials a built-in simulator, not real customers."),
            self,
        )
        more.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.settings_button = self._button(
            buttons,
            self.tr("Open &settings"),
            "settings",
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Enter the server, your extension and the token."),
        )
        self.demo_button = self._button(
            buttons,
            self.tr("Try the &demo"),
            "demo",
            QDialogButtonBox.ButtonRole.ActionRole,
            self.tr("Open the window against the built-in simulator; no account needed."),
        )
        self.quit_button = self._button(
            buttons,
            self.tr("&Quit"),
            "quit",
            QDialogButtonBox.ButtonRole.RejectRole,
            self.tr("Close wolkvox desk."),
        )
        self.settings_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(more)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setAccessibleDescription(text.text())
        self.settings_button.setFocus()
        # Open at a comfortable reading width; the minimum stays the layout's own (the three
        # buttons side by side), which a long translation or a large font makes wider.
        width = min(420, available_geometry(self).width())
        self.resize(max(width, self.sizeHint().width()), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Wrapped text needs more height as the dialog narrows, and a window's minimum size
        # ignores that: keep the minimum height at what the text needs at this width.
        layout = self.layout()
        if layout is not None:
            needed = layout.totalMinimumHeightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def _button(
        self,
        buttons: QDialogButtonBox,
        text: str,
        choice: WelcomeChoice,
        role: QDialogButtonBox.ButtonRole,
        description: str,
    ) -> QPushButton:
        button = buttons.addButton(text, role)
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: WelcomeChoice) -> None:
        self._choice = choice
        if choice == "quit":
            self.reject()
        else:
            self.accept()

    def choice(self) -> WelcomeChoice:
        """What the user picked; "quit" also when the dialog was closed."""
        return self._choice
