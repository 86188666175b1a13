"""The tray icon and its menu: show/hide, dial from the clipboard, recent numbers, quit.

It wraps ``QSystemTrayIcon`` and only emits intents. Where the desktop has no tray (some
Linux sessions, offscreen tests) it builds its menu anyway and every call is a harmless no-op,
so the app needs no special case beyond asking :meth:`TrayIcon.available`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

#: How many recent numbers the menu lists.
MAX_RECENT = 10

#: How long a notification stays up, in milliseconds.
NOTIFY_MS = 6000


class TrayIcon(QObject):
    """The app's tray presence. ``recent_selected`` fills the form; nothing here dials."""

    show_hide_requested = Signal()
    dial_clipboard_requested = Signal()  # fills the form from the clipboard; needs Dial
    recent_selected = Signal(str)
    #: the menu is opening: its recent numbers should be brought up to date now
    recent_wanted = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A top-level menu (the tray has no widget to parent it to), owned by this object.
        self._menu = QMenu()
        self.show_hide_action = self._add(self.tr("Show / hide window"), self.show_hide_requested)
        self.dial_clipboard_action = self._add(
            self.tr("Dial number from clipboard"), self.dial_clipboard_requested
        )
        self._recent_menu = self._menu.addMenu(self.tr("Recent numbers"))
        self._menu.aboutToShow.connect(self.recent_wanted)
        self._menu.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested)
        self.set_recent([])

        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("wolkvox desk"))
            self._tray.setContextMenu(self._menu)
            self._tray.activated.connect(self._on_tray_activated)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = self._menu.addAction(text)
        action.triggered.connect(signal)
        return action

    def available(self) -> bool:
        """True when the desktop shows tray icons (hiding the window is then safe)."""
        return self._tray is not None

    def menu(self) -> QMenu:
        return self._menu

    def recent_menu(self) -> QMenu:
        return self._recent_menu

    def show(self) -> None:
        if self._tray is not None:
            self._tray.show()

    def set_recent(self, numbers: list[str]) -> None:
        """List ``numbers`` (newest first, duplicates dropped) under "Recent numbers"."""
        self._recent_menu.clear()
        unique = list(dict.fromkeys(n for n in numbers if n))[:MAX_RECENT]
        for number in unique:
            # "&" would become a mnemonic; numbers rarely hold one, but a typed one must show.
            action = self._recent_menu.addAction(number.replace("&", "&&"))
            action.setData(number)
            action.triggered.connect(lambda _checked=False, n=number: self.recent_selected.emit(n))
        if not unique:
            self._recent_menu.addAction(self.tr("No recent numbers")).setEnabled(False)

    def notify(self, title: str, text: str, ok: bool) -> None:
        """A desktop notification (used when a dial finishes while the window is hidden)."""
        if self._tray is None or not QSystemTrayIcon.supportsMessages():
            return
        kind = (
            QSystemTrayIcon.MessageIcon.Information if ok else QSystemTrayIcon.MessageIcon.Warning
        )
        self._tray.showMessage(title, text, kind, NOTIFY_MS)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A click toggles the window; a double click also sends Trigger first, so reacting to
        # DoubleClick too would hide the window again. The context menu is Qt's business.
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_hide_requested.emit()
