"""The call panel in the real window, with the real controllers, worker thread and simulator
(issue 9): dial, tones, hold, hold, hang up, and what the simulator received.

Until app.py and main_window.py carry the wiring patch, :func:`wire_by_hand` builds the same
wiring next to the DeskApp (the patch's code, in a test); afterwards the fixture uses
``desk.calls`` and the window's own panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.conftest import desk_context, open_desk
from wolkvox_desk.app import DeskApp
from wolkvox_desk.call_controls import CallOptions
from wolkvox_desk.qt.call_controller import CallController
from wolkvox_desk.qt.request_ids import RequestIds
from wolkvox_desk.services.settings import KEYS
from wolkvox_desk.ui.call_panel import AgentStatusButton, CallPanel

CHOICES = {
    "aux_states": "7=Break; 8=Lunch",
    "disposition_codes": "5=Sale; 6=No answer",
    "disposition_codes_2": "12=Callback",
}
OPTIONS = CallOptions.parse(**CHOICES)


@dataclass
class CallDesk:
    desk: DeskApp
    calls: CallController
    panel: CallPanel
    status: AgentStatusButton


def wire_by_hand(desk: DeskApp) -> CallDesk:
    """What the app.py / main_window.py patch does, for a DeskApp without it."""
    window = desk.window
    assert desk.requests is not None
    # The dial controller still counts its ids from 1 by itself: keep ours far from them.
    calls = CallController(
        desk._send,
        ids=RequestIds(start=1_000_000),
        agent_id=lambda: desk.ctx.agent_id(),
        dial_plan=lambda: desk.ctx.settings.dial_plan,
    )
    worker = desk.requests.worker
    worker.request_finished.connect(calls.on_request_finished)
    worker.retrying.connect(calls.on_retrying)
    desk.controller.dial_started.connect(calls.on_dial_started)
    desk.controller.dial_succeeded.connect(calls.on_dial_succeeded)
    panel, status = CallPanel(window), AgentStatusButton(window)
    panel.set_options(OPTIONS)
    status.set_aux_states(OPTIONS.aux_states)
    panel.set_dial_plan(desk.ctx.settings.dial_plan)
    column = window.findChild(QWidget, "mainColumn")
    layout = column.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(window.outcome_panel()) + 1, panel)
    layout.insertWidget(0, status, 0, Qt.AlignmentFlag.AlignRight)
    pad = window.dial_pad()
    pad.key_pressed.disconnect(window._on_pad_key_pressed)
    pad.key_pressed.connect(
        lambda char: panel.take_pad_key(char) or window._on_pad_key_pressed(char)
    )
    panel.hang_requested.connect(calls.hang)
    panel.hold_requested.connect(calls.hold)
    panel.mute_requested.connect(calls.mute)
    panel.tones_requested.connect(calls.send_tones)
    panel.transfer_requested.connect(calls.transfer)
    panel.disposition_requested.connect(calls.hang_with_disposition)
    panel.dismissed.connect(calls.dismiss)
    status.status_requested.connect(calls.change_status)
    calls.call_opened.connect(panel.show_call)
    calls.call_changed.connect(panel.update_call)
    calls.call_closed.connect(lambda _reason: panel.close_call())
    calls.action_failed.connect(lambda _a, _e, words: panel.show_failure(*_words(words)))
    calls.notice.connect(panel.show_notice)
    calls.status_set.connect(status.show_status)
    return CallDesk(desk, calls, panel, status)


def _words(words) -> tuple[str, str, str, str]:
    return words.title, words.explanation, words.wolkvox_msg, words.next_step


@pytest.fixture
def call_desk(qtbot, simulator) -> Iterator[CallDesk]:
    settings: dict[str, object] = {}
    if "aux_states" in KEYS:  # the settings patch is in: the choices come from settings
        settings |= CHOICES
    app = open_desk(qtbot, desk_context(simulator.base_url, settings))
    if hasattr(app, "calls"):  # the wiring patch is in
        window = app.window
        yield CallDesk(app, app.calls, window.call_panel(), window.agent_status_button())
    else:
        yield wire_by_hand(app)
    app.shutdown()


def dial(qtbot, cd: CallDesk, phone: str = "3001234567") -> None:
    window = cd.desk.window
    window.phone_edit().setText(phone)
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cd.panel.is_active() and cd.panel.isVisible())


def idle(cd: CallDesk) -> bool:
    return not cd.calls.busy and not cd.desk.controller.busy


def sent(simulator) -> list[tuple[str, dict[str, str]]]:
    """(api, params other than api and agent_id) of every request, in order."""
    rows = []
    for rec in simulator.records():
        params = {k: v for k, v in rec.params.items() if k not in ("api", "agent_id")}
        assert rec.params["agent_id"] == "1001"
        rows.append((rec.params["api"], params))
    return rows


def test_dial_tones_hold_hold_hang_reach_wolkvox_in_that_order(qtbot, call_desk, simulator):
    cd = call_desk
    dial(qtbot, cd)
    pad = cd.desk.window.dial_pad()
    # One burst of presses: each control waits its turn, in order, one request at a time.
    for key in "123#":
        pad.key(key).click()
    cd.panel.hold_button().click()
    cd.panel.hold_button().click()
    cd.panel.hang_button().click()
    qtbot.waitUntil(lambda: not cd.panel.is_active() and idle(cd))
    assert sent(simulator) == [
        ("dial", {"customer_phone": "93001234567"}),
        ("dtmf", {"tones": "1"}),
        ("dtmf", {"tones": "2"}),
        ("dtmf", {"tones": "3"}),
        ("dtmf", {"tones": "#"}),
        ("hold", {}),
        ("hold", {}),
        ("hang", {}),
    ]
    assert simulator.max_in_flight() == 1
    agent = simulator.agent("1001")
    assert agent.call is None and agent.last_call is not None
    assert agent.last_call.tones == "123#" and not agent.last_call.on_hold
    # the tones never touched the phone field: it still holds the number for a new dial
    assert cd.desk.window.phone_edit().text() == "3001234567"
    assert not cd.panel.isVisible()


def test_the_panel_shows_what_it_knows_while_the_call_goes_on(qtbot, call_desk, simulator):
    cd = call_desk
    dial(qtbot, cd)
    view = cd.panel.view()
    assert view is not None and view.conn_id == simulator.agent("1001").call.conn_id
    assert "Hold: not used" in cd.panel.state_text()
    cd.panel.hold_button().click()
    qtbot.waitUntil(lambda: "Hold: on" in cd.panel.state_text())
    cd.desk.window.dial_pad().key("5").click()
    qtbot.waitUntil(lambda: "Tones: 5" in cd.panel.state_text())
    assert "Hold has been successful" not in cd.panel.message_text()


def type_keys(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def test_digits_typed_on_the_panel_are_tones_but_never_in_the_phone_field(
    qtbot, call_desk, simulator
):
    cd = call_desk
    dial(qtbot, cd)
    window = cd.desk.window
    window.phone_edit().clear()
    type_keys(window.phone_edit(), "3017654321")  # the next number, typed mid-call
    assert window.phone_edit().text() == "3017654321"
    type_keys(cd.panel, "4*")
    type_keys(cd.panel.hold_button(), "9")  # a focused panel button passes digits up
    qtbot.waitUntil(lambda: idle(cd) and len(simulator.records()) == 4)
    assert [p for api, p in sent(simulator) if api == "dtmf"] == [
        {"tones": "4"},
        {"tones": "*"},
        {"tones": "9"},
    ]
    assert window.phone_edit().text() == "3017654321"


def test_a_new_dial_closes_the_panel_and_drops_its_waiting_controls(qtbot, call_desk, simulator):
    cd = call_desk
    dial(qtbot, cd)
    simulator.pause()  # the first tone stays in flight
    for key in "12":
        cd.desk.window.dial_pad().key(key).click()
    assert simulator.wait_for_in_flight(1)
    dial_started = []
    cd.desk.controller.dial_started.connect(dial_started.append)
    cd.desk.window.phone_edit().setText("3017654321")
    qtbot.keyClick(cd.desk.window.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dial_started))
    assert not cd.panel.is_active()
    simulator.resume()
    qtbot.waitUntil(lambda: idle(cd) and cd.panel.is_active())  # the new call's panel
    assert [api for api, _ in sent(simulator)] == ["dial", "dtmf", "dial"]
    assert cd.panel.view().phone == "3017654321"


def test_after_dismissing_the_panel_the_pad_types_into_the_phone_field(qtbot, call_desk):
    cd = call_desk
    dial(qtbot, cd)
    cd.panel.dismiss_button().click()
    assert not cd.panel.isVisible() and cd.calls.call is None
    window = cd.desk.window
    window.phone_edit().clear()
    window.dial_pad().key("7").click()
    assert window.phone_edit().text() == "7"


def test_transfer_after_confirmation(qtbot, call_desk, simulator):
    cd = call_desk
    dial(qtbot, cd)
    cd.panel.transfer_button().click()
    dialog = cd.panel.transfer_dialog()
    assert dialog is not None
    dialog.target_edit().setText("+57 300 765 4321")
    assert dialog.preview_text() == "Will transfer the call to 9573007654321"
    dialog.accept_button().click()
    qtbot.waitUntil(lambda: not cd.panel.is_active() and idle(cd))
    assert sent(simulator)[-1] == ("transfer", {"customer_phone": "9573007654321"})


def test_hang_up_with_a_disposition_and_the_status_menu(qtbot, call_desk, simulator):
    cd = call_desk
    lunch = next(a for a in cd.status.status_actions() if a.data() == "8")
    lunch.trigger()
    qtbot.waitUntil(lambda: cd.status.text() == "Lunch")
    dial(qtbot, cd)
    assert cd.panel.disposition_button().isVisible()
    cd.panel.disposition_button().click()
    dialog = cd.panel.disposition_dialog()
    assert dialog is not None
    dialog.code_combo().setCurrentIndex(1)  # "No answer (6)"
    dialog.code_2_combo().setCurrentIndex(1)  # "Callback (12)"
    dialog.comments_edit().setText("Volver a llamar & confirmar")
    dialog.accept_button().click()
    qtbot.waitUntil(lambda: not cd.panel.is_active() and idle(cd))
    assert sent(simulator) == [
        ("change_status", {"status": "8"}),
        ("dial", {"customer_phone": "93001234567"}),
        (
            "hang_type_ready",
            {"cod_act": "6", "cod_act_2": "12", "comments": "Volver a llamar & confirmar"},
        ),
    ]
    assert cd.status.text() == "Ready"
    assert simulator.agent("1001").status == "ready"


def test_a_refused_control_is_explained_and_drops_the_ones_behind_it(qtbot, call_desk, simulator):
    cd = call_desk
    dial(qtbot, cd)
    simulator.inject("rejected", msg="THE AGENT HAS NO ACTIVE CALL")
    cd.panel.hold_button().click()
    for key in "12":
        cd.desk.window.dial_pad().key(key).click()
    qtbot.waitUntil(lambda: idle(cd) and "refused" in cd.panel.message_text())
    assert [api for api, _ in sent(simulator)] == ["dial", "hold"]
    words = cd.panel.message_text()
    assert 'wolkvox said: "THE AGENT HAS NO ACTIVE CALL"' in words
    assert "2 waiting call controls were not sent." in words
    assert cd.panel.is_active()  # the agent decides: try again, or close it


def test_a_quick_new_call_takes_the_panel_in_place_and_a_failed_dial_removes_it(
    qtbot, call_desk, simulator
):
    cd = call_desk
    dial(qtbot, cd)
    cd.panel._linger.setInterval(60_000)  # "quick", however slow this machine is today
    hidden: list[bool] = []
    cd.panel.active_changed.connect(lambda on: hidden.append(not on))
    dial(qtbot, cd, "3017654321")
    assert cd.panel.view().phone == "3017654321" and hidden == []
    simulator.inject("maintenance")
    window = cd.desk.window
    window.phone_edit().setText("3001112222")
    qtbot.keyClick(window.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(cd) and "maintenance" in window.outcome_text().lower())
    assert not cd.panel.isVisible() and not cd.panel.is_active() and hidden == [True]
