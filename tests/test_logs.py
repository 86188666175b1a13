"""The log file opened late still gets what was logged before it, masked."""

from __future__ import annotations

import logging
from pathlib import Path

from wolkvox_desk.logs import SecretFilter, add_log_file, setup_logging, teardown_logging

SECRET = "tok-0123456789abcdef"


def test_records_logged_before_the_file_opens_reach_it_masked(tmp_path: Path) -> None:
    secrets = SecretFilter()
    secrets.add(SECRET)
    log_file = tmp_path / "logs" / "desk.log"
    setup_logging(None, secrets=secrets, pending=True)
    try:
        logging.getLogger("wolkvox_desk.test").info("early line with %s", SECRET)
        assert not log_file.exists()  # nothing opened before add_log_file
        add_log_file(log_file, secrets=secrets)
        logging.getLogger("wolkvox_desk.test").info("late line")
    finally:
        teardown_logging()
    text = log_file.read_text(encoding="utf-8")
    assert text.index("early line with ***") < text.index("late line")
    assert SECRET not in text
    assert log_file.stat().st_mode & 0o077 == 0


def test_without_pending_nothing_is_kept_and_teardown_removes_every_handler(
    tmp_path: Path,
) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(None, secrets=SecretFilter())
    logging.getLogger("wolkvox_desk.test").info("not kept")
    add_log_file(tmp_path / "desk.log", secrets=SecretFilter())
    teardown_logging()
    assert "not kept" not in (tmp_path / "desk.log").read_text(encoding="utf-8")
    assert root.handlers == before
