"""Test-wide isolation: offscreen Qt, a private home for every test, no real keyring or token.

Every test gets its own ``WOLKVOX_DESK_HOME``, ``HOME`` and XDG folders under ``tmp_path``, so
no test can read or write the real user's settings, history or keyring. The keyring backend
defaults to the in-memory one in ``tests/keyring_memory.py``; the real Secret Service tests
start their own private D-Bus and gnome-keyring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from wolkvox_desk.simulator import Simulator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"  # the suite speaks English whatever the machine says
os.environ.pop("LANGUAGE", None)
# Qt must not pick up a developer's scale or style settings.
for _name in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_STYLE_OVERRIDE"):
    os.environ.pop(_name, None)

_ISOLATED_VARS = ("WOLKVOX_TOKEN", "WOLKVOX_DESK_API_BASE")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private home folder for this test; returns the WOLKVOX_DESK_HOME path."""
    home = tmp_path / "home"
    desk = tmp_path / "desk-home"
    for folder in (home, desk):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("WOLKVOX_DESK_HOME", str(desk))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_memory.MemoryKeyring")
    for name in _ISOLATED_VARS:
        monkeypatch.delenv(name, raising=False)
    # A real /etc/wolkvox-desk/policy.toml on this machine must not steer the tests.
    monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(tmp_path / "no-policy.toml"))
    # keyring keeps one backend per process: give every test an empty one.
    import keyring

    from tests.keyring_memory import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    yield desk


TEST_TOKEN = "T0k3n-for-tests-5f2a9c1e7b"


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    """A running simulator on a free loopback port that knows ``TEST_TOKEN``."""
    from wolkvox_desk.simulator import Simulator

    sim = Simulator(tokens=(TEST_TOKEN,))
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()
