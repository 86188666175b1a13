"""The call panel, its dialogs and the agent status button on their own: what they show and
the intents they emit (no controller, no network)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wolkvox_desk.call_controls import CallAction, CallOptions, Toggle
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.qt.call_controller import CallView
from wolkvox_desk.ui.call_panel import AgentStatusButton, CallPanel

VIEW = CallView(
    conn_id="12435.5995.1773842603.99094",
    phone="300 123 4567",
    phone_sent="93001234567",
    agent_id="1001",
)
OPTIONS = CallOptions.parse("7=Break; 8=Lunch", "5=Sale; 6=No answer", "12=Callback")


class Intents:
    """Everything the panel emits, in order."""

    def __init__(self, panel: CallPanel) -> None:
        self.events: list[tuple[object, ...]] = []
        panel.hang_requested.connect(lambda: self.events.append(("hang",)))
        panel.hold_requested.connect(lambda: self.events.append(("hold",)))
        panel.mute_requested.connect(lambda: self.events.append(("mute",)))
        panel.tones_requested.connect(lambda t: self.events.append(("tones", t)))
        panel.transfer_requested.connect(lambda t, ext: self.events.append(("transfer", t, ext)))
        panel.disposition_requested.connect(lambda *v: self.events.append(("dispose", *v)))
        panel.dismissed.connect(lambda: self.events.append(("dismissed",)))
        panel.active_changed.connect(lambda on: self.events.append(("active", on)))


@pytest.fixture
def panel(qtbot: QtBot) -> CallPanel:
    widget = CallPanel()
    qtbot.addWidget(widget)
    return widget


def press(widget, text: str, *, autorepeat: bool = False) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(
            kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text, autorepeat
        )
        QApplication.sendEvent(widget, event)


def test_hidden_until_a_call_opens_and_hidden_again_when_it_closes(panel: CallPanel) -> None:
    intents = Intents(panel)
    assert not panel.isVisibleTo(None) and not panel.is_active()
    panel.show_call(VIEW)
    assert panel.isVisibleTo(None) and panel.is_active()
    panel.update_call(replace(VIEW, hold=Toggle.TOGGLED, hold_presses=1))
    panel.close_call()
    assert not panel.isVisibleTo(None) and not panel.is_active()
    panel.close_call()  # closing twice says nothing twice
    assert intents.events == [("active", True), ("active", False)]


def test_the_buttons_emit_their_intents(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    intents = Intents(panel)
    for button in (panel.hang_button(), panel.hold_button(), panel.mute_button()):
        button.click()
    panel.dismiss_button().click()
    assert intents.events == [("hang",), ("hold",), ("mute",), ("dismissed",)]


def test_pad_keys_are_tones_only_while_a_call_is_open(panel: CallPanel) -> None:
    intents = Intents(panel)
    assert panel.take_pad_key("5") is False  # no call: the phone field gets it
    panel.show_call(VIEW)
    intents.events.clear()
    assert [panel.take_pad_key(c) for c in "5*#0"] == [True] * 4
    assert panel.take_pad_key("+") is True  # swallowed: '+' is no tone
    assert intents.events == [("tones", "5"), ("tones", "*"), ("tones", "#"), ("tones", "0")]


def test_typed_digits_on_the_panel_are_tones_but_held_keys_and_letters_are_not(
    panel: CallPanel,
) -> None:
    press(panel, "1")
    panel.show_call(VIEW)
    intents = Intents(panel)
    press(panel, "2")
    press(panel, "2", autorepeat=True)
    press(panel, "a")
    press(panel.mute_button(), "#")
    assert intents.events == [("tones", "2"), ("tones", "#")]


def test_toggles_say_toggled_unless_the_answer_said_more(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    assert panel.state_text() == "Hold: not used · Mute: not used"
    panel.update_call(replace(VIEW, hold=Toggle.TOGGLED, hold_presses=1))
    assert panel.state_text().startswith("Hold: toggled ·")
    panel.update_call(replace(VIEW, hold=Toggle.TOGGLED, hold_presses=2, mute=Toggle.ON))
    assert panel.state_text() == "Hold: toggled 2 times · Mute: on"
    panel.update_call(replace(VIEW, hold=Toggle.OFF, tones_sent="12", tones_waiting="3#"))
    assert panel.state_text() == "Hold: off · Mute: not used · Tones: 12 (sending 3#)"


def test_progress_names_the_control_in_flight_and_the_queue(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    assert panel.progress_text() == ""
    panel.update_call(replace(VIEW, sending=CallAction.HOLD, waiting=2))
    assert panel.progress_text() == "Sending Hold… 2 more waiting."
    panel.update_call(replace(VIEW, sending=CallAction.DTMF, retrying=True))
    assert panel.progress_text() == "Line busy, retrying Tones…"
    panel.update_call(replace(VIEW, sending=CallAction.DTMF, retrying=True, unreachable=True))
    assert panel.progress_text() == "Could not reach wolkvox, retrying Tones…"


def test_while_the_call_is_ending_nothing_more_can_be_sent(panel: CallPanel) -> None:
    panel.set_options(OPTIONS)
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.update_call(replace(VIEW, ending=True, sending=CallAction.HANG))
    buttons = (panel.hang_button(), panel.hold_button(), panel.mute_button())
    assert not any(b.isEnabled() for b in (*buttons, panel.transfer_button()))
    assert not panel.disposition_button().isEnabled()
    assert panel.hang_button().text() == "Hanging up…"
    panel.take_pad_key("1")
    press(panel, "2")
    assert intents.events == []


def test_the_disposition_button_shows_only_with_configured_codes(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    assert not panel.disposition_button().isVisibleTo(panel)
    panel.set_options(OPTIONS)
    assert panel.disposition_button().isVisibleTo(panel)


def test_failures_show_wolkvox_words_verbatim(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    panel.show_failure("Hold: refused by wolkvox", "wolkvox did not do it.", "NO CALL", "Check")
    assert panel.message_text() == (
        'Hold: refused by wolkvox\nwolkvox did not do it.\nwolkvox said: "NO CALL"\nCheck'
    )
    panel.show_call(VIEW)  # a new call starts clean
    assert panel.message_text() == ""


def test_transfer_asks_first_and_shows_the_digits_it_will_send(panel: CallPanel) -> None:
    panel.set_dial_plan(DialPlan(prefix="9"))
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.transfer_button().click()
    dialog = panel.transfer_dialog()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.accept_button().isEnabled()
    dialog.target_edit().setText("300-ABC")
    assert not dialog.accept_button().isEnabled() and "letters" in dialog.preview_text()
    dialog.target_edit().setText("+57 300 765 4321")
    assert dialog.preview_text() == "Will transfer the call to 9573007654321"
    dialog.extension_button().setChecked(True)
    assert not dialog.accept_button().isEnabled()  # an extension has no '+' or spaces
    dialog.target_edit().setText("2002")
    assert dialog.preview_text() == "Will transfer the call to 2002"
    assert intents.events == []  # nothing until confirmed
    dialog.accept_button().click()
    assert intents.events == [("transfer", "2002", True)]
    assert panel.transfer_dialog() is None


def test_cancelling_the_transfer_sends_nothing(panel: CallPanel) -> None:
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.transfer_button().click()
    dialog = panel.transfer_dialog()
    assert dialog is not None
    dialog.target_edit().setText("2002")
    dialog.reject()
    assert intents.events == [] and panel.transfer_dialog() is None


def test_closing_the_call_closes_its_dialogs(panel: CallPanel) -> None:
    panel.set_options(OPTIONS)
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.transfer_button().click()
    dialog = panel.transfer_dialog()
    assert dialog is not None
    dialog.target_edit().setText("2002")
    panel.close_call()
    assert panel.transfer_dialog() is None
    assert intents.events == [("active", False)]


def test_disposition_dialog_sends_the_codes_and_comment(panel: CallPanel) -> None:
    panel.set_options(OPTIONS)
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.disposition_button().click()
    dialog = panel.disposition_dialog()
    assert dialog is not None
    codes = [dialog.code_combo().itemText(i) for i in range(dialog.code_combo().count())]
    assert codes == ["Sale (5)", "No answer (6)"]
    assert dialog.values() == ("5", "", "")  # the second code is optional
    dialog.code_combo().setCurrentIndex(1)
    dialog.code_2_combo().setCurrentIndex(1)
    dialog.comments_edit().setText("Llamar mañana")
    dialog.accept_button().click()
    assert intents.events == [("dispose", "6", "12", "Llamar mañana")]


def test_status_menu_lists_ready_aux_states_and_logout(qtbot: QtBot) -> None:
    button = AgentStatusButton()
    qtbot.addWidget(button)
    assert [a.data() for a in button.status_actions()] == ["ready", "logout"]
    button.set_aux_states(OPTIONS.aux_states)
    actions = button.status_actions()
    assert [(a.data(), a.text()) for a in actions] == [
        ("ready", "Ready"),
        ("7", "Break"),
        ("8", "Lunch"),
        ("logout", "Logout"),
    ]
    asked: list[str] = []
    button.status_requested.connect(asked.append)
    actions[1].trigger()
    actions[3].trigger()
    assert asked == ["7", "logout"]
    assert button.text() == "Status"  # nothing is shown until wolkvox accepts
    button.show_status("7")
    assert button.text() == "Break" and "Break" in button.accessibleDescription()
    button.show_status("99")
    assert button.text() == "99"
    button.show_status("logout")
    assert button.text() == "Logged out"


def test_a_panel_closed_by_a_new_dial_lingers_and_the_next_call_takes_its_place(
    panel: CallPanel,
) -> None:
    panel.set_options(OPTIONS)
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.close_call(linger=True)
    # Closed at once: inert, and pad keys go to the phone field...
    assert not panel.is_active() and panel.is_lingering()
    assert not panel.take_pad_key("5")
    panel.transfer_button().click()
    panel.disposition_button().click()
    assert panel.transfer_dialog() is None and panel.disposition_dialog() is None
    # ...but still on screen, and the pad keeps its look until the panel leaves.
    assert panel.isVisibleTo(None) and intents.events == []
    second = replace(VIEW, conn_id="12435.5995.1773842604.11111", phone="601 555 0101")
    panel.show_call(second)
    assert panel.is_active() and not panel.is_lingering() and panel.isVisibleTo(None)
    assert panel.view() == second and intents.events == []


def test_a_lingering_panel_leaves_when_no_call_comes(qtbot: QtBot, panel: CallPanel) -> None:
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.close_call(linger=True)
    qtbot.waitUntil(lambda: not panel.isVisibleTo(None))
    assert not panel.is_lingering() and intents.events == [("active", False)]


@pytest.mark.parametrize("how", ["closed", "dismissed"])
def test_a_lingering_panel_can_be_sent_away_at_once(panel: CallPanel, how: str) -> None:
    panel.show_call(VIEW)
    intents = Intents(panel)
    panel.close_call(linger=True)
    if how == "closed":
        panel.close_call()  # e.g. the new dial failed: no call will take its place
    else:
        panel.dismiss_button().click()
    assert not panel.isVisibleTo(None) and not panel.is_lingering()
    assert intents.events == [("active", False)]  # no "dismissed": there is no call


def test_only_an_open_call_lingers(panel: CallPanel) -> None:
    intents = Intents(panel)
    panel.close_call(linger=True)  # no call was open: nothing lingers
    assert not panel.isVisibleTo(None) and not panel.is_lingering()
    assert intents.events == []
