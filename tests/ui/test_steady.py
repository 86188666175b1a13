"""SteadyBox: a label's new text re-lays out the window only when it needs another size."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wolkvox_desk.ui.steady import SteadyBox


class _LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.fixture
def window(qtbot: QtBot) -> tuple[QWidget, QLabel, SteadyBox]:
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Call ID 100001")
    box = SteadyBox(label, window)
    layout.addWidget(box)
    layout.addWidget(QLabel("below"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, label, box


def _settle() -> None:
    """Until the layout requests have all run (a SteadyBox passes one on a round later, and
    the app's paint, a low-priority event, only comes after every normal one)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_a_same_size_text_stops_at_the_box(window: tuple[QWidget, QLabel, SteadyBox]) -> None:
    top, label, box = window
    _settle()
    requests = _LayoutRequests(top)
    label.setText("Call ID 100002")  # the same digits' width: the same size
    _settle()
    assert requests.count == 0
    assert label.text() == "Call ID 100002"
    assert label.geometry() == box.rect()


def test_a_longer_text_grows_the_box_and_the_window_lays_out_again(
    window: tuple[QWidget, QLabel, SteadyBox],
) -> None:
    top, label, box = window
    _settle()
    before = box.width()
    requests = _LayoutRequests(top)
    label.setText("Call ID 100002 and a much longer tail that needs more room")
    _settle()
    assert requests.count >= 1
    assert box.sizeHint() == label.sizeHint()
    assert box.width() > before  # the layout gave the box room for the longer text
    assert label.geometry() == box.rect()  # the label keeps all of the box


def test_the_box_shows_and_hides_with_its_label(window: tuple[QWidget, QLabel, SteadyBox]) -> None:
    _, label, box = window
    label.setVisible(False)
    assert box.isHidden()
    label.setVisible(True)
    assert not box.isHidden() and box.isVisible() and label.isVisible()


def test_the_box_answers_with_its_labels_sizes(qtbot: QtBot) -> None:
    label = QLabel("a few words that wrap")
    label.setWordWrap(True)
    box = SteadyBox(label)
    qtbot.addWidget(box)
    assert box.hasHeightForWidth()
    assert box.heightForWidth(40) == label.heightForWidth(40)
    assert box.minimumSizeHint() == label.minimumSizeHint()


def test_a_text_set_while_a_panel_above_is_hidden_is_laid_out_when_it_shows(
    qtbot: QtBot,
) -> None:
    """Qt posts no layout request to a hidden parent (the outcome panel is hidden during a
    slow dial, and its texts are set before it shows again): nothing may stay clipped."""
    top = QWidget()
    top.resize(200, 300)
    outer = QVBoxLayout(top)
    panel = QWidget()
    inner = QVBoxLayout(panel)
    label = QLabel("Dial sent")
    label.setWordWrap(True)
    inner.addWidget(SteadyBox(label, panel))
    inner.addWidget(QLabel("under"))
    outer.addWidget(panel)
    outer.addStretch(1)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    _settle()
    panel.setVisible(False)
    _settle()
    label.setText("wolkvox refused the dial: the token is not valid for this server any more")
    panel.setVisible(True)
    _settle()
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()


def _panel_in_a_column(qtbot: QtBot, steady: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    from PySide6.QtWidgets import QScrollArea

    from wolkvox_desk.ui import outcome_panel

    if not steady:  # the same panel with its labels straight in the grid, as before
        monkeypatch.setattr(outcome_panel, "SteadyBox", lambda label, parent: label)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.resize(360, 500)
    column = QWidget()
    layout = QVBoxLayout(column)
    panel = outcome_panel.OutcomePanel(column)
    layout.addWidget(panel)
    layout.addWidget(QLabel("the history below"))
    layout.addStretch(1)
    area.setWidget(column)
    qtbot.addWidget(area)
    area.show()
    _settle()
    monkeypatch.undo()
    return area, panel


def _geometry(panel: Any) -> list[object]:
    shown = [panel.isVisible(), panel.size().toTuple()]
    for name in ("outcomeTitle", "outcomeConnId", "outcomeBody", "outcomeWolkvoxMessage"):
        label = panel.findChild(QLabel, name)
        if label.isVisible():
            shown.append((name, label.size().toTuple(), label.mapTo(panel, QPoint()).toTuple()))
    return shown


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_outcome_panel_lays_out_as_it_would_with_plain_labels(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """Random outcomes, notices, clears and window widths: every step, the panel and its
    labels have the geometry they would have without SteadyBox (the reviewer's check that
    found a title left at one line of three, when a sibling showed in the same pass)."""
    rng = random.Random(seed)
    steps: list[tuple[Any, ...]] = []
    for _ in range(40):
        kind = rng.randrange(5)
        if kind == 0:
            conn = "".join(rng.choice("0123456789.") for _ in range(rng.randrange(1, 40)))
            steps.append(("success", conn, "ok", rng.choice([None, 5, 87, 1234, 99999])))
        elif kind == 1:
            title = rng.choice(["Refused", "Could not reach wolkvox: the server refused it"])
            steps.append(("failure", title, "x " * rng.randrange(1, 30)))
        elif kind == 2:
            steps.append(("clear",))
        elif kind == 3:
            steps.append(("notice", "word " * rng.randrange(1, 25)))
        else:
            steps.append(("resize", rng.randrange(150, 600)))
    seen = {}
    for steady in (False, True):
        area, panel = _panel_in_a_column(qtbot, steady, monkeypatch)
        shapes = []
        for step in steps:
            if step[0] == "success":
                panel.show_success(*step[1:])
            elif step[0] == "failure":
                panel.show_failure(*step[1:])
            elif step[0] == "clear":
                panel.clear()
            elif step[0] == "notice":
                panel.show_notice(step[1])
            else:
                area.resize(step[1], 500)
            _settle()
            shapes.append(_geometry(panel))
        seen[steady] = shapes
    for index, (plain, boxed) in enumerate(zip(seen[False], seen[True], strict=True)):
        assert boxed == plain, f"step {index}: {steps[index]}"
