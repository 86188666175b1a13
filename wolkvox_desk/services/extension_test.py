"""The extension tester's engine: parse extension lists, dial each one, collect and export.

A supervisor gives a list of extensions (``1001-1010, 1020``) and one test number. Each
extension is an agent: the runner sends ``api=dial`` with ``agent_id`` = the extension and the
test number (after the dial plan, exactly like a normal dial), one after another through the
token gate. Nothing here says a sentence: parsing raises :class:`ExtensionListError` kinds, the
runner returns :class:`ExtensionResult` rows and a :class:`Summary`; the words live in
:mod:`wolkvox_desk.tester_words`.

Timing rules (DESIGN.md, issue 7):

- back to back: the next dial is sent as soon as the previous answer is read, with no sleep
  and no polling; the gate hands over in FIFO order, so a queued hang-up goes in between;
- never more than one request in flight per token: every request goes through the gate;
- :meth:`ExtensionTestRunner.stop` lets the current request finish and sends no more (queued
  hang-ups are dropped too);
- hang-up after N seconds (optional) runs on a helper thread with its own client, so waiting
  for a hang-up's time never delays the next dial;
- history rows are written on a helper thread while the next request waits for its answer,
  so a disk commit never delays a dial either.
"""

from __future__ import annotations

import csv
import heapq
import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from wolkvox_desk.core.dialing import AGENT_ID_MAX, build_dial_request, validate_agent_id
from wolkvox_desk.core.errors import (
    InputError,
    RequestCancelledError,
    SettingValueError,
    StorageError,
)
from wolkvox_desk.core.models import Account, ApiResult, CallRecord, DialPlan, DialRequest, Outcome
from wolkvox_desk.core.outcomes import make_record
from wolkvox_desk.services.history import _csv_cell

if TYPE_CHECKING:
    from wolkvox_desk.services.agentbox import AgentboxClient

#: the most extensions one run may hold (a typo such as ``1000-100000`` must not dial 99 001)
MAX_EXTENSIONS = 500
#: more than this many extensions asks for confirmation first (issue 7)
CONFIRM_ABOVE = 20
#: how long each request waits for the gate (batch work waits its turn, like call controls)
GATE_WAIT_S = 30.0
#: a hang-up-after value beyond this is a typo, not a test
MAX_HANG_AFTER_S = 3600.0

_SEPARATORS = re.compile(r"[\s,;]+")
_RANGE = re.compile(r"([0-9]+)\s*-\s*([0-9]+)")
_NUMBER = re.compile(r"[0-9]+")
# A range written with spaces ("1001 - 1010") is joined before splitting on whitespace.
_SPACED_DASH = re.compile(r"\s*-\s*")


class ExtensionListError(InputError):
    """An extension list that cannot be run; nothing was sent (exit 2).

    Kinds (``detail`` in brackets): ``empty``; ``bad_token`` [the token]; ``reversed_range``
    [the range]; ``too_many`` [the limit]; ``bad_extension`` [the extension: too long];
    ``bad_hang_after`` [the value].
    """

    #: lets the words module recognise this error without importing services
    subject = "extensions"


# --- parsing -------------------------------------------------------------------------------


def parse_extensions(text: str, *, limit: int = MAX_EXTENSIONS) -> list[str]:
    """``"1001-1003, 1020"`` -> ``["1001", "1002", "1003", "1020"]``.

    Separators are commas, semicolons, spaces and newlines; ``A-B`` is inclusive and keeps
    A's zero padding (``0998-1001`` gives ``0998, 0999, 1000, 1001``). Duplicates are dropped,
    keeping the first. Each extension must be a valid agent ID (:func:`validate_agent_id`).
    """
    joined = _SPACED_DASH.sub("-", text.strip())
    tokens = [t for t in _SEPARATORS.split(joined) if t]
    if not tokens:
        raise ExtensionListError("empty")
    seen: dict[str, None] = {}
    for token in tokens:
        for extension in _expand(token, limit):
            seen.setdefault(extension, None)
            if len(seen) > limit:
                raise ExtensionListError("too_many", str(limit))
    return list(seen)


def _expand(token: str, limit: int) -> Iterable[str]:
    if _NUMBER.fullmatch(token):
        return [_agent(token)]
    match = _RANGE.fullmatch(token)
    if match is None:
        raise ExtensionListError("bad_token", token)
    first, last = match.group(1), match.group(2)
    low, high = int(first), int(last)
    if high < low:
        raise ExtensionListError("reversed_range", token)
    if high - low + 1 > limit:
        raise ExtensionListError("too_many", str(limit))
    width = len(first) if first.startswith("0") else 0
    return [_agent(str(n).zfill(width)) for n in range(low, high + 1)]


def _agent(extension: str) -> str:
    try:
        return validate_agent_id(extension)
    except SettingValueError:
        raise ExtensionListError("bad_extension", extension[: AGENT_ID_MAX + 8]) from None


def check_hang_after(value: float | None) -> float | None:
    """``None``/0 is off; otherwise a positive number of seconds up to an hour."""
    if value is None or value == 0:
        return None
    if not (0 < value <= MAX_HANG_AFTER_S):
        raise ExtensionListError("bad_hang_after", f"{value:g}")
    return float(value)


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtensionResult:
    """One extension's test: what wolkvox answered to its dial.

    ``state`` is OK when wolkvox *accepted the dial*; it says nothing about anyone answering.
    """

    extension: str
    state: Outcome
    http_status: int | None = None
    code: str = ""
    msg: str = ""
    conn_id: str = ""
    latency_ms: float | None = None
    error_kind: str = ""
    attempts: int = 1
    started_at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.state is Outcome.OK

    @classmethod
    def from_record(cls, extension: str, record: CallRecord) -> ExtensionResult:
        return cls(
            extension=extension,
            state=record.outcome,
            http_status=record.http_status,
            code=record.code,
            msg=record.msg,
            conn_id=record.conn_id,
            latency_ms=record.latency_ms,
            error_kind=record.error_kind,
            attempts=record.attempts,
            started_at=record.started_at,
        )


@dataclass(frozen=True, slots=True)
class Summary:
    """A run in numbers: ``refused`` and ``failed`` list extensions, in run order."""

    planned: int
    ok: int
    refused: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    stopped: bool = False

    @property
    def done(self) -> int:
        return self.ok + len(self.refused) + len(self.failed)

    @property
    def not_run(self) -> int:
        return self.planned - self.done

    @property
    def all_ok(self) -> bool:
        return self.ok == self.planned


def summarize(results: Sequence[ExtensionResult], planned: int, *, stopped: bool) -> Summary:
    refused = tuple(r.extension for r in results if r.state is Outcome.REFUSED)
    failed = tuple(r.extension for r in results if r.state not in (Outcome.OK, Outcome.REFUSED))
    ok = sum(1 for r in results if r.ok)
    return Summary(planned=planned, ok=ok, refused=refused, failed=failed, stopped=stopped)


# --- export --------------------------------------------------------------------------------

EXPORT_FIELDS = (
    "extension",
    "state",
    "http_status",
    "code",
    "msg",
    "conn_id",
    "latency_ms",
    "error_kind",
    "attempts",
    "started_at",
)


def result_dict(result: ExtensionResult) -> dict[str, Any]:
    data = asdict(result)
    data["state"] = str(result.state)
    if result.latency_ms is not None:
        data["latency_ms"] = round(result.latency_ms, 1)
    return data


def export_csv(results: Iterable[ExtensionResult], out: TextIO) -> int:
    """Write a header and one row per result; formula-like text cells are neutralised like
    history's export (a leading apostrophe). Returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    count = 0
    for result in results:
        data = result_dict(result)
        writer.writerow([_csv_cell("" if data[k] is None else data[k]) for k in EXPORT_FIELDS])
        count += 1
    return count


def export_json(results: Iterable[ExtensionResult], summary: Summary, out: TextIO) -> None:
    """One JSON document: ``{"summary": {...}, "results": [...]}``."""
    doc = {
        "summary": {**asdict(summary), "not_run": summary.not_run},
        "results": [result_dict(r) for r in results],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- the runner ----------------------------------------------------------------------------

ClientFactory = Callable[[], "AgentboxClient"]
Recorder = Callable[[CallRecord], object]


@dataclass(frozen=True, slots=True)
class TestPlan:
    """A validated run: the extensions and the test number as it will be sent."""

    __test__ = False  # not a pytest class

    extensions: tuple[str, ...]
    phone_typed: str
    phone_sent: str
    hang_after_s: float | None = None

    def request(self, extension: str) -> DialRequest:
        return DialRequest(
            phone_typed=self.phone_typed, phone_sent=self.phone_sent, agent_id=extension
        )


def make_plan(
    extensions_text: str | Sequence[str],
    phone: str,
    dial_plan: DialPlan,
    hang_after_s: float | None = None,
) -> TestPlan:
    """Validate everything before anything is sent: extensions, then phone, then hang-up.

    The phone goes through :func:`build_dial_request`, so it gets the dial plan and the checks
    of a normal dial (:class:`PhoneNumberError` when it cannot be dialled).
    """
    text = extensions_text if isinstance(extensions_text, str) else " ".join(extensions_text)
    extensions = parse_extensions(text)
    request = build_dial_request(phone, extensions[0], dial_plan)
    return TestPlan(
        extensions=tuple(extensions),
        phone_typed=request.phone_typed,
        phone_sent=request.phone_sent,
        hang_after_s=check_hang_after(hang_after_s),
    )


@dataclass
class RunReport:
    """What :meth:`ExtensionTestRunner.run` returns."""

    results: list[ExtensionResult]
    summary: Summary
    #: history rows that could not be written (the test itself still counts)
    storage_errors: list[StorageError] = field(default_factory=list)
    #: hang-ups sent, and how many were refused or failed
    hangups_sent: int = 0
    hangups_failed: int = 0
    #: hang-ups never sent because the run was stopped
    hangups_dropped: int = 0


class ExtensionTestRunner:
    """Dials every extension of a :class:`TestPlan` once, back to back, through the gate.

    ``make_client`` builds an agentbox client that goes through the shared gate (one for the
    dials and, with hang-up-after, one for the hang-ups; both are closed at the end).
    ``record`` receives each history row (``is_test=True``). ``run`` blocks; ``stop`` may be
    called from any thread.
    """

    def __init__(
        self,
        plan: TestPlan,
        account: Account | Callable[[], Account],
        make_client: ClientFactory,
        *,
        server: str = "",
        record: Recorder | None = None,
        gate_wait_s: float = GATE_WAIT_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.plan = plan
        self._account = account
        self._make_client = make_client
        self._server = server
        self._record = record
        self._gate_wait_s = gate_wait_s
        self._clock = clock
        self._stop = threading.Event()
        self._hangups: _HangupQueue | None = None
        self._writer: _Writer | None = None
        self._report = RunReport(
            results=[], summary=summarize([], len(plan.extensions), stopped=False)
        )

    def stop(self) -> None:
        """Let the request in flight finish; send nothing more (queued hang-ups are dropped)."""
        self._stop.set()
        hangups = self._hangups
        if hangups is not None:
            hangups.abandon()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, on_result: Callable[[ExtensionResult], None] | None = None) -> RunReport:
        """Dial each extension in order; ``on_result`` is called (on this thread) after each."""
        account = self._account() if callable(self._account) else self._account
        # The client first: a refused API base must not leave helper threads behind.
        client = self._make_client()
        if self._record is not None:
            self._writer = _Writer(self._store)
        delay = self.plan.hang_after_s
        if delay is not None:
            self._hangups = _HangupQueue(self, account)
            if self._stop.is_set():  # a stop that came before the queue existed
                self._hangups.abandon()
        try:
            for extension in self.plan.extensions:
                if self._stop.is_set():
                    break
                if self._writer is not None:
                    self._writer.release()  # the last row is written while this one waits
                result = self._dial_one(client, account, extension)
                if result is None:  # stopped while it waited for the gate: nothing sent
                    break
                self._report.results.append(result)
                if self._hangups is not None and delay is not None and result.ok:
                    self._hangups.schedule(extension, time.monotonic() + delay)
                if on_result is not None:
                    on_result(result)
        finally:
            client.close()
            if self._hangups is not None:
                self._hangups.finish()
            if self._writer is not None:
                self._writer.finish()  # every row is in history before run() returns
        report = self._report
        planned = len(self.plan.extensions)
        # A stop after the last dial (while hang-ups were pending) did not cut the run short.
        stopped = self._stop.is_set() and len(report.results) < planned
        report.summary = summarize(report.results, planned, stopped=stopped)
        return report

    def _dial_one(
        self, client: AgentboxClient, account: Account, extension: str
    ) -> ExtensionResult | None:
        """The extension's result, or None when Stop came while it waited for the gate."""
        request = self.plan.request(extension)
        started = self._clock()
        result: ApiResult | None = None
        error: Exception | None = None
        try:
            result = client.dial(
                account,
                extension,
                request.phone_sent,
                wait_s=self._gate_wait_s,
                cancelled=self._stop.is_set,
            )
        except RequestCancelledError:
            return None
        except Exception as exc:  # RequestError, GateBusyError; and a bug must not end the run
            error = exc
        record = make_record(
            request, started, self._server, result=result, error=error, is_test=True
        )
        self._write(record)
        return ExtensionResult.from_record(extension, record)

    def _write(self, record: CallRecord) -> None:
        if self._writer is not None:
            self._writer.put(record)

    def _store(self, record: CallRecord) -> None:
        """On the writer thread: one history row; a failure is kept, never raised."""
        assert self._record is not None
        try:
            self._record(record)
        except StorageError as error:
            self._report.storage_errors.append(error)

    # called by _HangupQueue on its own thread
    def _hang_one(self, client: AgentboxClient, account: Account, extension: str) -> bool | None:
        """True when the hang-up went through; None when Stop dropped it at the gate."""
        request = self.plan.request(extension)
        started = self._clock()
        result: ApiResult | None = None
        error: Exception | None = None
        try:
            result = client.hang(
                account, extension, wait_s=self._gate_wait_s, cancelled=self._stop.is_set
            )
        except RequestCancelledError:
            return None
        except Exception as exc:  # recorded and counted, never raised
            error = exc
        record = make_record(
            request, started, self._server, result=result, error=error, api="hang", is_test=True
        )
        self._write(record)
        return error is None


class _Writer:
    """Writes history rows on a thread of its own, in order, so that a disk commit never
    delays the next dial (issue 7: back to back, no idle gaps).

    A row is written once :meth:`release` says the next request is on its way: its commit
    then overlaps that request's wait for wolkvox instead of competing with its sending.
    """

    def __init__(self, store: Callable[[CallRecord], None]) -> None:
        self._store = store
        self._cond = threading.Condition()
        self._held: list[CallRecord] = []
        self._ready: list[CallRecord] = []
        self._closing = False
        self._thread = threading.Thread(target=self._loop, name="tester-history", daemon=True)
        self._thread.start()

    def put(self, record: CallRecord) -> None:
        with self._cond:
            self._held.append(record)

    def release(self) -> None:
        with self._cond:
            if self._held:
                self._ready.extend(self._held)
                self._held.clear()
                self._cond.notify_all()

    def finish(self) -> None:
        with self._cond:
            self._ready.extend(self._held)
            self._held.clear()
            self._closing = True
            self._cond.notify_all()
        self._thread.join()

    def _loop(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._ready or self._closing)
                batch, self._ready = self._ready, []
                if not batch and self._closing:
                    return
            for record in batch:
                self._store(record)


class _HangupQueue:
    """Hang-ups due at given times, sent in due order by one helper thread.

    The thread sleeps on a condition until the earliest hang-up is due (or a new one arrives,
    or the run stops): a timed wait for a deadline, not polling. Its requests queue at the gate
    like any other, so at most one request is ever in flight.
    """

    def __init__(self, runner: ExtensionTestRunner, account: Account) -> None:
        self._runner = runner
        self._account = account
        self._cond = threading.Condition()
        self._due: list[tuple[float, int, str]] = []
        self._seq = 0
        self._closing = False
        self._abandon = False
        self._thread = threading.Thread(target=self._loop, name="tester-hangups", daemon=True)
        self._thread.start()

    def schedule(self, extension: str, due: float) -> None:
        with self._cond:
            self._seq += 1
            heapq.heappush(self._due, (due, self._seq, extension))
            self._cond.notify_all()

    def finish(self) -> None:
        """Send the hang-ups still queued, each when due, then end the thread.

        :meth:`abandon` (the runner's stop) drops what is still queued and ends it sooner.
        """
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()

    def abandon(self) -> None:
        with self._cond:
            self._abandon = True
            self._cond.notify_all()

    def _next(self) -> str | None:
        """The next extension to hang up, when due; None when there is nothing more to do."""
        with self._cond:
            while True:
                if self._abandon:
                    self._runner._report.hangups_dropped += len(self._due)
                    self._due.clear()
                    return None
                if not self._due:
                    if self._closing:
                        return None
                    self._cond.wait()
                    continue
                wait = self._due[0][0] - time.monotonic()
                if wait <= 0:
                    return heapq.heappop(self._due)[2]
                self._cond.wait(wait)

    def _loop(self) -> None:
        try:
            client = self._runner._make_client()
        except Exception:  # the dials' client was built the same way; count, never raise
            self.abandon()
            self._next()  # drops (and counts) whatever gets queued meanwhile
            return
        try:
            while (extension := self._next()) is not None:
                ok = self._runner._hang_one(client, self._account, extension)
                report = self._runner._report
                if ok is None:  # Stop came while it waited for the gate: nothing sent
                    report.hangups_dropped += 1
                    continue
                report.hangups_sent += 1
                report.hangups_failed += 0 if ok else 1
        finally:
            client.close()
