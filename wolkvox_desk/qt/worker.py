"""Background threads for everything that may block: agentbox requests and keyring calls.

:class:`RequestWorker` is a QObject moved to its own QThread. It owns one long-lived
:class:`~wolkvox_desk.services.agentbox.AgentboxClient` (one connection pool, kept warm
between dials), created lazily *in* that thread. The token is also fetched there, because
a keyring may block (a Secret Service prompt) and the GUI thread must never wait on it.

:class:`TaskRunner` runs short one-off jobs (keyring status, saving a token) on a second
thread, so that they never queue behind a dial that may take up to 65 s.

Background errors are values: both catch everything at their edge, log the traceback, and
emit the exception object as the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wolkvox_desk.core.errors import RequestError
from wolkvox_desk.core.models import Account
from wolkvox_desk.text import line_busy

log = logging.getLogger(__name__)

ClientFactory = Callable[[], Any]
"""Builds an AgentboxClient (called on the worker thread)."""
AccountProvider = Callable[[], Account]
"""Returns the Account to use; may read the keyring (called on the worker thread)."""


class RequestWorker(QObject):
    """Sends agentbox calls one at a time on its own thread."""

    #: request id, and an ApiResult or the exception that ended the request
    request_finished = Signal(int, object)
    #: request id, next attempt number, delay in seconds, and why: True when wolkvox said the
    #: line was busy (another request in flight), False when its server could not be reached
    retrying = Signal(int, int, float, bool)

    def __init__(self, client_factory: ClientFactory, account_provider: AccountProvider) -> None:
        super().__init__()
        self._client_factory = client_factory
        self._account_provider = account_provider
        self._client: Any = None

    @Slot(int, str, str, object, float)
    def send(self, request_id: int, api: str, agent_id: str, params: object, wait_s: float) -> None:
        """Run one agentbox call; always answers with ``request_finished``."""
        outcome: object
        try:
            account = self._account_provider()
            if self._client is None:
                self._client = self._client_factory()

            def on_retry(attempt: int, delay: float, error: RequestError) -> None:
                self.retrying.emit(request_id, attempt, delay, line_busy(error))

            outcome = self._client.call(
                account, api, agent_id, params, wait_s=wait_s, on_retry=on_retry
            )
        except Exception as exc:  # the edge: every failure becomes a value
            if not isinstance(exc, RequestError):
                log.debug("request %d ended with %s", request_id, type(exc).__name__, exc_info=True)
            outcome = exc
        self.request_finished.emit(request_id, outcome)

    @Slot()
    def reset_client(self) -> None:
        """Drop the client (settings changed: API base, time-outs); the next call rebuilds it."""
        if self._client is not None:
            self._client.close()
            self._client = None

    @Slot()
    def shutdown(self) -> None:
        self.reset_client()


class _Task(QObject):
    finished = Signal(object, object)  # callback, result-or-exception

    @Slot(object, object)
    def run(self, fn: Callable[[], object], callback: Callable[[object], None]) -> None:
        try:
            result: object = fn()
        except Exception as exc:  # the edge: errors are values
            log.debug("background task failed", exc_info=True)
            result = exc
        self.finished.emit(callback, result)


class TaskRunner(QObject):
    """Runs short blocking jobs (keyring) on one background thread, in order."""

    _submit = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("wolkvox-tasks")
        self._task = _Task()
        self._task.moveToThread(self._thread)
        self._submit.connect(self._task.run)
        self._task.finished.connect(self._on_task_finished)
        self._thread.start()

    def run(self, fn: Callable[[], object], callback: Callable[[object], None]) -> None:
        """Call ``fn()`` in the background, then ``callback(result_or_exception)`` here."""
        self._submit.emit(fn, callback)

    @Slot(object, object)
    def _on_task_finished(self, callback: Callable[[object], None], result: object) -> None:
        callback(result)

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait()


class RequestThread(QObject):
    """Owns the RequestWorker's QThread: start, stop cleanly, and a queued ``send``."""

    _send = Signal(int, str, str, object, float)
    _reset = Signal()

    def __init__(self, worker: RequestWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName("wolkvox-requests")
        worker.moveToThread(self._thread)
        self._send.connect(worker.send)
        self._reset.connect(worker.reset_client)
        self._thread.start()

    def send(
        self, request_id: int, api: str, agent_id: str, params: dict[str, str], wait_s: float
    ) -> None:
        self._send.emit(request_id, api, agent_id, params, wait_s)

    def reset_client(self) -> None:
        self._reset.emit()

    def stop(self) -> None:
        """Let the current request finish (bounded by its time-out), then end the thread."""
        self._thread.quit()
        self._thread.wait()
        # The thread has ended, so closing the client from here cannot race with it.
        self.worker.shutdown()
