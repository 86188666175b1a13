"""tel:/callto: links into the running window, through the single-instance socket.

A link fills the form and waits: nothing reaches wolkvox until the agent presses Enter.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TEST_TOKEN, desk_context, open_desk
from wolkvox_desk.app import DeskApp, Mode
from wolkvox_desk.context import TOKEN_ENV, AppContext
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.qt.single_instance import InstanceServer, server_name

LINK = "tel:+573001234567"


@pytest.fixture
def running(qtbot, simulator):
    """The app as a first instance would run it: window, instance server, simulator."""
    ctx = desk_context(simulator.base_url, use_keyring=False)
    desk = open_desk(qtbot, ctx, show=False)
    server = InstanceServer(server_name(ctx.paths.runtime_dir), desk)
    assert server.listen()
    server.arguments_received.connect(desk.handle_arguments)
    desk.show()
    qtbot.waitUntil(lambda: desk.history_store is not None)
    yield desk
    server.close()
    desk.shutdown()


def _launch(*argv: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(Path(__file__).parents[2])
    return subprocess.Popen(
        [sys.executable, "-m", "wolkvox_desk", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_link_fills_the_running_window_and_waits_for_enter(qtbot, running, simulator):
    started = time.monotonic()
    proc = _launch(LINK)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    elapsed = time.monotonic() - started
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    print(f"\nlink launch exited 0 after {elapsed * 1000:.0f} ms")
    w = running.window
    qtbot.waitUntil(lambda: w.form_values()[0] == "+573001234567")
    assert "press Enter" in w.outcome_text()
    qtbot.wait(100)
    assert simulator.records() == [], "a link must never dial by itself"
    w.activateWindow()
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(simulator.records()) == 1 and not running.controller.busy)
    assert simulator.records()[0].params["customer_phone"] == "9573001234567"


def test_a_link_clears_the_customer_fields(running):
    running.window.fill_form("3001111111", "Old Customer", "99")
    running.handle_link("callto:+57 300 222 2222")
    assert running.window.form_values() == ("+573002222222", "", "")


def test_the_same_link_twice_fills_the_form_once(running):
    running.handle_link(LINK)
    running.window.phone_edit().setText("3009999999")  # the agent edits the number
    running.handle_link(LINK)  # a double click on the same link
    assert running.window.form_values()[0] == "3009999999"


def test_trusted_links_dial_at_once_when_it_configures_it(qtbot, running, simulator):
    running.ctx.settings_store.update({"links_dial_immediately": True})
    running.handle_link(LINK)
    qtbot.waitUntil(lambda: len(simulator.records()) == 1 and not running.controller.busy)


def test_a_launch_without_arguments_brings_the_window_back(qtbot, running):
    running.window.hide()
    proc = _launch()
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    proc.communicate()
    assert proc.returncode == 0
    qtbot.waitUntil(running.window.isVisible)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files only")
def test_a_stale_socket_left_by_a_crash_is_recovered(qapp):
    paths = AppPaths.from_env()
    paths.ensure()
    name = server_name(paths.runtime_dir)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # a socket file nobody listens on, as a killed instance leaves it
    stale.close()
    assert Path(name).exists()
    server = InstanceServer(name)
    try:
        assert server.listen()
    finally:
        server.close()


def test_no_socket_file_means_no_instance_to_forward_to(qapp, tmp_path):
    from wolkvox_desk.qt.single_instance import forward, forward_probe

    name = str(tmp_path / "instance.sock")
    assert not forward(name, [LINK])
    assert not forward_probe(name)


def test_a_window_that_lost_the_race_to_listen_hands_its_link_over_and_quits(
    qtbot, running, monkeypatch
):
    # A second window started while the first had painted but not yet listened.
    # (The winner runs in this thread, so it cannot answer a blocking forward: recorded.)
    exits: list[int] = []
    forwarded: list[tuple[str, list[str]]] = []
    monkeypatch.setattr("wolkvox_desk.app.QApplication.exit", exits.append)
    monkeypatch.setattr("wolkvox_desk.app.forward", lambda n, a: forwarded.append((n, a)) or True)
    name = server_name(running.ctx.paths.runtime_dir)
    late = DeskApp(Mode(ctx=running.ctx, isolated=True))
    qtbot.addWidget(late.window)
    late.listen_later(name, [LINK])
    late.show()
    qtbot.waitUntil(lambda: exits == [0])
    assert forwarded == [(name, [LINK])]
    assert late.history_panel is None  # it goes: nothing more is built
    late.shutdown()


def test_the_first_window_listens_once_ready(qtbot, monkeypatch, tmp_path):
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    ctx = AppContext(paths=paths, env={TOKEN_ENV: TEST_TOKEN}, use_policy=False, use_keyring=False)
    desk = DeskApp(Mode(ctx=ctx, isolated=True))
    qtbot.addWidget(desk.window)
    name = server_name(paths.runtime_dir)
    desk.listen_later(name, [])
    desk.show()
    qtbot.waitUntil(lambda: desk.history_panel is not None)
    launch = _launch_in(tmp_path, LINK)
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=10_000)
    _out, err = launch.communicate()
    assert launch.returncode == 0, err
    qtbot.waitUntil(lambda: desk.window.form_values()[0] == "+573001234567")
    desk.shutdown()


def _launch_in(home: Path, *argv: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QT_QPA_PLATFORM="offscreen", WOLKVOX_DESK_HOME=str(home))
    env["PYTHONPATH"] = str(Path(__file__).parents[2])
    return subprocess.Popen(
        [sys.executable, "-m", "wolkvox_desk", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
