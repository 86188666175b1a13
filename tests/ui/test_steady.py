"""SteadyBox: a label's new text re-lays out the window only when it needs another size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
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
    assert box.width() > before or top.width() > before
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
