"""Tests of wolkvox_desk.paths: WOLKVOX_DESK_HOME, platform folders, modes, the policy file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from wolkvox_desk.paths import AppPaths, policy_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_home_env_puts_every_folder_inside_it(tmp_path: Path) -> None:
    paths = AppPaths.from_env({"WOLKVOX_DESK_HOME": str(tmp_path / "portable")})

    home = tmp_path / "portable"
    assert paths.config_dir == home / "config"
    assert paths.data_dir == home / "data"
    assert paths.log_dir == home / "logs"
    assert paths.runtime_dir == home / "run"
    assert paths.settings_file == home / "config" / "settings.toml"
    assert paths.history_file == home / "data" / "history.sqlite3"
    assert paths.log_file == home / "logs" / "wolkvox-desk.log"
    assert paths.lock_dir.parent == paths.runtime_dir


def test_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    paths = AppPaths.from_env({"WOLKVOX_DESK_HOME": "rel"})

    assert paths.config_dir == tmp_path / "rel" / "config"


def test_from_env_does_not_touch_the_disk(tmp_path: Path) -> None:
    AppPaths.from_env({"WOLKVOX_DESK_HOME": str(tmp_path / "h")})

    assert not (tmp_path / "h").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
@pytest.mark.parametrize("home_value", [None, "", "   "])
def test_without_home_env_the_xdg_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home_value: str | None
) -> None:
    runtime = tmp_path / "xdg-run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dat"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    env = {} if home_value is None else {"WOLKVOX_DESK_HOME": home_value}

    paths = AppPaths.from_env(env)

    assert paths.config_dir == tmp_path / "cfg" / "wolkvox-desk"
    assert paths.data_dir == tmp_path / "dat" / "wolkvox-desk"
    assert paths.log_dir.is_relative_to(tmp_path / "state" / "wolkvox-desk")
    assert paths.runtime_dir == runtime / "wolkvox-desk"


@posix_only
def test_ensure_creates_user_only_folders(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a typical umask would leave folders world-readable
    try:
        paths = AppPaths.under(tmp_path / "h")
        paths.ensure()
    finally:
        os.umask(old_umask)

    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.runtime_dir):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert paths.lock_dir.is_dir()


@posix_only
def test_ensure_tightens_a_folder_that_already_exists(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.config_dir.mkdir()
    paths.config_dir.chmod(0o755)

    paths.ensure()
    paths.ensure()  # twice is fine

    assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o700


def test_policy_env_overrides_the_system_file(tmp_path: Path) -> None:
    target = tmp_path / "p.toml"

    assert policy_file({"WOLKVOX_DESK_POLICY": str(target)}) == target
    assert policy_file({"WOLKVOX_DESK_POLICY": str(target)}, platform="win32") == target


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, Path("/etc/wolkvox-desk/policy.toml")),
        ("linux", {"WOLKVOX_DESK_POLICY": " "}, Path("/etc/wolkvox-desk/policy.toml")),
        ("darwin", {}, Path("/Library/Application Support/wolkvox-desk/policy.toml")),
        (
            "win32",
            {"ProgramData": "C:\\ProgramData"},
            Path("C:\\ProgramData/wolkvox-desk/policy.toml"),
        ),
        ("win32", {"PROGRAMDATA": "D:\\PD"}, Path("D:\\PD/wolkvox-desk/policy.toml")),
        ("win32", {}, None),
    ],
)
def test_policy_file_is_the_platform_system_file(
    platform: str, env: dict[str, str], expected: Path | None
) -> None:
    assert policy_file(env, platform=platform) == expected


def test_importing_paths_with_home_set_does_not_import_platformdirs(tmp_path: Path) -> None:
    code = (
        "import sys, os; from wolkvox_desk.paths import AppPaths; AppPaths.from_env();"
        "print('platformdirs' in sys.modules)"
    )
    env = {**os.environ, "WOLKVOX_DESK_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
