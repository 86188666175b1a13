"""The extension tester window: a list of extensions, a test number, Start/Stop, a live table.

A thin view over the tester controller (``qt/extension_tester.py``), which it is given rather
than imports: widgets never reach the services the controller runs. It validates through the
controller (nothing is sent on bad input), asks before a run of more than 20 extensions,
shows each answer as it arrives, and ends with a one-line summary.

Made for a tired supervisor reading at a glance: each state is a word *and* a colour (the
palette-aware accents of :mod:`wolkvox_desk.ui.style`), the summary is large and tinted, and
the legend says what OK means (wolkvox accepted the dial; nobody necessarily answered).
Everything is reachable from the keyboard: mnemonics on every field and button, Enter starts,
Esc stops a run (and closes the window when idle).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk.core.models import Outcome
from wolkvox_desk.tester_words import (
    ResultLike,
    confirm_question,
    detail_text,
    latency_text,
    legend,
    state_label,
    summary_sentence,
)
from wolkvox_desk.ui.style import (
    Tone,
    ToneLabel,
    accent,
    announce,
    line_height,
    scaled_font,
    tinted_background,
)

HANG_AFTER_DEFAULT_S = 10

_TONES = {
    Outcome.OK: Tone.SUCCESS,
    Outcome.REFUSED: Tone.ERROR,
    Outcome.BUSY: Tone.WARNING,
}


def tone_for(state: Outcome) -> Tone:
    """OK green, refused red, busy amber; network and unclear answers amber too (may retry)."""
    return _TONES.get(state, Tone.WARNING)


class ExtensionTesterDialog(QDialog):
    """The tester's window. ``controller`` is an ``ExtensionTesterController``."""

    #: emitted after each shown result (tests and the screenshot script wait on it)
    row_shown = Signal(int)

    COLUMNS = ("extension", "state", "http", "code", "msg", "conn_id", "latency")

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._planned = 0
        self.setWindowTitle(self.tr("Test extensions"))
        self.setObjectName("extensionTester")
        self.setAccessibleName(self.tr("Test extensions"))
        self.setAccessibleDescription(
            self.tr("Dials a test number from each extension, one after another.")
        )
        self._build()
        self._connect()
        self._set_running(False)
        unit = line_height(self)
        self.resize(unit * 68, unit * 40)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addLayout(self._build_buttons())
        self.input_error = ToneLabel(self)
        self.input_error.set_tone(Tone.ERROR)
        self.input_error.setTextFormat(Qt.TextFormat.PlainText)
        self.input_error.setAccessibleName(self.tr("Input problem"))
        self.input_error.hide()
        layout.addWidget(self.input_error)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m tested"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setAccessibleDescription(self.tr("How many extensions have been tested."))
        layout.addWidget(self.progress)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.legend = QLabel(legend(), self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("testerLegend")
        self.legend.setAccessibleName(self.tr("Legend"))
        layout.addWidget(self.legend)
        self.summary = ToneLabel(self)
        self.summary.setObjectName("testerSummary")
        self.summary.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setAutoFillBackground(True)
        self.summary.setMargin(line_height(self) // 3)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_export_row())

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.extensions = QPlainTextEdit(self)
        self.extensions.setPlaceholderText(self.tr("1001-1010, 1020"))
        self.extensions.setTabChangesFocus(True)
        self.extensions.setFixedHeight(line_height(self) * 3 + 12)
        self.extensions.setAccessibleName(self.tr("Extensions"))
        self.extensions.setAccessibleDescription(
            self.tr("Extensions and ranges, separated by commas, spaces or new lines.")
        )
        label = QLabel(self.tr("&Extensions:"), self)
        label.setBuddy(self.extensions)
        form.addRow(label, self.extensions)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("+57 300 123 4567"))
        self.phone.setAccessibleName(self.tr("Test number"))
        self.phone.setAccessibleDescription(
            self.tr("The number every extension dials; the dial plan applies as usual.")
        )
        label = QLabel(self.tr("Test &number:"), self)
        label.setBuddy(self.phone)
        form.addRow(label, self.phone)
        form.addRow("", self._build_hang_row())
        return form

    def _build_hang_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hang_after = QCheckBox(self.tr("&Hang up each test call after"), row)
        self.hang_after.setAccessibleDescription(
            self.tr("Off by default: the test calls stay up until someone hangs up.")
        )
        self.hang_seconds = QSpinBox(row)
        self.hang_seconds.setRange(1, 3600)
        self.hang_seconds.setValue(HANG_AFTER_DEFAULT_S)
        self.hang_seconds.setSuffix(self.tr(" s"))
        self.hang_seconds.setAccessibleName(self.tr("Seconds before hanging up"))
        self.hang_seconds.setAccessibleDescription(
            self.tr("How long each accepted test call stays up before it is hung up.")
        )
        self.hang_seconds.setEnabled(False)
        layout.addWidget(self.hang_after)
        layout.addWidget(self.hang_seconds)
        layout.addStretch(1)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setDefault(True)
        self.start_button.setAccessibleDescription(
            self.tr("Dials the test number from each extension in turn.")
        )
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setAccessibleDescription(
            self.tr("Lets the current request finish and sends no more. Shortcut: Esc.")
        )
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        row.addWidget(self.status)
        return row

    def _build_table(self) -> QTableWidget:
        headers = [
            self.tr("Extension"),
            self.tr("State"),
            self.tr("HTTP"),
            self.tr("wolkvox code"),
            self.tr("wolkvox msg"),
            self.tr("conn_id"),
            self.tr("Latency"),
        ]
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Results"))
        table.setAccessibleDescription(legend())
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(round(line_height(self) * 1.6))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # about ten rows visible: a run of ten reads without scrolling
        table.setMinimumHeight(line_height(self) * 20)
        return table

    def _build_export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.export_json_button = QPushButton(self.tr("Export &JSON…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.export_csv_button.setAccessibleDescription(
            self.tr("Saves the results as a spreadsheet file.")
        )
        self.export_json_button.setAccessibleDescription(
            self.tr("Saves the results and the summary as a JSON file.")
        )
        self.close_button.setAccessibleDescription(
            self.tr("Closes the window; a run in progress stops after its current request.")
        )
        row.addStretch(1)
        for button in (self.export_csv_button, self.export_json_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.start_button.clicked.connect(self._on_start_clicked)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.close_button.clicked.connect(self.close)
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)
        self.export_json_button.clicked.connect(self._on_export_json_clicked)
        self.hang_after.toggled.connect(self.hang_seconds.setEnabled)
        start = QShortcut(QKeySequence("Ctrl+Return"), self)
        start.activated.connect(self._on_start_clicked)
        c = self._controller
        c.run_started.connect(self._on_controller_run_started)
        c.result_added.connect(self._on_controller_result_added)
        c.run_finished.connect(self._on_controller_run_finished)
        c.run_stopped.connect(self._on_controller_run_stopped)
        c.run_failed.connect(self._on_controller_run_failed)
        c.warning.connect(self._on_controller_warning)

    # --- intents -------------------------------------------------------------------------

    def confirm(self, count: int, phone: str) -> bool:
        """Ask before a long run (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Test extensions"),
            confirm_question(count, phone),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_start_clicked(self) -> None:
        if self._controller.running:
            return
        hang = float(self.hang_seconds.value()) if self.hang_after.isChecked() else None
        plan = self._controller.prepare(self.extensions.toPlainText(), self.phone.text(), hang)
        if isinstance(plan, str):
            self._show_input_error(plan)
            return
        self._show_input_error("")
        count = len(plan.extensions)
        if self._controller.needs_confirmation(plan) and not self.confirm(count, plan.phone_sent):
            return
        self._controller.start(plan)

    @Slot()
    def _on_stop_clicked(self) -> None:
        if self._controller.running:
            self._controller.stop()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current request…"))

    def _on_export_csv_clicked(self) -> None:
        self._export("csv", self.tr("CSV files (*.csv)"))

    def _on_export_json_clicked(self) -> None:
        self._export("json", self.tr("JSON files (*.json)"))

    def _export(self, fmt: str, file_filter: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), f"{folder}/extension-test.{fmt}", file_filter
        )
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> bool:
        problem = self._controller.export(path, fmt)
        self.status.setText(problem or self.tr("Saved {path}").format(path=path))
        return problem is None

    # --- from the controller -------------------------------------------------------------

    @Slot(int)
    def _on_controller_run_started(self, count: int) -> None:
        self._planned = count
        self.table.setRowCount(0)
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.summary.setText("")
        self.summary.setVisible(False)
        self.status.setText(self.tr("Testing…"))
        self._set_running(True)

    @Slot(object)
    def _on_controller_result_added(self, result: ResultLike) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, item in enumerate(self._items(result)):
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()
        self.progress.setValue(row + 1)
        self.row_shown.emit(row)

    def _items(self, result: ResultLike) -> list[QTableWidgetItem]:
        cells = [
            result.extension,
            state_label(result.state),
            "–" if result.http_status is None else str(result.http_status),
            result.code or "–",
            detail_text(result),
            result.conn_id or "–",
            latency_text(result),
        ]
        items = [QTableWidgetItem(text) for text in cells]
        tone = tone_for(result.state)
        state = items[1]
        bold = QFont(self.table.font())
        bold.setBold(True)
        state.setFont(bold)
        state.setForeground(accent(self.palette(), tone))
        state.setBackground(tinted_background(self.palette(), tone))
        state.setData(Qt.ItemDataRole.UserRole, str(result.state))
        items[4].setToolTip(result.msg)
        for index in (2, 3, 6):
            items[index].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return items

    @Slot(object)
    def _on_controller_run_finished(self, report: Any) -> None:
        self._show_summary(report.summary)
        self.status.setText(self.tr("Done."))

    @Slot(object)
    def _on_controller_run_stopped(self, report: Any) -> None:
        self._show_summary(report.summary)
        self.status.setText(self.tr("Stopped."))

    @Slot(str)
    def _on_controller_run_failed(self, words: str) -> None:
        self._set_running(False)
        self._show_input_error(words)
        self.status.setText("")

    @Slot(str)
    def _on_controller_warning(self, words: str) -> None:
        self.status.setText(words)

    def _show_summary(self, summary: Any) -> None:
        self._set_running(False)
        # green only when every extension passed; red when none did; amber in between
        if summary.all_ok:
            tone = Tone.SUCCESS
        elif summary.ok == 0:
            tone = Tone.ERROR
        else:
            tone = Tone.WARNING
        self.summary.set_tone(tone)
        palette = self.summary.palette()
        palette.setColor(self.summary.backgroundRole(), tinted_background(self.palette(), tone))
        self.summary.setPalette(palette)
        self.summary.setText(summary_sentence(summary))
        self.summary.setVisible(True)
        announce(self.summary)

    # --- state ---------------------------------------------------------------------------

    def _show_input_error(self, words: str) -> None:
        self.input_error.setText(words)
        self.input_error.setVisible(bool(words))
        if words:
            announce(self.input_error)

    def _set_running(self, running: bool) -> None:
        for widget in (self.extensions, self.phone, self.hang_after, self.start_button):
            widget.setEnabled(not running)
        self.hang_seconds.setEnabled(not running and self.hang_after.isChecked())
        self.stop_button.setEnabled(running)
        has_rows = self.table.rowCount() > 0
        self.export_csv_button.setEnabled(not running and has_rows)
        self.export_json_button.setEnabled(not running and has_rows)
        self.progress.setVisible(running or has_rows)
        if running:
            self.stop_button.setFocus()
        else:
            self.summary.setVisible(bool(self.summary.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc during a run stops it (like Stop) instead of closing the window under it.
        if event.key() == Qt.Key.Key_Escape and self._controller.running:
            self._on_stop_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-run stops it: the request in flight finishes, nothing more is sent.
        self._controller.stop()
        super().closeEvent(event)
