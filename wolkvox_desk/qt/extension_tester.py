"""The extension tester's controller: runs a test plan on its own thread, reports each result.

The window's dialog (``ui/extension_tester.py``) emits intents; this controller validates them
(:meth:`ExtensionTesterController.prepare`, nothing is sent on bad input), runs the
:class:`~wolkvox_desk.services.extension_test.ExtensionTestRunner` on a QThread of its own (the
:mod:`wolkvox_desk.qt.worker` pattern: a QObject moved to the thread, errors become values), and
re-emits each result on the GUI thread. The run's clients go through the app's token gate, so
a tester run and the window's dials never have two requests in flight with one token.

Signals, in order: ``run_started(count)``, ``result_added(result)`` per extension, then exactly
one of ``run_finished(report)`` or ``run_stopped(report)``; ``run_failed(words)`` instead when the
run could not start (no token...).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wolkvox_desk.core.errors import InputError, NotConfiguredError
from wolkvox_desk.core.models import Account, CallRecord, DialPlan
from wolkvox_desk.services.extension_test import (
    CONFIRM_ABOVE,
    ExtensionResult,
    ExtensionTestRunner,
    RunReport,
    TestPlan,
    export_csv,
    export_json,
    make_plan,
    summarize,
)
from wolkvox_desk.tester_words import describe_input
from wolkvox_desk.text import describe_local, explain, tr

log = logging.getLogger(__name__)

ClientFactory = Callable[[], Any]
"""Builds an AgentboxClient through the shared gate (called on the tester's threads)."""
AccountProvider = Callable[[], Account]
"""The account to test with; may read the keyring (called on the tester's thread)."""


class _RunWorker(QObject):
    """Lives on the tester thread: runs one plan at a time, results as queued signals."""

    result_ready = Signal(object)  # ExtensionResult
    done = Signal(object)  # RunReport, or the exception that ended the run

    @Slot(object)
    def run(self, runner: ExtensionTestRunner) -> None:
        outcome: object
        try:
            outcome = runner.run(on_result=self.result_ready.emit)
        except Exception as exc:  # the edge: errors are values
            log.debug("extension test ended with %s", type(exc).__name__, exc_info=True)
            outcome = exc
        self.done.emit(outcome)


class ExtensionTesterController(QObject):
    """Validates, starts and stops extension test runs; one run at a time."""

    run_started = Signal(int)  # how many extensions
    result_added = Signal(object)  # ExtensionResult
    run_finished = Signal(object)  # RunReport: every extension was dialled
    run_stopped = Signal(object)  # RunReport: Stop cut the run short
    run_failed = Signal(str)  # words: the run could not start (not configured...)
    busy_changed = Signal(bool)
    warning = Signal(str)  # history rows that could not be written, ...

    _submit = Signal(object)

    def __init__(
        self,
        *,
        make_client: ClientFactory,
        account: AccountProvider,
        dial_plan: Callable[[], DialPlan],
        server: Callable[[], str] = lambda: "",
        record: Callable[[CallRecord], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_client = make_client
        self._account = account
        self._dial_plan = dial_plan
        self._server = server
        self._record = record
        self._runner: ExtensionTestRunner | None = None
        self._results: list[ExtensionResult] = []
        self._planned = 0
        self._stopped = False
        self.last_report: RunReport | None = None
        self._thread = QThread()
        self._thread.setObjectName("wolkvox-tester")
        self._worker = _RunWorker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.result_ready.connect(self._on_worker_result_ready)
        self._worker.done.connect(self._on_worker_done)
        self._thread.start()

    # --- intents -------------------------------------------------------------------------

    @staticmethod
    def needs_confirmation(plan: TestPlan) -> bool:
        return len(plan.extensions) > CONFIRM_ABOVE

    def prepare(
        self, extensions_text: str, phone: str, hang_after_s: float | None = None
    ) -> TestPlan | str:
        """The validated plan, or the words saying what is wrong (nothing is sent)."""
        try:
            return make_plan(extensions_text, phone, self._dial_plan(), hang_after_s)
        except InputError as error:
            return describe_input(error)

    def start(self, plan: TestPlan) -> bool:
        """Run ``plan`` in the background; False when a run is already going."""
        if self._runner is not None:
            return False
        self._results = []
        self._planned = len(plan.extensions)
        self._stopped = False
        self._runner = ExtensionTestRunner(
            plan,
            self._account,
            self._make_client,
            server=self._server(),
            record=self._record,
        )
        self.busy_changed.emit(True)
        self.run_started.emit(len(plan.extensions))
        self._submit.emit(self._runner)
        return True

    def stop(self) -> None:
        """Let the current request finish and send no more."""
        if self._runner is not None:
            self._runner.stop()

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def results(self) -> list[ExtensionResult]:
        """The results of the current or last run, in order."""
        return list(self._results)

    def export(self, path: str, fmt: str) -> str | None:
        """Write the current results to ``path`` as ``"csv"`` or ``"json"``; None when done,
        else the words for what went wrong."""
        summary = summarize(self._results, self._planned, stopped=self._stopped)
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                if fmt == "json":
                    export_json(self._results, summary, out)
                else:
                    export_csv(self._results, out)
        except OSError as exc:
            return tr("Could not write {path}: {why}").format(
                path=path, why=exc.strerror or type(exc).__name__
            )
        return None

    def shutdown(self) -> None:
        """Stop any run and end the thread (the window closes, or the app quits)."""
        self.stop()
        self._thread.quit()
        self._thread.wait()

    # --- from the worker -----------------------------------------------------------------

    @Slot(object)
    def _on_worker_result_ready(self, result: ExtensionResult) -> None:
        self._results.append(result)
        self.result_added.emit(result)

    @Slot(object)
    def _on_worker_done(self, outcome: object) -> None:
        self._runner = None
        self.busy_changed.emit(False)
        if not isinstance(outcome, RunReport):
            self.run_failed.emit(_failure_words(outcome))
            return
        self.last_report = outcome
        self._stopped = outcome.summary.stopped
        for error in outcome.storage_errors[:1]:  # one warning, not one per row
            self.warning.emit(describe_local(error))
        if outcome.summary.stopped:
            self.run_stopped.emit(outcome)
        else:
            self.run_finished.emit(outcome)


def _failure_words(error: object) -> str:
    if isinstance(error, InputError | NotConfiguredError):
        return describe_local(error)
    return explain(error if isinstance(error, BaseException) else RuntimeError()).one_line()
