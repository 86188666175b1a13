"""Tests for qt/history_model.py over a real HistoryStore in tmp_path."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt

from wolkvox_desk.core.errors import HistoryUnavailableError
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.qt.history_model import Column, HistoryTableModel
from wolkvox_desk.services.history import HistoryStore

NOW = time.time()
DISPLAY = Qt.ItemDataRole.DisplayRole


def call(started_at: float, phone: str, **extra: Any) -> CallRecord:
    return CallRecord(
        started_at=started_at,
        phone_typed=phone,
        phone_sent=extra.pop("phone_sent", "957" + phone.replace(" ", "")),
        outcome=extra.pop("outcome", Outcome.OK),
        **extra,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def thousand(store: HistoryStore) -> HistoryStore:
    for i in range(1000):
        store.add(call(NOW - 60 * i, f"300 {i:04d}", customer_name=f"Customer {i}"))
    return store


def cell(model: HistoryTableModel, row: int, column: Column, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_qtmodeltester_on_an_empty_model(qapp: Any, qtmodeltester: Any) -> None:
    model = HistoryTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex()) is False


def test_qtmodeltester_on_an_empty_store(store: HistoryStore, qtmodeltester: Any) -> None:
    model = HistoryTableModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_qtmodeltester_on_a_filled_model(thousand: HistoryStore, qtmodeltester: Any) -> None:
    model = HistoryTableModel(thousand, page_size=50)
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_pages_are_fetched_on_demand(thousand: HistoryStore, qapp: Any) -> None:
    model = HistoryTableModel(thousand, page_size=200)
    assert model.rowCount() == 200
    assert model.columnCount() == len(Column)
    counts = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
    assert counts == [400, 600, 800, 1000, 1000]
    ids = [model.record_at(row).id for row in range(1000)]  # type: ignore[union-attr]
    assert ids == sorted(set(ids), reverse=True)
    assert cell(model, 999, Column.PHONE) == "300 0999"


def test_the_store_is_only_asked_for_pages(
    thousand: HistoryStore, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    limits: list[int] = []
    real_search = thousand.search

    def recording_search(*args: Any, **kwargs: Any) -> list[CallRecord]:
        limits.append(kwargs["limit"])
        return real_search(*args, **kwargs)

    monkeypatch.setattr(thousand, "search", recording_search)
    monkeypatch.setattr(thousand, "count", lambda *a, **k: pytest.fail("count() not needed"))
    model = HistoryTableModel(thousand, page_size=100)
    model.fetchMore(QModelIndex())
    model.set_filter("300")
    assert limits == [100, 100, 100]
    assert model.rowCount() == 100


def test_cells_roles_and_headers(store: HistoryStore, qapp: Any) -> None:
    now = time.time()  # not the module's NOW: "today" must be the day of this test
    today = store.add(
        call(
            now,
            "+57 300 123 4567",
            phone_sent="9573001234567",
            customer_name="José Pérez",
            customer_id="1032",
            outcome=Outcome.REFUSED,
            msg="AGENT NOT AVAILABLE",
            conn_id="12435.5995.17",
            latency_ms=123.6,
        )
    )
    old = store.add(call(now - 40 * 86400, "601 555 0101", latency_ms=None))
    model = HistoryTableModel(store)
    locale = QLocale()
    assert cell(model, 0, Column.PHONE) == "+57 300 123 4567"
    assert "9573001234567" in cell(model, 0, Column.PHONE, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, Column.CUSTOMER) == "José Pérez"
    assert cell(model, 0, Column.CUSTOMER_ID) == "1032"
    assert cell(model, 0, Column.OUTCOME) == "Refused"
    assert cell(model, 0, Column.MESSAGE) == "AGENT NOT AVAILABLE"
    assert cell(model, 0, Column.CONN_ID) == "12435.5995.17"
    assert cell(model, 0, Column.LATENCY) == locale.toString(124)
    assert cell(model, 1, Column.LATENCY) == ""
    assert cell(model, 0, Column.LATENCY, Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert not cell(model, 0, Column.PHONE, Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert cell(model, 0, Column.TIME, HistoryTableModel.RecordRole) == today
    assert cell(model, 1, Column.PHONE, HistoryTableModel.RecordRole) == old
    assert cell(model, 0, Column.TIME, HistoryTableModel.OutcomeRole) == "refused"
    assert cell(model, 1, Column.TIME, HistoryTableModel.OutcomeRole) == "ok"
    short = QLocale.FormatType.ShortFormat
    today_time = QDateTime.fromMSecsSinceEpoch(round(today.started_at * 1000))
    old_time = QDateTime.fromMSecsSinceEpoch(round(old.started_at * 1000))
    assert cell(model, 0, Column.TIME) == locale.toString(today_time.time(), short)
    assert cell(model, 1, Column.TIME) == locale.toString(old_time.date(), short)
    assert cell(model, 0, Column.TIME, Qt.ItemDataRole.ToolTipRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers[:5] == ["Time", "Phone", "Customer", "ID", "Outcome"]
    assert all(headers)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(5, 0)) is None


def test_filter_by_text_and_tests(store: HistoryStore, qapp: Any) -> None:
    store.add(call(NOW - 3, "300 111", customer_name="Ana"))
    store.add(call(NOW - 2, "300 222", customer_name="Bea"))
    store.add(call(NOW - 1, "4455", is_test=True))
    model = HistoryTableModel(store)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_filter("bea")
    assert [cell(model, r, Column.CUSTOMER) for r in range(model.rowCount())] == ["Bea"]
    model.set_filter("", tests=True)
    assert [cell(model, r, Column.PHONE) for r in range(model.rowCount())] == ["4455"]
    model.set_filter("300", tests=False)
    assert model.rowCount() == 2
    model.set_filter("")
    assert model.rowCount() == 3
    assert len(resets) == 4


def test_prepend_shows_a_new_matching_record_at_the_top(store: HistoryStore, qapp: Any) -> None:
    store.add(call(NOW - 10, "300 111", customer_name="Ana"))
    model = HistoryTableModel(store)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    new = store.add(call(NOW, "300 999", customer_name="Newest"))
    assert model.prepend(new) is True
    assert inserted == [(0, 0)]
    assert model.record_at(0) == new
    assert model.prepend(new) is False  # already shown
    model.set_filter("ana")
    other = store.add(call(NOW + 1, "300 777", customer_name="Zoe"))
    assert model.prepend(other) is False  # does not match the filter
    assert model.rowCount() == 1


def test_prepend_of_an_old_record_waits_for_its_page(store: HistoryStore, qapp: Any) -> None:
    for i in range(5):
        store.add(call(NOW - i, f"300 {i}"))
    model = HistoryTableModel(store, page_size=2)
    old = store.add(call(NOW - 100, "300 old"))
    assert model.prepend(old) is False
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    phones = [cell(model, r, Column.PHONE) for r in range(model.rowCount())]
    assert phones == ["300 0", "300 1", "300 2", "300 3", "300 4", "300 old"]
    middle = store.add(call(NOW - 2.5, "300 middle"))
    assert model.prepend(middle) is True
    assert cell(model, 3, Column.PHONE) == "300 middle"


def test_remove_and_record_at(store: HistoryStore, qapp: Any) -> None:
    first = store.add(call(NOW - 1, "300 1"))
    second = store.add(call(NOW, "300 2"))
    model = HistoryTableModel(store)
    assert model.record_at(0) == second
    assert model.record_at(1) == first
    assert model.record_at(2) is None
    assert model.record_at(-1) is None
    assert model.remove(second.id) is True
    assert model.remove(second.id) is False
    assert model.rowCount() == 1
    assert model.record_at(0) == first


def test_a_store_that_arrives_later(store: HistoryStore, qapp: Any) -> None:
    store.add(call(NOW, "300 1"))
    model = HistoryTableModel(page_size=10)
    assert model.rowCount() == 0
    model.set_filter("300")
    model.set_store(store)
    assert model.rowCount() == 1
    model.set_store(None)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex()) is False


def test_refresh_keeps_what_was_loaded_and_picks_up_changes(
    thousand: HistoryStore, qapp: Any
) -> None:
    model = HistoryTableModel(thousand, page_size=100)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    newest = thousand.add(call(NOW + 5, "300 new"))
    model.refresh()
    assert model.rowCount() == 200
    assert model.record_at(0) == newest
    thousand.clear()
    model.refresh()
    assert model.rowCount() == 0


def test_a_failing_store_reports_instead_of_raising(store: HistoryStore, qapp: Any) -> None:
    store.add(call(NOW, "300 1"))
    model = HistoryTableModel(store)
    failures: list[HistoryUnavailableError] = []
    model.load_failed.connect(failures.append)
    store.close()
    model.set_filter("300")
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex()) is False
    assert [error.kind for error in failures] == ["io"]
