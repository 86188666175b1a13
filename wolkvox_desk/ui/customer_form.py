"""The optional customer fields (name and ID), each with an error line under it.

Both fields are checked with ``core.dialing`` as the agent types, so a CPF pasted with dots
is fine and a letter in the ID is named at once; the controller validates again on Dial and
may call :meth:`CustomerForm.show_error`. An error lives on an accessible label, is added to
the field's accessible description, is announced, and goes away when the field is edited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wolkvox_desk import text
from wolkvox_desk.core import dialing
from wolkvox_desk.core.errors import WolkvoxDeskError
from wolkvox_desk.ui.style import Tone, ToneLabel, announce, line_height

FIELDS = ("customer_name", "customer_id")


class _Field:
    """One line edit, its error label and the check run on every edit."""

    def __init__(
        self, edit: QLineEdit, error: ToneLabel, description: str, check: Callable[[str], str]
    ) -> None:
        self.edit = edit
        self.error = error
        self.description = description
        self.check = check

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        description = self.description
        if message:
            description = f"{description} {message}"
        self.edit.setAccessibleDescription(description)


class CustomerForm(QWidget):
    """Customer name and ID line edits; ``values()`` returns them as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(max(4, line_height(self) // 3))
        self._add_field(
            form,
            "customer_name",
            self.tr("Customer &name"),
            self.tr("Customer name"),
            self.tr("Optional. Sent to wolkvox with the call and kept in the history."),
            dialing.clean_customer_name,
        )
        self._add_field(
            form,
            "customer_id",
            self.tr("Customer &ID"),
            self.tr("Customer ID"),
            self.tr("Optional. Digits; dots, dashes and spaces are removed."),
            dialing.clean_customer_id,
        )

    def name_edit(self) -> QLineEdit:
        return self._fields["customer_name"].edit

    def id_edit(self) -> QLineEdit:
        return self._fields["customer_id"].edit

    def values(self) -> tuple[str, str]:
        """(customer name, customer ID) as typed; the controller validates them."""
        return self.name_edit().text(), self.id_edit().text()

    def fill(self, name: str, customer_id: str) -> None:
        self.name_edit().setText(name)
        self.id_edit().setText(customer_id)

    def clear(self) -> None:
        for field in self._fields.values():
            field.edit.clear()
            field.set_error("")

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` ("customer_name" or "customer_id") and announce it."""
        entry = self._fields[field]
        entry.set_error(message)
        if message:
            announce(entry.error)

    def error_text(self, field: str) -> str:
        entry = self._fields[field]
        return entry.error.text() if not entry.error.isHidden() else ""

    def _add_field(
        self,
        form: QFormLayout,
        key: str,
        label_text: str,
        accessible_name: str,
        description: str,
        check: Callable[[str], str],
    ) -> None:
        edit = QLineEdit(self)
        edit.setObjectName(f"{key}Edit")
        edit.setAccessibleName(accessible_name)
        edit.setAccessibleDescription(description)
        edit.setToolTip(description)
        error = ToneLabel(self)
        error.setObjectName(f"{key}Error")
        error.set_tone(Tone.ERROR)
        error.setAccessibleName(self.tr("{field} problem").format(field=accessible_name))
        error.setVisible(False)
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(error)
        label = QLabel(label_text, self)
        label.setBuddy(edit)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, column)
        self._fields[key] = _Field(edit, error, description, check)
        edit.textChanged.connect(lambda value, k=key: self._on_field_text_changed(k, value))

    def _on_field_text_changed(self, key: str, value: str) -> None:
        # any edit clears the old message; a new problem in what is typed shows at once
        entry = self._fields[key]
        message = ""
        if value.strip():
            try:
                entry.check(value)
            except WolkvoxDeskError as error:
                message = text.describe_local(error)
        entry.set_error(message)
