"""The call history table model: pages of HistoryStore records, fetched as the view scrolls.

QtCore only. It never loads every row and never needs a total count: it asks the store for
one page (keyset paging, newest first) when the view calls ``fetchMore``. Texts shown go
through ``self.tr()``; dates and numbers through QLocale, so they follow the user's locale.
Colours are the view's business: it reads ``OutcomeRole``.
"""

from __future__ import annotations

import bisect
import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from wolkvox_desk.core.errors import HistoryUnavailableError
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.services.history import HistoryStore, record_matches
from wolkvox_desk.text import outcome_label

__all__ = ["Column", "HistoryTableModel"]

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    """The model's columns, in order (views hide or move them by these numbers)."""

    TIME = 0
    PHONE = 1
    CUSTOMER = 2
    CUSTOMER_ID = 3
    OUTCOME = 4
    MESSAGE = 5
    CONN_ID = 6
    LATENCY = 7


_COLUMNS = tuple(Column)
_COLUMN_COUNT = len(_COLUMNS)


class HistoryTableModel(QAbstractTableModel):
    """Call history rows, newest first, for a QTableView. Lives on the GUI thread."""

    #: the row's CallRecord
    RecordRole = int(Qt.ItemDataRole.UserRole)
    #: the row's Outcome value ("ok", "refused", ...), for the view's colours and icons
    OutcomeRole = int(Qt.ItemDataRole.UserRole) + 1

    #: a page could not be read; carries the HistoryUnavailableError (the rows shown stay)
    load_failed = Signal(object)

    def __init__(
        self,
        store: HistoryStore | None = None,
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = max(1, page_size)
        self._rows: list[CallRecord] = []
        self._more = False
        self._text = ""
        self._tests: bool | None = None
        self._locale = QLocale()
        self._outcome_labels: dict[Outcome, str] = {}
        self._today = (0.0, 0.0)  # [start, end) of today, in epoch seconds
        self._localize()
        if store is not None:
            self._reload(self._page_size)

    # --- what the owner calls ------------------------------------------------------------

    def set_store(self, store: HistoryStore | None) -> None:
        """Adopt the store (it is opened after the window's first paint) and load page one."""
        self._store = store
        self._reload(self._page_size)

    def set_filter(self, text: str, tests: bool | None = None) -> None:
        """Show only records matching ``text`` (and the tests flag); starts again at page one."""
        self._text = text
        self._tests = tests
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Reload what is loaded (at least a page), picking up the locale and language anew."""
        self._localize()
        self._reload(max(self._page_size, len(self._rows)))

    def relocalize(self) -> None:
        """Take up a new language or locale (the view calls this on its LanguageChange or
        LocaleChange event: models get neither): same rows, new words and formats."""
        self._localize()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, _COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _localize(self) -> None:
        # Built once here, not per cell: data() runs hundreds of times per repaint.
        self._locale = QLocale()
        self._outcome_labels = self._make_outcome_labels()
        self._today = (0.0, 0.0)

    def prepend(self, record: CallRecord) -> bool:
        """Show a just-stored record without reloading, if it matches the filter.

        It goes where its id puts it (normally the top). A record older than every loaded
        row, with pages still to fetch, is left for ``fetchMore`` to bring. Returns whether a
        row was inserted.
        """
        if not record_matches(record, self._text, tests=self._tests):
            return False
        if any(row.id == record.id for row in self._rows):
            return False
        position = bisect.bisect_left(self._rows, -record.id, key=lambda row: -row.id)
        if position == len(self._rows) and self._more:
            return False
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, record)
        self.endInsertRows()
        return True

    def remove(self, record_id: int) -> bool:
        """Drop a record's row (deleting it from the store is the controller's job)."""
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return True
        return False

    def record_at(self, row: int) -> CallRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- loading ---------------------------------------------------------------------------

    def _load(self, before_id: int | None, limit: int) -> list[CallRecord] | None:
        """One page from the store, or None (and ``load_failed``) when it cannot be read."""
        if self._store is None:
            return []
        try:
            return self._store.search(
                self._text, limit=limit, tests=self._tests, before_id=before_id
            )
        except HistoryUnavailableError as error:
            self.load_failed.emit(error)
            return None

    def _reload(self, limit: int) -> None:
        self.beginResetModel()
        page = self._load(None, limit)
        self._rows = page or []
        self._more = page is not None and len(page) == limit
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 (Qt's API)
        if not self.canFetchMore(parent):
            return
        page = self._load(self._rows[-1].id if self._rows else None, self._page_size)
        self._more = page is not None and len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- the table ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.LATENCY else _LEFT
        if role == Qt.ItemDataRole.UserRole:
            # A stable key, so that views can tell columns apart whatever the language.
            return Column(section).name.lower()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for about ten roles per painted cell; most are not ours. Answer those
        # before any other work (this runs hundreds of times per repaint).
        if role not in _ROLES:
            return None
        row, column_number = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column_number < _COLUMN_COUNT):
            return None
        record = self._rows[row]
        column = _COLUMNS[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (Column.LATENCY, Column.CUSTOMER_ID) else _LEFT
        if role == self.RecordRole:
            return record
        if role == self.OutcomeRole:
            return record.outcome.value
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[self.RecordRole] = QByteArray(b"record")
        names[self.OutcomeRole] = QByteArray(b"outcome")
        return names

    # --- texts ---------------------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Phone"),
            self.tr("Customer"),
            self.tr("ID"),
            self.tr("Outcome"),
            self.tr("Message"),
            self.tr("Connection"),
            self.tr("Latency (ms)"),
        )

    def _make_outcome_labels(self) -> dict[Outcome, str]:
        # The same words as the CLI and notifications (wolkvox_desk.text).
        return {outcome: outcome_label(outcome) for outcome in Outcome}

    def _display(self, record: CallRecord, column: Column) -> str:
        if column == Column.TIME:
            return self._time_text(record.started_at)
        if column == Column.OUTCOME:
            return self._outcome_labels.get(record.outcome, record.outcome.value)
        if column == Column.LATENCY:
            latency = record.latency_ms
            return "" if latency is None else self._locale.toString(round(latency))
        return {
            Column.PHONE: record.phone_typed,
            Column.CUSTOMER: record.customer_name,
            Column.CUSTOMER_ID: record.customer_id,
            Column.MESSAGE: record.msg,
            Column.CONN_ID: record.conn_id,
        }[column]

    def _tooltip(self, record: CallRecord, column: Column) -> str | None:
        if column == Column.TIME:
            moment = _local_time(record.started_at)
            return self._locale.toString(moment, QLocale.FormatType.LongFormat)
        if column == Column.PHONE and record.phone_sent:
            return self.tr("Sent as %1").replace("%1", record.phone_sent)
        if column == Column.MESSAGE and record.msg:
            return record.msg  # the view may elide a long one
        return None

    def _time_text(self, started_at: float) -> str:
        """Today's calls show the time alone, older ones the short date (the tooltip has
        both): the column must stay narrow in a 360 px window."""
        moment = _local_time(started_at)
        short = QLocale.FormatType.ShortFormat
        start, end = self._today
        if time.time() >= end:  # the first call, or midnight has passed
            start, end = self._today = _today_range()
        if start <= started_at < end:
            return self._locale.toString(moment.time(), short)
        return self._locale.toString(moment.date(), short)


_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        HistoryTableModel.RecordRole,
        HistoryTableModel.OutcomeRole,
    }
)


def _today_range() -> tuple[float, float]:
    """Today's [start, end) in epoch seconds, local time (a day may last 23 or 25 hours)."""
    today = QDate.currentDate()
    start = QDateTime(today, QTime(0, 0)).toSecsSinceEpoch()
    end = QDateTime(today.addDays(1), QTime(0, 0)).toSecsSinceEpoch()
    return float(start), float(end)


def _local_time(started_at: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(started_at * 1000)).toLocalTime()
