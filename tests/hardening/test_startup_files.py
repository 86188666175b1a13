"""Start-up past broken files: a broken settings file, a broken policy file and a damaged
history at once. The app starts, tells about every one of them, and rewrites none of them;
the real ``wolkvox-desk --self-test`` passes beside them without touching them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.hardening.conftest import make_desk, run_cli
from wolkvox_desk.paths import AppPaths

ROOT = Path(__file__).parents[2]
BROKEN_SETTINGS = b'server = "0042"\nagent_id = [\n'
BROKEN_POLICY = b"\xff\xfe not utf-8 \x00"
DAMAGED_HISTORY = b"not a database\n" * 200


@pytest.fixture
def three_broken_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, ...]:
    paths = AppPaths.from_env()
    paths.ensure()
    paths.settings_file.write_bytes(BROKEN_SETTINGS)
    paths.history_file.write_bytes(DAMAGED_HISTORY)
    policy = tmp_path / "policy.toml"
    policy.write_bytes(BROKEN_POLICY)
    monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(policy))
    return paths.settings_file, policy, paths.history_file


def test_the_cli_warns_about_each_broken_file_and_rewrites_none(
    three_broken_files: tuple[Path, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    settings, policy, _history = three_broken_files
    run = run_cli(capsys, ["history"])
    assert run.code == 0
    warnings = run.err.splitlines()
    assert len(warnings) == 3 and all(w.startswith("Warning: ") for w in warnings)
    assert str(settings) in run.err and str(policy) in run.err and "moved to" in run.err
    assert settings.read_bytes() == BROKEN_SETTINGS and policy.read_bytes() == BROKEN_POLICY


def test_the_window_starts_and_shows_a_notice(
    three_broken_files: tuple[Path, ...], qtbot: Any
) -> None:
    settings, policy, _history = three_broken_files
    desk = make_desk(qtbot)
    try:
        assert desk.window.isVisible()
        assert desk.window.outcome_text()  # at least one notice
    finally:
        desk.shutdown()
    assert settings.read_bytes() == BROKEN_SETTINGS and policy.read_bytes() == BROKEN_POLICY


def test_the_window_names_every_broken_file(
    three_broken_files: tuple[Path, ...], qtbot: Any
) -> None:
    settings, policy, _history = three_broken_files
    desk = make_desk(qtbot)
    try:
        text = desk.window.outcome_text()
    finally:
        desk.shutdown()
    assert str(settings) in text and str(policy) in text and "moved to" in text


def test_the_real_self_test_passes_beside_broken_files_and_leaves_them_alone(
    three_broken_files: tuple[Path, ...], isolated_home: Path
) -> None:
    settings, policy, history = three_broken_files
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX_")}
    env.update(
        WOLKVOX_DESK_HOME=str(isolated_home),
        WOLKVOX_DESK_POLICY=str(policy),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-m", "wolkvox_desk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["self_test"] == "pass" and report["history_rows"] == 1
    # It ignores the user's settings and policy, so it neither reads nor rewrites them; its
    # row went into the normal history (moved aside and started afresh).
    assert settings.read_bytes() == BROKEN_SETTINGS and policy.read_bytes() == BROKEN_POLICY
    moved = [p for p in history.parent.iterdir() if ".corrupt-" in p.name]
    assert len(moved) == 1 and moved[0].read_bytes() == DAMAGED_HISTORY


def test_a_refused_api_base_leaves_no_history_connection_open(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.hardening.conftest import configure
    from wolkvox_desk.services.history import HistoryStore

    configure()
    opened: list[HistoryStore] = []
    real_open = HistoryStore.open.__func__  # type: ignore[attr-defined]

    def tracking_open(cls: type[HistoryStore], *args: Any, **kwargs: Any) -> HistoryStore:
        store = real_open(cls, *args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(HistoryStore, "open", classmethod(tracking_open))
    monkeypatch.setenv("WOLKVOX_TOKEN", "a-token-0123456789")
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", "http://evil.com")
    assert run_cli(capsys, ["dial", "3001234567", "--agent-id", "1001"]).code == 2
    still_open = [store for store in opened if store._conn is not None]
    for store in still_open:
        store.close()
    assert still_open == []
