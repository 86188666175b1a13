"""The settings dialog: connection, token, dial plan, history and window options.

Validation is the core's (``wolkvox_desk.core.dialing`` validators); this module only shows
their verdicts under each field, keeps OK disabled while anything is invalid and reports what
changed. It never saves: the caller applies :meth:`SettingsDialog.result_value` (settings file,
keyring) after ``exec()`` returns Accepted. Keys locked by IT policy are shown read-only with a
note, and are never part of the result.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
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
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.text import describe_local
from wolkvox_desk.ui.icons import icon

#: Text settings and the core validator that checks (and normalises) each.
TEXT_VALIDATORS: dict[str, Callable[[str], str]] = {
    "server": validate_server,
    "agent_id": validate_agent_id,
    "dial_prefix": validate_dial_prefix,
    "plus_replacement": validate_plus_replacement,
    "default_country": validate_country,
}
RETENTION_KEY = "history_retention_days"
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
        self.lock_text.setText(text)
        self.lock_note.show()
        self._description = f"{text} {self._description}".strip()
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial = dict(values)
        self._locked = frozenset(locked)
        self._keyring = keyring
        self._boxes: dict[str, _FieldBox] = {}
        self._edits: dict[str, QLineEdit] = {}
        self._checks: dict[str, QCheckBox] = {}

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough
        if self._locked:
            sections.addWidget(self._build_policy_banner())
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
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._buttons)

        # The token's controls were built out of visual order; put them back in it.
        token_chain = (self._token, self._show_token, self._session_only, self._remove_token)
        for first, second in pairwise(token_chain):
            self.setTabOrder(first, second)
        for key in self._locked & self._boxes.keys():
            self._lock(key)
        self._revalidate()
        # Fit small screens (a laptop at 200% has about 683 x 384 logical pixels to offer).
        available = self.screen().availableGeometry()
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
        return SettingsResult(
            values=self._changed_values(),
            token=self._typed_token() or None,
            token_session_only=not self._keyring.available and self._session_only.isChecked(),
            clear_token=self._remove_token.isChecked(),
        )

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
            self.tr("Dial &prefix"),
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
            self.tr("Dial tel: &links immediately"),
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
            self.tr("Store customer &names in the history"),
            hint=self.tr("When off, only numbers and IDs are kept."),
        )
        return group

    def _build_window(self) -> QGroupBox:
        group, form = self._section(self.tr("Window"))
        self._add_check(form, "always_on_top", self.tr("Always on &top"))
        self._add_check(form, "start_minimized", self.tr("Start &minimized to the tray"))
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

    def _lock(self, key: str) -> None:
        editor = self._boxes[key].editor
        if isinstance(editor, QLineEdit | QSpinBox):
            editor.setReadOnly(True)  # stays focusable and readable by screen readers
        else:
            editor.setEnabled(False)
        if isinstance(editor, QSpinBox):
            editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self._boxes[key].set_locked(self.tr("Managed by your IT department."))

    # --- validation and state --------------------------------------------------------------

    def _revalidate(self) -> None:
        for key, validate in TEXT_VALIDATORS.items():
            error = ""
            if key not in self._locked:
                try:
                    validate(self._edits[key].text())
                except SettingValueError as exc:
                    error = describe_local(exc)
            self._boxes[key].set_error(error)
        self._boxes["token"].set_error(self._token_error())
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
        current: dict[str, object] = {
            key: validate(self._edits[key].text())
            for key, validate in TEXT_VALIDATORS.items()
            if key not in self._locked
        }
        current[RETENTION_KEY] = self._retention.value()
        current.update({key: check.isChecked() for key, check in self._checks.items()})
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
