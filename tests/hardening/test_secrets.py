"""The token never touches disk, logs, argv or history: a full session, then a scan.

The session: settings and the token through the CLI (``token set``, keyring), CLI dials with
``--debug`` that succeed and fail, the window with the token typed into Settings and debug
logging, processes holding the token in their environment (one SIGKILLed mid-request), and a
support bundle. Then every file under the test's folders (config, data, logs, runtime, HOME,
XDG folders, and every captured output) is scanned for the three tokens, and for canaries
planted in the environment and argv, which would show a process dumping either.

tests/test_secrets.py covers a subprocess-only session; this one adds the keyring, the window,
the settings dialog, a crash, the bundle, canaries, and file modes under a hostile umask.
"""

from __future__ import annotations

import base64
import io
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tests.hardening.conftest import make_desk, run_cli
from wolkvox_desk.simulator import Simulator

ROOT = Path(__file__).parents[2]
CLI_TOKEN = "c1i-Token-4b8e2f9a7c3d1e6f0a5b"  # saved with `token set` (keyring)
WINDOW_TOKEN = "w1nd0w-Token-9c7a5e3b1d2f4a6c8e0b"  # typed into the settings dialog
ENV_TOKEN = "env-Token-3e5a7c9b1d0f2e4a6c8b"  # WOLKVOX_TOKEN of whole processes
TOKENS = (CLI_TOKEN, WINDOW_TOKEN, ENV_TOKEN)
ENV_CANARY = "env-canary-d41d8cd98f00b204"  # in every process's environment
ARGV_CANARY = "29.4242"  # a --wait value: argv that nothing has a reason to keep


def _forms(secret: str) -> list[bytes]:
    """The ways a secret could be written: UTF-8, UTF-16 (Qt, Windows), base64."""
    return [
        secret.encode(),
        secret.encode("utf-16-le"),
        secret.encode("utf-16-be"),
        base64.b64encode(secret.encode()),
    ]


def scan(folder: Path, secrets: Iterable[str]) -> list[str]:
    """Every file (by name or content) under ``folder`` that holds one of ``secrets``."""
    needles = [(s, form) for s in secrets for form in _forms(s)]
    hits = []
    for path in folder.rglob("*"):
        content = path.read_bytes() if path.is_file() else b""
        found = [s for s, form in needles if s in path.name or form in content]
        if found:
            hits.append(f"{path}: {sorted(set(found))}")
    return hits


def test_the_scanner_finds_what_it_looks_for(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" + CLI_TOKEN.encode("utf-16-le"))
    (tmp_path / "b").write_bytes(base64.b64encode(ENV_TOKEN.encode()))
    (tmp_path / f"lock-{WINDOW_TOKEN}").touch()
    assert len(scan(tmp_path, TOKENS)) == 3


def _process_env(home: Path, base: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX_TOKEN")}
    env.update(
        WOLKVOX_DESK_HOME=str(home),
        WOLKVOX_DESK_API_BASE=base,
        WOLKVOX_TOKEN=ENV_TOKEN,
        WOLKVOX_SESSION_CANARY=ENV_CANARY,
        PYTHONPATH=str(ROOT),
    )
    return env


def _window_session(qtbot: Any, monkeypatch: pytest.MonkeyPatch, sim: Simulator) -> None:
    """The token typed into Settings (saved in the keyring), debug logging, two dials."""
    from PySide6.QtWidgets import QDialog

    from wolkvox_desk.logs import setup_logging, teardown_logging
    from wolkvox_desk.ui.settings_dialog import SettingsDialog

    def type_the_token(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.field("token").setText(WINDOW_TOKEN)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", type_the_token)
    desk = make_desk(qtbot)
    setup_logging(desk.ctx.paths.log_file, debug=True, secrets=desk.ctx.secrets)
    try:
        qtbot.waitUntil(lambda: desk.history_store is not None)
        rows_before = desk.history_model.rowCount()
        desk.open_settings()
        qtbot.waitUntil(lambda: "Token saved in the keyring" in desk.window.outcome_text())
        for fault in (None, "maintenance"):
            if fault:
                sim.inject(fault)
            desk.window.fill_form("3001234567", "Ana Perez", "1032")
            desk.window.dial_button().click()
            qtbot.waitUntil(lambda: not desk.controller.busy)
        assert desk.history_model.rowCount() == rows_before + 2
    finally:
        desk.shutdown()
        teardown_logging()


def _processes(env: dict[str, str], sim: Simulator, outputs: Path) -> None:
    """Whole processes with the token in their environment; the last one is SIGKILLed."""
    commands = [
        ["--debug", "dial", "3001234567", "--wait", ARGV_CANARY],
        ["--debug", "dial", "3001234567", "--json"],
        ["history", "--format", "json"],
        ["config", "show"],
        ["token", "status"],
    ]
    for number, argv in enumerate(commands):
        if number == 1:
            sim.inject("broken_json")
        done = subprocess.run(
            [sys.executable, "-m", "wolkvox_desk", *argv],
            env=env,
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        )
        (outputs / f"process-{number}.txt").write_bytes(done.stdout + done.stderr)
    sim.pause()  # the crash: killed while its request is in flight
    with (outputs / "killed.txt").open("wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-m", "wolkvox_desk", "--debug", "dial", "3001234567"],
            env=env,
            cwd=ROOT,
            stdout=sink,
            stderr=sink,
        )
        try:
            assert sim.wait_for_in_flight(1, timeout=30)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            sim.resume()
    assert child.returncode == -signal.SIGKILL


def test_a_full_session_leaves_no_token_anywhere(
    tmp_path: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qtbot: Any,
) -> None:
    from wolkvox_desk.context import AppContext
    from wolkvox_desk.diagnostics import build_bundle, write_bundle

    outputs = tmp_path / "outputs"
    outputs.mkdir()
    sim = Simulator(tokens=TOKENS, hang_seconds=0.3)
    base = sim.start()
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", base)
    monkeypatch.setenv("WOLKVOX_SESSION_CANARY", ENV_CANARY)
    try:
        captured = []
        for argv in (["config", "set", "server", "0042"], ["config", "set", "agent_id", "1001"]):
            captured.append(run_cli(capsys, argv))
        monkeypatch.setattr(sys, "stdin", io.StringIO(CLI_TOKEN + "\n"))
        captured.append(run_cli(capsys, ["token", "set"]))
        for fault in (None, "invalid_token", "html_502", "reset", "hang"):
            if fault:
                sim.inject(fault)
            argv = ["--debug", "dial", "3001234567", "--name", "Ana Perez", "--wait", ARGV_CANARY]
            captured.append(run_cli(capsys, argv))
        assert [run.code for run in captured] == [0, 0, 0, 0, 3, 5, 4, 4]

        _window_session(qtbot, monkeypatch, sim)
        _processes(_process_env(isolated_home, base), sim, outputs)
        write_bundle(isolated_home / "support-bundle.txt", build_bundle(AppContext.from_env()))
    finally:
        sim.stop()
    for number, run in enumerate(captured):
        (outputs / f"in-process-{number}.txt").write_text(run.out + run.err, encoding="utf-8")

    # Each token did reach wolkvox, in its header only: the scan below is meaningful.
    sent = {r.headers.get("wolkvox-token") for r in sim.records()}
    assert sent == set(TOKENS)
    log = (isolated_home / "logs" / "wolkvox-desk.log").read_text(encoding="utf-8")
    assert "HTTP Request: POST" in log and "agentbox api=dial" in log  # debug really logged

    assert scan(tmp_path, TOKENS) == []
    assert scan(tmp_path, [ENV_CANARY, ARGV_CANARY]) == []
    print(
        f"\nsecret scan: {sum(1 for p in tmp_path.rglob('*') if p.is_file())} files, "
        f"{len(sim.records())} requests, 3 tokens: found nowhere"
    )


# --- file modes ----------------------------------------------------------------------------------


def _modes(home: Path) -> dict[str, int]:
    return {str(p.relative_to(home)): stat.S_IMODE(p.stat().st_mode) for p in home.rglob("*")}


@pytest.fixture
def open_umask() -> Any:
    """The most hostile umask: files and folders would be world-writable by default."""
    old = os.umask(0)
    yield
    os.umask(old)


def _session_under_umask(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, int]:
    """CLI settings and a dial, then a window dial; returns the modes seen while the window
    (and so the history's -wal and -shm files) was open."""
    from tests.hardening.conftest import SimArena, use_arena

    arena = SimArena()
    use_arena(arena, monkeypatch)
    run_cli(capsys, ["config", "set", "agent_id", "1001"])
    assert run_cli(capsys, ["dial", "3001234567"]).code == 0
    desk = make_desk(qtbot)
    try:
        desk.window.fill_form("3001234567")
        desk.window.dial_button().click()
        qtbot.waitUntil(lambda: desk.history_model.rowCount() == 2)
        return _modes(Path(os.environ["WOLKVOX_DESK_HOME"]))
    finally:
        desk.shutdown()
        arena.close()


def test_config_history_logs_and_locks_are_user_only(
    open_umask: None,
    isolated_home: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    while_open = _session_under_umask(qtbot, monkeypatch, capsys)
    after = _modes(isolated_home)
    for name in ("data/history.sqlite3-wal", "data/history.sqlite3-shm"):
        assert while_open.get(name) == 0o600, while_open
    for modes in (while_open, after):
        for name, mode in modes.items():
            if name.endswith("window.ini"):
                continue  # its own test below
            is_dir = (isolated_home / name).is_dir()
            assert mode == (0o700 if is_dir else 0o600), f"{name} is {oct(mode)}"
    for name in ("config/settings.toml", "data/history.sqlite3", "logs/wolkvox-desk.log"):
        assert name in after


def test_the_window_state_file_is_user_only(
    open_umask: None,
    isolated_home: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _session_under_umask(qtbot, monkeypatch, capsys)
    assert _modes(isolated_home)["config/window.ini"] == 0o600
