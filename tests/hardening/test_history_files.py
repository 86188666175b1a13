"""A damaged history file, or one from a newer version: moved aside (never deleted), a
message in the window (a notice) and the CLI (a warning on stderr), and a fresh file that
works at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import SimArena, configure, make_desk, run_cli, use_arena
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.services.history import SCHEMA_VERSION, HistoryStore


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a database: a shopping list\n" * 300)


def _damaged_pages(path: Path) -> None:
    with HistoryStore.open(path) as store:
        for i in range(300):
            store.add(CallRecord(1.7e9 + i, "3001234567", "3001234567", Outcome.OK, "x" * 60))
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : len(data) - page] = b"\xa5" * (len(data) - 3 * page)
    path.write_bytes(bytes(data))


def _newer_schema(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.add(CallRecord(1.7e9, "3001234567", "3001234567", Outcome.OK, "From the future"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "garbage": (_garbage, ".corrupt-"),
    "damaged_pages": (_damaged_pages, ".corrupt-"),
    "newer_schema": (_newer_schema, ".newer-"),
}


@pytest.fixture(params=sorted(DAMAGES))
def damaged(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    make, label = DAMAGES[request.param]
    paths = configure()
    make(paths.history_file)
    original = paths.history_file.read_bytes()
    arena = SimArena()
    use_arena(arena, monkeypatch)
    yield paths, original, label, arena
    arena.close()


def _moved_aside(paths: AppPaths, original: bytes, label: str) -> Path:
    moved = [
        p
        for p in paths.data_dir.iterdir()
        if label in p.name and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    assert len(moved) == 1, list(paths.data_dir.iterdir())
    assert moved[0].read_bytes() == original, "the old file must be kept byte for byte"
    return moved[0]


def test_the_window_moves_it_aside_says_so_and_keeps_working(damaged: Any, qtbot: Any) -> None:
    paths, original, label, arena = damaged
    desk = make_desk(qtbot)
    try:
        moved = _moved_aside(paths, original, label)
        notice = desk.window.outcome_text()
        assert "moved" in notice and str(moved) in notice
        assert desk.history_model.rowCount() == 0  # a fresh history
        qtbot.keyClicks(desk.window.phone_edit(), "3001234567")
        qtbot.keyClick(desk.window.phone_edit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.history_model.rowCount() == 1)
        assert desk.history_store.search("")[0].outcome is Outcome.OK
    finally:
        desk.shutdown()
    with HistoryStore.open(paths.history_file) as store:
        assert store.recovered is None and store.integrity_ok()  # the new file is healthy


@pytest.mark.parametrize("command", ["history", "dial"])
def test_the_cli_moves_it_aside_warns_on_stderr_and_exits_0(
    damaged: Any, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, original, label, arena = damaged
    argv = ["history"] if command == "history" else ["dial", "3001234567", "--agent-id", "1001"]
    run = run_cli(capsys, argv)
    moved = _moved_aside(paths, original, label)
    assert run.code == 0, run.err
    assert run.err.startswith("Warning: ") and str(moved) in run.err
    assert str(moved) not in run.out  # stdout stays machine-readable
    with HistoryStore.open(paths.history_file) as store:
        rows = store.search("")
        assert store.recovered is None
    assert len(rows) == (1 if command == "dial" else 0)
    assert TEST_TOKEN not in run.out + run.err
