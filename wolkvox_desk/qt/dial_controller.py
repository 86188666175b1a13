"""The dial controller: from a widget's intent to a recorded, explained outcome.

It owns the window-side half of "never dial twice": while one dial is in flight every further
intent is refused (and said so), before anything reaches the worker; the token gate then
guards against other processes. It validates through ``core.dialing`` (invalid input stops
here), sends through the :class:`~wolkvox_desk.qt.worker.RequestThread`, writes every attempt
to history and turns the result into words for the window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from wolkvox_desk.core.dialing import build_dial_request
from wolkvox_desk.core.errors import (
    CustomerFieldError,
    InputError,
    PhoneNumberError,
    StorageError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import ApiResult, CallRecord, DialPlan, DialRequest
from wolkvox_desk.core.outcomes import make_record
from wolkvox_desk.qt.request_ids import RequestIds
from wolkvox_desk.text import Explanation, describe_local, explain, retrying_words, tr

log = logging.getLogger(__name__)


class DialController(QObject):
    """Validates, sends and records dials; one in flight at a time."""

    #: the dial was accepted and sent (the window shows progress)
    dial_started = Signal(object)  # DialRequest
    #: wolkvox accepted the dial
    dial_succeeded = Signal(object, object)  # DialRequest, ApiResult
    #: anything else; the Explanation holds the words
    dial_failed = Signal(object, object, object)  # DialRequest | None, error, Explanation
    #: a field is invalid: field name ("phone", "customer_name", "customer_id") and words
    input_rejected = Signal(str, str)
    #: busy state and the progress text ("Dialing…", "Line busy, retrying…", ...)
    busy_changed = Signal(bool, str)
    #: a history row was written
    record_added = Signal(object)  # CallRecord
    #: a non-fatal problem to show (history could not be written, ...)
    warning = Signal(str)

    def __init__(
        self,
        send: Callable[[int, str, str, dict[str, str], float], None],
        *,
        agent_id: Callable[[], str],
        dial_plan: Callable[[], DialPlan],
        server: Callable[[], str],
        ids: RequestIds | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send = send
        self._agent_id = agent_id
        self._dial_plan = dial_plan
        self._server = server
        self._history: Any = None
        # shared with the call controller: both read answers off the worker's one signal
        self._ids = ids or RequestIds()
        self._in_flight: tuple[int, DialRequest, float] | None = None

    # -- wiring ------------------------------------------------------------------------------

    def set_history(self, store: Any) -> None:
        """The history store arrives after the first paint."""
        self._history = store

    @property
    def busy(self) -> bool:
        return self._in_flight is not None

    # -- intents -----------------------------------------------------------------------------

    @Slot(str, str, str)
    def request_dial(self, phone: str, name: str, customer_id: str) -> None:
        """A Dial press, Enter, or an immediate link: validate, then send exactly once."""
        if self._in_flight is not None:
            # Not queued: queued dials surprise agents. The window keeps showing progress.
            log.info("dial refused: another dial is in flight")
            return
        try:
            request = build_dial_request(
                phone, self._agent_id(), self._dial_plan(), customer_id, name
            )
        except InputError as error:
            self.input_rejected.emit(_field_of(error), describe_local(error))
            return
        except WolkvoxDeskError as error:  # not configured (no agent)
            self.dial_failed.emit(None, error, explain(error))
            return
        request_id = self._ids.next()
        self._in_flight = (request_id, request, time.time())
        self.busy_changed.emit(True, tr("Dialing…"))
        self.dial_started.emit(request)
        params = {
            "customer_phone": request.phone_sent,
            "customer_id": request.customer_id,
            "customer_name": request.customer_name,
        }
        self._send(request_id, "dial", request.agent_id, params, 0.0)

    # -- worker results ----------------------------------------------------------------------

    @Slot(int, int, float, bool)
    def on_retrying(self, request_id: int, attempt: int, delay: float, busy: bool) -> None:
        if self._in_flight and self._in_flight[0] == request_id:
            self.busy_changed.emit(True, retrying_words(busy))

    @Slot(int, object)
    def on_request_finished(self, request_id: int, outcome: object) -> None:
        if self._in_flight is None or self._in_flight[0] != request_id:
            return  # not ours (a call control, issue 9) or stale
        _, request, started = self._in_flight
        self._in_flight = None
        if isinstance(outcome, ApiResult):
            record, problem = self._record(request, started, result=outcome)
            self.busy_changed.emit(False, "")
            self.dial_succeeded.emit(request, outcome)
        else:
            error = outcome if isinstance(outcome, BaseException) else RuntimeError(str(outcome))
            record, problem = self._record(request, started, error=error)
            self.busy_changed.emit(False, "")
            words: Explanation = explain(error)
            self.dial_failed.emit(request, error, words)
        if record is not None:
            self.record_added.emit(record)
        if problem:  # after the outcome, so that showing the outcome cannot hide it
            self.warning.emit(problem)

    # -- history -----------------------------------------------------------------------------

    def _record(
        self,
        request: DialRequest,
        started: float,
        *,
        result: ApiResult | None = None,
        error: BaseException | None = None,
    ) -> tuple[CallRecord | None, str]:
        """The stored row, or None and the words saying why it was not stored."""
        record = make_record(request, started, self._server(), result=result, error=error)
        if self._history is None:
            return None, tr("The call history is not available; this call was not saved.")
        try:
            return self._history.add(record), ""
        except StorageError as storage_error:
            why = describe_local(storage_error)
            return None, tr("This call could not be saved to history: {why}").format(why=why)


def _field_of(error: InputError) -> str:
    if isinstance(error, CustomerFieldError):
        return error.field
    if isinstance(error, PhoneNumberError):
        return "phone"
    return "phone"
