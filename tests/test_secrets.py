"""The token never touches disk, logs, argv or history: a debug-logged session, then a scan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import TEST_TOKEN


def _scan(folder: Path, secret: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and secret.encode() in path.read_bytes():
            hits.append(path)
    return hits


def test_debug_session_leaves_the_token_nowhere(simulator, isolated_home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX_")}
    env.update(
        WOLKVOX_DESK_HOME=str(isolated_home),
        WOLKVOX_TOKEN=TEST_TOKEN,
        WOLKVOX_DESK_API_BASE=simulator.base_url,
        PYTHONPATH=str(Path(__file__).parents[1]),
    )
    outputs = []

    def cli(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "wolkvox_desk", "--debug", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        outputs.append(done.stdout + done.stderr)

    cli("config", "set", "agent_id", "1001")
    cli("dial", "3001234567", "--json")
    simulator.inject("invalid_token")
    cli("dial", "3001234567")
    simulator.inject("html_502")
    cli("dial", "3001234567")
    simulator.inject("reset")
    cli("dial", "3001234567")
    cli("history", "--format", "json")
    cli("config", "show")
    log_file = isolated_home / "logs" / "wolkvox-desk.log"
    assert log_file.exists() and "agentbox api=dial" in log_file.read_text()
    assert _scan(isolated_home, TEST_TOKEN) == []
    assert all(TEST_TOKEN not in out for out in outputs)
    # the token did reach wolkvox, in its header only
    assert all(r.headers.get("wolkvox-token") == TEST_TOKEN for r in simulator.records())


def test_log_filter_masks_registered_secrets_and_headers():
    import logging

    from wolkvox_desk.logs import SecretFilter

    secrets = SecretFilter()
    secrets.add(TEST_TOKEN)
    record = logging.LogRecord(
        "x",
        logging.INFO,
        __file__,
        1,
        "token=%s header %s",
        (TEST_TOKEN, "wolkvox-token: abcdefabcdef"),
        None,
    )
    secrets.filter(record)
    text = record.getMessage()
    assert TEST_TOKEN not in text and "abcdefabcdef" not in text and "***" in text
