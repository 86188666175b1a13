"""The support bundle (``wolkvox_desk.diagnostics``): what IT needs is in it, and the token,
phone numbers and customer names are not, even when they are in the history and the log."""

from __future__ import annotations

import io
import json
import logging
import os
import platform
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import TEST_TOKEN
from tests.hardening.conftest import SimArena, configure, make_desk, run_cli, use_arena
from wolkvox_desk import __version__
from wolkvox_desk.context import AppContext
from wolkvox_desk.core.dialing import build_dial_request
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.diagnostics import (
    build_bundle,
    mask_log_line,
    mask_text,
    tail_log,
    write_bundle,
)
from wolkvox_desk.logs import SecretFilter

ROOT = Path(__file__).parents[2]
NAME = "Zebulon Quixote-Aldana"
CUSTOMER_ID = "86753091"
PHONE = "+57 300 765 4321"
PRIVATE = (
    TEST_TOKEN,
    "Zebulon",
    "Quixote",
    "Aldana",
    CUSTOMER_ID,
    "7654321",
    "765 4321",
    "573007654321",
)


def test_the_bundle_names_version_os_python_qt_keyring_and_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('dial_prefix = "9"\nlocked = ["dial_prefix"]\n', encoding="utf-8")
    monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(policy))
    configure({"server": "0042", "agent_id": "12964"})
    ctx = AppContext.from_env()

    bundle = build_bundle(ctx)

    assert f"version = wolkvox-desk {__version__}" in bundle
    assert f"python = {platform.python_version()}" in bundle
    assert platform.system() in bundle
    assert "keyring backend = keyring memory MemoryKeyring" in bundle
    from PySide6 import QtCore  # pytest-qt has loaded Qt: its runtime version is named

    assert f"qt = {QtCore.qVersion()}" in bundle
    assert "server = 0042  [user]" in bundle
    assert "dial_prefix = 9  [policy, locked by IT]" in bundle
    assert "agent_id = ***64  [user]" in bundle  # an extension can be a direct line
    assert "12964" not in bundle
    assert "token = not set" in bundle
    assert f"policy file = {policy}" in bundle
    assert "history file = " in bundle and "not read" in bundle


def test_the_bundle_says_where_the_token_comes_from_never_what_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    keyring.set_password("wolkvox-desk", "default", TEST_TOKEN)
    bundle = build_bundle(AppContext.from_env())
    assert "token = set (from keyring; value not shown)" in bundle
    monkeypatch.setenv("WOLKVOX_TOKEN", TEST_TOKEN)
    bundle = build_bundle(AppContext.from_env())
    assert "WOLKVOX_TOKEN = set (value not shown)" in bundle
    assert TEST_TOKEN not in bundle


def test_an_api_base_is_shown_only_once_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", "https://it-user:hunter2pass@proxy.example.com")
    bundle = build_bundle(AppContext.from_env())
    assert "hunter2pass" not in bundle and "it-user" not in bundle
    assert "WOLKVOX_DESK_API_BASE = set but refused (bad_api_base" in bundle
    monkeypatch.setenv("WOLKVOX_DESK_API_BASE", "http://127.0.0.1:8765/")
    assert "WOLKVOX_DESK_API_BASE = http://127.0.0.1:8765\n" in build_bundle(AppContext.from_env())


def test_settings_warnings_are_listed(tmp_path: Path) -> None:
    paths = configure()
    paths.settings_file.write_bytes(b"server = [")
    bundle = build_bundle(AppContext.from_env())
    assert "[warnings]" in bundle and "SettingsFileError broken_toml" in bundle


def _session_with_private_data(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> AppContext:
    """Dials that put the token, a phone, a customer name and ID in history and in the log."""
    import keyring

    arena = SimArena()
    use_arena(arena, monkeypatch)
    monkeypatch.delenv("WOLKVOX_TOKEN")  # the token comes from the keyring
    keyring.set_password("wolkvox-desk", "default", TEST_TOKEN)
    configure()
    argv = ["--debug", "dial", PHONE, "--name", NAME, "--customer-id", CUSTOMER_ID]
    assert run_cli(capsys, argv).code == 0
    desk = make_desk(qtbot)
    try:
        desk.window.fill_form(PHONE, NAME, CUSTOMER_ID)
        desk.window.dial_button().click()
        qtbot.waitUntil(lambda: desk.history_model.rowCount() == 2)
    finally:
        desk.shutdown()
        arena.close()
    # Lines a future developer might write while debugging: reprs, free text, a raw token.
    ctx = AppContext.from_env()
    from wolkvox_desk.logs import setup_logging, teardown_logging

    setup_logging(ctx.paths.log_file, debug=True, secrets=SecretFilter())  # knows no secret
    request = build_dial_request(PHONE, "1001", DialPlan(prefix="9"), CUSTOMER_ID, NAME)
    log = logging.getLogger("wolkvox_desk.debugging")
    log.info("request %r", request)
    log.info("params %s", {"customer_name": NAME, "customer_phone": request.phone_sent})
    log.info("calling 300 765 4321 for customer %s", json.dumps({"name": NAME}))
    log.info("header %s", {"wolkvox-token": TEST_TOKEN})
    log.info("stray token %s in free text", TEST_TOKEN)
    teardown_logging()
    return ctx


def test_the_bundle_never_holds_the_token_a_phone_or_a_customer_name(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = _session_with_private_data(qtbot, monkeypatch, capsys)
    log = ctx.paths.log_file.read_text(encoding="utf-8")
    history = ctx.paths.history_file.read_bytes()
    # Control: the private data really is in the log and in the history.
    for private in (TEST_TOKEN, "Zebulon", CUSTOMER_ID, "7654321"):
        assert private in log, private
    assert b"Zebulon" in history and CUSTOMER_ID.encode() in history

    bundle = build_bundle(ctx)

    leaks = [private for private in PRIVATE if private in bundle]
    assert leaks == []
    assert "Zebulon%20Quixote" not in bundle
    for line in bundle.split("[log:")[1].splitlines()[1:]:
        message = re.sub(r"^\S+ \S+ [A-Z]+ [\w.\-]+: ", "", line)  # time, level, logger
        assert not re.search(r"\d(?:[ .\-()/]{0,2}\d){5,}", message), line
    assert "agentbox api=dial ok" in bundle  # the log tail did make it in
    assert "customer_name=***" in bundle


def test_the_history_is_never_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    from wolkvox_desk.services import history

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bundle must not read the history")

    monkeypatch.setattr(history.HistoryStore, "open", refuse)
    configure()
    assert "[log:" in build_bundle(AppContext.from_env())


def test_a_headless_bundle_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from wolkvox_desk.context import AppContext;"
        "from wolkvox_desk.diagnostics import build_bundle;"
        "text = build_bundle(AppContext.from_env());"
        "print(json.dumps([text, 'PySide6.QtCore' in sys.modules]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX")}
    env.update(
        WOLKVOX_DESK_HOME=str(tmp_path),
        WOLKVOX_DESK_POLICY=os.environ["WOLKVOX_DESK_POLICY"],  # never the machine's policy
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", "import json;" + code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    text, qt_loaded = json.loads(done.stdout)
    assert not qt_loaded
    assert "qt = not loaded (PySide6 " in text


# --- masking -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("dialing 3001234567 now", "dialing ********67 now"),
        ("+57 (300) 123-4567", "+** (***) ***-**67"),
        ("\uff13\uff10\uff10\uff11\uff12\uff13\uff14", "*****\uff13\uff14"),
        (
            "?agent_id=1001&customer_phone=3001&customer_name=Jos%C3%A9%20P",
            "?agent_id=***&customer_phone=***&customer_name=***",
        ),
        (
            "CallRecord(phone_typed='300 1', customer_name='Ana \\'B\\'', id=3)",
            "CallRecord(phone_typed='***', customer_name='***', id=3)",
        ),
        ('{"customer_id": "1032", "msg": "ok"}', '{"customer_id": "***", "msg": "ok"}'),
        ("wolkvox-token: abc123", "wolkvox-token: ***"),
        (
            "opaque 0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b in text",
            "opaque *** in text",
        ),
        ("attempt 2 of 4 in 350 ms, Qt 6.11.3", "attempt 2 of 4 in 350 ms, Qt 6.11.3"),
        ("wolkvox_desk.services.agentbox", "wolkvox_desk.services.agentbox"),
    ],
)
def test_mask_text(line: str, expected: str) -> None:
    assert mask_text(line) == expected


def test_the_time_level_and_logger_of_a_log_line_are_kept() -> None:
    line = "2025-01-31 14:02:05,123 INFO wolkvox_desk.app: dialing 3001234567"
    assert (
        mask_log_line(line) == "2025-01-31 14:02:05,123 INFO wolkvox_desk.app: dialing ********67"
    )


digits = st.text("0123456789\uff10\u0665", min_size=6, max_size=15)
separators = st.sampled_from(["", " ", "-", ".", "(", ") ", "/", "\u00a0"])


@st.composite
def phone_in_text(draw: st.DrawFn) -> tuple[str, str]:
    number = draw(digits)
    parts = [draw(separators) + ch for ch in number]
    written = "".join(parts)
    before = draw(st.text(st.characters(exclude_categories=["Nd"]), max_size=20))
    after = draw(st.text(st.characters(exclude_categories=["Nd"]), max_size=20))
    return before + written + after, number


@settings(max_examples=200, deadline=None)
@given(case=phone_in_text())
def test_no_phone_number_survives_masking(case: tuple[str, str]) -> None:
    text, number = case
    masked = mask_text(text)
    assert len(re.findall(r"\d", masked)) <= 2, (text, masked)  # decimal digits of any script


@settings(max_examples=200, deadline=None)
@given(
    token=st.text("abcdefABCDEF0123456789-_", min_size=20, max_size=60).filter(
        lambda t: any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
    ),
    before=st.sampled_from(["", "token ", "x=", "[", "'", " "]),
)
def test_no_token_like_string_survives_masking(token: str, before: str) -> None:
    assert token not in mask_text(f"{before}{token} end")


# --- the log tail and the file -------------------------------------------------------------------


def test_the_tail_reaches_into_rotated_logs(tmp_path: Path) -> None:
    log = tmp_path / "wolkvox-desk.log"
    Path(f"{log}.1").write_text("".join(f"old {i}\n" for i in range(50)), encoding="utf-8")
    log.write_text("new 0\nnew 1\n", encoding="utf-8")
    assert tail_log(log, 4) == ["old 48", "old 49", "new 0", "new 1"]
    assert tail_log(log, 1) == ["new 1"]
    assert tail_log(tmp_path / "missing.log", 10) == []


def test_the_bundle_file_is_user_only_even_when_it_existed(tmp_path: Path) -> None:
    target = tmp_path / "bundle.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    old = os.umask(0)
    try:
        write_bundle(target, "new bundle")
        fresh = tmp_path / "fresh.txt"
        write_bundle(fresh, "x")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "new bundle"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


# --- the front doors (after patches A and B) -----------------------------------------------------


def test_diagnose_prints_the_bundle_or_writes_it_user_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure()
    run = run_cli(capsys, ["diagnose"])
    assert run.code == 0 and run.out.startswith("wolkvox-desk diagnostics")
    target = tmp_path / "out" / "bundle.txt"
    target.parent.mkdir()
    run = run_cli(capsys, ["diagnose", "--output", str(target)])
    assert run.code == 0 and str(target) in run.out + run.err
    assert target.read_text(encoding="utf-8").startswith("wolkvox-desk diagnostics")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    run = run_cli(capsys, ["diagnose", "--output", str(tmp_path / "no" / "such" / "dir" / "x")])
    assert run.code == 2 and "Traceback" not in run.err


def test_copy_diagnostics_puts_the_bundle_on_the_clipboard(qtbot: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    configure()
    QGuiApplication.clipboard().setText("")
    desk = make_desk(qtbot)
    try:
        desk.window.diagnostics_action().trigger()
        qtbot.waitUntil(lambda: "diagnostics" in QGuiApplication.clipboard().text())
        text = QGuiApplication.clipboard().text()
        assert text.startswith("wolkvox-desk diagnostics") and "[settings]" in text
        assert "clipboard" in desk.window.outcome_text()
    finally:
        desk.shutdown()


def test_stdin_token_is_registered_before_any_log_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`token set` reads stdin; nothing it logs (with --debug) may hold the token."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEST_TOKEN + "\n"))
    run = run_cli(capsys, ["--debug", "token", "set"])
    assert run.code == 0
    log = AppContext.from_env().paths.log_file.read_text(encoding="utf-8")
    assert "token saved" in log and TEST_TOKEN not in log + run.out + run.err
