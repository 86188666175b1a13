"""The token gate: one request in flight per token, across threads and processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from wolkvox_desk.core.errors import GateBusyError
from wolkvox_desk.services.gate import TokenGate, token_key

TOKEN = "tok-0123456789abcdef"


def test_second_holder_is_refused_at_once_while_busy(tmp_path: Path) -> None:
    gate = TokenGate(tmp_path)
    with gate.hold(TOKEN):
        assert gate.busy(TOKEN)
        with pytest.raises(GateBusyError), gate.hold(TOKEN, wait=0):
            pass
    assert not gate.busy(TOKEN)
    with gate.hold(TOKEN):  # released: free again
        pass


def test_other_tokens_do_not_share_the_gate(tmp_path: Path) -> None:
    gate = TokenGate(tmp_path)
    with gate.hold(TOKEN), gate.hold("another-token-xyz"):
        assert gate.busy(TOKEN) and gate.busy("another-token-xyz")


def test_waiters_get_the_gate_in_arrival_order(tmp_path: Path) -> None:
    gate = TokenGate(tmp_path)
    order: list[int] = []
    in_gate = 0
    max_in_gate = 0
    guard = threading.Lock()

    def worker(n: int) -> None:
        nonlocal in_gate, max_in_gate
        with gate.hold(TOKEN, wait=10):
            with guard:
                in_gate += 1
                max_in_gate = max(max_in_gate, in_gate)
                order.append(n)
            time.sleep(0.005)
            with guard:
                in_gate -= 1

    threads = []
    with gate.hold(TOKEN):
        for n in range(8):
            t = threading.Thread(target=worker, args=(n,))
            t.start()
            threads.append(t)
            # wait until this thread is queued, so arrival order is known
            deadline = time.monotonic() + 5
            while len(gate._lane(token_key(TOKEN)).queue) < n + 1:
                assert time.monotonic() < deadline
                time.sleep(0.001)
    for t in threads:
        t.join(10)
    assert order == list(range(8))
    assert max_in_gate == 1


def test_waiting_times_out_with_busy(tmp_path: Path) -> None:
    gate = TokenGate(tmp_path)
    with gate.hold(TOKEN):
        result: list[BaseException] = []

        def waiter() -> None:
            try:
                with gate.hold(TOKEN, wait=0.05):
                    pass
            except GateBusyError as exc:
                result.append(exc)

        t = threading.Thread(target=waiter)
        t.start()
        t.join(5)
    assert len(result) == 1 and result[0].exit_code == 7
    assert not gate.busy(TOKEN)  # the timed-out waiter left the queue


def test_separate_gate_objects_share_the_file_lock(tmp_path: Path) -> None:
    first, second = TokenGate(tmp_path), TokenGate(tmp_path)
    with first.hold(TOKEN), pytest.raises(GateBusyError), second.hold(TOKEN):
        pass


def test_lock_file_is_named_by_hash_never_by_token(tmp_path: Path) -> None:
    locks = tmp_path / "locks"
    gate = TokenGate(locks)
    with gate.hold(TOKEN):
        names = [p.name for p in locks.iterdir()]
    assert names and all(TOKEN not in name for name in names)
    assert any(token_key(TOKEN) in name for name in names)
    for path in locks.iterdir():
        assert TOKEN.encode() not in path.read_bytes()


def test_another_process_holding_the_gate_blocks_this_one(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from wolkvox_desk.services.gate import TokenGate
        with TokenGate(Path({str(tmp_path)!r})).hold({TOKEN!r}):
            print("held", flush=True)
            time.sleep(0.5)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        gate = TokenGate(tmp_path)
        with pytest.raises(GateBusyError), gate.hold(TOKEN, wait=0):
            pass
        with gate.hold(TOKEN, wait=10):  # granted once the child lets go (no GateBusyError)
            pass
        child.wait(10)
    assert child.returncode == 0


def test_a_lock_file_deleted_between_holds_still_locks_across_gates(tmp_path: Path) -> None:
    # The descriptor is kept open between holds: a deleted file must not leave it locking
    # a stale inode that a newcomer (another process) would never see.
    first, second = TokenGate(tmp_path), TokenGate(tmp_path)
    with first.hold(TOKEN):
        pass
    for path in tmp_path.glob("gate-*.lock"):
        path.unlink()
    with first.hold(TOKEN), pytest.raises(GateBusyError), second.hold(TOKEN):
        pass
    with second.hold(TOKEN):  # released: the other gate may take it
        pass


def test_the_gate_is_released_after_each_hold_even_on_errors(tmp_path: Path) -> None:
    first, second = TokenGate(tmp_path), TokenGate(tmp_path)
    with pytest.raises(ValueError), first.hold(TOKEN):
        raise ValueError("the request failed")
    for _ in range(3):
        with second.hold(TOKEN):
            pass
        with first.hold(TOKEN):
            pass
