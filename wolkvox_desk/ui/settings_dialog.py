"""The settings dialog: profiles, connection, token, dial plan, history, window and language.

Given ``profiles`` (issue 7), a Profile section picks the profile whose server, agent, dial plan
and token the fields below show; it adds, renames and removes profiles. Each profile's edits are
kept while another is shown, and switching away from one with an error is refused, so every
profile in the result is valid. Profiles IT provides cannot be renamed or removed, and the keys
their policy gives are locked. The result lists the ``default`` profile's changes in
``values``/``token`` as before, and the other profiles' in ``profile_edits``.

Validation is the core's (``wolkvox_desk.core.dialing`` validators); this module only shows
their verdicts under each field, keeps OK disabled while anything is invalid and reports what
changed. It never saves: the caller applies :meth:`SettingsDialog.result_value` (settings file,
keyring) after ``exec()`` returns Accepted. Keys locked by IT policy are shown read-only with a
note, and are never part of the result.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk.core.dialing import (
    dial_plan_example,
    phone_to_send,
    validate_agent_id,
    validate_country,
    validate_dial_prefix,
    validate_plus_replacement,
    validate_server,
)
from wolkvox_desk.core.errors import PhoneNumberError, SettingValueError
from wolkvox_desk.core.models import (
    DEFAULT_PROFILE,
    PROFILE_KEYS,
    DialPlan,
    validate_profile_name,
)
from wolkvox_desk.text import describe_local
from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.style import available_geometry

#: Text settings and the core validator that checks (and normalises) each.
TEXT_VALIDATORS: dict[str, Callable[[str], str]] = {
    "server": validate_server,
    "agent_id": validate_agent_id,
    "dial_prefix": validate_dial_prefix,
    "plus_replacement": validate_plus_replacement,
    "default_country": validate_country,
}
RETENTION_KEY = "history_retention_days"
LANGUAGE_KEY = "language"
RETENTION_MAX_DAYS = 3650
DEFAULT_RETENTION_DAYS = 90

_ERROR_LIGHT, _ERROR_DARK = QColor("#b3261e"), QColor("#ff8a80")


@dataclass(frozen=True)
class KeyringInfo:
    """What the caller knows about token storage, without the token itself.

    ``token_source`` is ``"env"`` (``WOLKVOX_TOKEN``), ``"session"``, ``"keyring"`` or None.
    """

    available: bool
    backend_name: str
    has_token: bool
    token_source: str | None


@dataclass(frozen=True)
class SettingsResult:
    """What the user changed. ``values`` holds only changed, unlocked keys (normalised).

    ``token`` is a newly typed token (None: unchanged); ``token_session_only`` asks to keep
    it in memory only (offered when there is no keyring); ``clear_token`` asks to remove it.
    """

    values: dict[str, object]
    token: str | None
    token_session_only: bool
    clear_token: bool
    #: the other profiles: added, renamed, changed, or with a token change
    profile_edits: tuple[ProfileEdit, ...] = ()
    #: names of profiles to remove (with their tokens)
    removed_profiles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProfileInfo:
    """A profile as the dialog receives it: its values (the profile keys), the keys IT locks,
    whether IT provides it (no rename or removal), and what is known about its token."""

    name: str
    values: Mapping[str, object]
    locked: frozenset[str] = frozenset()
    provisioned: bool = False
    keyring: KeyringInfo | None = None


@dataclass(frozen=True)
class ProfileEdit:
    """What to do to one profile other than ``default``. ``original`` is None for a profile
    added in the dialog (``values`` then holds every profile key); otherwise ``values`` holds
    only changed, unlocked keys, and ``name != original`` is a rename."""

    name: str
    original: str | None
    values: dict[str, object]
    token: str | None = None
    token_session_only: bool = False
    clear_token: bool = False


@dataclass
class _Draft:
    """One profile's edits while the dialog is open."""

    original: str | None
    name: str
    values: dict[str, str]
    initial: Mapping[str, object]
    locked: frozenset[str]
    provisioned: bool
    keyring: KeyringInfo
    token: str = ""
    clear_token: bool = False
    removed: bool = False


def _small(label: QLabel) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _error_colour(widget: QWidget) -> QColor:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return _ERROR_DARK if dark else _ERROR_LIGHT


class _FieldBox(QWidget):
    """One field: its editor, an optional hint, the lock note and the inline error.

    The error is also put in the editor's accessible description and announced, so a screen
    reader hears it, not only sees a red line.
    """

    def __init__(self, editor: QWidget, row: QWidget | None = None, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        self._description = editor.accessibleDescription() or hint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(row or editor)
        self.hint = _small(QLabel(hint, self))
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.lock_note = self._build_lock_note()
        layout.addWidget(self.lock_note)
        self.error = _small(QLabel(self))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        self.setFocusProxy(editor)  # a label's mnemonic focuses the editor, not the box
        editor.setAccessibleDescription(self._description)

    def _build_lock_note(self) -> QWidget:
        note = QWidget(self)
        row = QHBoxLayout(note)
        row.setContentsMargins(0, 0, 0, 0)
        lock = QLabel(note)
        size = self.fontMetrics().height()
        lock.setPixmap(icon("settings-lock").pixmap(size, size))
        row.addWidget(lock)
        self.lock_text = _small(QLabel(note))
        row.addWidget(self.lock_text, 1)
        note.hide()
        return note

    def set_locked(self, text: str) -> None:
        """Show the lock note ``text`` ("" hides it: profiles lock different keys)."""
        plain = self._description.removeprefix(self.lock_text.text()).strip()
        self.lock_text.setText(text)
        self.lock_note.setVisible(bool(text))
        self._description = f"{text} {plain}".strip()
        self.editor.setAccessibleDescription(self._description)

    def set_hint(self, text: str, colour: QColor | None = None) -> None:
        """Replace the hint (and the description built on it); ``colour`` marks a warning."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        palette = self.palette()
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.hint.setPalette(palette)
        self._description = text
        self.editor.setAccessibleDescription(text)

    def set_error(self, text: str) -> None:
        if text == self.error.text():
            return  # unchanged: do not announce the same error on every keystroke
        self.error.setText(text)
        self.error.setVisible(bool(text))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _error_colour(self))
        self.error.setPalette(palette)
        description = f"{text} {self._description}".strip() if text else self._description
        self.editor.setAccessibleDescription(description)
        if text:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.editor, text))


class SettingsDialog(QDialog):
    """Edit settings and the token. Use ``exec()``, then :meth:`result_value` if accepted."""

    def __init__(
        self,
        values: Mapping[str, object],
        locked: Collection[str],
        keyring: KeyringInfo,
        parent: QWidget | None = None,
        *,
        profiles: Sequence[ProfileInfo] | None = None,
        active_profile: str = DEFAULT_PROFILE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial = dict(values)
        self._locked = frozenset(locked)
        self._keyring = keyring
        self._boxes: dict[str, _FieldBox] = {}
        self._edits: dict[str, QLineEdit] = {}
        self._checks: dict[str, QCheckBox] = {}
        # None: no profile section (callers from before profiles); else index 0 is default.
        self._drafts = None if profiles is None else self._make_drafts(profiles)
        self._current = 0

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough
        if self._locked or any(d.locked for d in self._drafts or ()):
            sections.addWidget(self._build_policy_banner())
        if self._drafts is not None:
            self._profile_group = self._build_profiles()
            sections.addWidget(self._profile_group)
        sections.addWidget(self._build_connection())
        sections.addWidget(self._build_dialing())
        sections.addWidget(self._build_history())
        sections.addWidget(self._build_window())
        sections.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab moves between fields; it scrolls

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.ok_button().setAccessibleDescription(self.tr("Saves the changes and closes."))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Closes without saving anything."))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._buttons)

        # The token's controls were built out of visual order; put them back in it.
        token_chain = (self._token, self._show_token, self._session_only, self._remove_token)
        for first, second in pairwise(token_chain):
            self.setTabOrder(first, second)
        for key in self._locked & self._boxes.keys() - set(PROFILE_KEYS):
            self._lock(key)
        if self._drafts is not None:
            self._show_draft(self._draft_index(active_profile))
        else:
            for key in self._locked & set(PROFILE_KEYS):
                self._lock(key)
        self._revalidate()
        # Fit small screens (a laptop at 200% has about 683 x 384 logical pixels to offer).
        available = available_geometry(self)
        self.resize(min(460, available.width()), min(640, available.height()))

    # --- public API ------------------------------------------------------------------------

    def ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def field(self, key: str) -> QWidget:
        """The editor of setting ``key`` (for the caller's focus, and for tests)."""
        return self._boxes[key].editor

    def error_text(self, key: str) -> str:
        """The inline error shown under ``key``'s field ("" when valid)."""
        return self._boxes[key].error.text()

    def example_text(self) -> str:
        return self._example.text()

    def is_valid(self) -> bool:
        return not any(box.error.text() for box in self._boxes.values())

    def result_value(self) -> SettingsResult:
        """The changes to apply; meaningful after ``exec()`` returned Accepted."""
        session_only = not self._keyring.available and self._session_only.isChecked()
        if self._drafts is None:
            return SettingsResult(
                values=self._changed_values(),
                token=self._typed_token() or None,
                token_session_only=session_only,
                clear_token=self._remove_token.isChecked(),
            )
        self._store_draft()
        default = self._drafts[0]
        return SettingsResult(
            values=self._changed_values(),
            token=default.token or None,
            token_session_only=session_only,
            clear_token=default.clear_token,
            profile_edits=tuple(self._profile_edits(session_only)),
            removed_profiles=tuple(
                d.original for d in self._drafts if d.removed and d.original is not None
            ),
        )

    # --- profiles: public API for the caller and tests -------------------------------------

    def profile_combo(self) -> QComboBox:
        return self._profile_combo

    def profile_name_field(self) -> QLineEdit:
        return self._profile_name

    def add_profile_button(self) -> QPushButton:
        """The visible "add" button: in the Profile section, or with one profile, the one
        under the connection fields."""
        return (
            self._add_profile if self._profile_group.isVisibleTo(self) else self._add_first_profile
        )

    def remove_profile_button(self) -> QPushButton:
        return self._remove_profile

    def shown_profile(self) -> str:
        """The name of the profile the fields show ("" without a profile section)."""
        return self._drafts[self._current].name if self._drafts is not None else ""

    def show_profile(self, name: str) -> bool:
        """Show the profile ``name`` (as choosing it in the list does); False when refused."""
        if self._drafts is None:
            return False
        for row in range(self._profile_combo.count()):
            if self._drafts[self._profile_combo.itemData(row)].name == name:
                self._profile_combo.setCurrentIndex(row)
                return self.shown_profile() == name
        return False

    def accept(self) -> None:
        if self.is_valid():  # Enter in a field must not sneak past a disabled OK
            super().accept()

    # --- sections --------------------------------------------------------------------------

    def _build_policy_banner(self) -> QWidget:
        banner = QWidget()
        row = QHBoxLayout(banner)
        row.setContentsMargins(0, 0, 0, 0)
        lock = QLabel(banner)
        size = self.fontMetrics().height()
        lock.setPixmap(icon("settings-lock").pixmap(size, size))
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(self.tr("Some settings are managed by your IT department."), banner)
        text.setWordWrap(True)
        row.addWidget(text, 1)
        return banner

    def _build_profiles(self) -> QGroupBox:
        group, form = self._section(self.tr("Profile"))
        self._profile_combo = QComboBox()
        self._profile_combo.setAccessibleName(self.tr("Profile to edit"))
        self._profile_combo.setAccessibleDescription(
            self.tr("The server, agent, dial plan and token below belong to this profile.")
        )
        combo_box = _FieldBox(self._profile_combo)
        form.addRow(self._label(self.tr("&Profile"), combo_box), combo_box)
        self._profile_name = QLineEdit()
        self._profile_name.setAccessibleName(self.tr("Profile name"))
        self._profile_name.setMaxLength(32)
        self._profile_name.textChanged.connect(self._on_profile_name_changed)
        self._boxes["profile_name"] = _FieldBox(
            self._profile_name, hint=self.tr("Letters, digits, _ and -, such as sales-2.")
        )
        name_box = self._boxes["profile_name"]
        form.addRow(self._label(self.tr("Profile nam&e"), name_box), name_box)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self._add_profile = QPushButton(self.tr("A&dd profile"), buttons)
        self._add_profile.setAccessibleDescription(
            self.tr("Adds a profile with a copy of the default profile's settings.")
        )
        self._add_profile.clicked.connect(self._on_add_profile_clicked)
        self._remove_profile = QPushButton(self.tr("Remo&ve profile"), buttons)
        self._remove_profile.setAccessibleDescription(
            self.tr("Removes this profile and its token when you press OK.")
        )
        self._remove_profile.clicked.connect(self._on_remove_profile_clicked)
        row.addWidget(self._add_profile)
        row.addWidget(self._remove_profile)
        row.addStretch(1)
        form.addRow(buttons)
        self._fill_profile_combo()
        self._profile_combo.currentIndexChanged.connect(self._on_profile_combo_changed)
        return group

    def _section(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: long (translated) labels and large fonts never squeeze a
        # field, every section lines up, and the dialog fits a narrow screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        margins = form.contentsMargins()  # narrow sides leave the fields room on small screens
        form.setContentsMargins(6, margins.top(), 6, margins.bottom())
        return group, form

    def _build_connection(self) -> QGroupBox:
        group, form = self._section(self.tr("Connection"))
        server = self._line_edit("server", self.tr("Server code"), placeholder="0042")
        server_row = QWidget()
        row = QHBoxLayout(server_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(QLabel("wv", server_row))
        row.addWidget(server, 1)
        row.addWidget(QLabel(".wolkvox.com", server_row))
        self._add_field(
            form,
            "server",
            self.tr("&Server"),
            row=server_row,
            hint=self.tr("The code wolkvox gave your operation: 0042 in wv0042.wolkvox.com."),
        )
        self._line_edit("agent_id", self.tr("Agent extension"), placeholder="1001")
        self._add_field(
            form,
            "agent_id",
            self.tr("&Agent ID"),
            hint=self.tr("Your extension in wolkvox Agent, digits only."),
        )
        form.addRow(self.tr("&Token"), self._build_token())
        if self._drafts is not None:
            # With one profile the Profile section stays hidden (as the header's switcher
            # does); this button starts the second one.
            self._add_first_profile = QPushButton(self.tr("Add another pro&file…"), group)
            self._add_first_profile.setAccessibleDescription(
                self.tr("For another operation: its own server, agent, dial plan and token.")
            )
            self._add_first_profile.clicked.connect(self._on_add_profile_clicked)
            form.addRow(self._add_first_profile)
        return group

    def _build_token(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._token = QLineEdit(box)
        self._token.setEchoMode(QLineEdit.EchoMode.Password)
        self._token.setPlaceholderText(
            self.tr("unchanged") if self._keyring.has_token else self.tr("Paste the API token")
        )
        self._token.setAccessibleName(self.tr("API token"))
        self._token.setAccessibleDescription(
            self.tr("From wolkvox Manager: Configuration, Integrations, Tokens.")
        )
        self._token.textChanged.connect(self._revalidate)
        self._show_token = QToolButton(box)
        self._show_token.setText(self.tr("Show"))
        self._show_token.setCheckable(True)
        self._show_token.setAccessibleName(self.tr("Show token"))
        self._show_token.setAccessibleDescription(self.tr("Shows or hides the typed token."))
        self._show_token.toggled.connect(self._on_show_token_toggled)
        entry = QWidget(box)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._token, 1)
        row.addWidget(self._show_token)

        self._token_status = _small(QLabel(box))
        self._token_status.setTextFormat(Qt.TextFormat.PlainText)
        self._session_only = QCheckBox(
            self.tr("Use this token for this session only (not saved)"), box
        )
        self._session_only.setAccessibleDescription(
            self.tr(
                "Without a keyring the token cannot be saved; tick this to use it until you quit."
            )
        )
        self._session_only.toggled.connect(self._revalidate)
        self._remove_token = QPushButton(self.tr("Remove token"), box)
        self._remove_token.setCheckable(True)
        self._remove_token.setAccessibleDescription(
            self.tr("Removes the saved token when you press OK.")
        )
        self._remove_token.setEnabled(
            self._keyring.has_token and self._keyring.token_source != "env"
        )
        self._remove_token.toggled.connect(self._on_remove_token_toggled)

        self._boxes["token"] = _FieldBox(self._token, row=entry)
        layout.addWidget(self._boxes["token"])
        layout.addWidget(self._token_status)
        if not self._keyring.available:
            layout.addWidget(self._build_keyring_warning())
            layout.addWidget(self._session_only)
        else:
            self._session_only.hide()
        layout.addWidget(self._remove_token, 0, Qt.AlignmentFlag.AlignLeft)
        box.setFocusProxy(self._token)
        self._update_token_status()
        return box

    def _build_keyring_warning(self) -> QWidget:
        warning = QWidget()
        row = QHBoxLayout(warning)
        row.setContentsMargins(0, 0, 0, 0)
        sign = QLabel(warning)
        size = self.fontMetrics().height()
        sign.setPixmap(icon("warning").pixmap(size, size))
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            self.tr(
                "No keyring is available on this computer, so the token cannot be saved. "
                "You can use it for this session only and enter it again next time."
            ),
            warning,
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        return warning

    def _build_dialing(self) -> QGroupBox:
        group, form = self._section(self.tr("Dialing"))
        self._line_edit("dial_prefix", self.tr("Dial prefix"), placeholder=self.tr("none"))
        self._add_field(
            form,
            "dial_prefix",
            self.tr("Dial p&refix"),
            hint=self.tr("Digits put before every number, often 9."),
        )
        self._line_edit(
            "plus_replacement", self.tr("A leading + becomes"), self.tr("nothing (dropped)")
        )
        self._add_field(
            form,
            "plus_replacement",
            self.tr("A leading &+ becomes"),
            hint=self.tr("Also for 00. Empty drops it; 00 keeps numbers international."),
        )
        self._line_edit("default_country", self.tr("Default country"), placeholder="CO")
        self._edits["default_country"].setMaxLength(2)
        self._add_field(
            form,
            "default_country",
            self.tr("Default &country"),
            hint=self.tr("Two letters. Numbers without a country code are taken as this one's."),
        )
        form.addRow(self.tr("Try a &number"), self._build_example())
        self._add_check(
            form,
            "links_dial_immediately",
            self.tr("Dial tel: l&inks immediately"),
            hint=self.tr("When off, a tel: link fills the form and waits for Dial."),
        )
        self._checks["links_dial_immediately"].toggled.connect(self._on_links_toggled)
        self._on_links_toggled(self._checks["links_dial_immediately"].isChecked())
        return group

    def _build_example(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._try_number = QLineEdit(box)
        self._try_number.setAccessibleName(self.tr("Try a number"))
        self._try_number.setAccessibleDescription(
            self.tr("Type a number to see the digits this dial plan would send.")
        )
        self._try_number.textChanged.connect(self._update_example)
        self._example = QLabel(box)
        self._example.setTextFormat(Qt.TextFormat.PlainText)
        self._example.setWordWrap(True)
        self._example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._try_number)
        layout.addWidget(self._example)
        box.setFocusProxy(self._try_number)
        return box

    def _build_history(self) -> QGroupBox:
        group, form = self._section(self.tr("History"))
        spin = QSpinBox()
        spin.setRange(0, RETENTION_MAX_DAYS)
        spin.setSpecialValueText(self.tr("Keep forever"))
        spin.setSuffix(self.tr(" days"))
        days = self._initial.get(RETENTION_KEY, DEFAULT_RETENTION_DAYS)
        spin.setValue(days if isinstance(days, int) else DEFAULT_RETENTION_DAYS)
        spin.setAccessibleName(self.tr("Keep calls for"))
        self._retention = spin
        self._boxes[RETENTION_KEY] = _FieldBox(
            spin, hint=self.tr("Older calls are deleted. 0 keeps them forever.")
        )
        box = self._boxes[RETENTION_KEY]
        form.addRow(self._label(self.tr("&Keep calls for"), box), box)
        self._add_check(
            form,
            "store_customer_names",
            self.tr("Store c&ustomer names in the history"),
            hint=self.tr("When off, only numbers and IDs are kept."),
        )
        return group

    def _build_window(self) -> QGroupBox:
        group, form = self._section(self.tr("Window"))
        self._add_check(
            form,
            "always_on_top",
            self.tr("Al&ways on top"),
            hint=self.tr("Keeps the window above other windows."),
        )
        self._add_check(
            form,
            "start_minimized",
            self.tr("Start &minimized to the tray"),
            hint=self.tr("The window opens from the tray icon."),
        )
        self._language = QComboBox()
        # Each language is named in itself, so that anyone can find theirs.
        for text, code in (
            (self.tr("System default"), ""),
            ("English", "en"),
            ("Español", "es"),
            ("Português (Brasil)", "pt_BR"),
        ):
            self._language.addItem(text, code)
        current = self._language.findData(str(self._initial.get(LANGUAGE_KEY, "") or ""))
        self._language.setCurrentIndex(max(current, 0))
        self._language.setAccessibleName(self.tr("Language"))
        self._language.currentIndexChanged.connect(self._revalidate)
        self._boxes[LANGUAGE_KEY] = _FieldBox(
            self._language, hint=self.tr("Takes effect the next time the app starts.")
        )
        box = self._boxes[LANGUAGE_KEY]
        form.addRow(self._label(self.tr("&Language"), box), box)
        return group

    # --- field helpers ---------------------------------------------------------------------

    def _line_edit(self, key: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setText(str(self._initial.get(key, "") or ""))
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._revalidate)
        self._edits[key] = edit
        return edit

    def _add_field(
        self, form: QFormLayout, key: str, label: str, *, row: QWidget | None = None, hint: str = ""
    ) -> None:
        box = _FieldBox(self._edits[key], row=row, hint=hint)
        self._boxes[key] = box
        form.addRow(self._label(label, box), box)

    def _label(self, text: str, box: _FieldBox) -> QLabel:
        label = QLabel(text)
        label.setBuddy(box)  # the box proxies focus to its editor
        return label

    def _add_check(self, form: QFormLayout, key: str, text: str, hint: str = "") -> None:
        check = QCheckBox(text)
        check.setChecked(bool(self._initial.get(key, False)))
        check.setAccessibleDescription(hint)
        check.toggled.connect(self._revalidate)
        self._checks[key] = check
        self._boxes[key] = _FieldBox(check, hint=hint)
        form.addRow(self._boxes[key])

    def _lock(self, key: str, locked: bool = True) -> None:
        editor = self._boxes[key].editor
        if isinstance(editor, QLineEdit | QSpinBox):
            editor.setReadOnly(locked)  # stays focusable and readable by screen readers
        else:
            editor.setEnabled(not locked)
        if isinstance(editor, QSpinBox):
            editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self._boxes[key].set_locked(self.tr("Managed by your IT department.") if locked else "")

    def _is_locked(self, key: str) -> bool:
        """Locked for the profile shown (profile keys) or for every profile (the others)."""
        if self._drafts is not None and key in PROFILE_KEYS:
            return key in self._drafts[self._current].locked
        return key in self._locked

    # --- profiles --------------------------------------------------------------------------

    def _make_drafts(self, profiles: Sequence[ProfileInfo]) -> list[_Draft]:
        drafts = [self._draft(DEFAULT_PROFILE, self._initial, self._locked, False, self._keyring)]
        for info in profiles:
            if info.name != DEFAULT_PROFILE:
                locked = frozenset(info.locked)
                drafts.append(
                    self._draft(info.name, info.values, locked, info.provisioned, info.keyring)
                )
        return drafts

    def _draft(
        self,
        name: str,
        values: Mapping[str, object],
        locked: frozenset[str],
        provisioned: bool,
        keyring: KeyringInfo | None,
    ) -> _Draft:
        texts = {key: str(values.get(key, "") or "") for key in PROFILE_KEYS}
        info = keyring or KeyringInfo(
            self._keyring.available, self._keyring.backend_name, False, None
        )
        return _Draft(
            name, name, texts, dict(values), locked & set(PROFILE_KEYS), provisioned, info
        )

    def _draft_index(self, name: str) -> int:
        assert self._drafts is not None
        found = [i for i, d in enumerate(self._drafts) if d.name == name and not d.removed]
        return found[0] if found else 0

    def _fill_profile_combo(self) -> None:
        assert self._drafts is not None
        self._profile_combo.blockSignals(True)
        self._profile_combo.clear()
        for index, draft in enumerate(self._drafts):
            if not draft.removed:
                label = draft.name
                if draft.provisioned:
                    label = self.tr("{name} (provided by IT)").format(name=draft.name)
                self._profile_combo.addItem(label, index)
        self._profile_combo.setCurrentIndex(self._profile_combo.findData(self._current))
        self._profile_combo.blockSignals(False)

    def _store_draft(self) -> None:
        """Keep what the fields show in the profile shown."""
        assert self._drafts is not None
        draft = self._drafts[self._current]
        draft.values = {key: self._edits[key].text() for key in PROFILE_KEYS}
        draft.token = self._typed_token()
        draft.clear_token = self._remove_token.isChecked()
        if draft.original != DEFAULT_PROFILE and not draft.provisioned:
            draft.name = self._profile_name.text().strip()

    def _show_draft(self, index: int) -> None:
        assert self._drafts is not None
        self._current = index
        draft = self._drafts[index]
        fixed = draft.original == DEFAULT_PROFILE or draft.provisioned
        self._profile_name.setText(draft.name)
        self._profile_name.setReadOnly(fixed)
        self._remove_profile.setEnabled(not fixed)
        for key in PROFILE_KEYS:
            self._edits[key].setText(draft.values[key])
            self._lock(key, key in draft.locked)
        self._keyring = draft.keyring
        self._remove_token.setChecked(draft.clear_token)
        self._remove_token.setEnabled(
            draft.clear_token or (draft.keyring.has_token and draft.keyring.token_source != "env")
        )
        self._token.setText(draft.token)
        self._token.setPlaceholderText(
            self.tr("unchanged") if draft.keyring.has_token else self.tr("Paste the API token")
        )
        self._update_token_status()
        self._fill_profile_combo()
        several = sum(not d.removed for d in self._drafts) > 1
        self._profile_group.setVisible(several)
        self._add_first_profile.setVisible(not several)
        self._revalidate()

    def _profile_name_error(self) -> str:
        if self._drafts is None or self._profile_name.isReadOnly():
            return ""
        try:
            name = validate_profile_name(self._profile_name.text())
        except SettingValueError:
            return self.tr(
                "Use letters, digits, _ and - (at most 32), starting with a letter or digit."
            )
        others = {
            d.name.casefold()
            for i, d in enumerate(self._drafts)
            if i != self._current and not d.removed
        }
        if name.casefold() in others | {DEFAULT_PROFILE}:
            return self.tr("Another profile already has this name.")
        return ""

    def _profile_edits(self, session_only: bool) -> list[ProfileEdit]:
        assert self._drafts is not None
        edits = []
        for draft in self._drafts[1:]:
            if draft.removed:
                continue
            values: dict[str, object] = {
                key: TEXT_VALIDATORS[key](text)
                for key, text in draft.values.items()
                if key not in draft.locked
            }
            if draft.original is not None:
                values = {k: v for k, v in values.items() if v != draft.initial.get(k, "")}
            renamed = draft.original is None or draft.name != draft.original
            if renamed or values or draft.token or draft.clear_token:
                edits.append(
                    ProfileEdit(
                        name=draft.name,
                        original=draft.original,
                        values=values,
                        token=draft.token or None,
                        token_session_only=session_only and bool(draft.token),
                        clear_token=draft.clear_token,
                    )
                )
        return edits

    def _on_profile_combo_changed(self, row: int) -> None:
        assert self._drafts is not None
        if row < 0:
            return
        wanted = int(self._profile_combo.itemData(row))
        if wanted == self._current:
            return
        if not self.is_valid():
            # Every profile in the result must be valid: fix this one before leaving it.
            self._fill_profile_combo()
            self._focus_first_error()
            return
        self._store_draft()
        self._show_draft(wanted)

    def _focus_first_error(self) -> None:
        for box in self._boxes.values():
            if box.error.text():
                box.editor.setFocus()
                return

    def _on_add_profile_clicked(self) -> None:
        assert self._drafts is not None
        if not self.is_valid():
            self._focus_first_error()
            return
        self._store_draft()
        taken = {d.name.casefold() for d in self._drafts if not d.removed}
        number = 2
        while f"profile-{number}" in taken:
            number += 1
        base = self._drafts[0]
        draft = self._draft(f"profile-{number}", base.values, self._locked, False, None)
        draft.original = None  # new: every key is written
        self._drafts.append(draft)
        self._show_draft(len(self._drafts) - 1)
        self._profile_name.setFocus()
        self._profile_name.selectAll()

    def _on_remove_profile_clicked(self) -> None:
        assert self._drafts is not None
        self._drafts[self._current].removed = True
        self._show_draft(0)

    def _on_profile_name_changed(self) -> None:
        self._revalidate()

    # --- validation and state --------------------------------------------------------------

    def _revalidate(self) -> None:
        for key, validate in TEXT_VALIDATORS.items():
            error = ""
            if not self._is_locked(key):
                try:
                    validate(self._edits[key].text())
                except SettingValueError as exc:
                    error = describe_local(exc)
            self._boxes[key].set_error(error)
        self._boxes["token"].set_error(self._token_error())
        if "profile_name" in self._boxes:
            self._boxes["profile_name"].set_error(self._profile_name_error())
        self._update_example()
        self.ok_button().setEnabled(self.is_valid())

    def _typed_token(self) -> str:
        return "" if self._remove_token.isChecked() else self._token.text().strip()

    def _token_error(self) -> str:
        token = self._typed_token()
        if not token:
            return ""
        # wolkvox tokens are opaque but never hold spaces or control characters; one that
        # does is a bad paste, and would break the request header.
        if any(ch.isspace() or not ch.isprintable() for ch in token):
            return describe_local(SettingValueError("token", "bad_token"))
        if not self._keyring.available and not self._session_only.isChecked():
            return self.tr(
                "There is no keyring to save it in. Tick “Use this token for this session "
                "only” to use it."
            )
        return ""

    def _plan(self) -> DialPlan | None:
        try:
            return DialPlan(
                prefix=validate_dial_prefix(self._edits["dial_prefix"].text()),
                plus_replacement=validate_plus_replacement(self._edits["plus_replacement"].text()),
                default_country=validate_country(self._edits["default_country"].text()),
            )
        except SettingValueError:
            return None

    def _update_example(self) -> None:
        plan = self._plan()
        typed = self._try_number.text().strip()
        if plan is None:
            self._example.setText(self.tr("Fix the dial plan above to see an example."))
            return
        try:
            if typed:
                sent = phone_to_send(typed, plan)
            else:
                typed, sent = dial_plan_example(plan)
                self._try_number.setPlaceholderText(typed)
        except (PhoneNumberError, SettingValueError) as exc:
            self._example.setText(f"{typed}: {describe_local(exc)}")
            return
        self._example.setText(f"{typed} → {sent}")

    def _changed_values(self) -> dict[str, object]:
        """The default profile's changed keys and the changed keys of every profile."""
        texts = {key: edit.text() for key, edit in self._edits.items()}
        if self._drafts is not None:
            texts.update(self._drafts[0].values)  # the fields may show another profile
        current: dict[str, object] = {
            key: validate(texts[key])
            for key, validate in TEXT_VALIDATORS.items()
            if key not in self._locked
        }
        current[RETENTION_KEY] = self._retention.value()
        current.update({key: check.isChecked() for key, check in self._checks.items()})
        language = str(self._language.currentData() or "")
        if language != str(self._initial.get(LANGUAGE_KEY, "") or ""):
            current[LANGUAGE_KEY] = language
        return {
            key: value
            for key, value in current.items()
            if key not in self._locked and value != self._initial.get(key)
        }

    def _update_token_status(self) -> None:
        info = self._keyring
        if self._remove_token.isChecked():
            text = self.tr("The saved token will be removed when you press OK.")
        elif info.token_source == "env":
            text = self.tr("This session uses the token from WOLKVOX_TOKEN.")
        elif info.token_source == "session":
            text = self.tr("This session uses a token that is not saved.")
        elif not info.available:
            text = self.tr("No token is saved.")
        elif info.has_token:
            text = self.tr("Stored in: {backend}").format(backend=info.backend_name)
        else:
            text = self.tr("Not set yet. It will be stored in: {backend}").format(
                backend=info.backend_name
            )
        self._token_status.setText(text)

    # --- slots -----------------------------------------------------------------------------

    def _on_show_token_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._token.setEchoMode(mode)
        self._show_token.setText(self.tr("Hide") if shown else self.tr("Show"))
        self._show_token.setAccessibleName(
            self.tr("Hide token") if shown else self.tr("Show token")
        )

    def _on_remove_token_toggled(self, removing: bool) -> None:
        # Removing and typing a new token at once would be ambiguous: one or the other.
        self._token.setEnabled(not removing)
        self._show_token.setEnabled(not removing)
        self._update_token_status()
        self._revalidate()

    def _on_links_toggled(self, immediate: bool) -> None:
        box = self._boxes["links_dial_immediately"]
        if immediate:
            box.set_hint(
                self.tr("Warning: any web page could then place a call by opening a tel: link."),
                _error_colour(self),
            )
        else:
            box.set_hint(self.tr("When off, a tel: link fills the form and waits for Dial."))
