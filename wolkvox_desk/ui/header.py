"""The window's header: the profile in use ("Agent 1001 @ wv0042"), a status line, the agent
status menu, a settings button, and the banner shown in demo mode or while
``WOLKVOX_DESK_API_BASE`` is set.

With more than one profile (issue 7) a profile button in front of the agent line opens a menu of
them; picking one emits ``profile_selected(name)``. The caller switches, and tells the header
(:meth:`Header.set_profiles`). While a dial is in flight (:meth:`Header.set_busy`) the button is
disabled: a dial must finish with the profile it started with."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.style import Tone, accent, line_height, scaled_font, tinted_background


class Banner(QLabel):
    """A warning-toned strip with a coloured border, painted from the current palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(scaled_font(self.font(), 1.0, bold=True))
        pad = max(3, line_height(self) // 3)
        self.setContentsMargins(pad, pad, pad, pad)
        self.setAccessibleName(self.tr("Notice"))
        # Minimum, not Maximum: a wrapped (translated) notice must get the height of all its
        # lines at narrow widths; the history list, not the banner, takes spare height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(accent(palette, Tone.WARNING))
        painter.setBrush(tinted_background(palette, Tone.WARNING))
        radius = line_height(self) / 4
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), radius, radius)
        painter.end()
        super().paintEvent(event)


class Header(QWidget):
    """Profile line, status line, settings button and banner. Emits ``settings_requested``
    and ``profile_selected(name)``."""

    settings_requested = Signal()
    profile_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = QLabel(self)
        self._profile.setObjectName("profileLabel")
        self._profile.setFont(scaled_font(self.font(), 1.1, bold=True))
        self._profile.setAccessibleName(self.tr("Profile"))
        self._profile.setToolTip(self.tr("The wolkvox server and agent extension in use"))
        self._profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status = QLabel(self)
        self._status.setObjectName("statusLabel")
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)
        self._status.setVisible(False)
        self._settings = self._make_settings_button()
        self._switcher = self._make_profile_button()
        self._profile_names: list[str] = []
        self._active_profile = ""
        self._busy = False
        self._banner = Banner(self)
        self._banner.setVisible(False)
        self._lay_out()
        self.set_profile("", "")
        self.set_profiles([], "")

    def settings_button(self) -> QToolButton:
        return self._settings

    def set_agent_status(self, widget: QWidget) -> None:
        """Put the agent status menu (Ready, Logout, auxiliary states) left of Settings."""
        index = self._top.indexOf(self._settings)
        self._top.insertWidget(index, widget, 0, Qt.AlignmentFlag.AlignTop)

    def set_profile(self, server: str, agent_id: str) -> None:
        if server and agent_id:
            words = self.tr("Agent {agent} @ wv{server}").format(agent=agent_id, server=server)
        elif agent_id:
            words = self.tr("Agent {agent} (no server set)").format(agent=agent_id)
        elif server:
            words = self.tr("wv{server} (no agent set)").format(server=server)
        else:
            words = self.tr("Not set up yet")
        self._profile.setText(words)
        self._profile.setAccessibleDescription(
            self.tr("The wolkvox server and agent extension this window dials with.")
        )

    def profile_text(self) -> str:
        return self._profile.text()

    # --- profiles ------------------------------------------------------------------------

    def profile_button(self) -> QToolButton:
        return self._switcher

    def set_profiles(self, names: list[str], active: str) -> None:
        """The profiles to offer and the one in use; the button shows only with two or more."""
        self._profile_names = list(names)
        self._active_profile = active
        menu = self._switcher.menu()
        assert menu is not None
        for old in self._profile_group.actions():
            self._profile_group.removeAction(old)
            menu.removeAction(old)
            old.deleteLater()  # may be the action being triggered right now
        for name in self._profile_names:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(name == active)
            action.setData(name)
            self._profile_group.addAction(action)
            menu.addAction(action)
        self._switcher.setText(active)
        self._switcher.setVisible(len(self._profile_names) > 1)
        self._describe_switcher()

    def profile_names(self) -> list[str]:
        return list(self._profile_names)

    def active_profile(self) -> str:
        return self._active_profile

    def set_busy(self, busy: bool) -> None:
        """While a dial is in flight the profile cannot be switched."""
        self._busy = busy
        self._switcher.setEnabled(not busy)
        self._describe_switcher()

    def select_profile(self, name: str) -> bool:
        """Ask for ``name`` as if picked from the menu; False (nothing emitted) when busy,
        unknown, or already in use."""
        if self._busy or name == self._active_profile or name not in self._profile_names:
            return False
        self.profile_selected.emit(name)
        return True

    def _describe_switcher(self) -> None:
        if self._busy:
            tip = self.tr("Profile {name}. Wait for the dial to finish to switch.")
        else:
            tip = self.tr("Profile {name}. Press to switch to another operation.")
        self._switcher.setToolTip(tip.format(name=self._active_profile))
        self._switcher.setAccessibleDescription(tip.format(name=self._active_profile))

    def _on_profile_menu_triggered(self, action: QAction) -> None:
        self.select_profile(str(action.data()))
        # The tick stays on the profile in use until the caller switches and says so
        # (set_profiles); a refused switch leaves it where it was.
        for each in self._profile_group.actions():
            each.setChecked(each.data() == self._active_profile)

    def set_status(self, words: str) -> None:
        self._status.setText(words)
        self._status.setAccessibleDescription(words)
        self._status.setVisible(bool(words))

    def status_text(self) -> str:
        return self._status.text()

    def set_banner(self, words: str | None) -> None:
        self._banner.setText(words or "")
        self._banner.setAccessibleDescription(words or "")
        self._banner.setVisible(bool(words))

    def banner_text(self) -> str:
        return self._banner.text() if not self._banner.isHidden() else ""

    def _make_settings_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("settingsButton")
        button.setIcon(icon("settings"))
        size = round(line_height(self) * 1.3)
        button.setIconSize(QSize(size, size))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setText(self.tr("Settings"))
        button.setAccessibleName(self.tr("Settings"))
        button.setAccessibleDescription(
            self.tr("Open the settings: server, agent, dial plan and token (Ctrl+,).")
        )
        button.setToolTip(self.tr("Settings (Ctrl+,)"))
        button.clicked.connect(self.settings_requested)
        return button

    def _make_profile_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("profileButton")
        button.setFont(scaled_font(self.font(), 1.1, bold=True))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(self.tr("Profile"))
        menu = QMenu(button)
        menu.setAccessibleName(self.tr("Profiles"))
        button.setMenu(menu)
        self._profile_group = QActionGroup(menu)
        self._profile_group.setExclusive(True)
        self._profile_group.triggered.connect(self._on_profile_menu_triggered)
        return button

    def _lay_out(self) -> None:
        lines = QVBoxLayout()
        lines.setSpacing(0)
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.setSpacing(max(4, line_height(self) // 2))
        first.addWidget(self._switcher)
        first.addWidget(self._profile, 1)
        lines.addLayout(first)
        lines.addWidget(self._status)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(lines, 1)
        top.addWidget(self._settings, 0, Qt.AlignmentFlag.AlignTop)
        self._top = top
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(max(4, line_height(self) // 3))
        outer.addLayout(top)
        outer.addWidget(self._banner)
