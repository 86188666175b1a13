"""The window's profile switch (header menu) end to end: the next dial uses the new profile's
agent, dial plan and token; the choice is remembered; no switch while a dial is in flight.
Needs the app.py wiring of issue 7 (profile_selected -> AppContext.use_profile)."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt

from tests.conftest import TEST_TOKEN, desk_context, open_desk
from wolkvox_desk.services.credentials import SERVICE
from wolkvox_desk.services.settings import SettingsStore


@pytest.fixture
def desk(qtbot, simulator):
    ctx = desk_context(simulator.base_url, token=None)
    ctx.settings_store.add_profile("sales", {"agent_id": "2002", "dial_prefix": ""})
    keyring.get_keyring().set_password(SERVICE, "default", "unknown-to-the-simulator")
    keyring.get_keyring().set_password(SERVICE, "sales", TEST_TOKEN)
    app = open_desk(qtbot, ctx)
    yield app
    app.shutdown()


def _dial(qtbot, desk, simulator, count: int) -> None:
    w = desk.window
    w.phone_edit().clear()
    qtbot.keyClicks(w.phone_edit(), "3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(simulator.records()) == count and not desk.controller.busy)


def test_switching_profile_in_the_header_changes_the_next_dial(qtbot, desk, simulator):
    header = desk.window.header()
    assert header.profile_names() == ["default", "sales"]
    assert not header.profile_button().isHidden()
    assert header.profile_text() == "Agent 1001 @ wv0042"

    assert header.select_profile("sales")

    assert header.active_profile() == "sales"
    assert header.profile_text() == "Agent 2002 @ wv0042"  # server from the default profile
    _dial(qtbot, desk, simulator, 1)
    (record,) = simulator.records()
    assert (record.params["agent_id"], record.params["customer_phone"], record.token) == (
        "2002",
        "3001234567",  # sales has no dial prefix
        TEST_TOKEN,
    )
    assert SettingsStore(desk.ctx.paths.settings_file).active_profile() == "sales"


def test_no_switch_while_a_dial_is_in_flight(qtbot, desk, simulator):
    desk.window.header().select_profile("sales")
    simulator.pause()
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.controller.busy)
    header = desk.window.header()

    assert not header.profile_button().isEnabled()
    assert header.select_profile("default") is False
    simulator.resume()
    qtbot.waitUntil(lambda: not desk.controller.busy)
    assert header.profile_button().isEnabled()
    assert desk.ctx.active_profile == "sales"


def test_no_switch_while_a_call_is_open_so_its_controls_keep_their_account(qtbot, desk, simulator):
    header = desk.window.header()
    header.select_profile("sales")
    _dial(qtbot, desk, simulator, 1)
    qtbot.waitUntil(lambda: desk.calls.call is not None)

    assert header.select_profile("default")  # asked for: the app refuses it

    assert desk.ctx.active_profile == "sales" and header.active_profile() == "sales"
    assert "Hang up the current call before switching profiles." in desk.window.outcome_text()
    desk.window.call_panel().hang_button().click()
    qtbot.waitUntil(lambda: len(simulator.records()) == 2)
    hang = simulator.records()[1]
    assert (hang.params["api"], hang.params["agent_id"], hang.token) == ("hang", "2002", TEST_TOKEN)


def test_a_profile_with_its_own_token_counts_as_set_up(qtbot, desk):
    """The first-run welcome must not come back when the profile in use has a token and the
    default profile has none."""
    keyring.get_keyring().delete_password(SERVICE, "default")
    desk.window.header().select_profile("sales")

    assert desk._configured_check() == (True, "")
