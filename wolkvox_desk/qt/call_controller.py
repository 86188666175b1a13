"""The call controller: the call a successful dial opened, and the call controls sent to it.

After a dial succeeds it holds the current call (its ``conn_id``) and turns the call panel's
intents (hang up, hold, mute, tones, transfer, hang up with a disposition) and the status
menu's (Ready, Logout, auxiliary states) into agentbox requests.

Ordering rules (DESIGN.md: call controls wait their turn, in order):

- Requests go one at a time through the same ``send`` callable as the dial controller, each
  with a gate wait (:data:`CONTROL_WAIT_S`), and the next one only after the previous answer.
  So tones arrive in the order they were pressed, and nothing queued is left to act on a
  *later* call: wolkvox's controls act on "the agent's current call", not on a ``conn_id``.
- The call closes after a hang-up or transfer, when a new dial starts, or when the agent
  dismisses the panel; controls still queued for it are dropped (and said so).
- Once a hang-up, transfer or disposition is queued, further controls for that call are
  ignored: they could only be refused.
- A failed control drops the controls queued behind it for the same call (its failure words
  say how many): tones after a failed tone would reach an IVR out of order.

Hold and mute are toggles in wolkvox's documentation: the view says "toggled" unless the answer
states the new state (:func:`wolkvox_desk.call_controls.toggle_state`).

Request ids come from a :class:`~wolkvox_desk.qt.request_ids.RequestIds` shared with the dial
controller, so each controller recognises its own answers on the worker's one signal.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QObject, Signal, Slot

from wolkvox_desk.call_controls import (
    CallAction,
    Toggle,
    action_label,
    clean_code,
    clean_comments,
    clean_status,
    clean_tones,
    done_words,
    explain_call_failure,
    toggle_state,
    transfer_target,
)
from wolkvox_desk.core.errors import WolkvoxDeskError
from wolkvox_desk.core.models import ApiResult, DialPlan, DialRequest
from wolkvox_desk.qt.request_ids import RequestIds
from wolkvox_desk.text import Explanation, describe_local, tr

log = logging.getLogger(__name__)

#: The gate wait of every call control: services.agentbox.CALL_CONTROL_WAIT_S (not imported
#: here, because importing services.agentbox loads httpx, which waits for the request thread).
CONTROL_WAIT_S = 30.0

Send = Callable[[int, str, str, dict[str, str], float], None]


class CloseReason(StrEnum):
    HUNG_UP = "hung_up"
    TRANSFERRED = "transferred"
    NEW_DIAL = "new_dial"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class CallView:
    """What the call panel shows; a new one is emitted on every change."""

    conn_id: str
    phone: str  # as the agent typed it
    phone_sent: str
    agent_id: str
    hold: Toggle = Toggle.UNUSED
    hold_presses: int = 0  # hold toggles wolkvox accepted during this call
    mute: Toggle = Toggle.UNUSED
    mute_presses: int = 0
    tones_sent: str = ""  # accepted by wolkvox, in order
    tones_waiting: str = ""  # queued or in flight
    sending: CallAction | None = None  # the control in flight for this call
    waiting: int = 0  # controls queued behind it
    retrying: bool = False  # the control in flight waits for another attempt
    unreachable: bool = False  # ... because wolkvox could not be reached (not a busy line)
    ending: bool = False  # a hang-up, transfer or disposition is queued or in flight


@dataclass
class _Call:
    """The controller's mutable record of the open call."""

    conn_id: str
    phone: str
    phone_sent: str
    agent_id: str
    hold: Toggle = Toggle.UNUSED
    hold_presses: int = 0
    mute: Toggle = Toggle.UNUSED
    mute_presses: int = 0
    tones_sent: str = ""
    ending: bool = False


@dataclass(frozen=True, slots=True)
class _Job:
    action: CallAction
    params: dict[str, str]
    agent_id: str
    conn_id: str  # the call it acts on; "" for a status change
    detail: str  # tones, target, status or code, for the words


class CallController(QObject):
    """Holds the current call and sends its controls, one at a time, in order."""

    #: a dial succeeded: the panel opens with this CallView
    call_opened = Signal(object)
    #: the open call's view changed (sending, toggled, tones...)
    call_changed = Signal(object)
    #: the call closed; a CloseReason value
    call_closed = Signal(str)
    #: a control was accepted by wolkvox: CallAction value, words
    action_succeeded = Signal(str, str)
    #: a control failed or could not be sent: CallAction value, error, Explanation
    action_failed = Signal(str, object, object)
    #: wolkvox accepted a status change (also after a disposition, which sets Ready)
    status_set = Signal(str)
    #: something to tell the agent that is not a failure (controls dropped...)
    notice = Signal(str)

    def __init__(
        self,
        send: Send,
        *,
        ids: RequestIds,
        agent_id: Callable[[], str],
        dial_plan: Callable[[], DialPlan],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send = send
        self._ids = ids
        self._agent_id = agent_id
        self._dial_plan = dial_plan
        self._call: _Call | None = None
        self._queue: deque[_Job] = deque()
        self._in_flight: tuple[int, _Job] | None = None
        self._retrying = False
        self._unreachable = False

    # -- state -----------------------------------------------------------------------------

    @property
    def call(self) -> CallView | None:
        """The open call, or None."""
        return self._view() if self._call is not None else None

    @property
    def busy(self) -> bool:
        """True while a control is in flight or queued."""
        return self._in_flight is not None or bool(self._queue)

    # -- the dial controller's events ----------------------------------------------------

    @Slot(object)
    def on_dial_started(self, request: DialRequest) -> None:
        """A new dial closes the panel: controls must never reach the new call by mistake."""
        self._close(CloseReason.NEW_DIAL)

    @Slot(object, object)
    def on_dial_succeeded(self, request: DialRequest, result: ApiResult) -> None:
        self._close(CloseReason.NEW_DIAL)
        self._call = _Call(
            result.conn_id, request.phone_typed, request.phone_sent, request.agent_id
        )
        self.call_opened.emit(self._view())

    # -- intents ---------------------------------------------------------------------------

    @Slot()
    def hang(self) -> None:
        self._enqueue(CallAction.HANG, {})

    @Slot()
    def hold(self) -> None:
        self._enqueue(CallAction.HOLD, {})

    @Slot()
    def mute(self) -> None:
        self._enqueue(CallAction.MUTE, {})

    @Slot(str)
    def send_tones(self, text: str) -> None:
        """One ``api=dtmf`` request with these tones (the pad sends one per key press)."""
        try:
            tones = clean_tones(text)
        except WolkvoxDeskError as error:
            self._refuse_input(CallAction.DTMF, error)
            return
        self._enqueue(CallAction.DTMF, {"tones": tones}, tones)

    @Slot(str, bool)
    def transfer(self, target: str, to_extension: bool) -> None:
        """To a number (after the dial plan, as the confirmation showed) or an extension."""
        try:
            digits = transfer_target(target, to_extension=to_extension, plan=self._dial_plan())
        except WolkvoxDeskError as error:
            self._refuse_input(CallAction.TRANSFER, error)
            return
        self._enqueue(CallAction.TRANSFER, {"customer_phone": digits}, digits)

    @Slot(str, str, str)
    def hang_with_disposition(self, cod_act: str, cod_act_2: str, comments: str) -> None:
        """``api=hang_type_ready``: hang up, record the disposition, and go Ready."""
        try:
            params = {
                "cod_act": clean_code(cod_act),
                "cod_act_2": clean_code(cod_act_2, "cod_act_2") if cod_act_2.strip() else "",
                "comments": clean_comments(comments),
            }
        except WolkvoxDeskError as error:
            self._refuse_input(CallAction.DISPOSE, error)
            return
        self._enqueue(CallAction.DISPOSE, params, params["cod_act"])

    @Slot(str)
    def change_status(self, status: str) -> None:
        """Ready, Logout or an auxiliary-state id; needs no call and waits its turn too."""
        try:
            value = clean_status(status)
            agent = self._agent_id()
        except WolkvoxDeskError as error:
            self._refuse_input(CallAction.STATUS, error)
            return
        self._queue.append(_Job(CallAction.STATUS, {"status": value}, agent, "", value))
        self._pump()

    @Slot()
    def dismiss(self) -> None:
        """The agent closed the panel (the call may go on in wolkvox Agent)."""
        self._close(CloseReason.DISMISSED)

    # -- worker results --------------------------------------------------------------------

    @Slot(int, int, float, bool)
    def on_retrying(self, request_id: int, attempt: int, delay: float, busy: bool = True) -> None:
        if self._in_flight is not None and self._in_flight[0] == request_id:
            self._retrying = True
            self._unreachable = not busy
            self._changed()

    @Slot(int, object)
    def on_request_finished(self, request_id: int, outcome: object) -> None:
        if self._in_flight is None or self._in_flight[0] != request_id:
            return  # a dial's answer, or stale
        job = self._in_flight[1]
        self._in_flight = None
        self._retrying = False
        if isinstance(outcome, ApiResult):
            self._on_done(job, outcome)
        else:
            error = outcome if isinstance(outcome, BaseException) else RuntimeError(str(outcome))
            self._on_failed(job, error)
        self._pump()
        self._changed()

    # -- internals -------------------------------------------------------------------------

    def _enqueue(self, action: CallAction, params: dict[str, str], detail: str = "") -> None:
        call = self._call
        if call is None:
            log.info("%s ignored: no open call", action)
            return
        if call.ending:
            log.info("%s ignored: the call is already ending", action)
            return
        self._queue.append(_Job(action, params, call.agent_id, call.conn_id, detail))
        call.ending = action.ends_call
        self._pump()
        self._changed()

    def _pump(self) -> None:
        """Send the next queued control once the previous one has its answer."""
        if self._in_flight is not None or not self._queue:
            return
        job = self._queue.popleft()
        request_id = self._ids.next()
        self._in_flight = (request_id, job)
        self._send(request_id, job.action.value, job.agent_id, dict(job.params), CONTROL_WAIT_S)

    def _is_current(self, job: _Job) -> bool:
        return self._call is not None and job.conn_id == self._call.conn_id

    def _on_done(self, job: _Job, result: ApiResult) -> None:
        if job.action in (CallAction.STATUS, CallAction.DISPOSE):
            self.status_set.emit(job.detail if job.action is CallAction.STATUS else "ready")
        if job.action.needs_call and not self._is_current(job):
            log.info("%s done for a call that is no longer open", job.action)
            return
        self._apply(job, result)
        self.action_succeeded.emit(job.action.value, done_words(job.action, result, job.detail))
        if job.action.ends_call:
            reason = CloseReason.TRANSFERRED
            if job.action is not CallAction.TRANSFER:
                reason = CloseReason.HUNG_UP
            self._close(reason)

    def _apply(self, job: _Job, result: ApiResult) -> None:
        call = self._call
        if call is None:
            return
        if job.action is CallAction.HOLD:
            call.hold, call.hold_presses = toggle_state(result, "hold"), call.hold_presses + 1
        elif job.action is CallAction.MUTE:
            call.mute, call.mute_presses = toggle_state(result, "mute"), call.mute_presses + 1
        elif job.action is CallAction.DTMF:
            call.tones_sent += job.detail

    def _on_failed(self, job: _Job, error: BaseException) -> None:
        if job.action.needs_call and not self._is_current(job):
            log.info("%s failed for a call that is no longer open: %s", job.action, error)
            return
        words = explain_call_failure(job.action, error)
        if self._call is not None and job.action.needs_call:
            self._call.ending = False  # a failed hang-up may be tried again
            dropped = self._drop_jobs(self._call.conn_id)
            if dropped:  # one message: the failure, and what it stopped
                more = f"{words.explanation} {self._dropped_words(dropped)}"
                words = replace(words, explanation=more)
        self.action_failed.emit(job.action.value, error, words)

    def _refuse_input(self, action: CallAction, error: WolkvoxDeskError) -> None:
        title = tr("{action}: not sent").format(action=action_label(action))
        words = Explanation(title, describe_local(error))
        self.action_failed.emit(action.value, error, words)

    def _close(self, reason: CloseReason) -> None:
        call = self._call
        if call is None:
            return
        self._call = None
        self._retrying = False
        dropped = self._drop_jobs(call.conn_id)
        self.call_closed.emit(reason.value)
        if dropped:
            self.notice.emit(self._dropped_words(dropped))

    def _drop_jobs(self, conn_id: str) -> int:
        kept = deque(job for job in self._queue if job.conn_id != conn_id)
        dropped = len(self._queue) - len(kept)
        self._queue = kept
        return dropped

    @staticmethod
    def _dropped_words(count: int) -> str:
        if count == 1:
            return tr("1 waiting call control was not sent.")
        return tr("{n} waiting call controls were not sent.").format(n=count)

    def _changed(self) -> None:
        if self._call is not None:
            self.call_changed.emit(self._view())

    def _view(self) -> CallView:
        call = self._call
        assert call is not None  # callers check
        queued = [job for job in self._queue if job.conn_id == call.conn_id]
        sending = None
        if self._in_flight is not None and self._in_flight[1].conn_id == call.conn_id:
            sending = self._in_flight[1]
        return CallView(
            conn_id=call.conn_id,
            phone=call.phone,
            phone_sent=call.phone_sent,
            agent_id=call.agent_id,
            hold=call.hold,
            hold_presses=call.hold_presses,
            mute=call.mute,
            mute_presses=call.mute_presses,
            tones_sent=call.tones_sent,
            tones_waiting="".join(_dtmf_details(sending, queued)),
            sending=sending.action if sending is not None else None,
            waiting=len(queued),
            retrying=self._retrying and sending is not None,
            unreachable=self._retrying and self._unreachable and sending is not None,
            ending=call.ending,
        )


def _dtmf_details(sending: _Job | None, queued: list[_Job]) -> list[str]:
    jobs = ([sending] if sending is not None else []) + queued
    return [job.detail for job in jobs if job.action is CallAction.DTMF]
