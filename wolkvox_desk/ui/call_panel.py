"""The call panel shown after a successful dial, and the agent status menu button (its
transfer and disposition dialogs are in ``call_dialogs``, imported when first opened).

Widgets only: they show a :class:`~wolkvox_desk.qt.call_controller.CallView` and emit intents
(``hang_requested``, ``tones_requested``...); the call controller sends the requests.

Keyboard and dial pad rules (issue 9):

- While the panel is active, the window hands it the dial pad's keys
  (:meth:`CallPanel.take_pad_key`): they send tones, one request per press.
- Digits, ``*`` and ``#`` typed while the panel (or one of its buttons) has focus send tones.
  A held key sends one tone, not a stream of auto-repeats.
- The phone field is never DTMF: its key events never reach the panel, so a new dial is always
  possible (wolkvox does not tell us when a call ends).

Hold and Mute are plain buttons, not check boxes: wolkvox documents them as toggles, and the
panel says "toggled" unless wolkvox's answer states the new state.

A new dial closes the call at once (its controls go inert), but the panel may *linger* on
screen, unchanged, for :data:`LINGER_MS`: most answers arrive sooner, and the new call then
takes the panel's place without hiding and showing it, which would re-lay out and repaint half
of the window between Enter and the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wolkvox_desk.call_controls import (
    STATUS_LOGOUT,
    STATUS_READY,
    CallOptions,
    Choice,
    Toggle,
    action_label,
)
from wolkvox_desk.core.models import DialPlan
from wolkvox_desk.qt.call_controller import CallView
from wolkvox_desk.ui.steady import SteadyBox
from wolkvox_desk.ui.style import (
    Tone,
    ToneLabel,
    accent,
    announce,
    line_height,
    scaled_font,
    tinted_background,
)

if TYPE_CHECKING:
    from wolkvox_desk.ui.call_dialogs import DispositionDialog, TransferDialog

#: the characters that are DTMF tones
TONE_KEYS = frozenset("0123456789*#")
#: how long a panel closed by a new dial stays on screen (disabled) waiting for the new call;
#: the same delay as the window's busy look (main_window.BUSY_LOOK_DELAY_MS)
LINGER_MS = 120


class CallPanel(QFrame):
    """The controls of the call a dial opened. Hidden while there is no call."""

    hang_requested = Signal()
    hold_requested = Signal()
    mute_requested = Signal()
    tones_requested = Signal(str)
    #: target as typed, True when it is an extension (no dial plan)
    transfer_requested = Signal(str, bool)
    #: cod_act, cod_act_2 ("" when none), comments
    disposition_requested = Signal(str, str, str)
    dismissed = Signal()
    #: the panel opened (True) or closed (False): the dial pad switches to tones (or back;
    #: for a lingering panel, once it leaves the screen)
    active_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.setAccessibleName(self.tr("Call"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so typed digits can reach it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._view: CallView | None = None
        self._options = CallOptions()
        self._plan = DialPlan()
        self._transfer_dialog: TransferDialog | None = None
        self._disposition_dialog: DispositionDialog | None = None
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self._on_linger_timeout)
        self._pad_taken = False  # what active_changed last said
        self._colour_cache: tuple[int, QColor, QColor] | None = None
        self._build()
        self.setVisible(False)

    # --- what the window and the composition root call ----------------------------------

    def set_options(self, options: CallOptions) -> None:
        """Disposition codes (the disposition button shows only when there are some)."""
        self._options = options
        self._refresh_buttons()

    def set_dial_plan(self, plan: DialPlan) -> None:
        """The plan a transfer to a number goes through (its preview shows the result)."""
        self._plan = plan

    def show_call(self, view: CallView) -> None:
        """A dial succeeded: show its call and take the dial pad (in the place of a lingering
        panel, if there is one: nothing moves)."""
        self._linger.stop()
        if self._message.text() or not self._message.isHidden():
            self._message.clear()
            self._message.setVisible(False)
        self.update_call(view)
        if self.isHidden():
            self.setVisible(True)
        announce(self._title)
        self._set_pad_taken(True)

    def update_call(self, view: CallView) -> None:
        self._view = view
        self._title.setText(self.tr("On a call: {phone}").format(phone=view.phone or "-"))
        self._conn.setText(self.tr("Call ID {conn_id}").format(conn_id=view.conn_id or "-"))
        self._state.setText(self._state_words(view))
        progress = self._progress_words(view)
        self._progress.setText(progress)
        self._progress.setVisible(bool(progress))
        self._refresh_buttons()
        self.setAccessibleDescription(
            " ".join(w for w in (self._title.text(), self._state.text(), progress) if w)
        )

    def close_call(self, *, linger: bool = False) -> None:
        """The call closed (hang-up, transfer, new dial, dismissed): hide and give the pad
        back to the phone field.

        With ``linger`` (a new dial) the call closes at once: the panel is inert (its buttons
        open nothing, and the call controller has no call to send their intents to), and pad
        keys type into the phone field. But for :data:`LINGER_MS` the panel stays on screen
        unchanged, and the pad keeps its tone look (``active_changed`` waits) as long: a quick
        answer's call then takes its place, and nothing moves or is repainted twice.
        """
        was_active = self.is_active()
        self._view = None
        for dialog in (self._transfer_dialog, self._disposition_dialog):
            if dialog is not None:
                dialog.reject()
        if linger and was_active and not self.isHidden():
            self._linger.start()  # nothing repainted: the answer usually comes first
            return
        self._linger.stop()
        self.setVisible(False)
        self._set_pad_taken(False)

    def is_lingering(self) -> bool:
        """On screen but closed: a new dial's answer is awaited (see :meth:`close_call`)."""
        return self._linger.isActive()

    def is_active(self) -> bool:
        return self._view is not None

    def take_pad_key(self, char: str) -> bool:
        """A dial pad key while a call is open: a tone (True). '+' is not a tone, but it is
        swallowed too, so a long press on 0 never types into the phone field mid-call."""
        if not self.is_active():
            return False
        if char in TONE_KEYS:
            self._request_tone(char)
        return True

    def show_failure(self, title: str, explanation: str, wolkvox_msg: str, next_step: str) -> None:
        parts = [title, explanation]
        if wolkvox_msg:
            parts.append(self.tr('wolkvox said: "{msg}"').format(msg=wolkvox_msg))
        parts.append(next_step)
        self._say(Tone.ERROR, "\n".join(p for p in parts if p))

    def show_notice(self, words: str) -> None:
        self._say(Tone.INFO, words)

    # --- what tests read -----------------------------------------------------------------

    def view(self) -> CallView | None:
        return self._view

    def state_text(self) -> str:
        return self._state.text()

    def progress_text(self) -> str:
        return self._progress.text() if not self._progress.isHidden() else ""

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def hang_button(self) -> QPushButton:
        return self._hang

    def hold_button(self) -> QPushButton:
        return self._hold

    def mute_button(self) -> QPushButton:
        return self._mute

    def transfer_button(self) -> QPushButton:
        return self._transfer

    def disposition_button(self) -> QPushButton:
        return self._dispose

    def dismiss_button(self) -> QToolButton:
        return self._dismiss

    def last_focus_widget(self) -> QWidget:
        """The panel's last Tab stop, for the window's Tab order (what follows the panel)."""
        return self._dispose

    def transfer_dialog(self) -> TransferDialog | None:
        return self._transfer_dialog

    def disposition_dialog(self) -> DispositionDialog | None:
        return self._disposition_dialog

    # --- events --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Buttons ignore digits, so keys typed while one of ours has focus arrive here too.
        text = event.text()
        if self.is_active() and len(text) == 1 and text in TONE_KEYS:
            if not event.isAutoRepeat():  # a held key sends one tone
                self._request_tone(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border, background = self._colours()
        radius = line_height(self) / 3
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), radius, radius)
        painter.end()

    def _colours(self) -> tuple[QColor, QColor]:
        """Border and background for the current palette (derived once per palette: a dark
        or high-contrast theme changes the palette, and so the key)."""
        palette = self.palette()
        key = palette.cacheKey()
        if self._colour_cache is None or self._colour_cache[0] != key:
            colours = (accent(palette, Tone.INFO), tinted_background(palette, Tone.INFO))
            self._colour_cache = (key, *colours)
        return self._colour_cache[1], self._colour_cache[2]

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        unit = line_height(self)
        self._title = self._label("callTitle", self.tr("Call"), bold=True)
        self._conn = self._label("callConnId", self.tr("Call ID"))
        self._state = self._label("callState", self.tr("Call state"))
        self._progress = self._label("callProgress", self.tr("Sending"))
        self._hint = self._label("callHint", self.tr("Tones"))
        self._hint.setText(
            self.tr("The dial pad, and digits typed here, send tones into the call.")
        )
        self._message = ToneLabel(self)
        self._message.setObjectName("callMessage")
        self._message.setAccessibleName(self.tr("Call message"))
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._dismiss = QToolButton(self)
        self._dismiss.setObjectName("callDismissButton")
        self._dismiss.setText(self.tr("Close"))
        self._dismiss.setAutoRaise(True)
        self._dismiss.setAccessibleName(self.tr("Close the call panel"))
        self._dismiss.setToolTip(
            self.tr("Close this panel. The call itself goes on in wolkvox Agent.")
        )
        self._dismiss.clicked.connect(self._on_dismiss_clicked)
        self._hang = self._button("callHangButton", self.tr("Hang up"), self.hang_requested)
        self._hold = self._button("callHoldButton", self.tr("Hold"), self.hold_requested)
        self._mute = self._button("callMuteButton", self.tr("Mute"), self.mute_requested)
        self._transfer = self._button("callTransferButton", self.tr("Transfer…"), None)
        self._transfer.clicked.connect(self._on_transfer_clicked)
        self._dispose = self._button(
            "callDispositionButton", self.tr("Hang up with disposition…"), None
        )
        self._dispose.clicked.connect(self._on_dispose_clicked)
        self._describe_buttons()
        self._lay_out(unit)

    def _describe_buttons(self) -> None:
        self._hang.setAccessibleDescription(self.tr("Hangs up the call in wolkvox Agent."))
        self._hold.setAccessibleDescription(
            self.tr("Toggles hold: press again to take the call off hold.")
        )
        self._mute.setAccessibleDescription(
            self.tr("Toggles your microphone: press again to unmute.")
        )
        self._transfer.setAccessibleDescription(
            self.tr("Transfers the call to a number or another agent's extension; asks first.")
        )
        self._dispose.setAccessibleDescription(
            self.tr("Hangs up, records a disposition code and a comment, and sets you Ready.")
        )
        for button in (self._hang, self._hold, self._mute, self._transfer, self._dispose):
            button.setToolTip(button.accessibleDescription())

    def _label(self, name: str, accessible_name: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            label.setFont(scaled_font(self.font(), 1.1, bold=True))
        return label

    def _button(self, name: str, words: str, intent: SignalInstance | None) -> QPushButton:
        button = QPushButton(words, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the window dials; it never hangs up
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if intent is not None:
            button.clicked.connect(intent)
        return button

    def _lay_out(self, unit: int) -> None:
        pad = max(4, unit // 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.setSpacing(max(2, unit // 4))
        top = QHBoxLayout()
        # the phone and the call ID change with every call (see ui/steady.py)
        top.addWidget(SteadyBox(self._title, self), 1)
        top.addWidget(self._dismiss, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        outer.addWidget(SteadyBox(self._conn, self))
        grid = QGridLayout()
        grid.setSpacing(max(4, unit // 3))
        for column, button in enumerate((self._hang, self._hold, self._mute, self._transfer)):
            grid.addWidget(button, 0, column)
        grid.addWidget(self._dispose, 1, 0, 1, 4)
        outer.addLayout(grid)
        outer.addWidget(self._state)
        outer.addWidget(self._progress)
        outer.addWidget(self._message)
        outer.addWidget(self._hint)
        self._message.setVisible(False)
        self._progress.setVisible(False)
        self.setMinimumWidth(unit * 12)

    # --- words ---------------------------------------------------------------------------

    def _state_words(self, view: CallView) -> str:
        parts = [
            self._toggle_words(self.tr("Hold"), view.hold, view.hold_presses),
            self._toggle_words(self.tr("Mute"), view.mute, view.mute_presses),
        ]
        if view.tones_sent or view.tones_waiting:
            tones = self.tr("Tones: {sent}").format(sent=view.tones_sent or "-")
            if view.tones_waiting:
                tones += " " + self.tr("(sending {tones})").format(tones=view.tones_waiting)
            parts.append(tones)
        return " · ".join(parts)

    def _toggle_words(self, name: str, state: Toggle, presses: int) -> str:
        if state is Toggle.ON:
            return self.tr("{name}: on").format(name=name)
        if state is Toggle.OFF:
            return self.tr("{name}: off").format(name=name)
        if state is Toggle.TOGGLED and presses > 1:
            return self.tr("{name}: toggled {n} times").format(name=name, n=presses)
        if state is Toggle.TOGGLED:
            return self.tr("{name}: toggled").format(name=name)
        return self.tr("{name}: not used").format(name=name)

    def _progress_words(self, view: CallView) -> str:
        if view.sending is None:
            return ""
        if view.retrying and view.unreachable:
            words = self.tr("Could not reach wolkvox, retrying {action}…")
        elif view.retrying:
            words = self.tr("Line busy, retrying {action}…")
        else:
            words = self.tr("Sending {action}…")
        words = words.format(action=action_label(view.sending))
        if view.waiting:
            words += " " + self.tr("{n} more waiting.").format(n=view.waiting)
        return words

    def _say(self, tone: Tone, words: str) -> None:
        self._message.set_tone(tone)
        self._message.setText(words)
        self._message.setAccessibleDescription(words)
        self._message.setVisible(bool(words))
        announce(self._message)

    # --- slots ---------------------------------------------------------------------------

    def _refresh_buttons(self) -> None:
        ending = self._view is None or self._view.ending
        for button in (self._hang, self._hold, self._mute, self._transfer, self._dispose):
            button.setEnabled(not ending)
        self._dispose.setVisible(bool(self._options.disposition_codes))
        if self._view is not None and self._view.ending and self._view.sending is not None:
            self._hang.setText(self.tr("Hanging up…"))
        else:
            self._hang.setText(self.tr("Hang up"))

    def _request_tone(self, char: str) -> None:
        if self._view is not None and not self._view.ending:
            self.tones_requested.emit(char)

    def _on_dismiss_clicked(self) -> None:
        if self.is_lingering():  # nothing left to dismiss: stop lingering
            self.close_call()
            return
        self.dismissed.emit()

    def _on_linger_timeout(self) -> None:
        if not self.is_active():
            self.setVisible(False)
            self._set_pad_taken(False)

    def _set_pad_taken(self, taken: bool) -> None:
        """``active_changed`` once per change of what the pad looks like (tones or digits)."""
        if taken != self._pad_taken:
            self._pad_taken = taken
            self.active_changed.emit(taken)

    def _on_transfer_clicked(self) -> None:
        if not self.is_active():
            return  # a lingering panel: its call is closed
        from wolkvox_desk.ui.call_dialogs import TransferDialog

        dialog = TransferDialog(self._plan, self)
        dialog.accepted.connect(lambda: self.transfer_requested.emit(*dialog.values()))
        dialog.finished.connect(self._on_dialog_finished)
        self._transfer_dialog = dialog
        dialog.open()

    def _on_dispose_clicked(self) -> None:
        if not self.is_active():
            return  # a lingering panel: its call is closed
        from wolkvox_desk.ui.call_dialogs import DispositionDialog

        dialog = DispositionDialog(self._options, self)
        dialog.accepted.connect(lambda: self.disposition_requested.emit(*dialog.values()))
        dialog.finished.connect(self._on_dialog_finished)
        self._disposition_dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        dialog = self.sender()
        if dialog is self._transfer_dialog:
            self._transfer_dialog = None
        if dialog is self._disposition_dialog:
            self._disposition_dialog = None
        if dialog is not None:
            dialog.deleteLater()


class AgentStatusButton(QToolButton):
    """The agent status menu: Ready, the operation's auxiliary states, Logout.

    wolkvox's agentbox cannot read the agent's state, so the button shows the last status set
    from here (and says so), never a guess.
    """

    status_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentStatusButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Agent status"))
        self.setToolTip(
            self.tr(
                "Set your status in wolkvox Agent. Shows the last status set from here; "
                "wolkvox Agent may have changed it since."
            )
        )
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._aux: tuple[Choice, ...] = ()
        self._current = ""
        self.set_aux_states(())

    def set_aux_states(self, states: tuple[Choice, ...]) -> None:
        self._aux = tuple(states)
        self._menu.clear()
        self._add(STATUS_READY, self.tr("Ready"))
        for state_id, label in self._aux:
            self._add(state_id, label)
        self._menu.addSeparator()
        self._add(STATUS_LOGOUT, self.tr("Logout"))
        self._show_text()

    def show_status(self, status: str) -> None:
        """wolkvox accepted ``status``: show its label."""
        self._current = status
        self._show_text()

    def label_of(self, status: str) -> str:
        if status == STATUS_READY:
            return self.tr("Ready")
        if status == STATUS_LOGOUT:
            return self.tr("Logged out")
        return dict(self._aux).get(status, status)

    def status_actions(self) -> list[QAction]:
        """The menu's actions, in order (Ready, auxiliary states, Logout), for tests."""
        return [a for a in self._menu.actions() if not a.isSeparator()]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), round(line_height(self) * 1.6)))

    def _add(self, status: str, label: str) -> None:
        action = self._menu.addAction(label)
        action.setData(status)
        action.triggered.connect(lambda _=False, s=status: self.status_requested.emit(s))

    def _show_text(self) -> None:
        words = self.label_of(self._current) if self._current else self.tr("Status")
        self.setText(words)
        self.setAccessibleDescription(
            self.tr("Last status set from here: {status}").format(status=words)
            if self._current
            else self.tr("No status set from here yet.")
        )
