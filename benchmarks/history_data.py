"""Large call histories for the benchmarks, built once into ``.bench/`` and reused.

A history is built by the real ``HistoryStore.open`` (schema, pragmas), then filled in bulk:
the rows and their search texts come from the store module's own helpers (``_row_values``,
``_search_text``, ``_time_key``), so they are exactly what ``HistoryStore.add`` would write,
without one committed transaction per row (a million of those take minutes; this takes
seconds). The module's private helpers are used on purpose: if they change, this fails loudly
instead of building a history the app would not write.

The data is deterministic (seeded): a year of calls to a pool of repeat customers, names with
accents, several ways of typing phones, mostly successes with some refusals and failures.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.common import AGENT, CACHE, SERVER, desk_home
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.services import history as store_module
from wolkvox_desk.services.history import HistoryStore

#: bump when the generated data changes, so cached histories are rebuilt
GENERATOR_VERSION = 1
SPAN_S = 365 * 86400
CHUNK = 20_000

# fmt: off
FIRST = ["José", "María", "Ana", "Juan", "Luis", "Carlos", "Andrés", "Camila", "Valentina",
         "Sofía", "Daniel", "Alejandro", "Laura", "Natalia", "Jorge", "Diana", "Felipe", "Paula",
         "Sebastián", "Mónica", "Ricardo", "Ángela", "Julián", "Catalina", "Óscar", "Lucía",
         "Manuel", "Isabel", "Héctor", "Gloria", "Iván", "Beatriz", "João", "Raúl", "Inés",
         "Martín", "Verónica", "Tomás", "Rocío", "Nicolás"]
LAST = ["Pérez", "Gómez", "Rodríguez", "López", "Martínez", "García", "Hernández", "Díaz",
        "Sánchez", "Ramírez", "Torres", "Vargas", "Castro", "Ruiz", "Moreno", "Jiménez",
        "Muñoz", "Rojas", "Ortiz", "Silva", "Restrepo", "Quintero", "Zapata", "Cárdenas",
        "Mejía", "Ospina", "Londoño", "Valencia", "Patiño", "Suárez", "Zuluaga", "Arango",
        "Peña", "Núñez", "Ibáñez", "Echeverri", "Giraldo", "Salazar", "Cifuentes", "Bermúdez"]
# fmt: on


def _customer(rng: random.Random) -> tuple[str, str, str, str]:
    """(phone as typed, phone sent, name, customer id) of one repeat customer."""
    if rng.random() < 0.8:
        national = f"3{rng.randint(0, 59):02d}{rng.randint(0, 9_999_999):07d}"
        styles = [
            f"+57 {national[:3]} {national[3:6]} {national[6:]}",
            national,
            f"{national[:3]}-{national[3:6]}-{national[6:]}",
            f"57{national}",
        ]
    else:
        national = f"60{rng.randint(1, 8)}{rng.randint(0, 9_999_999):07d}"
        styles = [f"({national[:3]}) {national[3:6]} {national[6:]}", national]
    typed = rng.choice(styles)
    sent = "957" + national
    name = (
        ""
        if rng.random() < 0.2
        else " ".join(
            [rng.choice(FIRST), rng.choice(LAST)]
            + ([rng.choice(LAST)] if rng.random() < 0.5 else [])
        )
    )
    customer_id = "" if rng.random() < 0.3 else str(rng.randint(10_000, 9_999_999_999))
    return typed, sent, name, customer_id


def records(rows: int, end: float, seed: int = 6) -> Iterator[CallRecord]:
    """``rows`` calls, oldest first, spread evenly over the year before ``end``."""
    rng = random.Random(seed)
    customers = [_customer(rng) for _ in range(max(1000, rows // 5))]
    step = SPAN_S / rows
    start = end - SPAN_S
    for i in range(rows):
        typed, sent, name, customer_id = rng.choice(customers)
        roll = rng.random()
        common = {
            "started_at": start + i * step + rng.random() * step * 0.5,
            "phone_typed": typed,
            "phone_sent": sent,
            "customer_name": name,
            "customer_id": customer_id,
            "agent_id": AGENT,
            "server": SERVER,
        }
        if roll < 0.85:
            yield CallRecord(
                outcome=Outcome.OK,
                http_status=200,
                code="200",
                msg="Dial has been successful",
                conn_id=f"{rng.randint(10000, 99999)}.{rng.randint(1000, 9999)}."
                f"{int(common['started_at'])}.{rng.randint(10000, 99999)}",
                latency_ms=80 + rng.random() * 300,
                **common,
            )
        elif roll < 0.95:
            yield CallRecord(
                outcome=Outcome.REFUSED,
                http_status=403,
                code="403",
                error_kind="agent_rejected",
                msg="AGENT NOT AVAILABLE",
                latency_ms=80 + rng.random() * 300,
                **common,
            )
        else:
            yield CallRecord(outcome=Outcome.NETWORK, error_kind="connect", attempts=3, **common)


def build(path: Path, rows: int) -> None:
    """Create ``path`` with ``rows`` records (replacing whatever was there)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    HistoryStore.open(path).close()  # the real schema, created by the real code
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a throw-away build: durability is not needed
    columns = ", ".join(store_module._COLUMNS)
    insert_calls = (
        f"INSERT INTO calls ({columns}) VALUES ({', '.join('?' * len(store_module._COLUMNS))})"
    )
    insert_search = "INSERT INTO calls_search (rowid, search_text) VALUES (?, ?)"
    last_id = 0
    batch: list[CallRecord] = []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(insert_calls, (store_module._row_values(r) for r in batch))
        conn.executemany(insert_search, ((r.id, store_module._search_text(r)) for r in batch))
        conn.execute("COMMIT")
        batch.clear()

    for record in records(rows, end=time.time() - 3600):
        last_id = max(store_module._time_key(record.started_at), last_id + 1)
        batch.append(_with_id(record, last_id))
        if len(batch) >= CHUNK:
            flush()
    if batch:
        flush()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _with_id(record: CallRecord, record_id: int) -> CallRecord:
    object.__setattr__(record, "id", record_id)  # a fresh frozen record, not shared yet
    return record


def history_home(rows: int) -> Path:
    """A configured app home whose history holds ``rows`` records (built on first use)."""
    name = f"history-{rows}"
    home = desk_home(name)
    path = home / "data" / "history.sqlite3"
    meta_file = home / "bench-meta.json"
    meta = {"rows": rows, "schema": store_module.SCHEMA_VERSION, "generator": GENERATOR_VERSION}
    try:
        current = json.loads(meta_file.read_text())
    except (OSError, ValueError):
        current = None
    if current != meta or not path.exists():
        started = time.monotonic()
        print(f"bench: building a {rows:,}-row history in {path.parent} (once)...", flush=True)
        build(path, rows)
        meta_file.write_text(json.dumps(meta))
        print(f"bench: built in {time.monotonic() - started:.0f} s", flush=True)
    return home


def scratch_copy(home: Path, name: str) -> Path:
    """A copy of a home's history for tests that write (inserts), under .bench/scratch."""
    target = CACHE / "scratch" / name / "history.sqlite3"
    shutil.rmtree(target.parent, ignore_errors=True)
    target.parent.mkdir(parents=True)
    shutil.copyfile(home / "data" / "history.sqlite3", target)
    return target
