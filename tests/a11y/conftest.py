"""The real app against the simulator (as in tests/app), and the dialogs, for the a11y tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.app import DeskApp, Mode
from wolkvox_desk.context import API_BASE_ENV, TOKEN_ENV, AppContext
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog

SETTINGS: dict[str, object] = {
    "server": "0042",
    "agent_id": "1001",
    "dial_prefix": "9",
    "plus_replacement": "",
    "default_country": "",
    "history_retention_days": 90,
    "store_customer_names": True,
    "always_on_top": False,
    "start_minimized": False,
    "links_dial_immediately": False,
}
KEYRING = KeyringInfo(available=True, backend_name="Memory", has_token=True, token_source="keyring")


@pytest.fixture
def desk(qtbot, simulator) -> Iterator[DeskApp]:
    paths = AppPaths.from_env()
    paths.ensure()
    ctx = AppContext(
        paths=paths,
        env={TOKEN_ENV: TEST_TOKEN, API_BASE_ENV: simulator.base_url},
        use_policy=False,
    )
    ctx.settings_store.update({"server": "0042", "agent_id": "1001", "dial_prefix": "9"})
    app = DeskApp(Mode(ctx=ctx, isolated=True))
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitUntil(lambda: app.history_store is not None)
    qtbot.waitUntil(lambda: app.history_panel is not None and app.history_panel.isVisible())
    yield app
    app.shutdown()


@pytest.fixture
def settings_dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(dict(SETTINGS), (), KEYRING)
    qtbot.addWidget(dialog)
    return dialog
