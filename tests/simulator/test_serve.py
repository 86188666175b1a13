"""The simulator as a command: it prints where it listens, logs requests, stops on a signal."""

from __future__ import annotations

import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from wolkvox_desk.simulator import AGENTBOX_PATH, serve

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(
    r"wolkvox simulator listening on (http://127\.0\.0\.1:(\d+)) \(token: (.*)\)"
)


class _Process:
    """The simulator in a child process, its stdout read line by line on a helper thread."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "wolkvox_desk.simulator", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))

    def line(self) -> str:
        return self._lines.get(timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def child() -> Iterator[list[_Process]]:
    started: list[_Process] = []
    yield started
    for process in started:
        process.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_its_url_logs_requests_and_stops_on_a_signal(
    child: list[_Process], signum: int
) -> None:
    process = _Process("--port", "0", "--token", "T1", "--token", "T2")
    child.append(process)
    match = LISTENING.fullmatch(process.line())
    assert match is not None
    url, _port, tokens = match.groups()
    assert tokens == "T1, T2"

    with httpx.Client(verify=False, base_url=url, headers={"wolkvox-token": "T2"}) as client:
        query = {"api": "dial", "agent_id": "1001", "customer_phone": "3001"}
        response = client.post(AGENTBOX_PATH, params={**query, "customer_name": "José & Hijos #2"})
    assert response.status_code == 200

    logged = process.line()
    assert logged == (
        f"POST {AGENTBOX_PATH}?api=dial&agent_id=1001&customer_phone=3001"
        "&customer_name=Jos%C3%A9+%26+Hijos+%232 -> 200 Dial has been successful"
    )
    process.proc.send_signal(signum)
    assert process.proc.wait(timeout=30) == 0


def test_help_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert serve(["--help"]) == 0
    assert "--latency-ms" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--port", "x"], ["--latency-ms", "-1"], ["--nope"]])
def test_bad_usage_returns_two(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert serve(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_a_busy_port_returns_two(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        assert serve(["--port", str(port)]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
