"""Tests for services/history.py: real SQLite files in tmp_path, no mocks of sqlite3."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wolkvox_desk.core.errors import HistoryUnavailableError
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.services import history
from wolkvox_desk.services.history import (
    CSV_COLUMNS,
    SCHEMA_VERSION,
    HistoryStore,
    normalize_query,
    record_matches,
)

NOW = 1_750_000_000.0  # a fixed "now" for the injected clock
DAY = 86400.0
REPO = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def call(
    started_at: float = NOW,
    phone: str = "300 123 4567",
    sent: str = "",
    name: str = "",
    customer_id: str = "",
    **extra: object,
) -> CallRecord:
    sent = sent or "957" + "".join(ch for ch in phone if ch.isdigit())
    return CallRecord(
        started_at=started_at,
        phone_typed=phone,
        phone_sent=sent,
        outcome=extra.pop("outcome", Outcome.OK),  # type: ignore[arg-type]
        customer_name=name,
        customer_id=customer_id,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture(params=["fts5", "plain"])
def store(
    db_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HistoryStore]:
    """A store with the FTS5 trigram index, and one as an SQLite without trigram makes it."""
    if request.param == "plain":
        monkeypatch.setattr(history, "_trigram_available", lambda conn: False)
    opened = HistoryStore.open(db_path, clock=lambda: NOW)
    assert opened._fts is (request.param == "fts5")
    yield opened
    opened.close()


def phones(records: list[CallRecord]) -> list[str]:
    return [record.phone_typed for record in records]


# --- add / get ---------------------------------------------------------------------------


def test_add_returns_the_record_with_an_id_and_get_reads_it_back(store: HistoryStore) -> None:
    record = call(
        phone="+57 300 123 4567",
        sent="9573001234567",
        name="José Pérez",
        customer_id="1032",
        agent_id="1001",
        server="0042",
        error_kind="",
        http_status=200,
        code="200",
        msg="Dial OK",
        conn_id="12435.5995.17",
        latency_ms=123.5,
        attempts=2,
        is_test=True,
        api="dial",
    )
    stored = store.add(record)
    assert stored.id > 0
    assert stored == CallRecord(**{**_fields(record), "id": stored.id})
    assert store.get(stored.id) == stored
    assert store.get(stored.id + 1) is None


def _fields(record: CallRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_none_fields_and_every_outcome_round_trip(store: HistoryStore) -> None:
    for index, outcome in enumerate(Outcome):
        stored = store.add(call(NOW + index, outcome=outcome, http_status=None, latency_ms=None))
        assert store.get(stored.id) == stored


def test_ids_are_unique_and_keep_insertion_order_within_one_millisecond(
    store: HistoryStore,
) -> None:
    ids = [store.add(call(NOW, phone=f"300 000 000{i}")).id for i in range(5)]
    assert len(set(ids)) == 5
    assert phones(store.search()) == [f"300 000 000{i}" for i in reversed(range(5))]


def test_a_full_millisecond_block_spills_into_the_next_free_id(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "_ID_SLOTS", 2)
    later = store.add(call(NOW + 0.001, phone="later"))
    same = [store.add(call(NOW, phone=f"same-ms-{i}")) for i in range(4)]
    ids = {later.id, *(record.id for record in same)}
    assert len(ids) == 5
    assert {store.get(record_id) for record_id in ids} == {later, *same}


# --- search ------------------------------------------------------------------------------


@pytest.fixture
def filled(store: HistoryStore) -> HistoryStore:
    store.add(call(NOW - 30, "+57 300 123 4567", "9573001234567", "José Pérez", "1032"))
    store.add(call(NOW - 20, "601 555 0101", "96015550101", "ANA GÓMEZ", "777"))
    store.add(call(NOW - 10, "310-999-8888", "9573109998888", "Peña Ltda", ""))
    store.add(call(NOW - 5, "4455", "4455", "", "", is_test=True))
    return store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["4455", "310-999-8888", "601 555 0101", "+57 300 123 4567"]),
        ("300 123", ["+57 300 123 4567"]),  # as typed, with its spaces
        ("3001234567", ["+57 300 123 4567"]),  # typed without the spaces
        ("9573001", ["+57 300 123 4567"]),  # as sent
        ("(310) 999", ["310-999-8888"]),  # a differently formatted phone
        ("jose", ["+57 300 123 4567"]),  # accent-insensitive
        ("PÉREZ", ["+57 300 123 4567"]),  # case- and accent-insensitive
        ("ana gómez", ["601 555 0101"]),
        ("pena", ["310-999-8888"]),  # ñ -> n
        ("1032", ["+57 300 123 4567"]),  # customer ID
        ("77", ["601 555 0101"]),  # two characters
        ("ñ", ["310-999-8888", "601 555 0101"]),  # one character, folded to "n"
        ("z", ["601 555 0101", "+57 300 123 4567"]),
        ("nobody", []),
        ("q", []),
    ],
)
def test_search_matches_phone_name_and_id(
    filled: HistoryStore, text: str, expected: list[str]
) -> None:
    assert phones(filled.search(text)) == expected
    assert filled.count(text) == len(expected)


def test_search_wildcards_are_literal(store: HistoryStore) -> None:
    store.add(call(NOW, name="abc"))
    store.add(call(NOW + 1, name="a*c [x] 1_%"))
    assert [r.customer_name for r in store.search("a?c")] == []
    assert [r.customer_name for r in store.search("a*c")] == ["a*c [x] 1_%"]
    assert [r.customer_name for r in store.search("[x]")] == ["a*c [x] 1_%"]
    assert [r.customer_name for r in store.search("1_%")] == ["a*c [x] 1_%"]
    assert [r.customer_name for r in store.search("*")] == ["a*c [x] 1_%"]
    assert store.search('"') == []


def test_no_match_spans_two_fields(store: HistoryStore) -> None:
    store.add(call(NOW, phone="111", sent="111", name="ana", customer_id="222"))
    assert store.search("a222") == []
    assert store.search("ana2") == []


def test_tests_filter(filled: HistoryStore) -> None:
    assert phones(filled.search(tests=True)) == ["4455"]
    assert "4455" not in phones(filled.search(tests=False))
    assert len(filled.search(tests=None)) == 4
    assert phones(filled.search("44", tests=True)) == ["4455"]
    assert phones(filled.search("4455", tests=True)) == ["4455"]
    assert filled.search("300", tests=True) == []
    assert filled.search("3", tests=True) == []
    assert filled.count("455", tests=True) == 1
    assert filled.count("5", tests=True) == 1
    assert phones(filled.search("5", tests=False)) == [
        "310-999-8888",
        "601 555 0101",
        "+57 300 123 4567",
    ]
    assert filled.search("4455", tests=False) == []
    assert filled.count(tests=False) == 3
    assert filled.count(tests=True) == 1


def test_newest_first_by_start_time_not_by_insertion(store: HistoryStore) -> None:
    for offset in (50, 10, 40, 20, 30):
        store.add(call(NOW - offset, phone=f"300 {offset}"))
    assert phones(store.search()) == ["300 10", "300 20", "300 30", "300 40", "300 50"]
    assert phones(store.search("300")) == ["300 10", "300 20", "300 30", "300 40", "300 50"]


def test_limit_offset_and_keyset_pages_agree(store: HistoryStore) -> None:
    for i in range(25):
        store.add(call(NOW - i, phone=f"300 {i:03d}", name="Same Name"))
    for text in ("", "same", "s", "300"):
        everything = store.search(text, limit=100)
        assert len(everything) == 25
        assert store.search(text, limit=10, offset=20) == everything[20:]
        pages: list[CallRecord] = []
        before = None
        while page := store.search(text, limit=7, before_id=before):
            pages.extend(page)
            before = page[-1].id
        assert pages == everything
    assert store.search(limit=0) == []


def test_short_queries_reach_past_the_scanned_window(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "_NEAR_WINDOW", 3)
    store.add(call(NOW - 100, phone="111", sent="111", name="Old Xavier"))
    for i in range(10):
        store.add(call(NOW - i, phone="222", sent="222", name=f"New {i}"))
    assert [r.customer_name for r in store.search("x")] == ["Old Xavier"]
    assert [r.customer_name for r in store.search("xa")] == ["Old Xavier"]
    assert store.count("x") == 1
    assert len(store.search("n", limit=20)) == 10  # the ten "New"
    assert store.search("k") == []
    assert store.count("k") == 0
    assert len(store.search("e", limit=5, offset=4)) == 5  # 11 'e's: pages cross the window
    assert [r.customer_name for r in store.search("e", limit=20)][-1] == "Old Xavier"


def test_record_matches_agrees_with_search(filled: HistoryStore) -> None:
    every = filled.search(limit=100)
    for text in ("300 123", "jose", "PEÑA", "77", "4455", "nobody", ""):
        for tests in (None, True, False):
            found = {r.id for r in filled.search(text, tests=tests)}
            assert {r.id for r in every if record_matches(r, text, tests=tests)} == found


def _fold_by_the_book(text: str) -> str:
    """The general path of history._fold, for every text (the ASCII shortcut must agree)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and (ch.isspace() or unicodedata.category(ch)[0] != "C")
    )
    return " ".join(kept.casefold().split())


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_the_ascii_shortcut_folds_and_keeps_digits_like_the_general_path(text: str) -> None:
    assert history._fold(text) == _fold_by_the_book(text)
    by_the_book = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
    assert history._digits(text) == by_the_book


def test_normalize_query() -> None:
    assert normalize_query("  José   PÉREZ ") == "jose perez"
    assert normalize_query("+57 (300) 123-45") == "5730012345"
    assert normalize_query("abc 123") == "abc 123"


# --- deleting, retention ---------------------------------------------------------------


def test_delete_and_clear(filled: HistoryStore) -> None:
    target = filled.search("jose")[0]
    assert filled.delete(target.id) is True
    assert filled.delete(target.id) is False
    assert filled.get(target.id) is None
    assert filled.search("jose") == []
    assert filled.search("j") == []
    assert filled.count() == 3
    assert filled.clear() == 3
    assert filled.search() == []
    assert filled.search("pena") == []
    assert filled.count("p") == 0


def test_clear_leaves_no_customer_data_in_the_files(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        for i in range(200):
            store.add(call(NOW + i, name=f"Wilhelmina Secret {i}", customer_id="8675309"))
    with HistoryStore.open(db_path) as store:  # closing checkpointed the rows into the file
        assert b"Wilhelmina" in db_path.read_bytes()
        assert store.clear() == 200
        raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir())
        assert b"Wilhelmina" not in raw
        assert b"wilhelmina" not in raw
        assert b"8675309" not in raw
        stored = store.add(call(name="After"))
        assert store.search("after") == [stored]
        assert store.search("af") == [stored]
        assert store.delete(stored.id)
        assert store.search("af") == []
        assert store.integrity_ok()


def test_purge_uses_the_injected_clock(db_path: Path) -> None:
    now = [NOW]
    with HistoryStore.open(db_path, clock=lambda: now[0]) as store:
        store.add(call(NOW - 100 * DAY, phone="old"))
        store.add(call(NOW - 90 * DAY - 1, phone="just over"))
        store.add(call(NOW - 89 * DAY, phone="recent"))
        store.add(call(NOW, phone="today"))
        assert store.purge_older_than(0) == 0
        assert store.purge_older_than(-5) == 0
        assert store.purge_older_than(90) == 2
        assert phones(store.search()) == ["today", "recent"]
        assert store.search("old") == []
        now[0] = NOW + 2 * DAY
        assert store.purge_older_than(90) == 1
        assert phones(store.search()) == ["today"]


# --- privacy -----------------------------------------------------------------------------


def test_names_are_not_stored_when_switched_off(db_path: Path) -> None:
    with HistoryStore.open(db_path, store_customer_names=False) as store:
        stored = store.add(call(name="Zacarías Quintero", customer_id="1032"))
        assert stored.customer_name == ""
        assert store.get(stored.id) == stored
        assert store.search("zacar") == []
        assert store.search("1032") == [stored]
        store.store_customer_names = True
        assert store.add(call(NOW + 1, name="Named")).customer_name == "Named"
    raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir())
    assert b"Zacar" not in raw
    assert b"zacar" not in raw
    assert "Zacarías".encode() not in raw
    assert b"Named" in raw


def test_recent_numbers_are_distinct_newest_first_without_tests(store: HistoryStore) -> None:
    for offset, phone in enumerate(["111", "222", "111", "333", "444", "222"]):
        store.add(call(NOW - offset, phone=phone))
    store.add(call(NOW + 5, phone="999", is_test=True))
    assert store.recent_numbers() == ["111", "222", "333", "444"]
    assert store.recent_numbers(2) == ["111", "222"]


# --- CSV ---------------------------------------------------------------------------------


def test_export_csv_quotes_and_guards_formulas(store: HistoryStore) -> None:
    store.add(call(NOW - 1, phone="+57 300 123 4567", name="José & Hijos, #2", msg='say "hi"'))
    store.add(call(NOW, phone="601", name='=HYPERLINK("http://x")', msg="-2+3", conn_id="@x"))
    out = io.StringIO(newline="")
    assert store.export_csv(out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert first["customer_name"] == '\'=HYPERLINK("http://x")'
    assert first["msg"] == "'-2+3"
    assert first["conn_id"] == "'@x"
    assert second["customer_name"] == "José & Hijos, #2"
    assert second["msg"] == 'say "hi"'
    assert second["phone_typed"] == "'+57 300 123 4567"
    started = datetime.fromisoformat(second["started_at"])
    assert started.tzinfo is not None
    assert started.timestamp() == pytest.approx(NOW - 1, abs=1)
    assert second["outcome"] == "ok"


def test_export_csv_filters_and_pages_through_everything(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "_EXPORT_CHUNK", 3)
    for i in range(10):
        store.add(call(NOW - i, phone=f"300 {i}", is_test=i == 0))
    out = io.StringIO()
    assert store.export_csv(out) == 10
    assert len(list(csv.reader(io.StringIO(out.getvalue())))) == 11
    assert store.export_csv(io.StringIO(), "300 5") == 1
    assert store.export_csv(io.StringIO(), tests=False) == 9


# --- the file ----------------------------------------------------------------------------


@posix_only
def test_files_and_new_folders_are_private(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "history.sqlite3"
    with HistoryStore.open(path) as store:
        store.add(call())
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert file.stat().st_mode & 0o777 == 0o600, file
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700


@posix_only
def test_an_existing_readable_file_is_tightened(db_path: Path) -> None:
    HistoryStore.open(db_path).close()
    db_path.chmod(0o644)
    HistoryStore.open(db_path).close()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_data_survives_reopen_with_nothing_recovered(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        stored = store.add(call(name="Persisted"))
        assert store.recovered is None
    with HistoryStore.open(db_path) as store:
        assert store.recovered is None
        assert store.get(stored.id) == stored
        assert store.search("persisted") == [stored]
        assert store.integrity_ok() is True


def _aside(db_path: Path) -> list[Path]:
    return sorted(p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + "."))


def test_a_garbage_file_is_moved_aside_and_replaced(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database, it is a shopping list\n" * 200
    db_path.write_bytes(garbage)
    with HistoryStore.open(db_path, clock=lambda: NOW) as store:
        assert store.recovered is not None
        assert store.recovered.kind == "corrupt"
        assert store.recovered.path == str(db_path)
        moved = Path(store.recovered.moved_to)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(NOW))
        assert moved.name == f"history.sqlite3.corrupt-{stamp}"
        assert moved.read_bytes() == garbage
        assert _aside(db_path) == [moved]
        assert store.count() == 0
        assert store.add(call()).id > 0
        assert store.integrity_ok()


def test_damaged_pages_behind_a_valid_header_are_moved_aside(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        for i in range(300):
            store.add(call(NOW + i, name=f"Customer number {i} " + "x" * 50))
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page : len(data) - page] = b"\xa5" * (len(data) - 3 * page)
    db_path.write_bytes(bytes(data))
    with HistoryStore.open(db_path) as store:
        assert store.recovered is not None
        assert store.recovered.kind == "corrupt"
        assert Path(store.recovered.moved_to).read_bytes() == bytes(data)
        assert store.count() == 0


def test_a_newer_schema_is_moved_aside_not_touched(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        store.add(call(name="From the future"))
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with HistoryStore.open(db_path, clock=lambda: NOW) as store:
        assert store.recovered is not None
        assert store.recovered.kind == "newer_schema"
        moved = Path(store.recovered.moved_to)
        assert ".newer-" in moved.name
        assert moved.read_bytes() == before
        assert store.search("future") == []
    with sqlite3.connect(moved) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_two_recoveries_in_the_same_second_keep_both_files(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    for content in (b"first garbage " * 100, b"second garbage " * 100):
        db_path.write_bytes(content)
        HistoryStore.open(db_path, clock=lambda: NOW).close()
    contents = {p.read_bytes()[:6] for p in _aside(db_path)}
    assert contents == {b"first ", b"second"}


def test_a_folder_in_the_way_is_an_io_error(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(HistoryUnavailableError) as caught:
        HistoryStore.open(db_path)
    assert caught.value.kind == "io"
    assert db_path.is_dir()


def test_a_file_where_the_folder_should_be_is_an_io_error(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("not a folder")
    with pytest.raises(HistoryUnavailableError) as caught:
        HistoryStore.open(tmp_path / "blocker" / "history.sqlite3")
    assert caught.value.kind == "io"


def test_a_closed_store_raises_our_error(db_path: Path) -> None:
    store = HistoryStore.open(db_path)
    store.close()
    store.close()  # idempotent
    with pytest.raises(HistoryUnavailableError) as caught:
        store.search()
    assert caught.value.kind == "io"
    with pytest.raises(HistoryUnavailableError):
        store.add(call())


_WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wolkvox_desk.core.models import CallRecord, Outcome
    from wolkvox_desk.services.history import HistoryStore

    path, go, index = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    (go.parent / f"ready-{index}").touch()
    while not go.exists():
        time.sleep(0.001)
    with HistoryStore.open(path) as store:
        for i in range(20):
            store.add(CallRecord(started_at=1e9 + i, phone_typed=f"{index}-{i}",
                                 phone_sent="1", outcome=Outcome.OK))
    """
)


def test_several_processes_can_open_a_brand_new_database_at_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "history.sqlite3"
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(path), str(go), str(index)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for index in range(6)
    ]
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("ready-*"))) < 6 and time.monotonic() < deadline:
            time.sleep(0.01)  # every interpreter is up and waiting at the line
        go.touch()
        results = [worker.communicate(timeout=60) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    assert [worker.returncode for worker in workers] == [0] * 6, results
    with HistoryStore.open(path) as store:
        assert store.recovered is None
        assert store.count() == 120
        assert len({r.phone_typed for r in store.search(limit=500)}) == 120
        assert store.integrity_ok()
    assert _aside(path) == []
