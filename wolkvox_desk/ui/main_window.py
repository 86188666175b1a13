"""The main window: lays out the panels, owns the keyboard rules, and forwards intents.

It never calls a service. The controller listens to ``dial_requested`` and friends and drives
the window through the small public API below (``set_busy``, ``show_success``...). The rules
that keep an agent from double-dialling live here: Enter and Dial do nothing while busy, and a
held Enter key (auto-repeat) never dials. The controller must call ``set_busy(True)`` from a
directly connected slot, so that a second click in the same burst already finds it busy.

Layout, top to bottom: header (profile, status, settings, banner), phone field and preview,
customer fields, dial pad, Dial button with its progress bar, outcome, call panel, history
section. The whole column sits in a scroll area, so at 200% scale or with huge fonts nothing is
cut off.

While the call panel is open the dial pad's keys are DTMF tones for the call (the panel takes
them); the phone field never is, so a new dial is always possible. Ctrl+T moves the focus to
the panel, where typed digits are tones too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk import APP_DISPLAY_NAME
from wolkvox_desk.call_controls import CallOptions
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.ui.call_panel import AgentStatusButton, CallPanel
from wolkvox_desk.ui.customer_form import CustomerForm
from wolkvox_desk.ui.dial_pad import DialPad
from wolkvox_desk.ui.header import Header
from wolkvox_desk.ui.icons import icon, icon_in
from wolkvox_desk.ui.outcome_panel import OutcomePanel
from wolkvox_desk.ui.phone_panel import PhoneEdit, PhonePanel
from wolkvox_desk.ui.style import Tone, line_height, primary_button_colour, scaled_font

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DialButton(QPushButton):
    """The big Dial button: drawn in the palette's highlight colours while it can dial, in
    plain button colours while busy, with a focus ring that shows on either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialButton")
        self._busy = False
        self._painting = False
        self.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.setIcon(icon("dial"))
        unit = line_height(self)
        self.setIconSize(QSize(unit, unit))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), round(line_height(self) * 2.1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        # QPushButton paints itself with the option from initStyleOption (a virtual, see
        # below): drawing the control here would need the QStyle class, which PySide builds
        # on first use at about 10 ms of start-up.
        self._painting = True
        try:
            super().paintEvent(event)
        finally:
            self._painting = False
        if self.hasFocus():
            primary = self._primary()
            palette = self._primary_palette() if primary else self.palette()
            painter = QPainter(self)
            self._paint_focus_ring(painter, palette, primary)
            painter.end()

    def initStyleOption(self, option: QStyleOptionButton) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option)
        if self._painting and self._primary():
            palette = self._primary_palette(option.palette)
            option.palette = palette
            option.icon = icon_in("dial", palette.color(QPalette.ColorRole.HighlightedText))

    def _primary(self) -> bool:
        return not self._busy and self.isEnabled()

    def _primary_palette(self, base: QPalette | None = None) -> QPalette:
        """Highlight colours for a Dial that can dial."""
        palette = QPalette(self.palette() if base is None else base)
        palette.setColor(QPalette.ColorRole.Button, primary_button_colour(palette))
        highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        palette.setColor(QPalette.ColorRole.ButtonText, highlighted_text)
        return palette

    def _paint_focus_ring(self, painter: QPainter, palette: QPalette, primary: bool) -> None:
        # the style's own ring is drawn in the highlight colour, invisible on a highlight button
        role = QPalette.ColorRole.HighlightedText if primary else QPalette.ColorRole.Highlight
        pen = painter.pen()
        pen.setColor(palette.color(role))
        pen.setWidth(max(2, line_height(self) // 8))
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = max(4, line_height(self) // 4)
        radius = line_height(self) / 4
        painter.drawRoundedRect(self.rect().adjusted(inset, inset, -inset, -inset), radius, radius)


class _Column(QWidget):
    """The scrolled column. QScrollArea grows a height-for-width widget to its *preferred*
    height (so it would scroll instead of letting the history shrink); answering with the
    *minimum* height for the width makes it scroll only when the window is truly too small."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


#: a dial answered faster than this never shows the busy look (a flash, and a wasted repaint)
BUSY_LOOK_DELAY_MS = 120


class MainWindow(QMainWindow):
    """The dialer window. See the module docstring for the rules it keeps."""

    dial_requested = Signal(str, str, str)  # phone as typed, customer name, customer ID
    settings_requested = Signal()
    #: Help > Copy diagnostics (the app builds the bundle and puts it on the clipboard)
    diagnostics_requested = Signal()
    #: Tools > Test extensions… (the app opens the extension tester)
    extension_tester_requested = Signal()
    conn_id_copied = Signal(str)
    form_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(icon("wolkvox-desk"))
        self._busy = False
        self._busy_shown = False
        self._busy_text = ""
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_LOOK_DELAY_MS)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)
        self._history_panel: QWidget | None = None
        self._build()
        self._connect()
        self._install_keyboard()
        unit = line_height(self)
        self.setMinimumSize(QSize(unit * 16, unit * 22))
        self.resize(QSize(max(360, unit * 22), max(560, unit * 34)))
        self._show_busy_look(False)
        self.focus_phone()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self._header = Header(self)
        # created right after the header, so it follows Settings in the Tab order
        self._agent_status = AgentStatusButton(self)
        self._header.set_agent_status(self._agent_status)
        self._phone = PhonePanel(self)
        self._form = CustomerForm(self)
        self._pad = DialPad(self)
        self._dial = DialButton(self)
        self._progress = self._make_progress()
        self._outcome = OutcomePanel(self)
        self._call = CallPanel(self)
        self._history_box = QWidget(self)
        self._history_box.setObjectName("historyBox")
        self._history_layout = QVBoxLayout(self._history_box)
        self._history_layout.setContentsMargins(0, 0, 0, 0)
        self._history_box.setVisible(False)
        self._lay_out()
        self._build_menu()
        self._describe()

    def _build_menu(self) -> None:
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tester = tools_menu.addAction(self.tr("&Test extensions…"))
        tester.setObjectName("extensionTesterAction")
        tester.setStatusTip(self.tr("Dials a test number from many extensions, one after another."))
        tester.triggered.connect(self.extension_tester_requested)
        self._extension_tester_action = tester
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action = help_menu.addAction(self.tr("Copy &diagnostics"))
        action.setObjectName("copyDiagnosticsAction")
        action.setStatusTip(
            self.tr("Copies a report for IT support; it holds no phone numbers, names or token.")
        )
        action.triggered.connect(self.diagnostics_requested)
        self._diagnostics_action = action

    def _make_progress(self) -> QProgressBar:
        progress = QProgressBar(self)
        progress.setObjectName("dialProgress")
        progress.setRange(0, 0)  # indeterminate: we cannot know how long wolkvox takes
        progress.setTextVisible(False)
        progress.setMaximumHeight(max(4, line_height(self) // 3))
        progress.setAccessibleName(self.tr("Dial in progress"))
        policy = progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the window does not jump when it appears
        progress.setSizePolicy(policy)
        return progress

    def _lay_out(self) -> None:
        unit = line_height(self)
        column = _Column(self)
        column.setObjectName("mainColumn")
        layout = QVBoxLayout(column)
        margin = max(6, round(unit * 0.7))
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(max(4, unit // 3))
        layout.addWidget(self._header)
        layout.addWidget(self._phone)
        layout.addWidget(self._form)
        layout.addWidget(self._pad)
        dial_box = QVBoxLayout()
        dial_box.setSpacing(max(2, unit // 5))
        dial_box.addWidget(self._dial)
        dial_box.addWidget(self._progress)
        layout.addLayout(dial_box)
        layout.addWidget(self._outcome)
        layout.addWidget(self._call)
        layout.addWidget(self._history_box, 1)
        layout.addStretch(0)  # takes the spare height while there is no history to show
        self._column = column
        scroll = QScrollArea(self)
        scroll.setObjectName("mainScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; it follows the focus
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(column)
        self.setCentralWidget(scroll)

    def _describe(self) -> None:
        self._dial.setAccessibleName(self.tr("Dial"))
        self._dial.setToolTip(self.tr("Dial the number (Enter)"))
        self._column.setAccessibleName(self.tr("Dialer"))
        self.setAccessibleName(APP_DISPLAY_NAME)
        self.setAccessibleDescription(
            self.tr("Type a number and press Enter to have wolkvox Agent call it.")
        )
        edits = (self._phone.edit(), self._form.name_edit(), self._form.id_edit())
        QWidget.setTabOrder(edits[0], edits[1])
        QWidget.setTabOrder(edits[1], edits[2])
        QWidget.setTabOrder(edits[2], self._dial)
        QWidget.setTabOrder(self._dial, self._outcome.copy_button())
        QWidget.setTabOrder(self._outcome.copy_button(), self._outcome.settings_button())
        QWidget.setTabOrder(self._outcome.settings_button(), self._call)

    def _connect(self) -> None:
        self._header.settings_requested.connect(self.settings_requested)
        self._outcome.settings_requested.connect(self.settings_requested)
        self._outcome.conn_id_copied.connect(self.conn_id_copied)
        self._dial.clicked.connect(self._on_dial_clicked)
        self._pad.key_pressed.connect(self._on_pad_key_pressed)
        self._pad.backspace_pressed.connect(self._on_pad_backspace_pressed)
        self._pad.clear_pressed.connect(self._on_pad_clear_pressed)
        self._call.active_changed.connect(self._pad.set_tone_mode)

    def _install_keyboard(self) -> None:
        # Enter is caught on the form's own widgets (not window-wide), so the history panel
        # keeps Enter for "fill the form"; the filter also sees auto-repeat, which a
        # returnPressed signal would not tell apart.
        for widget in self._enter_widgets():
            widget.installEventFilter(self)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self._on_escape_shortcut)
        self._shortcut(QKeySequence("Ctrl+L"), self.focus_phone)
        self._shortcut(QKeySequence("Ctrl+F"), self._on_search_shortcut)
        self._shortcut(QKeySequence("Ctrl+,"), self.settings_requested.emit)
        self._shortcut(QKeySequence("Ctrl+T"), self.focus_call_panel)

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        return shortcut

    def _enter_widgets(self) -> tuple[QWidget, ...]:
        return (self._phone.edit(), self._form.name_edit(), self._form.id_edit(), self._dial)

    # --- public API (the controller's) -------------------------------------------------

    def set_history_panel(self, panel: QWidget) -> None:
        """Put the history panel under the outcome; it takes the height the dialer leaves."""
        if self._history_panel is not None:
            self._history_layout.removeWidget(self._history_panel)
            self._history_panel.setParent(None)
        self._history_panel = panel
        self._history_layout.addWidget(panel)
        self._history_box.setVisible(True)
        QWidget.setTabOrder(self._call.last_focus_widget(), panel)

    def history_panel(self) -> QWidget | None:
        return self._history_panel

    def set_profile(self, server: str, agent_id: str) -> None:
        self._header.set_profile(server, agent_id)

    def set_status(self, text: str) -> None:
        self._header.set_status(text)

    def set_banner(self, text: str | None) -> None:
        self._header.set_banner(text)

    def set_dial_plan(self, plan: DialPlan) -> None:
        self._phone.set_dial_plan(plan)
        self._call.set_dial_plan(plan)  # a transfer to a number goes through it too

    def set_call_options(self, options: CallOptions) -> None:
        """Auxiliary states for the status menu, disposition codes for the call panel."""
        self._call.set_options(options)
        self._agent_status.set_aux_states(options.aux_states)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While busy, Dial and Enter do nothing; the form stays editable.

        The refusal is immediate; the busy *look* (button text, progress bar, old outcome
        cleared) waits ``BUSY_LOOK_DELAY_MS``: most answers arrive before that, and painting a
        state that is gone a few milliseconds later only delays the answer.
        """
        self._busy = busy
        self._busy_text = text
        if busy and not self._busy_shown:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        if busy or self._busy_shown:  # an answer before the busy look: nothing to repaint
            self._show_busy_look(busy)

    def _on_busy_timer_timeout(self) -> None:
        self._show_busy_look(True)

    def _show_busy_look(self, busy: bool) -> None:
        self._busy_shown = busy
        self._dial.set_busy(busy)
        self._progress.setVisible(busy)
        if busy:
            self._outcome.clear()
            words = self._busy_text or self.tr("Dialing…")
            self._dial.setText(words)
            self._dial.setAccessibleDescription(
                self.tr("{state} Wait for the outcome before dialing again.").format(state=words)
            )
        else:
            self._dial.setText(self.tr("Dial"))
            self._dial.setAccessibleDescription(
                self.tr(
                    "Sends the number to wolkvox Agent, which places the call. Shortcut: Enter."
                )
            )

    def is_busy(self) -> bool:
        return self._busy

    def show_success(self, conn_id: str, msg: str, latency_ms: float | None) -> None:
        self._outcome.show_success(conn_id, msg, latency_ms)

    def show_failure(
        self,
        title: str,
        explanation: str,
        wolkvox_msg: str = "",
        next_step: str = "",
        *,
        opens_settings: bool | None = None,
    ) -> None:
        """Plain words, wolkvox's msg verbatim, and the next step. ``opens_settings`` adds an
        "Open Settings" button; when None, it is added if the next step mentions Settings."""
        if opens_settings is None:
            settings_words = {"settings", self.tr("Settings").casefold()}
            opens_settings = any(word in next_step.casefold() for word in settings_words)
        self._outcome.show_failure(
            title, explanation, wolkvox_msg, next_step, opens_settings=opens_settings
        )

    def show_notice(self, text: str) -> None:
        self._outcome.show_notice(text, Tone.INFO)

    def clear_outcome(self) -> None:
        self._outcome.clear()

    def show_field_error(self, field: str, text: str) -> None:
        """Show ``text`` next to ``field`` ("phone", "customer_name" or "customer_id"), move
        the focus there, and announce it. Editing the field clears it."""
        if field == "phone":
            self._phone.show_error(text)
            self._phone.edit().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._form.show_error(field, text)
        target = self._form.name_edit() if field == "customer_name" else self._form.id_edit()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_form(self, phone: str, name: str = "", customer_id: str = "") -> None:
        """Fill the form (redial, link, tray); the agent still has to press Dial."""
        self._phone.edit().setText(phone)
        self._form.fill(name, customer_id)
        self._phone.edit().setFocus(Qt.FocusReason.OtherFocusReason)
        self._phone.edit().end(False)

    def clear_form(self) -> None:
        self._phone.edit().clear()
        self._form.clear()
        self.focus_phone()
        self.form_cleared.emit()

    def focus_phone(self) -> None:
        edit = self._phone.edit()
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def focus_call_panel(self) -> None:
        """Ctrl+T: digits typed from here are tones (only while a call is open)."""
        if self._call.is_active():
            self._call.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def form_values(self) -> tuple[str, str, str]:
        name, customer_id = self._form.values()
        return self._phone.edit().text(), name, customer_id

    def outcome_text(self) -> str:
        return self._outcome.text()

    def preview_text(self) -> str:
        return self._phone.preview_text()

    def field_error_text(self, field: str) -> str:
        if field == "phone":
            return self._phone.preview_text() if self._phone.has_error() else ""
        return self._form.error_text(field)

    def save_state(self) -> bytes:
        """The window's geometry, as opaque bytes for the settings store."""
        return bytes(self.saveGeometry().data())

    def restore_state(self, state: bytes) -> bool:
        """Apply bytes from :meth:`save_state`; False (and no change) when they are not ours.
        Qt keeps the window on a screen that still exists (monitors come and go)."""
        return bool(state) and self.restoreGeometry(QByteArray(state))

    # --- accessors for tests and the controller ------------------------------------------

    def dial_button(self) -> QPushButton:
        return self._dial

    def diagnostics_action(self) -> QAction:
        return self._diagnostics_action

    def phone_edit(self) -> PhoneEdit:
        return self._phone.edit()

    def name_edit(self) -> QLineEdit:
        return self._form.name_edit()

    def customer_id_edit(self) -> QLineEdit:
        return self._form.id_edit()

    def dial_pad(self) -> DialPad:
        return self._pad

    def header(self) -> Header:
        return self._header

    def outcome_panel(self) -> OutcomePanel:
        return self._outcome

    def call_panel(self) -> CallPanel:
        return self._call

    def agent_status_button(self) -> AgentStatusButton:
        return self._agent_status

    def progress_bar(self) -> QProgressBar:
        return self._progress

    # --- events and slots ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self._enter_widgets():
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in _ENTER_KEYS:
                if not key_event.isAutoRepeat():  # a held Enter key dials once, not again
                    self._request_dial()
                return True
        return super().eventFilter(watched, event)

    def _request_dial(self) -> None:
        if self._busy:
            return  # one request at a time: a press while dialling is ignored, not queued
        self.dial_requested.emit(*self.form_values())

    def _on_dial_clicked(self) -> None:
        self._request_dial()

    def _on_escape_shortcut(self) -> None:
        if self._outcome.tone() is Tone.INFO:
            self._outcome.clear()
        self.clear_form()

    def _on_search_shortcut(self) -> None:
        panel = self._history_panel
        focus_search = getattr(panel, "focus_search", None) if panel is not None else None
        if callable(focus_search):
            focus_search()

    def _on_pad_key_pressed(self, char: str) -> None:
        if self._call.take_pad_key(char):
            return  # a tone for the open call; the phone field is left alone
        edit = self._phone.edit()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.insert(char)

    def _on_pad_backspace_pressed(self) -> None:
        edit = self._phone.edit()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.backspace()

    def _on_pad_clear_pressed(self) -> None:
        edit = self._phone.edit()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()
        edit.del_()  # unlike clear(), this can be undone with Ctrl+Z
