"""What every figure shares: the run's settings, child processes, statistics and table rows.

Every child process gets the same environment: offscreen Qt, a ``HOME`` inside ``.bench/``
(nothing touches the real home folder), no ``WOLKVOX_*`` variable from the caller. Child
processes report through one stdout line starting with ``BENCH `` followed by JSON, so the
app's own output (the self-test's JSON line, warnings) cannot be mistaken for a result.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
CACHE = ROOT / ".bench"
PY = sys.executable
PREFIX = "BENCH "

TOKEN = "bench-token-0000000000000000"
SERVER = "0042"
AGENT = "1001"
#: what every dial sends, in the app and in the baselines
PHONE_TYPED = "+57 300 123 4567"
PHONE_SENT = "9573001234567"
CUSTOMER_NAME = "Jose Perez"
CUSTOMER_ID = "1032"


@dataclass(frozen=True)
class Config:
    """How much to measure: ``--quick`` trades precision for a short smoke run."""

    runs: int = 7
    dials: int = 200
    big_rows: int = 1_000_000
    mid_rows: int = 100_000
    search_reps: int = 3
    inserts: int = 200
    quick: bool = False

    @classmethod
    def make(cls, quick: bool, runs: int | None) -> Config:
        if quick:
            return cls(
                runs=runs or 3,
                dials=50,
                big_rows=100_000,
                mid_rows=100_000,
                search_reps=2,
                inserts=50,
                quick=True,
            )
        return cls(runs=runs or 7)


@dataclass
class Row:
    """One line of the table. ``ratio`` and ``ok`` are None for figures without a target."""

    figure: str
    measured: str
    baseline: str = "-"
    ratio: float | None = None
    target: str = "-"
    ok: bool | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return {None: "-", True: "ok", False: "MISS"}[self.ok]


# --- statistics ------------------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = (len(ordered) - 1) * pct / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ms(value: float) -> str:
    return (
        f"{value:.0f} ms"
        if value >= 100
        else f"{value:.1f} ms"
        if value >= 1
        else (f"{value * 1000:.0f} µs")
    )


def mib(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:.1f} MiB"


def ratio_row(
    figure: str, value: float, base: float, limit: float, fmt: Callable[[float], str] = ms
) -> Row:
    ratio = value / base if base > 0 else math.inf
    return Row(figure, fmt(value), fmt(base), ratio, f"<= {limit:g}x", ratio <= limit)


# --- child processes -------------------------------------------------------------------------


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX")}
    home = CACHE / "home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        WOLKVOX_DESK_POLICY=str(CACHE / "no-policy.toml"),  # never read /etc's policy
        PYTHONPATH=str(ROOT),
    )
    env.pop("PYTHONSTARTUP", None)
    # An installed app runs from .pyc files (pip and PyInstaller compile them): a child that
    # may not write them would compile every module of ours at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


@dataclass
class Outcome:
    """A finished child: when it was started, when it exited, what it reported."""

    started: float  # time.monotonic() just before the process was created
    ended: float
    returncode: int
    report: dict[str, Any]
    stdout: str
    stderr: str

    @property
    def wall_ms(self) -> float:
        return (self.ended - self.started) * 1000

    def since_start_ms(self, key: str) -> float:
        """A ``time.monotonic()`` stamp the child reported, relative to our start stamp
        (CLOCK_MONOTONIC is one clock for every process on the machine)."""
        return (float(self.report[key]) - self.started) * 1000


class ChildFailed(RuntimeError):
    pass


def run_child(
    argv: Sequence[str], env: Mapping[str, str], *, timeout_s: float = 120, need_report: bool = True
) -> Outcome:
    started = time.monotonic()
    proc = subprocess.Popen(
        list(argv),
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise ChildFailed(f"{Path(argv[1]).name}: timed out; stderr: {err[-800:]}") from None
    ended = time.monotonic()
    report: dict[str, Any] = {}
    for line in out.splitlines():
        if line.startswith(PREFIX):
            report = json.loads(line[len(PREFIX) :])
    if proc.returncode != 0 or (need_report and not report) or report.get("error"):
        why = report.get("error") or f"exit {proc.returncode}"
        raise ChildFailed(
            f"{' '.join(Path(a).name for a in argv[1:3])}: {why}; stderr: {err.strip()[-800:]}"
        )
    return Outcome(started, ended, proc.returncode, report, out, err)


def script(*parts: str) -> str:
    return str(BENCH.joinpath(*parts))


def alternate(
    runs: int, makers: Mapping[str, Callable[[], Outcome]], warmup: bool = True
) -> dict[str, list[Outcome]]:
    """Run each maker ``runs`` times, interleaved (A B A B ...), after one untimed warm-up
    each (it fills the OS file cache and writes .pyc files), so drift hits every side."""
    if warmup:
        for make in makers.values():
            make()
    results: dict[str, list[Outcome]] = {name: [] for name in makers}
    for _ in range(runs):
        for name, make in makers.items():
            results[name].append(make())
    return results


# --- app homes ---------------------------------------------------------------------------------


def desk_home(name: str, *, api_base: str | None = None) -> Path:
    """A WOLKVOX_DESK_HOME under .bench/homes with a configured profile.

    Retention is off (0 days) so that the cached histories, spread over a year, stay whole
    from run to run; the purge runs on the task thread after the first paint either way.
    """
    from wolkvox_desk.context import AppContext
    from wolkvox_desk.paths import AppPaths

    home = CACHE / "homes" / name
    paths = AppPaths.under(home)
    paths.ensure()
    ctx = AppContext(paths=paths, env={}, use_policy=False, use_keyring=False)
    ctx.settings_store.update(
        {"server": SERVER, "agent_id": AGENT, "dial_prefix": "9", "history_retention_days": 0}
    )
    return home


def app_env(home: Path, api_base: str | None = None) -> dict[str, str]:
    extra = {"WOLKVOX_DESK_HOME": str(home), "WOLKVOX_TOKEN": TOKEN}
    if api_base:
        extra["WOLKVOX_DESK_API_BASE"] = api_base
    return child_env(extra)


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


# --- the machine -------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from PySide6 import __version__ as qt_version
    except ImportError:
        qt_version = "?"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f", {int(line.split()[1]) / 2**20:.0f} GiB RAM"
    except OSError:
        pass
    return (
        f"{cpu}, {cores} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; PySide6 {qt_version}; QT_QPA_PLATFORM=offscreen"
    )


@contextlib.contextmanager
def simulator(*options: str) -> Iterator[str]:
    """The simulator in its own process (so its work never competes for a client's
    interpreter), knowing ``TOKEN``, with no quota to run out of; yields its base URL.
    ``options`` are more ``python -m wolkvox_desk.simulator`` options (``--latency-ms 50``)."""
    argv = [PY, "-m", "wolkvox_desk.simulator", "--port", "0", "--token", TOKEN]
    argv += ["--quota", "100000000", "--quiet", *options]
    proc = subprocess.Popen(argv, env=child_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = next((word for word in line.split() if word.startswith("http://")), "")
        if not url:
            raise RuntimeError(f"simulator did not start: {line!r}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
