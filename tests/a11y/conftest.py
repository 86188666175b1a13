"""The real app against the simulator (as in tests/app), and the dialogs, for the a11y tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import DIALOG_VALUES, desk_context, open_desk
from wolkvox_desk.app import DeskApp
from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog

SETTINGS = DIALOG_VALUES
KEYRING = KeyringInfo(available=True, backend_name="Memory", has_token=True, token_source="keyring")


@pytest.fixture
def desk(qtbot, simulator) -> Iterator[DeskApp]:
    app = open_desk(qtbot, desk_context(simulator.base_url))
    qtbot.waitUntil(lambda: app.history_panel is not None and app.history_panel.isVisible())
    yield app
    app.shutdown()


@pytest.fixture
def settings_dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(dict(SETTINGS), (), KEYRING)
    qtbot.addWidget(dialog)
    return dialog
