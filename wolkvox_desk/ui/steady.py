"""``SteadyBox``: a holder that keeps a label's new text from re-laying out the whole window.

``QLabel.setText`` always tells the layout above that the label may need a new size
(``updateGeometry``). Inside nested layouts that request climbs, one posted relayout per level,
up to the scrolled column: every word-wrapped label in it is measured again and the column is
repainted. A call ID or a dial's latency changes on every dial but almost never changes size,
and that climb was about a fifth of a dial's time (``make bench``, figure 2's stages).

A ``SteadyBox`` has no layout of its own, so the label's request stops at the box (Qt posts a
``LayoutRequest`` to a parent without a layout, and nothing more happens). The box then
compares the label's size hints with the last ones and passes the request up only when they
changed; it compares them again when it is shown, since Qt posts nothing to a hidden parent
(a text set while a panel above was hidden). It follows its label: it shows and hides with it,
gives it all of its room, and answers the layout with the label's own size hints and height for
width. The label stays an ordinary ``QLabel`` (text, selection, accessibility, tests that find
it by name).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

#: what the layout above knows of the label: size hint, minimum size hint, height for width
_Hints = tuple[QSize, QSize, int]


class SteadyBox(QWidget):
    """Holds one label; its geometry changes reach the layout only when its size changes."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        # before anything can send us an event (a resize reads the hints)
        self._hints: _Hints = (QSize(), QSize(), -1)
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self._hints = self._measure()
        label.installEventFilter(self)
        if label.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and label.isHidden():
            self.setVisible(False)  # a label hidden on purpose keeps its box hidden too

    def label(self) -> QLabel:
        return self._label

    # --- what the layout asks ------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return self._label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._label.heightForWidth(width)

    # --- events ----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:
            self._pass_on_if_changed()  # the label changed while we were on screen
            return True
        if kind == QEvent.Type.Show:
            # Qt posts no layout request to a hidden parent: a text set while a panel above
            # was hidden is only seen now, as the panel shows (before its first paint).
            self._pass_on_if_changed()
        return super().event(event)

    def _pass_on_if_changed(self) -> None:
        hints = self._measure()
        if hints != self._hints:
            self._hints = hints
            self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self._label and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.setVisible(kind == QEvent.Type.ShowToParent)
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._label.setGeometry(self.rect())
        # A relayout of the parent can come before the label's posted request (a sibling
        # shown in the same pass): if the label changed since the layout last heard of it,
        # say so now, or the request, measured after this, would look like no change.
        if self._measure(event.oldSize().width()) != self._hints:
            self.updateGeometry()
        self._hints = self._measure()  # the height for the new width
        super().resizeEvent(event)

    def _measure(self, width: int | None = None) -> _Hints:
        label = self._label
        width = self.width() if width is None else width
        height = label.heightForWidth(width) if label.hasHeightForWidth() else -1
        return (label.sizeHint(), label.minimumSizeHint(), height)
