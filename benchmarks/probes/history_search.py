"""Search, page and insert through the real store and table model, on a large history.

A search is what the history panel does when the agent stops typing: ``set_filter(text)``
(which reloads page one from the store), then the rows a view would draw (the display text of
every column of the first 25 rows). Inserts are ``HistoryStore.add`` on a copy of the history.

Usage: ``history_search.py --db PATH --reps N [--insert-db COPY --inserts N]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

import time  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from benchmarks.common import AGENT, SERVER  # noqa: E402
from benchmarks.harness import emit  # noqa: E402
from wolkvox_desk.core.models import CallRecord, Outcome  # noqa: E402
from wolkvox_desk.qt.history_model import HistoryTableModel  # noqa: E402
from wolkvox_desk.services.history import HistoryStore  # noqa: E402

#: what agents type: phone fragments in several shapes, names with and without accents,
#: customer IDs, one and two characters, and texts found nowhere (the whole index is asked)
# fmt: off
QUERIES = [
    "300", "3001", "310 45", "+57 315", "4567", "601) 555", "3152223344",
    "jose", "maría", "perez", "gomez rod", "ana m", "quintero", "núñez", "joão",
    "1032", "52301",
    "3", "a", "jo", "q", "ñ",
    "zzq", "xylophone", "99999999999",
]
# fmt: on
VISIBLE_ROWS = 25


def timed_ms(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def draw_first_rows(model: HistoryTableModel) -> None:
    for row in range(min(model.rowCount(), VISIBLE_ROWS)):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def search(model: HistoryTableModel, text: str) -> None:
    model.set_filter(text)
    draw_first_rows(model)


def inserts(path: Path, count: int) -> list[float]:
    store = HistoryStore.open(path)
    now = time.time()
    samples = []
    try:
        for i in range(count):
            record = CallRecord(
                started_at=now + i / 1000,
                phone_typed="+57 300 123 4567",
                phone_sent="9573001234567",
                outcome=Outcome.OK,
                customer_name="José Pérez",
                customer_id="1032",
                agent_id=AGENT,
                server=SERVER,
                http_status=200,
                code="200",
                msg="Dial has been successful",
                conn_id=f"1.2.{i}.3",
                latency_ms=120.0,
            )
            samples.append(timed_ms(lambda r=record: store.add(r)))
    finally:
        store.close()
    return samples


def main(argv: list[str]) -> None:
    db = Path(argv[argv.index("--db") + 1])
    reps = int(argv[argv.index("--reps") + 1])
    app = QCoreApplication(argv[:1])  # QLocale and tr() want an application
    holder: list[HistoryStore] = []
    model = HistoryTableModel()

    def open_history() -> None:
        holder.append(HistoryStore.open(db))
        model.set_store(holder[0])
        draw_first_rows(model)

    open_ms = timed_ms(open_history)
    store = holder[0]
    page = model.rowCount()
    report = {"open_ms": open_ms, "rows_loaded": page, "can_fetch_more": model.canFetchMore()}
    model.fetchMore()
    report["rows_after_fetch_more"] = model.rowCount()
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    most_loaded = 0
    for _ in range(reps):
        for text in QUERIES:
            per_query[text].append(timed_ms(lambda t=text: search(model, t)))
            most_loaded = max(most_loaded, model.rowCount())
    report["search_ms"] = per_query
    report["most_rows_loaded_by_a_search"] = most_loaded
    report["rows"] = store.count()
    model.set_store(None)
    store.close()
    report["bytes"] = sum(
        Path(str(db) + suffix).stat().st_size
        for suffix in ("", "-wal")
        if Path(str(db) + suffix).exists()
    )
    if "--insert-db" in argv:
        copy = Path(argv[argv.index("--insert-db") + 1])
        report["insert_ms"] = inserts(copy, int(argv[argv.index("--inserts") + 1]))
    del app
    emit(**report)


if __name__ == "__main__":
    main(sys.argv)
