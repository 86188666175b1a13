"""The call panel's transfer and disposition dialogs.

Their own module, imported when one is first opened: PySide builds each Qt class on first use
(combo boxes, radio buttons, button boxes...), and none of these is needed to start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wolkvox_desk.call_controls import COMMENTS_MAX, CallOptions, Choice, transfer_target
from wolkvox_desk.core.errors import WolkvoxDeskError
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.text import describe_local
from wolkvox_desk.ui.style import Tone, ToneLabel


class TransferDialog(QDialog):
    """Asks where to transfer the call and shows exactly what will be sent: the confirmation."""

    def __init__(self, plan: DialPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer the call"))
        self._plan = plan
        self._target = QLineEdit(self)
        self._target.setObjectName("transferTarget")
        self._target.setAccessibleName(self.tr("Transfer to"))
        self._target.setPlaceholderText(self.tr("Number or extension"))
        self._number = QRadioButton(self.tr("A phone number (dial plan applies)"), self)
        self._extension = QRadioButton(self.tr("Another agent's extension"), self)
        self._number.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self._number)
        group.addButton(self._extension)
        self._preview = ToneLabel(self)
        self._preview.setObjectName("transferPreview")
        self._preview.setAccessibleName(self.tr("Will transfer to"))
        self._buttons = QDialogButtonBox(self)
        self._ok = self._buttons.addButton(
            self.tr("Transfer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Transfer to"), self._target)
        form.addRow("", self._number)
        form.addRow("", self._extension)
        form.addRow(self._preview)
        form.addRow(self._buttons)
        self._target.textChanged.connect(self._refresh)
        group.buttonToggled.connect(self._refresh)
        self._refresh()

    def values(self) -> tuple[str, bool]:
        """(the target as typed, True for an extension)."""
        return self._target.text(), self._extension.isChecked()

    def target_edit(self) -> QLineEdit:
        return self._target

    def extension_button(self) -> QRadioButton:
        return self._extension

    def accept_button(self) -> QPushButton:
        return self._ok

    def preview_text(self) -> str:
        return self._preview.text()

    def _refresh(self, *_: object) -> None:
        text, to_extension = self.values()
        if not text.strip():
            self._preview.set_tone(None)
            self._preview.setText(self.tr("Type a number or an extension."))
            self._ok.setEnabled(False)
            return
        try:
            digits = transfer_target(text, to_extension=to_extension, plan=self._plan)
        except WolkvoxDeskError as error:
            self._preview.set_tone(Tone.ERROR)
            self._preview.setText(describe_local(error))
            self._ok.setEnabled(False)
            return
        self._preview.set_tone(None)
        self._preview.setText(self.tr("Will transfer the call to {digits}").format(digits=digits))
        self._ok.setEnabled(True)


class DispositionDialog(QDialog):
    """Hang up with a disposition: a code, an optional second code, and a comment."""

    def __init__(self, options: CallOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispositionDialog")
        self.setWindowTitle(self.tr("Hang up with disposition"))
        self._code = self._combo("dispositionCode", options.disposition_codes)
        self._code_2 = self._combo("dispositionCode2", options.disposition_codes_2)
        self._code_2.insertItem(0, self.tr("(none)"), "")
        self._code_2.setCurrentIndex(0)
        self._comments = QLineEdit(self)
        self._comments.setObjectName("dispositionComments")
        self._comments.setMaxLength(COMMENTS_MAX)
        self._comments.setAccessibleName(self.tr("Comment"))
        buttons = QDialogButtonBox(self)
        self._ok = buttons.addButton(
            self.tr("Hang up and go Ready"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._ok.setEnabled(bool(options.disposition_codes))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Disposition"), self._code)
        if options.disposition_codes_2:
            form.addRow(self.tr("Second disposition"), self._code_2)
        else:
            self._code_2.setVisible(False)
        form.addRow(self.tr("Comment"), self._comments)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        """(cod_act, cod_act_2 or "", comments)."""
        return (
            str(self._code.currentData() or ""),
            str(self._code_2.currentData() or ""),
            self._comments.text(),
        )

    def code_combo(self) -> QComboBox:
        return self._code

    def code_2_combo(self) -> QComboBox:
        return self._code_2

    def comments_edit(self) -> QLineEdit:
        return self._comments

    def accept_button(self) -> QPushButton:
        return self._ok

    def _combo(self, name: str, choices: tuple[Choice, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, label in choices:
            combo.addItem(label if label == code else f"{label} ({code})", code)
        return combo
