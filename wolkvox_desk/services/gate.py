"""The token gate: at most one agentbox request in flight per token, for every caller.

wolkvox allows two simultaneous requests per token but asks clients to wait for each answer,
and one token is usually shared by a whole operation's PCs. So every caller on this PC (the
window's worker, CLI dials, ``tel:`` links, the extension tester) passes through here:

- within a process, a ``threading.Condition`` per token hands the gate over at once, in
  arrival order, so batch work runs back to back without polling gaps;
- across processes, an exclusive OS file lock on a file named by a SHA-256 of the token, never
  by the token itself: ``flock`` on a descriptor kept open per token on POSIX (about 5 µs a
  request, where ``filelock`` took 0.25 ms on the dial's path), ``filelock`` (this library's
  only home) elsewhere.

``hold(token, wait=0)`` is the non-blocking try for interactive dials; ``wait=N`` blocks up to
N seconds for batch work and the CLI.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from wolkvox_desk.core.errors import GateBusyError

try:
    import fcntl
except ImportError:  # Windows: filelock's msvcrt lock
    fcntl = None  # type: ignore[assignment]

# Cross-process waits poll the file lock; within a process waiters are woken directly.
_FILE_POLL_S = 0.005


def token_key(token: str) -> str:
    """A stable, non-reversible name for a token (lock files, gate sharing between profiles)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:32]


class _FileLock(Protocol):
    def acquire(self, timeout: float, poll_interval: float) -> object: ...

    def release(self) -> object: ...


class _FileLockTimeout(Exception):
    """The cross-process lock stayed taken until the deadline."""


class _FlockFile:
    """An exclusive ``flock`` on one file, its descriptor opened once and kept.

    The lane lets one thread of this process use it at a time. A lock file deleted while we
    keep it open would leave us locking a stale inode, so each acquire checks that the path
    still names our file, and reopens it if not.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd = -1

    def _open(self) -> int:
        if self._fd >= 0:
            try:
                if os.stat(self._path).st_ino == os.fstat(self._fd).st_ino:
                    return self._fd
            except OSError:
                pass  # deleted: open (and create) it again
            os.close(self._fd)
        self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def acquire(self, timeout: float, poll_interval: float) -> None:
        assert fcntl is not None
        fd = self._open()
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _FileLockTimeout from None
                time.sleep(poll_interval)

    def release(self) -> None:
        assert fcntl is not None
        fcntl.flock(self._fd, fcntl.LOCK_UN)


class _Lane:
    """The in-process queue for one token: FIFO tickets so waiters are served in order."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.busy = False
        self.queue: deque[object] = deque()


class TokenGate:
    """One request in flight per token, across threads and processes."""

    def __init__(self, lock_dir: Path) -> None:
        self._lock_dir = lock_dir
        self._lanes: dict[str, _Lane] = {}
        self._lanes_lock = threading.Lock()
        # One FileLock per token, made once: building one per request (and the mkdir) cost
        # about 0.15 ms of a 0.3 ms gate. The lane already lets one holder at a time use it.
        self._file_locks: dict[str, _FileLock] = {}

    def _lane(self, key: str) -> _Lane:
        with self._lanes_lock:
            return self._lanes.setdefault(key, _Lane())

    def busy(self, token: str) -> bool:
        """True when this process holds (or queues for) the gate of ``token``."""
        lane = self._lane(token_key(token))
        with lane.cond:
            return lane.busy or bool(lane.queue)

    @contextmanager
    def hold(self, token: str, *, wait: float = 0.0) -> Iterator[None]:
        """Hold the gate of ``token`` for the block; raise :class:`GateBusyError` on time-out.

        ``wait=0`` refuses at once when busy (interactive dials are never queued).
        """
        key = token_key(token)
        deadline = time.monotonic() + max(wait, 0.0)
        lane = self._lane(key)
        self._enter_lane(lane, deadline, wait)
        try:
            file_lock = self._acquire_file(key, deadline, wait)
            try:
                yield
            finally:
                file_lock.release()
        finally:
            self._leave_lane(lane)

    def _enter_lane(self, lane: _Lane, deadline: float, wait: float) -> None:
        ticket = object()
        with lane.cond:
            if not lane.busy and not lane.queue:
                lane.busy = True
                return
            if wait <= 0:
                raise GateBusyError(0.0)
            lane.queue.append(ticket)
            try:
                while lane.busy or lane.queue[0] is not ticket:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise GateBusyError(wait)
                    lane.cond.wait(remaining)
            finally:
                lane.queue.remove(ticket)
                # Our leaving the queue may make someone else first in line.
                lane.cond.notify_all()
            lane.busy = True

    def _leave_lane(self, lane: _Lane) -> None:
        with lane.cond:
            lane.busy = False
            lane.cond.notify_all()

    def _acquire_file(self, key: str, deadline: float, wait: float) -> _FileLock:
        lock = self._file_lock(key)
        timeout = max(deadline - time.monotonic(), 0.0)
        if fcntl is not None:
            try:
                lock.acquire(timeout=timeout, poll_interval=_FILE_POLL_S)
            except _FileLockTimeout:
                raise GateBusyError(wait) from None
            return lock
        from filelock import Timeout as FileLockTimeout

        try:
            lock.acquire(timeout=timeout, poll_interval=_FILE_POLL_S)
        except FileLockTimeout:
            raise GateBusyError(wait) from None
        return lock

    def _file_lock(self, key: str) -> _FileLock:
        """Called with the lane of ``key`` held, so no two threads make one at once."""
        lock = self._file_locks.get(key)
        if lock is None:
            self._lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = self._lock_dir / f"gate-{key}.lock"
            lock = _FlockFile(path) if fcntl is not None else _filelock(path)
            self._file_locks[key] = lock
        return lock


def _filelock(path: Path) -> _FileLock:
    """filelock's lock (Windows): made once per token, like the flock file."""
    from filelock import FileLock

    # thread_local=False: any thread of ours may take it (one at a time, per lane);
    # is_singleton=False: filelock's own cache must not hand it to other gates.
    return FileLock(str(path), thread_local=False, is_singleton=False, mode=0o600)
