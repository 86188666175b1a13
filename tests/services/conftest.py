"""Shared fixtures of the services tests: a private, unlocked Secret Service for real-keyring tests.

``secret_service`` starts its own D-Bus session bus and gnome-keyring (with a temporary
HOME and XDG folders, so that no login keyring with another password gets in the way),
points this process at that bus, and kills both daemons at teardown.

It needs the Debian packages ``dbus`` (dbus-daemon, dbus-send), ``gnome-keyring`` and
``libsecret-tools`` (secret-tool). Without them the tests are skipped, except when ``CI`` is
set: CI installs them, so their absence there is a failure.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRED_TOOLS = {
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "gnome-keyring-daemon": "gnome-keyring",
    "secret-tool": "libsecret-tools",
}
KEYRING_PASSWORD = b"wolkvox-desk-test"
_START_TIMEOUT_S = 15.0  # a readiness limit for slow CI machines, not a measurement


@dataclass(frozen=True)
class SecretServiceSession:
    """A running private Secret Service. ``env`` runs tools (secret-tool) against it."""

    env: dict[str, str]
    root: Path  # HOME, XDG folders and the keyring files are all inside
    keyring_dir: Path


def _require_tools() -> None:
    missing = sorted(tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None)
    if not missing:
        return
    packages = sorted({REQUIRED_TOOLS[tool] for tool in missing})
    message = f"missing {', '.join(missing)}: apt-get install {' '.join(packages)}"
    if os.environ.get("CI"):
        pytest.fail(f"real-keyring tests must run in CI; {message}")
    pytest.skip(message)


def _private_env(root: Path) -> dict[str, str]:
    folders = {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "data",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_CACHE_HOME": root / "cache",
        "XDG_RUNTIME_DIR": root / "run",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {**os.environ, **{name: str(path) for name, path in folders.items()}}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def _start_bus(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert bus.stdout is not None
    ready, _, _ = select.select([bus.stdout], [], [], _START_TIMEOUT_S)
    address = bus.stdout.readline().decode().strip() if ready else ""
    if not address:
        _stop(bus)
        pytest.fail("dbus-daemon did not print its address")
    return bus, address


def _start_keyring(env: dict[str, str]) -> subprocess.Popen[bytes]:
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(KEYRING_PASSWORD)  # --unlock reads the login keyring's password
    daemon.stdin.close()
    return daemon


def _wait_for_secrets_name(env: dict[str, str], daemon: subprocess.Popen[bytes]) -> None:
    """Wait until gnome-keyring owns org.freedesktop.secrets on our bus.

    Asking earlier would make D-Bus auto-start a second, locked gnome-keyring.
    """
    query = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.freedesktop.secrets",
    ]
    deadline = time.monotonic() + _START_TIMEOUT_S
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            pytest.fail(f"gnome-keyring-daemon exited with {daemon.returncode}")
        reply = subprocess.run(query, env=env, capture_output=True, text=True, check=False)
        if "boolean true" in reply.stdout:
            return
        time.sleep(0.05)
    pytest.fail("gnome-keyring-daemon did not register org.freedesktop.secrets")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def secret_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretServiceSession]:
    """A private D-Bus session with an unlocked gnome-keyring, for this test only."""
    _require_tools()
    root = tmp_path / "secret-service"
    env = _private_env(root)
    bus, address = _start_bus(env)
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon: subprocess.Popen[bytes] | None = None
    try:
        daemon = _start_keyring(env)
        _wait_for_secrets_name(env, daemon)
        # secretstorage (inside keyring) connects to the bus named by this process's environment.
        for name in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
            monkeypatch.setenv(name, env[name])
        yield SecretServiceSession(env=env, root=root, keyring_dir=root / "data" / "keyrings")
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)
