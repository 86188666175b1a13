"""Errors and outcomes are announced: set on an accessible widget (its name or description
carries the words) and handed to screen readers through ``ui/a11y.announce``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.a11y.walk import spoken
from wolkvox_desk.ui import a11y

Heard = list[tuple[QWidget, str]]


@pytest.fixture
def heard() -> Heard:
    said: Heard = []
    with a11y.listen(lambda widget, text: said.append((widget, text))):
        yield said


def test_a_phone_error_from_the_controller_is_on_the_field_and_announced(qtbot, desk, heard):
    w = desk.window
    w.show_field_error("phone", "That number is too short.")
    ((widget, text),) = heard
    assert text == "That number is too short."
    assert widget.isVisible() and widget.text() == text  # shown on the announcing label
    assert text in spoken(w.phone_edit())[1]  # and in the field's description
    assert w.phone_edit().hasFocus()


@pytest.mark.parametrize(
    ("field", "getter"), [("customer_name", "name_edit"), ("customer_id", "customer_id_edit")]
)
def test_a_customer_field_error_is_on_the_field_and_announced(qtbot, desk, heard, field, getter):
    w = desk.window
    w.show_field_error(field, "Only digits, please.")
    ((widget, text),) = heard
    assert text == "Only digits, please." and widget.isVisible()
    edit = getattr(w, getter)()
    assert "Only digits, please." in spoken(edit)[1]
    assert edit.hasFocus()
    edit.setText("1")  # editing clears it
    assert "Only digits" not in spoken(edit)[1]


def test_a_refusal_from_wolkvox_is_read_out_in_full(qtbot, desk, simulator, heard):
    simulator.inject("invalid_token")
    w = desk.window
    w.phone_edit().setText("3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Open Settings" in w.outcome_text())
    outcome = w.outcome_panel()
    said = [text for widget, text in heard if outcome.isAncestorOf(widget)]
    assert said == [w.outcome_text()]  # title, explanation, wolkvox's msg and the next step
    assert "wolkvox said" in said[0]
    assert spoken(outcome)[1] == w.outcome_text()


def test_a_success_is_announced_with_the_call_id(qtbot, desk, simulator, heard):
    w = desk.window
    w.phone_edit().setText("3001234567")
    qtbot.keyClick(w.phone_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Dial sent" in w.outcome_text())
    conn_id = w.outcome_panel().conn_id()
    assert any("Dial sent" in text and conn_id in text for _, text in heard)


def test_live_typing_problems_are_shown_but_not_shouted_on_every_key(qtbot, desk, heard):
    w = desk.window
    qtbot.keyClicks(w.phone_edit(), "30A")
    assert w.field_error_text("phone")  # shown under the field, in its description...
    assert w.field_error_text("phone") in spoken(w.phone_edit())[1]
    assert heard == []  # ...but only a controller's verdict interrupts the agent


def test_announcements_reach_qt_when_a_screen_reader_is_listening(qtbot, desk, heard):
    # With accessibility active, announce builds and sends Qt's real events without error.
    QAccessible.setActive(True)
    try:
        desk.window.show_failure("Refused", "Because.", "NO", "Try again.")
    finally:
        QAccessible.setActive(False)
    assert [text for _, text in heard][-1].startswith("Refused")


def test_empty_words_are_never_announced(qtbot, heard):
    widget = QWidget()
    qtbot.addWidget(widget)
    a11y.announce(widget, "")
    assert heard == []
