"""Call history storage: the one home of sqlite3 in wolkvox-desk.

Owns ``history.sqlite3``: its versioned schema (``PRAGMA user_version``), its file modes, WAL,
search, retention, CSV export, and what happens when the file is damaged or too new (it is
renamed aside, never deleted, and a fresh one takes its place).

Layout, chosen for a year of history (about a million rows):

- ``calls`` is a rowid table whose ``id`` is *time-ordered*: the record's ``started_at`` in
  milliseconds times 1000, plus a sequence for records that start in the same millisecond.
  The primary key therefore doubles as the newest-first index, so every list is a backwards
  walk of one B-tree, with no second index to store and no sort step.
- ``calls_search`` holds one folded text per call (name without accents, customer ID, phone
  digits). It is an FTS5 table with the ``trigram`` tokenizer when SQLite has one. A text of
  three characters or more is a GLOB that FTS5 answers from its trigrams, streaming rowids in
  descending order, which *is* newest first, so a page stops after ``limit`` hits. One or two
  characters cannot be looked up by trigram: the newest rows are scanned first (such texts
  are usually common), then the FTS vocabulary finds the trigrams that start with them.
  Without FTS5 trigram (SQLite < 3.34) it is a plain table and every search scans.
- Paging is keyset paging (``search(before_id=...)``), so page 500 costs what page 1 costs.

Errors leave this module as :class:`HistoryUnavailableError` with kind ``corrupt``,
``newer_schema``, ``io`` or ``locked``; sqlite3's own exceptions never do.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from wolkvox_desk.core.errors import HistoryUnavailableError
from wolkvox_desk.core.models import CallRecord, Outcome

__all__ = [
    "SCHEMA_VERSION",
    "CSV_COLUMNS",
    "HistoryStore",
    "normalize_query",
    "record_matches",
]

SCHEMA_VERSION = 1

#: records starting in the same millisecond share one block of this many ids
_ID_SLOTS = 1000
#: largest millisecond key whose ids stay below 2**53, so they survive JSON and JavaScript
_MAX_MS = (2**53 // _ID_SLOTS) - 1
_MAX_ID = (_MAX_MS + 1) * _ID_SLOTS
#: separates the parts of a search text, so that no match can span two fields
_SEP = "\x1f"
#: starts the search text of test calls: a trigram found nowhere else, so that "tests only"
#: with a text is one FTS lookup instead of a filter over every match
_TEST_MARK = "\x1e" * 3
#: below this size a full ``quick_check`` at open costs a few milliseconds; above it, it
#: would read the whole file at every start, so only the cheap checks run
_QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024
#: ``recent_numbers`` looks at no more than this many newest rows
_RECENT_SCAN_LIMIT = 5000
#: a 1-2 character search first scans this many newest rows before using the FTS vocabulary
_NEAR_WINDOW = 10_000
#: rows per chunk while exporting, so other threads can write between chunks
_EXPORT_CHUNK = 2000

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

#: a query made only of these characters (with at least one digit) is a phone number
_PHONE_LIKE = re.compile(r"[\d\s+\-().\/]*\d[\d\s+\-().\/]*")

_COLUMNS = (
    "id",
    "started_at",
    "phone_typed",
    "phone_sent",
    "outcome",
    "customer_name",
    "customer_id",
    "agent_id",
    "server",
    "error_kind",
    "http_status",
    "code",
    "msg",
    "conn_id",
    "latency_ms",
    "attempts",
    "is_test",
    "api",
)
_SELECT = ", ".join(f"calls.{name}" for name in _COLUMNS)

#: the CSV header, in column order (times are ISO-8601 local with their UTC offset)
CSV_COLUMNS = _COLUMNS

_CREATE_CALLS = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    phone_typed TEXT NOT NULL,
    phone_sent TEXT NOT NULL,
    outcome TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    agent_id TEXT NOT NULL DEFAULT '',
    server TEXT NOT NULL DEFAULT '',
    error_kind TEXT NOT NULL DEFAULT '',
    http_status INTEGER,
    code TEXT NOT NULL DEFAULT '',
    msg TEXT NOT NULL DEFAULT '',
    conn_id TEXT NOT NULL DEFAULT '',
    latency_ms REAL,
    attempts INTEGER NOT NULL DEFAULT 1,
    is_test INTEGER NOT NULL DEFAULT 0,
    api TEXT NOT NULL DEFAULT 'dial'
)
"""
# Test calls (the extension tester) are few; this partial index lets "tests only" walk them
# newest first instead of scanning every row.
_CREATE_TESTS_INDEX = "CREATE INDEX IF NOT EXISTS calls_tests ON calls(id) WHERE is_test = 1"
# detail='none' keeps no token positions (about 70 bytes a row less than 'full'): phrase
# queries are then refused, but GLOB still uses the trigrams to find candidates and checks
# each one. columnsize=0 drops per-row token counts, which only ranking needs.
_CREATE_SEARCH_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS calls_search"
    " USING fts5(search_text, tokenize='trigram', detail='none', columnsize=0)"
)
_CREATE_SEARCH_PLAIN = (
    "CREATE TABLE IF NOT EXISTS calls_search (id INTEGER PRIMARY KEY, search_text TEXT NOT NULL)"
)
_CREATE_VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.calls_search_vocab"
    " USING fts5vocab(main, calls_search, row)"
)
# A trigger, not Python code, keeps the search table in step on delete, so even a row deleted
# by hand with the sqlite3 shell leaves no orphan. It calls no custom function, so any process
# with any SQLite can write the file.
_CREATE_DELETE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS calls_search_delete AFTER DELETE ON calls BEGIN
    DELETE FROM calls_search WHERE rowid = old.id;
END
"""


class _Damaged(Exception):
    """Raised inside ``open`` when the file must be moved aside (kind: corrupt/newer_schema)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail


# --- text folding, shared by the store and by models that filter in memory ---------------


def _fold(text: str) -> str:
    """Lower-case, accent-free, control-free, single-spaced: 'José  PÉREZ' -> 'jose perez'."""
    if text.isascii() and text.isprintable():
        # Most names and IDs: nothing to decompose or drop, and casefold is lower (a fifth of
        # the time; every saved dial and every search keystroke folds).
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and (ch.isspace() or unicodedata.category(ch)[0] != "C")
    )
    return " ".join(kept.casefold().split())


def _digits(text: str) -> str:
    """Only the decimal digits of ``text``, as ASCII (so '٣' and '3' match)."""
    if text.isascii():
        return "".join(ch for ch in text if ch.isdigit())
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def normalize_query(text: str) -> str:
    """The form a search text is matched in.

    A phone-like query ('300 123-45') is reduced to its digits, because phones are indexed as
    digits: the digits of a substring are always a substring of the digits, so '300 123'
    finds '+57 300 123 4567' and '3001234567' alike. Anything else is folded like names are.
    """
    folded = _fold(text)
    return _digits(folded) if _PHONE_LIKE.fullmatch(folded) else folded


def _search_text(record: CallRecord) -> str:
    """The folded text a record is found by: name, customer ID and phone digits."""
    typed = _digits(record.phone_typed)
    sent = _digits(record.phone_sent)
    parts = [_fold(record.customer_name), _fold(record.customer_id), sent]
    if typed not in sent:  # the typed digits are usually inside the sent ones (prefix added)
        parts.append(typed)
    if any(ch.isalpha() for ch in record.phone_typed):
        parts.append(_fold(record.phone_typed))
    # Two trailing separators: every character then starts a trigram, which lets a 1-2
    # character search find rows through the FTS vocabulary (see _short_match).
    text = _SEP.join(part for part in parts if part) + _SEP * 2
    return _TEST_MARK + text if record.is_test else text


def record_matches(record: CallRecord, text: str = "", *, tests: bool | None = None) -> bool:
    """True when ``search(text, tests=tests)`` would return ``record`` (for in-memory views)."""
    if tests is not None and record.is_test != tests:
        return False
    query = normalize_query(text)
    return not query or query in _search_text(record)


# --- the file: folders, modes, moving aside ----------------------------------------------


def _ensure_private_dir(folder: Path) -> None:
    """Create missing folders one by one with mode 0700 (``mkdir(parents=True)`` would give the
    intermediate ones the default mode). Existing folders are left as they are."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it first
            item.mkdir(mode=0o700)


def _ensure_private_file(path: Path) -> None:
    """Create the file 0600 before SQLite does: SQLite gives its -wal and -shm files the mode
    of the database file, so this one call keeps all three private. An existing file that
    others can read is tightened."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino)


def _move_aside(path: Path, kind: str, now: float) -> Path:
    """Rename a damaged database (and its -wal, -shm, -journal) out of the way; never delete.

    The name says why and when: ``history.sqlite3.corrupt-20250131-140205``.
    """
    label = "newer" if kind == "newer_schema" else "corrupt"
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
        serial += 1
    # The main file first: if a sibling rename failed, the damaged data is already out of the
    # way, and SQLite ignores a -wal whose header does not match the new main file.
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        sibling = path.with_name(path.name + suffix)
        if sibling.exists():
            os.replace(sibling, target.with_name(target.name + suffix))
    return target


# --- errors ------------------------------------------------------------------------------


def _error_code(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else -1


def _error_name(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    return name if isinstance(name, str) else type(exc).__name__


def _is_damage(exc: sqlite3.Error) -> bool:
    return _error_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _is_busy(exc: sqlite3.Error) -> bool:
    return _error_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED)


def _unavailable(exc: sqlite3.Error, path: Path) -> HistoryUnavailableError:
    if _is_damage(exc):
        kind = "corrupt"
    elif _is_busy(exc):
        kind = "locked"
    else:
        kind = "io"
    return HistoryUnavailableError(kind, _error_name(exc), path=str(path))


# --- opening and migrating ---------------------------------------------------------------


def _trigram_available(conn: sqlite3.Connection) -> bool:
    """FTS5 with the trigram tokenizer arrived in SQLite 3.34; probe rather than parse."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.trigram_probe")
    return True


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    conn.execute(_CREATE_CALLS)
    conn.execute(_CREATE_TESTS_INDEX)
    conn.execute(_CREATE_SEARCH_FTS if _trigram_available(conn) else _CREATE_SEARCH_PLAIN)
    conn.execute(_CREATE_DELETE_TRIGGER)


#: migration N takes a database from user_version N-1 to N
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_to_1}


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to SCHEMA_VERSION inside one ``BEGIN IMMEDIATE``.

    A file already at SCHEMA_VERSION, or newer, is only read: nothing is written to a file
    that may be moved aside. Otherwise the write lock is taken *before* reading user_version
    again, so when several processes open a brand-new file at once, one migrates and the
    others wait (busy timeout), then find the work done. ``IF NOT EXISTS`` makes a repeated
    step harmless anyway.
    """
    version = _user_version(conn)
    if version > SCHEMA_VERSION:
        raise _Damaged("newer_schema", str(version))
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _user_version(conn)
        if version > SCHEMA_VERSION:
            raise _Damaged("newer_schema", str(version))
        for step in range(version + 1, SCHEMA_VERSION + 1):
            _MIGRATIONS[step](conn)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """Cheap health checks: the tables are there and their newest pages read back."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if not {"calls", "calls_search"} <= names:
        raise _Damaged("corrupt", "missing_tables")
    conn.execute("SELECT id FROM calls ORDER BY id DESC LIMIT 1").fetchall()
    conn.execute("SELECT rowid FROM calls_search ORDER BY rowid DESC LIMIT 1").fetchall()
    if path.stat().st_size <= _QUICK_CHECK_MAX_BYTES:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise _Damaged("corrupt", "quick_check")


def _configure(conn: sqlite3.Connection) -> None:
    # WAL lets the window read while a CLI dial writes. With WAL, synchronous=NORMAL is durable
    # across application crashes (SIGKILL included): a commit is in the WAL file before
    # COMMIT returns. Only an OS crash or power cut can lose the last transactions, never
    # corrupt the file; FULL would add an fsync per dial for that case alone.
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")
    # Deleted and purged rows are personal data: zero their bytes instead of leaving them in
    # free pages (Debian's SQLite does this by default; Windows and macOS builds do not).
    conn.execute("PRAGMA secure_delete = ON")


def _connect(path: Path, timeout_s: float) -> sqlite3.Connection:
    """Open, configure, migrate and check; raise _Damaged for a file that must move aside.

    ``timeout`` is SQLite's busy_timeout: a connection waits that long for another process's
    lock instead of failing at once. A few statements (switching to WAL) can still answer
    "busy" without waiting, so the whole sequence is retried until the same deadline.
    """
    deadline = time.monotonic() + timeout_s
    delay = 0.01
    while True:
        conn = sqlite3.connect(
            str(path), timeout=timeout_s, isolation_level=None, check_same_thread=False
        )
        try:
            _configure(conn)
            _migrate(conn)
            _check(conn, path)
            if _is_fts(conn):  # per connection, in temp: not part of the file's schema
                conn.execute(_CREATE_VOCAB)
            return conn
        except sqlite3.Error as exc:
            conn.close()
            if _is_damage(exc):
                raise _Damaged("corrupt", _error_name(exc)) from exc
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
        except BaseException:
            conn.close()
            raise
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


# --- rows ----------------------------------------------------------------------------------


def _time_key(started_at: float) -> int:
    """The first id of the block for ``started_at``'s millisecond (clamped to a safe range)."""
    ms = math.floor(started_at * 1000) if math.isfinite(started_at) else 0
    return min(max(ms, 0), _MAX_MS) * _ID_SLOTS


def _row_values(record: CallRecord) -> tuple[Any, ...]:
    return (
        record.id,
        record.started_at,
        record.phone_typed,
        record.phone_sent,
        record.outcome.value,
        record.customer_name,
        record.customer_id,
        record.agent_id,
        record.server,
        record.error_kind,
        record.http_status,
        record.code,
        record.msg,
        record.conn_id,
        record.latency_ms,
        record.attempts,
        int(record.is_test),
        record.api,
    )


def _outcome(value: str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:  # hand-edited row: show it rather than fail the whole page
        return Outcome.ERROR


def _record(row: tuple[Any, ...]) -> CallRecord:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["outcome"] = _outcome(values["outcome"])
    values["is_test"] = bool(values["is_test"])
    return CallRecord(**values)


def _csv_cell(value: object) -> object:
    """Neutralise spreadsheet formulas: a text cell starting with = + - @ (or tab/CR, which
    some spreadsheets skip before such a sign) gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_row(record: CallRecord) -> list[object]:
    local = datetime.fromtimestamp(record.started_at).astimezone()
    cells: list[object] = list(_row_values(record))
    cells[1] = local.isoformat(timespec="seconds")
    return [_csv_cell(cell) for cell in cells]


# --- queries -------------------------------------------------------------------------------

# How a text is looked up in calls_search (each takes one parameter):
_GLOB = "calls_search.search_text GLOB ?"  # 3+ chars: FTS5 trigram finds candidates, GLOB checks
_INSTR = "instr(calls_search.search_text, ?) > 0"  # a scan, newest first
_MATCH = "calls_search MATCH ?"  # an FTS5 expression (the OR of trigrams for 1-2 chars)


def _glob_pattern(query: str) -> str:
    """'*text*' with GLOB's own wildcards made literal (GLOB is case-sensitive, which is fine:
    both sides are folded; LIKE would need an ESCAPE clause that FTS5 does not support)."""
    return "*" + "".join(f"[{ch}]" if ch in "*?[" else ch for ch in query) + "*"


@dataclasses.dataclass(frozen=True, slots=True)
class _Where:
    """One filter over the history: a text condition, the tests flag and an id range."""

    text_condition: str = ""  # one of _GLOB/_INSTR/_MATCH, or "" for every record
    text_argument: str = ""
    tests: bool | None = None
    below: int | None = None  # id < below (keyset paging)
    at_least: int | None = None  # id >= at_least
    calls_first: bool = False  # drive the join from calls (for "tests only": few rows)

    def sql(self) -> tuple[str, str, list[Any]]:
        """``FROM ... WHERE ...``, the newest-first key, and the parameters.

        With a text, calls_search normally drives the join (CROSS JOIN fixes the loop order):
        FTS5 returns rowids newest first and consumes ORDER BY and the rowid range itself, so
        a page stops after ``limit`` hits without sorting. ``calls_first`` walks the partial
        index of test calls instead and looks each one's text up by rowid.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if not self.text_condition:
            source, key = "calls", "calls.id"
        elif self.calls_first:
            source = "calls CROSS JOIN calls_search ON calls_search.rowid = calls.id"
            key = "calls.id"
        else:
            source = "calls_search CROSS JOIN calls ON calls.id = calls_search.rowid"
            key = "calls_search.rowid"
        if self.text_condition:
            clauses.append(self.text_condition)
            params.append(self.text_argument)
        if self.below is not None:
            clauses.append(f"{key} < ?")
            params.append(self.below)
        if self.at_least is not None:
            clauses.append(f"{key} >= ?")
            params.append(self.at_least)
        if self.tests is not None:
            # a literal, not a parameter, so the planner can always prove that the partial
            # index calls_tests applies
            clauses.append(f"calls.is_test = {int(self.tests)}")
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return source + where, key, params


# --- the store -----------------------------------------------------------------------------


class HistoryStore:
    """The call history database. Thread-safe: one connection, used under one lock."""

    recovered: HistoryUnavailableError | None
    path: Path
    store_customer_names: bool

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        store_customer_names: bool,
        clock: Callable[[], float],
        recovered: HistoryUnavailableError | None,
    ) -> None:
        """Use :meth:`open`; this only adopts a connection that ``open`` prepared."""
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.RLock()
        self._clock = clock
        self._fts = _is_fts(conn)
        self.path = path
        self.store_customer_names = store_customer_names
        #: set when ``open`` had to move a damaged or newer file aside (kind, path, moved_to)
        self.recovered = recovered

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        store_customer_names: bool = True,
        clock: Callable[[], float] = time.time,
        timeout_s: float = 10.0,
    ) -> HistoryStore:
        """Open (or create) the history at ``path``, moving a damaged or newer file aside.

        Raises HistoryUnavailableError ``io`` when the file cannot be used at all, and
        ``locked`` when other processes hold it longer than ``timeout_s``.
        """
        path = Path(path)
        recovered: HistoryUnavailableError | None = None
        try:
            _ensure_private_dir(path.parent)
            for _ in range(3):
                _ensure_private_file(path)
                before = _identity(path)
                try:
                    conn = _connect(path, timeout_s)
                except _Damaged as damage:
                    # Several processes may find the same damaged file. If it is no longer
                    # the file we checked, another one moved it aside: open the new one. (A
                    # rename between this check and ours would misfile a fresh database as
                    # damaged; its rows would survive in the moved file, never be lost.)
                    if _identity(path) != before:
                        continue
                    moved = _move_aside(path, damage.kind, clock())
                    recovered = HistoryUnavailableError(
                        damage.kind, damage.detail, path=str(path), moved_to=str(moved)
                    )
                    continue
                return cls(
                    conn,
                    path,
                    store_customer_names=store_customer_names,
                    clock=clock,
                    recovered=recovered,
                )
        except sqlite3.Error as exc:
            raise _unavailable(exc, path) from exc
        except OSError as exc:
            raise HistoryUnavailableError("io", type(exc).__name__, path=str(path)) from exc
        raise HistoryUnavailableError("io", "recovery_failed", path=str(path))

    # --- plumbing ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _use(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, with sqlite3 errors turned into ours."""
        with self._lock:
            if self._conn is None:
                raise HistoryUnavailableError("io", "closed", path=str(self.path))
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise _unavailable(exc, self.path) from exc

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; IMMEDIATE takes the write lock up front, so a busy
        database makes us wait at BEGIN rather than fail half way."""
        with self._use() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _where(self, query: str, tests: bool | None, below: int | None) -> _Where:
        """The one-step filter for a normalized query (short queries have their own path)."""
        if not query:
            return _Where(tests=tests, below=below)
        if self._fts and len(query) >= 3:
            pattern = _glob_pattern(query)
            if tests:
                pattern = _TEST_MARK + pattern
            return _Where(_GLOB, pattern, tests=tests, below=below)
        # A scan. Test calls are few, so "tests only" walks them through their own index.
        return _Where(_INSTR, query, tests=tests, below=below, calls_first=tests is True)

    @staticmethod
    def _rows(
        conn: sqlite3.Connection, where: _Where, limit: int, offset: int = 0
    ) -> list[tuple[Any, ...]]:
        body, key, params = where.sql()
        sql = f"SELECT {_SELECT} FROM {body} ORDER BY {key} DESC LIMIT ? OFFSET ?"
        return conn.execute(sql, (*params, limit, offset)).fetchall()

    def _short_match(self, conn: sqlite3.Connection, query: str) -> str | None:
        """An FTS5 query for a 1-2 character text: any trigram that starts with it.

        Every search text ends with two separators, so each occurrence of a character is the
        start of some trigram; the OR of those trigrams (read from the vocabulary) finds
        exactly the rows that contain the text. None when no row does.
        """
        terms = [
            term
            for (term,) in conn.execute(
                "SELECT term FROM temp.calls_search_vocab WHERE term >= ? AND term < ?",
                (query, query + "\U0010ffff"),
            )
            if term.startswith(query)
        ]
        if not terms:
            return None
        return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)

    def _absent(self, conn: sqlite3.Connection, query: str) -> bool:
        """True when a two-character text is provably nowhere: its vocabulary lookup is cheap
        (unlike one character's), and spares "tests only" a scan of every test call."""
        return self._fts and len(query) == 2 and self._short_match(conn, query) is None

    def _search_short(
        self,
        conn: sqlite3.Connection,
        query: str,
        tests: bool | None,
        before_id: int | None,
        want: int,
    ) -> list[tuple[Any, ...]]:
        """1-2 characters: trigrams cannot look them up directly.

        Such texts are usually common ('3', 'a'), so the newest few thousand rows are scanned
        first and usually fill the page. Only when they do not is the vocabulary consulted
        (tens of milliseconds at a million rows) to look up the older rows.
        """
        edge_row = conn.execute(
            "SELECT id FROM calls WHERE id < ? ORDER BY id DESC LIMIT 1 OFFSET ?",
            (_MAX_ID if before_id is None else before_id, _NEAR_WINDOW - 1),
        ).fetchone()
        edge = None if edge_row is None else int(edge_row[0])
        near = self._rows(
            conn, _Where(_INSTR, query, tests=tests, below=before_id, at_least=edge), want
        )
        if len(near) >= want or edge is None:
            return near
        expression = self._short_match(conn, query)
        if expression is None:
            return near
        far = self._rows(
            conn, _Where(_MATCH, expression, tests=tests, below=edge), want - len(near)
        )
        return near + far

    # --- writing -------------------------------------------------------------------------

    def add(self, record: CallRecord) -> CallRecord:
        """Store ``record`` in one committed transaction; return it with its new ``id``.

        The incoming ``id`` is ignored. With ``store_customer_names`` off the name is dropped
        before it reaches the disk (and the returned record says so).
        """
        if not self.store_customer_names:
            record = dataclasses.replace(record, customer_name="")
        with self._write() as conn:
            record = dataclasses.replace(record, id=self._free_id(conn, record.started_at))
            placeholders = ", ".join("?" * len(_COLUMNS))
            conn.execute(
                f"INSERT INTO calls ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                _row_values(record),
            )
            conn.execute(
                "INSERT INTO calls_search (rowid, search_text) VALUES (?, ?)",
                (record.id, _search_text(record)),
            )
        return record

    @staticmethod
    def _free_id(conn: sqlite3.Connection, started_at: float) -> int:
        """The first unused id at or after the record's time key (runs inside the write lock,
        so two processes cannot pick the same one)."""
        base = _time_key(started_at)
        taken = conn.execute("SELECT 1 FROM calls WHERE id = ?", (base,)).fetchone()
        if taken is None:
            return base
        row = conn.execute(
            "SELECT c.id + 1 FROM calls AS c WHERE c.id >= ?"
            " AND NOT EXISTS (SELECT 1 FROM calls WHERE id = c.id + 1) ORDER BY c.id LIMIT 1",
            (base,),
        ).fetchone()
        return int(row[0])

    def delete(self, record_id: int) -> bool:
        """Delete one record; False when there was none."""
        with self._write() as conn:
            return conn.execute("DELETE FROM calls WHERE id = ?", (record_id,)).rowcount > 0

    def clear(self) -> int:
        """Delete every record; return how many there were.

        Then compacts the file, so cleared personal data does not linger in free pages.
        """
        with self._write() as conn:
            count = int(conn.execute("SELECT count(*) FROM calls").fetchone()[0])
            # A DELETE that fires a trigger visits every row (25 s at a million rows). Without
            # the trigger SQLite truncates the table at once; the search table is rebuilt
            # empty. All in one transaction, so other processes see before or after.
            conn.execute("DROP TRIGGER IF EXISTS calls_search_delete")
            conn.execute("DELETE FROM calls")
            conn.execute("DROP TABLE calls_search")
            conn.execute(_CREATE_SEARCH_FTS if self._fts else _CREATE_SEARCH_PLAIN)
            conn.execute(_CREATE_DELETE_TRIGGER)
        self._compact()
        return count

    def _compact(self) -> None:
        """Best effort: VACUUM (cheap once the tables are empty) and an emptied WAL. Another
        process reading at that moment makes it fail; the clear itself has already happened."""
        with self._use() as conn, contextlib.suppress(sqlite3.Error):
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge_older_than(self, days: int) -> int:
        """Retention: delete records that started more than ``days`` days ago (by the injected
        clock). ``days <= 0`` keeps everything. Returns how many were deleted."""
        if days <= 0:
            return 0
        cutoff = self._clock() - days * 86400
        # id < bound is the indexed range; started_at < cutoff is the exact rule inside it.
        bound = _time_key(cutoff) + _ID_SLOTS
        with self._write() as conn:
            return conn.execute(
                "DELETE FROM calls WHERE id < ? AND started_at < ?", (bound, cutoff)
            ).rowcount

    # --- reading -------------------------------------------------------------------------

    def get(self, record_id: int) -> CallRecord | None:
        with self._use() as conn:
            row = conn.execute(f"SELECT {_SELECT} FROM calls WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else _record(row)

    def search(
        self,
        text: str = "",
        *,
        limit: int = 100,
        offset: int = 0,
        tests: bool | None = None,
        before_id: int | None = None,
    ) -> list[CallRecord]:
        """Records matching ``text``, newest first.

        ``text`` is found in the customer name (case- and accent-insensitive), customer ID and
        phone (as typed or as sent; a phone-like query ignores spaces and dashes). ``tests``:
        None for all, True for test calls only, False without them. ``before_id`` continues
        after the last record of the previous page (keyset paging: the fast way to page).
        """
        if limit <= 0:
            return []
        query = normalize_query(text)
        offset = max(offset, 0)
        with self._use() as conn:
            if self._fts and 0 < len(query) < 3 and tests is not True:
                rows = self._search_short(conn, query, tests, before_id, limit + offset)
                rows = rows[offset:]
            elif self._absent(conn, query):
                rows = []
            else:
                rows = self._rows(conn, self._where(query, tests, before_id), limit, offset)
        return [_record(row) for row in rows]

    def count(self, text: str = "", *, tests: bool | None = None) -> int:
        """How many records match. Exact, so it reads every match: avoid it on hot paths
        (the table model does not need it)."""
        query = normalize_query(text)
        with self._use() as conn:
            if self._fts and 0 < len(query) < 3 and tests is not True:
                expression = self._short_match(conn, query)
                if expression is None:
                    return 0
                where = _Where(_MATCH, expression, tests=tests)
            else:
                where = self._where(query, tests, None)
            body, _key, params = where.sql()
            return int(conn.execute(f"SELECT count(*) FROM {body}", params).fetchone()[0])

    def recent_numbers(self, limit: int = 10) -> list[str]:
        """Distinct numbers as typed, most recent first, for the tray menu.

        Test calls are left out (they dial extensions, not customers), and only the newest
        few thousand records are looked at, so this stays instant on a large history.
        """
        numbers: list[str] = []
        seen: set[str] = set()
        with self._use() as conn:
            rows = conn.execute(
                "SELECT phone_typed FROM calls WHERE is_test = 0 ORDER BY id DESC LIMIT ?",
                (_RECENT_SCAN_LIMIT,),
            )
            for (phone,) in rows:
                if phone and phone not in seen:
                    seen.add(phone)
                    numbers.append(phone)
                    if len(numbers) >= limit:
                        break
        return numbers

    def export_csv(self, out: TextIO, text: str = "", *, tests: bool | None = None) -> int:
        """Write a header and every matching record to ``out`` (open it with newline="").

        Returns the number of records written. Times are local ISO-8601 with their offset.
        Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
        Works in chunks, so other threads can add records meanwhile.
        """
        import csv  # here: only an export needs it

        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        written = 0
        before: int | None = None
        while True:
            chunk = self.search(text, limit=_EXPORT_CHUNK, tests=tests, before_id=before)
            writer.writerows(_csv_row(record) for record in chunk)
            written += len(chunk)
            if len(chunk) < _EXPORT_CHUNK:
                return written
            before = chunk[-1].id

    def integrity_ok(self) -> bool:
        """A full ``PRAGMA integrity_check`` (reads the whole file: slow on a big history)."""
        try:
            with self._use() as conn:
                return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except HistoryUnavailableError as exc:
            if exc.kind == "corrupt":
                return False
            raise

    # --- lifetime --------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent). The last connection to close checkpoints the WAL."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA optimize")  # refreshes planner statistics, cheaply
            conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _is_fts(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'calls_search'").fetchone()
    return row is not None and "VIRTUAL TABLE" in str(row[0]).upper()
