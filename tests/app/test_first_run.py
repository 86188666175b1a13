"""First launch: an unconfigured app opens the welcome, then Settings; a token in the
environment counts as configured."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.app import DeskApp, Mode
from wolkvox_desk.context import TOKEN_ENV, AppContext
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.ui import welcome


@pytest.fixture
def welcome_log(monkeypatch):
    shown: list[str] = []

    def fake_exec(self) -> int:
        shown.append("welcome")
        return 0

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", fake_exec)
    monkeypatch.setattr(welcome.WelcomeDialog, "choice", lambda self: "settings")
    return shown


def _desk(qtbot, env, settings):
    paths = AppPaths.from_env()
    paths.ensure()
    ctx = AppContext(paths=paths, env=env, use_policy=False)
    if settings:
        ctx.settings_store.update(settings)
    desk = DeskApp(Mode(ctx=ctx))
    qtbot.addWidget(desk.window)
    opened: list[bool] = []
    desk.open_settings = lambda: opened.append(True)  # type: ignore[method-assign]
    desk.show()
    return desk, opened


def test_unconfigured_first_launch_shows_the_welcome_then_settings(qtbot, welcome_log):
    desk, opened = _desk(qtbot, {}, {})
    try:
        qtbot.waitUntil(lambda: welcome_log == ["welcome"] and opened == [True])
    finally:
        desk.shutdown()


def test_token_in_the_environment_counts_as_configured(qtbot, welcome_log):
    desk, opened = _desk(qtbot, {TOKEN_ENV: TEST_TOKEN}, {"server": "0042", "agent_id": "1001"})
    try:
        qtbot.waitUntil(lambda: desk.tasks is not None)
        qtbot.wait(300)
        assert welcome_log == [] and opened == []
    finally:
        desk.shutdown()


def test_status_line_tells_the_last_dial(qtbot, simulator):
    from wolkvox_desk.context import API_BASE_ENV

    desk, _ = _desk(
        qtbot,
        {TOKEN_ENV: TEST_TOKEN, API_BASE_ENV: simulator.base_url},
        {"server": "0042", "agent_id": "1001"},
    )
    try:
        qtbot.waitUntil(lambda: desk.history_store is not None)
        desk.window.fill_form("3001234567")
        desk.window.dial_button().click()
        qtbot.waitUntil(lambda: "sent" in desk.window.header().status_text())
    finally:
        desk.shutdown()
