"""The command line: dial, token, config, history, simulator, with DESIGN.md's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from wolkvox_desk.cli import main


@pytest.fixture
def dial_env(simulator, monkeypatch):
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    return simulator


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dial_json_prints_one_object_with_the_conn_id(dial_env, capsys):
    code, out, err = run(
        capsys,
        "dial",
        "+57 (300) 123-4567",
        "--name",
        "José & Hijos #2",
        "--customer-id",
        "1032",
        "--agent-id",
        "1001",
        "--json",
    )
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert set(doc) == {
        "ok",
        "http_status",
        "code",
        "error",
        "msg",
        "conn_id",
        "attempts",
        "elapsed_ms",
    }
    assert doc["ok"] is True and doc["conn_id"] and doc["attempts"] == 1
    (rec,) = dial_env.records()
    assert rec.params == {
        "agent_id": "1001",
        "api": "dial",
        "customer_phone": "573001234567",
        "customer_id": "1032",
        "customer_name": "José & Hijos #2",
    }
    assert TEST_TOKEN not in out + err


def test_dial_applies_the_configured_dial_plan(dial_env, capsys):
    assert run(capsys, "config", "set", "dial_prefix", "9")[0] == 0
    assert run(capsys, "config", "set", "agent_id", "1001")[0] == 0
    code, out, _ = run(capsys, "dial", "+57 300 123 4567")
    assert code == 0 and "9573001234567" in out
    assert dial_env.records()[0].params["customer_phone"] == "9573001234567"


@pytest.mark.parametrize(
    ("fault", "exit_code", "words"),
    [
        ("invalid_token", 3, "Open Settings to enter a new one"),
        ("quota", 3, "quota"),
        ("maintenance", 3, "maintenance"),
        ("html_502", 5, "web error page"),
        ("broken_json", 5, "broken"),
        ("empty", 5, "empty"),
        ("reset", 4, "MAY have been placed"),
    ],
)
def test_dial_failures_have_their_exit_code_and_message(dial_env, capsys, fault, exit_code, words):
    dial_env.inject(fault)
    code, out, err = run(capsys, "dial", "3001234567", "--agent-id", "1001")
    assert code == exit_code
    assert words in out + err
    assert len(dial_env.records()) == 1


def test_refusal_json_carries_wolkvox_fields(dial_env, capsys):
    dial_env.inject("invalid_token")
    code, out, _ = run(capsys, "dial", "3001234567", "--agent-id", "1001", "--json")
    doc = json.loads(out)
    assert code == 3 and doc["ok"] is False and doc["http_status"] == 403
    assert doc["msg"] == "PLEASE VALIDATE TOKEN" and doc["error"] == "FORBIDDEN"


@pytest.mark.parametrize(
    ("argv", "exit_code"),
    [
        (["dial", "300-ABC-1234", "--agent-id", "1001"], 2),
        (["dial", "3001234567", "--agent-id", "10x1"], 2),
        (["dial", "3001234567", "--agent-id", "1001", "--customer-id", "12a"], 2),
        (["dial"], 2),
        (["frobnicate"], 2),
    ],
)
def test_invalid_input_sends_nothing(dial_env, capsys, argv, exit_code):
    assert run(capsys, *argv)[0] == exit_code
    assert dial_env.records() == []


def test_letters_are_named_in_the_message(dial_env, capsys):
    code, out, err = run(capsys, "dial", "300-ABC-1234", "--agent-id", "1001", "--json")
    assert code == 2 and json.loads(out)["ok"] is False and "letters" in err


def test_not_configured_exits_6(simulator, capsys, monkeypatch):
    # no token
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", simulator.base_url)
    assert run(capsys, "dial", "3001234567", "--agent-id", "1001")[0] == 6
    # no agent
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    assert run(capsys, "dial", "3001234567")[0] == 6
    # no server without an API base override
    monkeypatch.delenv("WOLKVOX_DESK_API_BASE")
    assert run(capsys, "dial", "3001234567", "--agent-id", "1001")[0] == 6
    assert simulator.records() == []


def test_busy_gate_no_wait_exits_7(dial_env, capsys):
    from wolkvox_desk.paths import AppPaths
    from wolkvox_desk.services.gate import TokenGate

    with TokenGate(AppPaths.from_env().lock_dir).hold(TEST_TOKEN):
        code, _, err = run(capsys, "dial", "3001234567", "--agent-id", "1001", "--no-wait")
        assert code == 7 and "Another request" in err + _
        code, _, _ = run(capsys, "dial", "3001234567", "--agent-id", "1001", "--wait", "0.1")
        assert code == 7
    assert dial_env.records() == []


def test_every_attempt_is_in_history(dial_env, capsys):
    run(capsys, "dial", "3001234567", "--agent-id", "1001", "--name", "Ana")
    dial_env.inject("invalid_token")
    run(capsys, "dial", "3017654321", "--agent-id", "1001")
    code, out, _ = run(capsys, "history", "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["outcome"] for r in rows] == ["refused", "ok"]
    assert rows[0]["msg"] == "PLEASE VALIDATE TOKEN" and rows[1]["customer_name"] == "Ana"
    code, out, _ = run(capsys, "history", "--search", "765")
    assert "3017654321" in out and "3001234567" not in out


def test_config_set_refuses_a_bad_server(capsys):
    for bad in ("0042.evil.com", "0042/..", "0042@evil", "0042#", "wv 42"):
        assert run(capsys, "config", "set", "server", bad)[0] == 2
    assert run(capsys, "config", "set", "server", "0042")[0] == 0
    code, out, _ = run(capsys, "config", "get", "server")
    assert code == 0 and out.strip() == "0042"


def test_config_set_on_a_locked_key_exits_2(capsys, monkeypatch, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('server = "0042"\nlocked = ["server"]\n', encoding="utf-8")
    monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(policy))
    code, _, err = run(capsys, "config", "set", "server", "0099")
    assert code == 2 and "IT department" in err
    code, out, _ = run(capsys, "config", "show")
    assert "server = 0042" in out and "locked" in out


def test_token_set_reads_stdin_and_status_never_prints_it(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("secret-token-value-123\n"))
    assert run(capsys, "token", "set")[0] == 0
    code, out, err = run(capsys, "token", "status")
    assert code == 0 and "keyring" in out and "secret-token-value-123" not in out + err
    assert run(capsys, "token", "clear")[0] == 0
    assert run(capsys, "token", "status")[0] == 6


def _cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX")}
    env.update(WOLKVOX_DESK_HOME=str(home), PYTHONPATH=str(Path(__file__).parents[1]), **extra)
    return env


def test_the_issue_example_end_to_end_in_processes(tmp_path):
    """`wolkvox-desk simulator` in one process, `wolkvox-desk dial --json` in another."""
    sim = subprocess.Popen(
        [sys.executable, "-m", "wolkvox_desk", "simulator", "--port", "0", "--token", "T"],
        stdout=subprocess.PIPE,
        text=True,
        env=_cli_env(tmp_path / "sim"),
    )
    try:
        assert sim.stdout is not None
        line = sim.stdout.readline()
        base = line.split("listening on ")[1].split()[0]
        dial = subprocess.run(
            [
                sys.executable,
                "-m",
                "wolkvox_desk",
                "dial",
                "+57 (300) 123-4567",
                "--name",
                "José & Hijos #2",
                "--customer-id",
                "1032",
                "--agent-id",
                "1001",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=_cli_env(tmp_path / "cli", WOLKVOX_DESK_API_BASE=base, WOLKVOX_TOKEN="T"),
        )
        assert dial.returncode == 0, dial.stderr
        assert json.loads(dial.stdout)["conn_id"]
        import httpx

        records = httpx.get(f"{base}/_sim/records").json()
        assert records[-1]["raw_query"] == (
            "agent_id=1001&api=dial&customer_phone=573001234567&customer_id=1032"
            "&customer_name=Jos%C3%A9%20%26%20Hijos%20%232"
        )
    finally:
        sim.terminate()
        sim.wait(10)
        if sim.stdout:
            sim.stdout.close()


def test_headless_commands_do_not_import_qt_widgets(tmp_path):
    code = (
        "import sys; from wolkvox_desk.cli import main; main(['config', 'show']);"
        "print('PySide6.QtWidgets' in sys.modules, 'PySide6.QtCore' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_cli_env(tmp_path),
        timeout=60,
    )
    assert out.stdout.strip().splitlines()[-1] == "False False"


def test_a_closed_pipe_ends_the_command_quietly(tmp_path):
    """`wolkvox-desk config show | head -1`: the reader leaves; no traceback, exit 141."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after `head` exits
    try:
        out = subprocess.run(
            [sys.executable, "-m", "wolkvox_desk", "config", "show"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_cli_env(tmp_path),
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert out.returncode == 141
    assert "Traceback" not in out.stderr and "BrokenPipeError" not in out.stderr
