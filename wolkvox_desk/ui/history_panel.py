"""The call history panel: search box, history table, row actions, export and clear.

A thin view. It shows the lead's history table model and turns clicks and keys into intents
(``redial_requested``, ``delete_requested``, ``export_requested``...). It never touches the
history store: controllers do the work and refresh the model.

Model contract (the lead's ``HistoryTableModel``, besides ordinary table data):

- ``index.data(Qt.UserRole)`` on any cell gives the row's :class:`CallRecord` (works through
  proxy models); ``model.record_at(row)`` is the fallback;
- ``headerData(section, Qt.Horizontal, Qt.UserRole)`` gives a stable column key, the model's
  ``Column`` name in lower case (``"time"``, ``"phone"``, ``"customer"``, ``"customer_id"``,
  ``"outcome"``, ``"message"``, ``"conn_id"``, ``"latency"``), so the panel picks default
  columns, widths and the outcome delegate without relying on translated header text. Columns
  without a key are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.text import outcome_label
from wolkvox_desk.ui.icons import icon

#: Search waits this long after the last keystroke, so typing a number queries once.
SEARCH_DEBOUNCE_MS = 150

#: Columns hidden until the user shows them from the header's context menu.
DEFAULT_HIDDEN_COLUMNS = frozenset({"message", "conn_id", "latency"})

#: Columns shown only while the table is wide enough, in this order, unless the user chose to
#: show or hide them: in a 360 px window there is room for time, phone, customer and outcome.
AUTO_COLUMNS = ("customer_id",)

#: The widest text each column usually holds; it sets the column's initial width.
_COLUMN_SAMPLES = {
    "phone": "+57 300 123 4567",
    "customer_id": "1234567890",
    "message": "AGENT IS NOT LOGGED IN",
    "conn_id": "12435.5995.1700000",
    "latency": "12345",
}
#: The stretching customer column never gets narrower than this many characters before an
#: automatic column gives way.
_STRETCH_MIN_CHARS = 12
_STRETCH_COLUMN = "customer"

# Outcome colours as (light palette, dark palette); the word itself is always shown too, so
# colour is never the only cue.
_GOOD = (QColor("#1b6e2e"), QColor("#7fd18b"))
_BAD = (QColor("#b3261e"), QColor("#ff8a80"))
_WARN = (QColor("#8a5300"), QColor("#f2c14e"))
_OUTCOME_COLOURS = {
    Outcome.OK: _GOOD,
    Outcome.BUSY: _WARN,
    Outcome.REFUSED: _BAD,
    Outcome.NETWORK: _BAD,
    Outcome.BAD_ANSWER: _BAD,
    Outcome.ERROR: _BAD,
}


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _column_sample(key: str) -> str:
    if key == "outcome":
        return max((outcome_label(o) for o in Outcome), key=len)
    if key == "time":  # today's calls show the time alone, in the locale's format; an older
        # call's short date may be elided (the tooltip has it): the customer column matters more
        return QLocale().toString(QTime(23, 59), QLocale.FormatType.ShortFormat)
    return _COLUMN_SAMPLES.get(key, "0000000000")


def _column_keys(model: QAbstractItemModel) -> list[str]:
    orientation = Qt.Orientation.Horizontal
    role = Qt.ItemDataRole.UserRole
    return [str(model.headerData(c, orientation, role) or "") for c in range(model.columnCount())]


class OutcomeDelegate(QStyledItemDelegate):
    """Colours the outcome cell by the record's outcome, readable in light and dark palettes."""

    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        record = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(record, CallRecord) or record.outcome not in _OUTCOME_COLOURS:
            return
        light, dark = _OUTCOME_COLOURS[record.outcome]
        colour = dark if _is_dark(option.palette) else light
        # Selected rows keep the highlight colours: a coloured word on a highlight is unreadable.
        option.palette.setColor(QPalette.ColorRole.Text, colour)
        option.font.setBold(record.outcome is not Outcome.OK)


class _HistoryTable(QTableView):
    """A table that owns the keys of a history list: Enter, Delete, Menu / Shift+F10."""

    enter_pressed = Signal()
    delete_pressed = Signal()
    menu_requested = Signal(QPoint)  # global position
    viewport_resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window shortcuts (the main window's Enter dials) see them.
        is_override = event.type() == QEvent.Type.ShortcutOverride
        if is_override and isinstance(event, QKeyEvent) and self._is_own_key(event):
            event.accept()
            return True
        return super().event(event)

    def _is_own_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete):
            return mods == Qt.KeyboardModifier.NoModifier
        # The Menu key usually arrives as a context-menu event; some setups deliver only the key.
        if event.key() == Qt.Key.Key_Menu:
            return mods == Qt.KeyboardModifier.NoModifier
        return event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self._is_own_key(event):
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        else:
            self.menu_requested.emit(self._current_row_point())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.menu_requested.emit(self._current_row_point())
            return
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(event.globalPos())

    def _current_row_point(self) -> QPoint:
        rect = self.visualRect(self.currentIndex())
        point = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        return self.viewport().mapToGlobal(point)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        # Tab lands on a row: the focus shows on it, and Enter has a call to act on at once
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, 0))
        super().focusInEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        if self.hasFocus():  # an empty list has no row to show the focus on: show it here
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.viewport().rect().adjusted(2, 2, -2, -2)
            option.backgroundColor = self.palette().color(QPalette.ColorRole.Base)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()


class HistoryPanel(QWidget):
    """Search, browse and act on past calls. Emits intents; the controller does the work."""

    search_changed = Signal(str)
    redial_requested = Signal(object)  # CallRecord; fills the form, never dials
    delete_requested = Signal(int)  # record id
    export_requested = Signal(str)  # chosen .csv path
    clear_requested = Signal()  # only after the user confirmed
    tests_filter_changed = Signal(object)  # None = all, True = only tests, False = hide tests

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._user_columns: dict[int, bool] = {}
        self._widths: dict[int, int] = {}  # initial widths (a hidden section's size is 0)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        self._search = self._build_search()
        self._tests_filter = self._build_tests_filter()
        self._table = self._build_table()
        self._build_actions()
        self._more = self._build_more_button()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._search, 1)
        top.addWidget(self._tests_filter)
        top.addWidget(self._more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        self.setTabOrder(self._search, self._tests_filter)
        self.setTabOrder(self._tests_filter, self._more)
        self.setTabOrder(self._more, self._table)
        self._update_placeholder()

    # --- public API ------------------------------------------------------------------------

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``; picks default columns and the outcome delegate from its column keys."""
        old = self._table.model()
        if old is not None:
            self._connect_model(old, connect=False)
        self._table.setModel(model)
        self._setup_columns(_column_keys(model))
        self._connect_model(model, connect=True)
        self._table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._on_model_rows_changed()

    def _connect_model(self, model: QAbstractItemModel, *, connect: bool) -> None:
        signals = (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged)
        for signal in signals:
            if connect:
                signal.connect(self._on_model_rows_changed)
            else:
                signal.disconnect(self._on_model_rows_changed)

    def focus_search(self) -> None:
        """The Ctrl+F target: focus the search box with its text selected, ready to retype."""
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def search_text(self) -> str:
        return self._search.text()

    def table(self) -> QTableView:
        return self._table

    def current_record(self) -> CallRecord | None:
        """The record of the table's current row, if any."""
        index = self._table.currentIndex()
        model = self._table.model()
        if not index.isValid() or model is None:
            return None
        record = index.data(Qt.ItemDataRole.UserRole)
        if record is None and hasattr(model, "record_at"):
            record = model.record_at(index.row())
        return record if isinstance(record, CallRecord) else None

    def row_menu(self) -> QMenu:
        """The row context menu (its actions act on the current row)."""
        return self._row_menu

    def column_menu(self) -> QMenu:
        """A fresh menu of checkable columns, as the header's context menu shows it."""
        menu = QMenu(self.tr("Columns"), self)
        model = self._table.model()
        header = self._table.horizontalHeader()
        if model is None:
            return menu
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self._set_column_shown(c, on))
        return menu

    # --- building --------------------------------------------------------------------------

    def _build_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setPlaceholderText(self.tr("Search phone, name or ID"))
        search.setClearButtonEnabled(True)
        search.setAccessibleName(self.tr("Search call history"))
        search.setAccessibleDescription(
            self.tr("Filters the calls by phone number, customer name or customer ID (Ctrl+F).")
        )
        search.textChanged.connect(self._on_search_text_changed)
        search.returnPressed.connect(self._on_search_timer_timeout)  # Enter searches at once
        search.installEventFilter(self)
        return search

    def _build_tests_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("All calls"), None)
        combo.addItem(self.tr("Hide tests"), False)
        combo.addItem(self.tr("Only tests"), True)
        combo.setAccessibleName(self.tr("Which calls to show"))
        combo.setAccessibleDescription(self.tr("Show all calls, hide test calls or only tests."))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._on_tests_filter_changed)
        return combo

    def _build_table(self) -> _HistoryTable:
        table = _HistoryTable(self)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().setVisible(False)
        row_height = table.fontMetrics().height() + 6
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        table.setAccessibleName(self.tr("Call history"))
        self._table_help = self.tr(
            "Newest first. Enter or double-click fills the form with the call; "
            "Delete removes it; the Menu key shows more actions."
        )
        table.setAccessibleDescription(self._table_help)
        table.viewport_resized.connect(self._fit_columns)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.enter_pressed.connect(self._on_fill_triggered)
        table.delete_pressed.connect(self._on_delete_triggered)
        table.menu_requested.connect(self._on_table_menu_requested)
        return table

    def _build_actions(self) -> None:
        self.copy_number_action = QAction(self.tr("Copy number"), self)
        self.copy_number_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_number_action.triggered.connect(self._on_copy_number_triggered)
        self.copy_conn_action = QAction(self.tr("Copy conn_id"), self)
        self.copy_conn_action.triggered.connect(self._on_copy_conn_triggered)
        self.fill_action = QAction(self.tr("Fill the form"), self)
        self.fill_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.fill_action.triggered.connect(self._on_fill_triggered)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.triggered.connect(self._on_delete_triggered)
        for action in self._row_actions():
            # Shortcuts are shown in the menu; the table handles the keys itself.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+C copies the number while the table has focus.
        self._table.addAction(self.copy_number_action)
        self._row_menu = QMenu(self)
        self._row_menu.addAction(self.fill_action)
        self._row_menu.addAction(self.copy_number_action)
        self._row_menu.addAction(self.copy_conn_action)
        self._row_menu.addSeparator()
        self._row_menu.addAction(self.delete_action)

        self.export_action = QAction(self.tr("Export CSV…"), self)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.clear_action = QAction(self.tr("Clear history…"), self)
        self.clear_action.triggered.connect(self._on_clear_triggered)
        self._update_row_actions()

    def _row_actions(self) -> tuple[QAction, ...]:
        return (
            self.copy_number_action,
            self.copy_conn_action,
            self.fill_action,
            self.delete_action,
        )

    def _build_more_button(self) -> QToolButton:
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.addAction(self.clear_action)
        button = QToolButton(self)
        button.setText(self.tr("More"))
        more_icon = icon("history-more")
        if not more_icon.isNull():
            button.setIcon(more_icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAccessibleName(self.tr("History actions"))
        button.setAccessibleDescription(self.tr("Export the history to CSV, or clear it."))
        button.setToolTip(self.tr("Export CSV or clear history"))
        return button

    def _setup_columns(self, keys: list[str]) -> None:
        self._keys = keys
        self._user_columns.clear()
        self._widths.clear()
        header = self._table.horizontalHeader()
        metrics = self._table.fontMetrics()
        pad = 2 * metrics.averageCharWidth()
        header.setMinimumSectionSize(3 * metrics.averageCharWidth())
        bold = QFont(self._table.font())
        bold.setBold(True)
        for column, key in enumerate(keys):
            header.setSectionHidden(column, key in DEFAULT_HIDDEN_COLUMNS)
            if key == _STRETCH_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                sample = _column_sample(key)
                # The outcome delegate draws failures in bold.
                width = QFontMetrics(bold if key == "outcome" else self._table.font())
                title = str(self._table.model().headerData(column, Qt.Orientation.Horizontal))
                text_width = max(width.horizontalAdvance(sample), metrics.horizontalAdvance(title))
                self._widths[column] = text_width + pad
                header.resizeSection(column, text_width + pad)
            delegate = OutcomeDelegate(self._table) if key == "outcome" else None
            self._table.setItemDelegateForColumn(column, delegate)  # type: ignore[arg-type]
        header.setStretchLastSection(_STRETCH_COLUMN not in keys)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Show the automatic columns that fit next to a readable name column."""
        header = self._table.horizontalHeader()
        auto = [self._keys.index(k) for k in AUTO_COLUMNS if k in self._keys]
        auto = [c for c in auto if c not in self._user_columns]
        fixed = [
            c
            for c, key in enumerate(self._keys)
            if key != _STRETCH_COLUMN and c not in auto and not header.isSectionHidden(c)
        ]
        used = sum(header.sectionSize(c) for c in fixed)
        if _STRETCH_COLUMN in self._keys:
            used += _STRETCH_MIN_CHARS * self._table.fontMetrics().averageCharWidth()
        room = self._table.viewport().width()
        for column in auto:
            width = header.sectionSize(column) or self._widths.get(column, 0)
            fits = used + width <= room
            if header.isSectionHidden(column) == fits:
                header.setSectionHidden(column, not fits)
                if fits:
                    header.resizeSection(column, width)
            if fits:
                used += width

    # --- slots -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        key_types = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if watched is self._search and event.type() in key_types and isinstance(event, QKeyEvent):
            return self._on_search_key(event)
        return super().eventFilter(watched, event)

    def _on_search_key(self, event: QKeyEvent) -> bool:
        # Enter searches and a non-empty search's Esc clears it, before the window's shortcuts
        # (Enter dials, Esc clears the form) can take them; Down moves into the results.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        escape = event.key() == Qt.Key.Key_Escape and bool(self._search.text())
        if event.type() == QEvent.Type.ShortcutOverride:
            if enter or escape:
                event.accept()  # the key then arrives here as a key press
            return False
        if escape:
            self._search.clear()
            return True
        if event.key() == Qt.Key.Key_Down:
            self._focus_table()
            return True
        return False

    def _focus_table(self) -> None:
        model = self._table.model()
        if model is not None and not self._table.currentIndex().isValid() and model.rowCount():
            self._table.setCurrentIndex(model.index(0, 0))
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: only the last keystroke's text is searched
        self._update_placeholder()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        self.search_changed.emit(self._search.text())

    def _on_tests_filter_changed(self, _index: int) -> None:
        self.tests_filter_changed.emit(self._tests_filter.currentData())
        self._update_placeholder()

    def _on_model_rows_changed(self) -> None:
        self._update_placeholder()
        self._update_row_actions()

    def _on_table_current_changed(self) -> None:
        self._update_row_actions()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._on_fill_triggered()

    def _on_table_menu_requested(self, global_pos: QPoint) -> None:
        if self.current_record() is None:
            return
        self._update_row_actions()
        self._row_menu.popup(global_pos)

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._table.horizontalHeader().mapToGlobal(pos))

    def _set_column_shown(self, column: int, shown: bool) -> None:
        header = self._table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column, or the table looks empty
        self._user_columns[column] = shown  # the user's choice beats automatic fitting
        header.setSectionHidden(column, not shown)
        self._fit_columns()

    def _on_copy_number_triggered(self) -> None:
        record = self.current_record()
        if record is not None:
            QGuiApplication.clipboard().setText(record.phone_typed)

    def _on_copy_conn_triggered(self) -> None:
        record = self.current_record()
        if record is not None and record.conn_id:
            QGuiApplication.clipboard().setText(record.conn_id)

    def _on_fill_triggered(self) -> None:
        record = self.current_record()
        if record is not None:
            self.redial_requested.emit(record)

    def _on_delete_triggered(self) -> None:
        # One row goes without a question (it is one keystroke to see it is gone and the
        # number is still on the clipboard if copied); clearing everything asks first.
        record = self.current_record()
        if record is not None and record.id:
            self.delete_requested.emit(record.id)

    def _on_export_triggered(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = f"{folder}/wolkvox-history.csv" if folder else "wolkvox-history.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export call history"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self.export_requested.emit(path)

    def _on_clear_triggered(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear call history"),
            self.tr("Delete every call in the history? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_requested.emit()

    # --- state -----------------------------------------------------------------------------

    def _update_row_actions(self) -> None:
        record = self.current_record()
        for action in self._row_actions():
            action.setEnabled(record is not None)
        self.copy_conn_action.setEnabled(record is not None and bool(record.conn_id))
        self.delete_action.setEnabled(record is not None and record.id != 0)

    def _update_placeholder(self) -> None:
        filtered = bool(self._search.text()) or self._tests_filter.currentData() is not None
        text = self.tr("No calls match") if filtered else self.tr("No calls yet")
        model = self._table.model()
        empty = model is None or model.rowCount() == 0
        # Screen readers cannot see the painted placeholder, so the description says it too.
        description = self._table_help if not empty else f"{text}. {self._table_help}"
        if self._table.accessibleDescription() != description:
            self._table.setAccessibleDescription(description)
        if self._table.placeholder != text:
            self._table.placeholder = text
            self._table.viewport().update()
