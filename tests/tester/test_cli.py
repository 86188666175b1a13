"""``wolkvox-desk test-extensions`` end to end: a 50-extension run in a child process against
a 50 ms simulator, output formats, the confirmation rule, history rows and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from tests.tester.conftest import UNKNOWN, dials
from wolkvox_desk import cli
from wolkvox_desk.context import AppContext
from wolkvox_desk.core.errors import ExitCode
from wolkvox_desk.simulator import Simulator

ROOT = Path(__file__).resolve().parents[2]
PHONE = "3001234567"


@pytest.fixture
def env(office, monkeypatch):
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", office.base_url)
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    return office


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["test-extensions", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _child(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wolkvox_desk", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_fifty_extensions_at_50_ms_back_to_back_one_in_flight(tmp_path, isolated_home):
    """Issue 7's figure: 50 extensions, 50 ms each. Not a timed assertion: the elapsed times
    are printed (``-s``) and the benchmark (benchmarks/fig_extensions.py) reports the ratio."""
    sim = Simulator(tokens=(TEST_TOKEN,), latency_ms=50)
    sim.start()
    try:
        env = dict(os.environ)
        env.update(
            WOLKVOX_DESK_API_BASE=sim.base_url,
            WOLKVOX_TOKEN=TEST_TOKEN,
            WOLKVOX_DESK_HOME=str(isolated_home),
        )
        started = time.monotonic()
        done = _child(["test-extensions", "--phone", PHONE, "2001-2050"], env)
        wall = time.monotonic() - started
        assert done.returncode == 0, done.stderr
        records = sim.records()
        assert [r.params["agent_id"] for r in records] == [str(n) for n in range(2001, 2051)]
        assert all(r.status == 200 for r in records)
        assert sim.max_in_flight(TEST_TOKEN) == 1
        assert "50 of 50 answered OK." in done.stdout
        span = records[-1].finished - records[0].started
        print(
            f"\n50 x 50 ms: first request to last answer {span:.3f} s "
            f"(ideal 2.500 s, ratio {span / 2.5:.3f}); whole process {wall:.3f} s"
        )
    finally:
        sim.stop()


def test_table_rows_summary_legend_and_exit_code_3_when_some_are_refused(env, capsys):
    code, out, err = run(capsys, "--phone", "+57 300 123 4567", "1001-1005,1009")
    assert code == ExitCode.REFUSED, err
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Extension", "State"]
    rows = lines[1:7]
    assert [r.split()[0] for r in rows] == ["1001", "1002", "1003", "1004", "1005", "1009"]
    assert rows[3].split()[1] == "Refused" and "THE AGENT DOES NOT EXIST" in rows[3]
    assert "4 of 6 answered OK; 2 refused: 1004, 1009." in out
    assert "OK means that wolkvox accepted the dial" in out
    assert dials(env) == ["1001", "1002", "1003", "1004", "1005", "1009"]
    assert {r.params["customer_phone"] for r in env.records()} == {"573001234567"}


def test_csv_on_stdout_summary_on_stderr(env, capsys):
    code, out, err = run(capsys, "--phone", PHONE, "--format", "csv", "1003", "1004")
    assert code == ExitCode.REFUSED
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["extension"], r["state"]) for r in rows] == [("1003", "ok"), ("1004", "refused")]
    assert "1 of 2 answered OK; 1 refused: 1004." in err


def test_json_document(env, capsys):
    code, out, err = run(capsys, "--phone", PHONE, "--format", "json", "1001-1003")
    assert code == ExitCode.OK, err
    doc = json.loads(out)
    assert doc["summary"]["ok"] == 3 and doc["summary"]["planned"] == 3
    assert [r["extension"] for r in doc["results"]] == ["1001", "1002", "1003"]
    assert all(r["conn_id"] for r in doc["results"])


def test_rows_go_to_history_marked_as_tests(env, capsys):
    run(capsys, "--phone", PHONE, "1001", "1004")
    store = AppContext.from_env().open_history()
    assert store is not None
    try:
        rows = store.search("", limit=10)
        assert sorted(r.agent_id for r in rows) == ["1001", "1004"]
        assert all(r.is_test for r in rows)
    finally:
        store.close()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_more_than_20_asks_on_a_terminal_and_no_sends_nothing(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Tty("n\n"))
    code, out, err = run(capsys, "--phone", PHONE, "1001-1021")
    assert code == ExitCode.USAGE
    assert "from 21 extensions" in err and "[y/N]" in err
    assert env.records() == []


def test_yes_on_a_terminal_runs(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Tty("y\n"))
    code, _, _ = run(capsys, "--phone", PHONE, "1010-1030")
    assert code == ExitCode.OK
    assert len(dials(env)) == 21


def test_yes_flag_skips_the_question(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Tty(""))  # would decline if asked
    code, _, err = run(capsys, "--yes", "--phone", PHONE, "1010-1030")
    assert code == ExitCode.OK and "[y/N]" not in err


def test_no_question_without_a_terminal(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--phone", PHONE, "1010-1030")
    assert code == ExitCode.OK and "[y/N]" not in err
    assert len(dials(env)) == 21


def test_twenty_do_not_ask(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Tty(""))
    code, _, err = run(capsys, "--phone", PHONE, "1010-1029")
    assert code == ExitCode.OK and "[y/N]" not in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--phone", PHONE, "1001-abc"], "“1001-abc” is not an extension or a range"),
        (["--phone", PHONE, "1010-1001"], "runs backwards"),
        (["--phone", "call me", "1001"], "Phone numbers cannot contain letters"),
        (["--phone", PHONE, "--hang-after", "-3", "1001"], "between 1 and 3600"),
    ],
)
def test_bad_input_exits_2_and_sends_nothing(env, capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == ExitCode.USAGE
    assert words in err
    assert env.records() == []


def test_not_configured_exits_6(office, capsys, monkeypatch):
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", office.base_url)  # a server, but no token
    code, _, err = run(capsys, "--phone", PHONE, "1001")
    assert code == ExitCode.NOT_CONFIGURED
    assert office.records() == []


def test_network_failure_exits_4(env, capsys):
    env.inject("reset")
    code, out, _ = run(capsys, "--phone", PHONE, "1001", "1002")
    assert code == ExitCode.NETWORK
    assert "Connection dropped; the call MAY have been placed" in out


def test_hang_after_option(env, capsys):
    code, _, err = run(capsys, "--phone", PHONE, "--hang-after", "0.01", "1001", "1002")
    assert code == ExitCode.OK, err
    assert sorted(r.params["api"] for r in env.records()) == ["dial", "dial", "hang", "hang"]


def test_the_command_imports_no_qt(office, tmp_path, isolated_home):
    code = (
        "import sys; from wolkvox_desk.cli import main;"
        f"rc = main(['test-extensions', '--phone', '{PHONE}', '1001']);"
        "print(rc, 'PySide6.QtWidgets' in sys.modules, 'PySide6.QtCore' in sys.modules)"
    )
    env = dict(os.environ)
    env.update(
        WOLKVOX_DESK_API_BASE=office.base_url,
        WOLKVOX_TOKEN=TEST_TOKEN,
        WOLKVOX_DESK_HOME=str(isolated_home),
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60
    )
    assert out.stdout.strip().splitlines()[-1] == "0 False False", out.stderr
    assert UNKNOWN  # the office fixture's refusals are not needed here


def _slow_office_env(isolated_home: Path) -> tuple[Simulator, dict[str, str]]:
    sim = Simulator(tokens=(TEST_TOKEN,), latency_ms=300)
    sim.start()
    env = dict(os.environ)
    env.update(
        WOLKVOX_DESK_API_BASE=sim.base_url,
        WOLKVOX_TOKEN=TEST_TOKEN,
        WOLKVOX_DESK_HOME=str(isolated_home),
    )
    return sim, env


def _wait_for(predicate, what: str) -> None:
    deadline = time.monotonic() + 60
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.02)


def test_ctrl_c_mid_run_finishes_the_request_and_writes_every_row(isolated_home):
    sim, env = _slow_office_env(isolated_home)
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "wolkvox_desk", "test-extensions", "--yes"]
            + ["--phone", PHONE, "1001-1030"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_for(lambda: any(r.finished for r in sim.records()), "the first answer")
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
        sent = dials(sim)
        history = subprocess.run(
            [sys.executable, "-m", "wolkvox_desk", "history", "--format", "json"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        sim.stop()
    assert child.returncode == 130, err
    assert "Traceback" not in err and "Stopping after the current request" in err
    assert 1 <= len(sent) < 30
    assert f"Stopped: {30 - len(sent)} of 30 not tested." in out
    rows = [json.loads(line) for line in history.stdout.splitlines()]
    assert len(rows) == len(sent)  # the request in flight has its row too


def test_ctrl_c_at_the_question_is_a_no(isolated_home):
    sim, env = _slow_office_env(isolated_home)
    leader, follower = pty.openpty()  # the question is only asked on a terminal
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "wolkvox_desk", "test-extensions"]
            + ["--phone", PHONE, "1001-1030"],
            cwd=ROOT,
            env=env,
            stdin=follower,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        asked = b""
        assert child.stderr is not None
        while b"[y/N]" not in asked:
            chunk = os.read(child.stderr.fileno(), 4096)
            assert chunk, asked
            asked += chunk
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
        sim.stop()
    assert child.returncode == ExitCode.USAGE, err
    assert b"Traceback" not in err and b"nothing was sent" in err
    assert dials(sim) == []
