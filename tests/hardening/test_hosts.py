"""Host injection: a ``server`` or an API base that would send the token somewhere else is
refused with a clear message wherever it enters: ``config set`` (exit 2), the settings dialog
(OK disabled), a policy or settings file (ignored, with a warning), the client (nothing sent),
and ``WOLKVOX_DESK_API_BASE`` (exit 2 in the CLI, explained in the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import configure, make_desk, run_cli
from wolkvox_desk.core.errors import SettingValueError
from wolkvox_desk.core.models import Account
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.services.agentbox import AgentboxClient, validate_api_base

SERVER_WORDS = "letters and digits only"
BAD_SERVERS = [
    "0042.evil.com",
    "0042/..",
    "0042@evil",
    "0042#",
    "0042:443",
    "0042?x=1",
    "0042%2eevil.com",
    "0042\\evil",
    "0042 evil",
    "00\t42",
    "0042\n.evil.com",
    "0042\u200b",  # zero-width space
    "\u202e0042",  # right-to-left override
    "0042\u0435",  # Cyrillic "е", a look-alike of Latin "e"
    "\u0430\u0432\u0441",  # Cyrillic "авс", looks like "abc"
    "\uff10\uff10\uff14\uff12",  # full-width "００４２"
    "0042\u3002evil",  # ideographic full stop: IDNA turns it into a dot
    "wv0042.wolkvox.com",
    "x" * 17,
]
BAD_API_BASES = [
    "http://evil.com",  # plain http beyond loopback
    "http://127.0.0.1@evil.com",
    "https://127.0.0.1@evil.com",
    "http://user:pass@127.0.0.1:8765",
    "https://evil.com#@127.0.0.1",
    "https://evil.com\\@127.0.0.1",
    "http://127.0.0.1.evil.com",
    "http://localhost.evil.com",
    "http://127.0.0.1%00.evil.com",
    "http://0177.0.0.1",
    "http://127.1",
    "https://evil.com/api/v2/agentbox.php?",
    "https://evil.com/x",
    "https://evil.com?api=dial",
    "http://127.0.0.1:99999",
    "http://127.0.0.1:0x50",
    "http://127.0.0. 1",
    "https://\u0435vil.com",  # Cyrillic look-alike
    "http://\uff11\uff12\uff17.0.0.1",  # full-width digits
    "http://127\u30020\u30020\u30021",  # ideographic full stops
    "ftp://127.0.0.1",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "127.0.0.1:8765",
    "//evil.com",
]


def _ids(values: list[str]) -> list[str]:
    return [ascii(v)[1:-1][:30] for v in values]


# --- server: config set --------------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_SERVERS, ids=_ids(BAD_SERVERS))
def test_config_set_refuses_a_server_that_is_not_letters_and_digits(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = configure()
    before = paths.settings_file.read_bytes()
    run = run_cli(capsys, ["config", "set", "server", bad])
    assert run.code == 2
    assert SERVER_WORDS in run.err
    assert paths.settings_file.read_bytes() == before  # nothing written


def test_surrounding_whitespace_is_trimmed_not_smuggled(capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, ["config", "set", "server", "  0042 \t"])
    assert run.code == 0
    assert run_cli(capsys, ["config", "get", "server"]).out == "0042\n"


# --- server: the settings dialog -----------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_SERVERS, ids=_ids(BAD_SERVERS))
def test_the_settings_dialog_disables_ok_for_a_bad_server(bad: str, qtbot: Any) -> None:
    from wolkvox_desk.services.settings import KEYS
    from wolkvox_desk.ui.settings_dialog import KeyringInfo, SettingsDialog

    values = {key: spec.default for key, spec in KEYS.items()}
    values.update(server="0042", agent_id="1001")
    dialog = SettingsDialog(values, (), KeyringInfo(True, "memory", True, "keyring"))
    qtbot.addWidget(dialog)
    assert dialog.ok_button().isEnabled()  # control: a good server can be saved
    dialog.field("server").setText(bad)
    assert not dialog.ok_button().isEnabled()
    assert SERVER_WORDS in dialog.error_text("server")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()  # Enter in a field must not get past the disabled OK either


# --- server: policy and settings files -----------------------------------------------------------


@pytest.mark.parametrize("where", ["policy", "settings"])
@pytest.mark.parametrize("bad", ["0042.evil.com", "0042@evil", "\uff10\uff10\uff14\uff12"])
def test_a_file_with_a_bad_server_is_ignored_with_a_warning(
    where: str,
    bad: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qtbot: Any,
) -> None:
    paths = AppPaths.from_env()
    target = tmp_path / "policy.toml" if where == "policy" else paths.settings_file
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f'server = "{bad}"\nagent_id = "1001"\n', encoding="utf-8")
    if where == "policy":
        monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(target))

    run = run_cli(capsys, ["config", "show"])
    assert run.code == 0
    assert "server = " in run.out and bad not in run.out
    assert "agent_id = 1001" in run.out  # the rest of the file still counts
    assert "server: bad_server" in run.err and str(target) in run.err

    desk = make_desk(qtbot)
    try:
        assert desk.ctx.settings.server == ""
        assert "server: bad_server" in desk.window.outcome_text()
        assert bad not in desk.window.header().profile_text()
    finally:
        desk.shutdown()


# --- server: the client --------------------------------------------------------------------------


def test_the_client_refuses_every_bad_server_before_sending() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": "200", "error": None, "msg": "ok"})

    with AgentboxClient(transport=httpx.MockTransport(record)) as client:
        for bad in BAD_SERVERS:
            with pytest.raises(SettingValueError) as info:
                client.dial(Account(bad, TEST_TOKEN), "1001", "3001234567")
            assert info.value.kind == "bad_server"
        client.dial(Account("0042", TEST_TOKEN), "1001", "3001234567")  # control
    assert [r.url.host for r in sent] == ["wv0042.wolkvox.com"]


# --- the API base --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_API_BASES, ids=_ids(BAD_API_BASES))
def test_an_api_base_injection_is_refused(bad: str) -> None:
    with pytest.raises(SettingValueError) as info:
        validate_api_base(bad)
    assert info.value.kind in ("bad_api_base", "insecure_api_base")


@pytest.mark.parametrize(
    "bad", ["http://evil.com", "https://127.0.0.1@evil.com", "https://evil.com#@127.0.0.1"]
)
def test_the_cli_refuses_a_bad_api_base_with_exit_2(
    bad: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    configure()
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", bad)
    run = run_cli(capsys, ["dial", "3001234567", "--agent-id", "1001"])
    assert run.code == 2
    assert "WOLKVOX_DESK_API_BASE" in run.err
    assert TEST_TOKEN not in run.out + run.err


def test_the_window_explains_a_bad_api_base_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    configure()
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", "http://evil.com:8765")
    desk = make_desk(qtbot)
    try:
        desk.window.fill_form("3001234567")
        desk.window.dial_button().click()
        qtbot.waitUntil(lambda: not desk.controller.busy and desk.window.outcome_text() != "")
        assert "plain http only on this computer" in desk.window.outcome_text()
    finally:
        desk.shutdown()
