"""The inline outcome under the Dial button: success (with the ``conn_id`` and a copy button),
failure (plain words, wolkvox's ``msg`` verbatim, the next step, a Settings button when that is
where the fix is), or a neutral notice.

The box is painted from the current palette (a tinted background and an accent bar), so it
reads in light, dark and high-contrast themes; its meaning is also in words and an icon, never
colour alone. Every message is set on accessible labels and announced.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from wolkvox_desk.ui.icons import icon
from wolkvox_desk.ui.steady import SteadyBox
from wolkvox_desk.ui.style import (
    Tone,
    accent,
    announce,
    line_height,
    scaled_font,
    tinted_background,
)


class OutcomePanel(QFrame):
    """Shows one outcome at a time; hidden when there is none.

    Signals: ``conn_id_copied(conn_id)`` after the copy button put it on the clipboard, and
    ``settings_requested`` from the "Open Settings" button of a failure.
    """

    conn_id_copied = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        self.setAccessibleName(self.tr("Outcome"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._tone: Tone | None = None
        self._conn_id = ""
        unit = line_height(self)
        self._icon = QLabel(self)
        self._icon.setAccessibleName(self.tr("Outcome icon"))
        self._icon_size = round(unit * 1.4)
        self._icon.setFixedSize(QSize(self._icon_size, self._icon_size))
        self._title = self._label(
            "outcomeTitle", self.tr("Outcome"), self.tr("What happened to the last dial."), True
        )
        self._body = self._label(
            "outcomeBody", self.tr("Explanation"), self.tr("Why it happened, in plain words.")
        )
        self._wolkvox = self._label(
            "outcomeWolkvoxMessage",
            self.tr("wolkvox message"),
            self.tr("The message wolkvox sent, word for word."),
        )
        self._conn = self._label(
            "outcomeConnId",
            self.tr("Call ID"),
            self.tr("wolkvox's ID for the call (conn_id); the Copy button copies it."),
        )
        self._next = self._label(
            "outcomeNextStep", self.tr("Next step"), self.tr("What to do about it.")
        )
        self._copy = self._button("copyConnIdButton", self.tr("Copy"), "copy")
        self._copy.setAccessibleName(self.tr("Copy call ID"))
        self._copy.setAccessibleDescription(
            self.tr("Copies the call ID (conn_id) to the clipboard.")
        )
        self._copy.clicked.connect(self._on_copy_clicked)
        self._settings = self._button("openSettingsButton", self.tr("Open Settings"), "settings")
        self._settings.setAccessibleName(self.tr("Open Settings"))
        self._settings.setAccessibleDescription(self.tr("Opens the settings to fix this."))
        self._settings.clicked.connect(self.settings_requested)
        self._lay_out(unit)
        self.clear()

    # --- what the window calls --------------------------------------------------------

    def show_success(self, conn_id: str, msg: str, latency_ms: float | None) -> None:
        title = self.tr("Dial sent")
        if latency_ms is not None:
            title = self.tr("Dial sent in {ms} ms").format(ms=round(latency_ms))
        self._conn_id = conn_id
        self._copy.setText(self.tr("Copy"))
        self._show(
            Tone.SUCCESS,
            title,
            wolkvox=self._quoted(msg),
            conn=self.tr("Call ID {conn_id}").format(conn_id=conn_id) if conn_id else "",
            copy=bool(conn_id),
        )

    def show_failure(
        self,
        title: str,
        explanation: str,
        wolkvox_msg: str = "",
        next_step: str = "",
        *,
        opens_settings: bool = False,
    ) -> None:
        self._conn_id = ""
        self._show(
            Tone.ERROR,
            title,
            body=explanation,
            wolkvox=self._quoted(wolkvox_msg),
            next_step=next_step,
            settings=opens_settings,
        )

    def show_notice(self, words: str, tone: Tone = Tone.INFO) -> None:
        self._conn_id = ""
        self._show(tone, words)

    def clear(self) -> None:
        self._tone = None
        self._conn_id = ""
        for label in (self._title, self._body, self._wolkvox, self._conn, self._next):
            label.clear()
            label.setVisible(False)
        self._copy.setVisible(False)
        self._settings.setVisible(False)
        self.setVisible(False)

    # --- what tests and the window read ------------------------------------------------

    def tone(self) -> Tone | None:
        return self._tone

    def conn_id(self) -> str:
        return self._conn_id

    def text(self) -> str:
        """The visible words, one line per part; "" when nothing is shown."""
        if self._tone is None:
            return ""
        labels = (self._title, self._body, self._wolkvox, self._conn, self._next)
        return "\n".join(label.text() for label in labels if label.text())

    def copy_button(self) -> QPushButton:
        return self._copy

    def settings_button(self) -> QPushButton:
        return self._settings

    # --- painting and layout -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._tone is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        radius = line_height(self) / 3
        colour = accent(palette, self._tone)
        painter.setPen(colour)
        painter.setBrush(tinted_background(palette, self._tone))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), radius, radius)
        # a solid bar on the leading edge: the tone shows even for colour-blind eyes as shape
        bar = max(3, line_height(self) // 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        edge = self.rect().adjusted(0, 0, -1, -1)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            edge.setLeft(edge.right() - bar)
        else:
            edge.setWidth(bar)
        painter.drawRoundedRect(edge, radius / 2, radius / 2)
        painter.end()

    def _show(
        self,
        tone: Tone,
        title: str,
        *,
        body: str = "",
        wolkvox: str = "",
        conn: str = "",
        next_step: str = "",
        copy: bool = False,
        settings: bool = False,
    ) -> None:
        # Each visibility is set once, to its final value: hiding a button and showing it
        # again re-lays out the whole scrolled column (about 1 ms per dial).
        self._tone = tone
        self._icon.setPixmap(icon(str(tone)).pixmap(QSize(self._icon_size, self._icon_size)))
        parts = ((self._title, title), (self._body, body), (self._wolkvox, wolkvox))
        for label, words in (*parts, (self._conn, conn), (self._next, next_step)):
            label.setText(words)
            label.setVisible(bool(words))
        self._copy.setVisible(copy)
        self._settings.setVisible(settings)
        self.setAccessibleDescription(self.text())
        self.setVisible(True)
        self.update()
        announce(self._title, self.text())  # all of it: the title alone rarely says what to do

    def _quoted(self, msg: str) -> str:
        return self.tr('wolkvox said: "{msg}"').format(msg=msg) if msg else ""

    def _label(
        self, name: str, accessible_name: str, description: str, bold: bool = False
    ) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAccessibleName(accessible_name)
        label.setAccessibleDescription(description)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if bold:
            label.setFont(scaled_font(self.font(), 1.1, bold=True))
        return label

    def _button(self, name: str, words: str, icon_name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), words, self)
        button.setObjectName(name)
        button.setToolTip(words)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return button

    def _lay_out(self, unit: int) -> None:
        pad = max(4, unit // 2)
        bar = max(3, unit // 4)
        grid = QGridLayout(self)
        grid.setContentsMargins(pad + bar, pad, pad, pad)
        grid.setHorizontalSpacing(pad)
        grid.setVerticalSpacing(max(2, unit // 5))
        grid.addWidget(self._icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        # the buttons sit in their own column, so a long call ID or sentence never has to
        # share its line with one (that would force the window wider at large fonts)
        # The title (with the latency) and the call ID change on every dial: in a SteadyBox
        # their new text re-lays out the window only if it needs another size.
        grid.addWidget(SteadyBox(self._title, self), 0, 1)
        grid.addWidget(self._copy, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(SteadyBox(self._conn, self), 1, 1, 1, 2)
        grid.addWidget(self._body, 2, 1, 1, 2)
        grid.addWidget(self._wolkvox, 3, 1, 1, 2)
        grid.addWidget(self._next, 4, 1)
        grid.addWidget(self._settings, 4, 2, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)

    def _on_copy_clicked(self) -> None:
        if not self._conn_id:
            return
        QGuiApplication.clipboard().setText(self._conn_id)
        self._copy.setText(self.tr("Copied"))
        self.conn_id_copied.emit(self._conn_id)
