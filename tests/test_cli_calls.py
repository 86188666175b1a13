"""The call-control commands (hang, hold, mute, dtmf, transfer, status) against the simulator,
with DESIGN.md's exit codes.

Until ``cli.py`` registers them (the wiring patch), ``run`` builds the same parser from
``add_call_parsers`` and dispatches through ``CALL_HANDLERS`` itself; afterwards it goes through
``cli.main`` like every other command.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk import cli
from wolkvox_desk.cli_calls import CALL_HANDLERS
from wolkvox_desk.services.settings import KEYS

NO_CALL = "THE AGENT HAS NO ACTIVE CALL"
JSON_KEYS = {"ok", "http_status", "code", "error", "msg", "conn_id", "attempts", "elapsed_ms"}


@pytest.fixture
def env(simulator, monkeypatch):
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    return simulator


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def apis(simulator) -> list[str]:
    return [r.params.get("api", "") for r in simulator.records()]


def dial(capsys) -> None:
    code, _, err = run(capsys, "dial", "3001234567", "--agent-id", "1001")
    assert code == 0, err


def test_dial_dtmf_hold_hold_hang(env, capsys):
    """The issue's sequence from the command line: one request per command, in order."""
    dial(capsys)
    steps = [
        (("dtmf", "123#"), "Tones sent: 123#"),
        (("hold",), "The call is on hold."),
        (("hold",), "The call is off hold."),
        (("hang",), "Hung up."),
    ]
    for argv, words in steps:
        code, out, err = run(capsys, *argv, "--agent-id", "1001")
        assert code == 0, err
        assert words in out and "has been successful" in out
    assert apis(env) == ["dial", "dtmf", "hold", "hold", "hang"]
    dtmf = env.records()[1]
    assert dtmf.raw_query == "agent_id=1001&api=dtmf&tones=123%23"
    agent = env.agent("1001")
    assert agent.call is None and agent.last_call is not None
    assert agent.last_call.tones == "123#" and not agent.last_call.on_hold


def test_mute_toggles(env, capsys):
    dial(capsys)
    assert "Microphone muted." in run(capsys, "mute", "--agent-id", "1001")[1]
    assert "Microphone unmuted." in run(capsys, "mute", "--agent-id", "1001")[1]


def test_controls_without_a_call_are_refused_with_exit_3(env, capsys):
    for command in (["hang"], ["hold"], ["mute"], ["dtmf", "1"], ["transfer", "2002"]):
        code, out, _ = run(capsys, *command, "--agent-id", "1001")
        assert code == 3
        assert NO_CALL in out and "refused by wolkvox" in out
    assert len(env.records()) == 5  # one each, never retried


@pytest.mark.parametrize(
    "argv",
    [
        ["dtmf", "12a"],
        ["dtmf", "1-2"],
        ["dtmf", ""],
        ["dtmf", "1" * 33],
        ["transfer", "300-ABC"],
        ["transfer", "20a2", "--extension"],
        ["transfer", "1234567890123", "--extension"],
        ["status", "b@d"],
        ["status", ""],
        ["hang", "--cod-act", "5 6"],
        ["hang", "--comments", "without a code"],
        ["hang", "--cod-act", "5", "--comments", "bell\x07"],
        ["hold", "--agent-id", "10x1"],
        ["hold", "--no-wait", "--wait", "3"],
        ["status"],
    ],
)
def test_invalid_input_exits_2_and_sends_nothing(env, capsys, argv):
    dial(capsys)
    full = argv if "--agent-id" in argv else [*argv, "--agent-id", "1001"]
    assert run(capsys, *full)[0] == 2
    assert apis(env) == ["dial"]


def test_transfer_to_a_number_goes_through_the_dial_plan(env, capsys):
    assert run(capsys, "config", "set", "dial_prefix", "9")[0] == 0
    assert run(capsys, "config", "set", "agent_id", "1001")[0] == 0
    run(capsys, "dial", "3001234567")
    code, out, _ = run(capsys, "transfer", "+57 300 765 4321")
    assert code == 0 and "Transferred to 9573007654321." in out
    assert env.records()[-1].params["customer_phone"] == "9573007654321"
    assert env.agent("1001").last_call.transferred_to == "9573007654321"  # type: ignore[union-attr]


def test_transfer_to_an_extension_is_sent_as_typed(env, capsys):
    assert run(capsys, "config", "set", "dial_prefix", "9")[0] == 0
    dial(capsys)
    code, out, _ = run(capsys, "transfer", " 2002 ", "--extension", "--agent-id", "1001")
    assert code == 0 and "Transferred to 2002." in out
    assert env.records()[-1].raw_query == "agent_id=1001&api=transfer&customer_phone=2002"


@pytest.mark.parametrize(
    ("state", "sent"), [("ready", "ready"), ("LOGOUT", "logout"), ("7", "7"), ("aux_2", "aux_2")]
)
def test_status_sets_the_agent_state(env, capsys, state, sent):
    code, out, _ = run(capsys, "status", state, "--agent-id", "1001")
    assert code == 0 and f"Status set to {sent}." in out
    assert env.records()[-1].raw_query == f"agent_id=1001&api=change_status&status={sent}"
    assert env.agent("1001").status == sent


def test_hang_with_a_disposition_is_hang_type_ready(env, capsys):
    dial(capsys)
    run(capsys, "status", "7", "--agent-id", "1001")
    code, out, _ = run(
        capsys,
        *("hang", "--agent-id", "1001", "--cod-act", "5", "--cod-act-2", "12"),
        *("--comments", "Cliente pidió llamar mañana & luego"),
    )
    assert code == 0 and "Hung up with disposition 5; status Ready." in out
    rec = env.records()[-1]
    assert rec.params == {
        "agent_id": "1001",
        "api": "hang_type_ready",
        "cod_act": "5",
        "cod_act_2": "12",
        "comments": "Cliente pidió llamar mañana & luego",
    }
    agent = env.agent("1001")
    assert agent.status == "ready" and agent.call is None
    assert agent.last_call is not None and agent.last_call.cod_act == "5"


def test_json_prints_one_object_with_the_dial_keys(env, capsys):
    dial(capsys)
    code, out, _ = run(capsys, "hold", "--agent-id", "1001", "--json")
    doc = json.loads(out)
    assert code == 0 and set(doc) == JSON_KEYS and len(out.strip().splitlines()) == 1
    assert doc["ok"] is True and doc["conn_id"] and doc["attempts"] == 1
    code, out, err = run(capsys, "hold", "--agent-id", "1001", "--json")
    assert json.loads(out)["msg"] == "Hold has been successful"
    run(capsys, "hang", "--agent-id", "1001")
    code, out, err = run(capsys, "hang", "--agent-id", "1001", "--json")
    doc = json.loads(out)
    assert code == 3 and set(doc) == JSON_KEYS
    assert doc["ok"] is False and doc["http_status"] == 400 and doc["msg"] == NO_CALL
    assert NO_CALL in err  # the words go to stderr with --json
    code, out, _ = run(capsys, "dtmf", "x", "--agent-id", "1001", "--json")
    assert code == 2 and json.loads(out) == dict.fromkeys(JSON_KEYS) | {
        "ok": False,
        "error": "letters",
        "msg": "",
        "attempts": 0,
    }


@pytest.mark.parametrize(
    ("fault", "exit_code", "words"),
    [
        ("invalid_token", 3, "Open Settings to enter a new one"),
        ("maintenance", 3, "maintenance"),
        ("html_502", 5, "web error page"),
        ("reset", 4, "MAY have been done"),
    ],
)
def test_failures_have_their_exit_code_and_words(env, capsys, fault, exit_code, words):
    dial(capsys)
    env.inject(fault)
    code, out, err = run(capsys, "hold", "--agent-id", "1001")
    assert code == exit_code and words in out + err and "Hold: " in out
    assert apis(env) == ["dial", "hold"]  # never retried


def test_not_configured_exits_6(simulator, capsys, monkeypatch):
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    assert run(capsys, "hold", "--agent-id", "1001")[0] == 6  # no token
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    assert run(capsys, "hang")[0] == 6  # no agent
    assert simulator.records() == []


def test_busy_gate_no_wait_exits_7(env, capsys):
    from wolkvox_desk.paths import AppPaths
    from wolkvox_desk.services.gate import TokenGate

    dial(capsys)
    with TokenGate(AppPaths.from_env().lock_dir).hold(TEST_TOKEN):
        code, out, _ = run(capsys, "hang", "--agent-id", "1001", "--no-wait")
        assert code == 7 and "not sent" in out
        assert run(capsys, "dtmf", "1", "--agent-id", "1001", "--wait", "0.05")[0] == 7
    assert apis(env) == ["dial"]


def test_the_commands_stay_headless():
    code = (
        "import sys, wolkvox_desk.cli_calls;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'httpx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_main_knows_the_call_commands(env, capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in CALL_HANDLERS:
        assert command in out


@pytest.mark.skipif("aux_states" not in KEYS, reason="settings.py has no call choices yet")
def test_config_keeps_the_call_choices_in_canonical_form(capsys):
    code, out, _ = run(capsys, "config", "set", "aux_states", " 7=Break ;8 = Lunch\n")
    assert code == 0 and out.strip() == "aux_states = 7=Break; 8=Lunch"
    code, _, err = run(capsys, "config", "set", "aux_states", "Ready=Again")
    assert code == 2 and "cannot redefine Ready" in err
    code, _, err = run(capsys, "config", "set", "disposition_codes", "5=Sale; 5=Other")
    assert code == 2 and "twice" in err
    assert run(capsys, "config", "get", "aux_states")[1].strip() == "7=Break; 8=Lunch"
