"""Test-wide isolation: offscreen Qt, a private home for every test, no real keyring or token.

Every test gets its own ``WOLKVOX_DESK_HOME``, ``HOME`` and XDG folders under ``tmp_path``, so
no test can read or write the real user's settings, history or keyring. The keyring backend
defaults to the in-memory one in ``tests/keyring_memory.py``; the real Secret Service tests
start their own private D-Bus and gnome-keyring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wolkvox_desk.app import DeskApp
    from wolkvox_desk.context import AppContext
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


#: the settings every window test starts from (server, agent, a dial prefix)
DESK_SETTINGS: Mapping[str, object] = MappingProxyType(
    {"server": "0042", "agent_id": "1001", "dial_prefix": "9"}
)
#: every value the settings dialog shows, as the settings dialog tests open it
DIALOG_VALUES: Mapping[str, object] = MappingProxyType(
    DESK_SETTINGS
    | {
        "plus_replacement": "",
        "default_country": "",
        "history_retention_days": 90,
        "store_customer_names": True,
        "always_on_top": False,
        "start_minimized": False,
        "links_dial_immediately": False,
        "language": "",
    }
)


def desk_context(
    api_base: str,
    settings: dict[str, object] | None = None,
    *,
    token: str | None = TEST_TOKEN,
    use_keyring: bool = True,
) -> AppContext:
    """A configured context in the test's home, sending to ``api_base`` ("" for none; the
    token, when given, comes from the environment)."""
    from wolkvox_desk.context import API_BASE_ENV, TOKEN_ENV, AppContext
    from wolkvox_desk.paths import AppPaths

    paths = AppPaths.from_env()
    paths.ensure()
    env = ({API_BASE_ENV: api_base} if api_base else {}) | ({TOKEN_ENV: token} if token else {})
    ctx = AppContext(paths=paths, env=env, use_policy=False, use_keyring=use_keyring)
    ctx.settings_store.update({**DESK_SETTINGS, **(settings or {})})
    return ctx


def open_desk(qtbot: QtBot, ctx: AppContext, *, show: bool = True) -> DeskApp:
    """The window app on ``ctx`` (isolated mode); shown and dial-ready unless ``show`` is off.
    The caller shuts it down."""
    from wolkvox_desk.app import DeskApp, Mode

    app = DeskApp(Mode(ctx=ctx, isolated=True))
    qtbot.addWidget(app.window)
    if show:
        app.show()
        qtbot.waitUntil(lambda: app.history_store is not None)
    return app
