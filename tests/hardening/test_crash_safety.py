"""SIGKILL during a burst of 500 dials made through the real window: on restart every dial
whose result the window had shown is in history, and the database is intact.

The child (``burst_child.py``) prints each call id as soon as the window shows it; the parent
kills it part way (twice: the second run also proves that a killed database reopens without
recovery), then reads the history the way the next start would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import configure
from wolkvox_desk.services.history import HistoryStore
from wolkvox_desk.simulator import Simulator

ROOT = Path(__file__).parents[2]
BURST = 500
KILL_AFTER = (250, 60)  # results shown before each SIGKILL
WATCHDOG_S = 120.0  # a safety net so a stuck child cannot hang the suite; not a measurement


def _child_env(home: Path, base: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX_")}
    env.update(
        WOLKVOX_DESK_HOME=str(home),
        WOLKVOX_DESK_POLICY=os.environ["WOLKVOX_DESK_POLICY"],
        WOLKVOX_TOKEN=TEST_TOKEN,
        WOLKVOX_DESK_API_BASE=base,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    return env


def _burst_then_kill(env: dict[str, str], kill_after: int, log: Path) -> tuple[list[str], bool]:
    """Run the child until it has shown ``kill_after`` results, SIGKILL it, and return every
    line it printed (those still in the pipe included) and whether it was killed."""
    with log.open("ab") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.burst_child", str(BURST)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    watchdog = threading.Timer(WATCHDOG_S, child.kill)
    watchdog.start()
    lines: list[str] = []
    killed = False
    try:
        assert child.stdout is not None
        for raw in child.stdout:
            lines.append(raw.decode().strip())
            if len(lines) >= kill_after and not killed:
                os.kill(child.pid, signal.SIGKILL)
                killed = True
        child.wait()
    finally:
        watchdog.cancel()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL, f"the child ended on its own: {child.returncode}"
    return lines, killed


@pytest.mark.slow
def test_sigkill_during_a_burst_of_dials_loses_no_shown_dial(
    isolated_home: Path, tmp_path: Path
) -> None:
    paths = configure()
    sim = Simulator(tokens=(TEST_TOKEN,))
    base = sim.start()
    started = time.monotonic()
    shown: list[str] = []
    try:
        for kill_after in KILL_AFTER:
            lines, killed = _burst_then_kill(
                _child_env(isolated_home, base), kill_after, tmp_path / "child-stderr.log"
            )
            assert killed
            failures = [line for line in lines if not line.startswith("OK ")]
            assert failures == [], failures
            shown += [line.split(" ", 1)[1] for line in lines]
        requests = sum(1 for r in sim.records() if r.params.get("api") == "dial")
    finally:
        sim.stop()
    elapsed = time.monotonic() - started

    with HistoryStore.open(paths.history_file) as history:
        assert history.recovered is None, "a killed database must reopen as it is"
        assert history.integrity_ok()
        rows = history.search("", limit=10 * BURST)
    stored = {row.conn_id for row in rows}
    missing = [conn_id for conn_id in shown if conn_id not in stored]
    assert all(shown) and len(set(shown)) == len(shown)
    assert missing == [], f"{len(missing)} shown dials are not in history"
    assert len(shown) <= len(rows) <= requests  # rows beyond "shown": written, not yet shown
    assert not [p for p in paths.data_dir.iterdir() if ".corrupt-" in p.name]
    print(
        f"\ncrash test: 2 SIGKILLs during bursts of {BURST} window dials; "
        f"{len(shown)} results shown, {len(rows)} history rows, {requests} requests received, "
        f"0 shown dials missing, integrity_check ok, {elapsed:.1f} s"
    )
