"""The product rule: never more than one request of a token in flight, whoever sends it.

16 threads (each with its own client and gate object) and 2 CLI processes dial with one
token at the same moment; the simulator, which records real concurrency on its sockets,
must never see two of them overlap.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import TEST_TOKEN
from wolkvox_desk.core.models import Account
from wolkvox_desk.paths import AppPaths
from wolkvox_desk.services.agentbox import AgentboxClient
from wolkvox_desk.services.gate import TokenGate

THREADS = 16
PROCESSES = 2


def test_threads_and_processes_never_overlap_on_one_token(simulator, isolated_home):
    simulator.set_latency(20)  # long enough that any overlap would be seen
    lock_dir = AppPaths.from_env().lock_dir
    env = {k: v for k, v in os.environ.items() if not k.startswith("WOLKVOX_")}
    env.update(
        WOLKVOX_DESK_HOME=str(isolated_home),
        WOLKVOX_TOKEN=TEST_TOKEN,
        WOLKVOX_DESK_API_BASE=simulator.base_url,
        PYTHONPATH=str(Path(__file__).parents[1]),
    )
    start = threading.Barrier(THREADS + 1)
    errors: list[BaseException] = []

    def dial_from_thread(n: int) -> None:
        with AgentboxClient(api_base=simulator.base_url, gate=TokenGate(lock_dir)) as client:
            start.wait()
            try:
                client.dial(Account("0042", TEST_TOKEN), "1001", f"300000{n:04d}", wait_s=60)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=dial_from_thread, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "wolkvox_desk",
                "dial",
                f"31100000{n}",
                "--agent-id",
                "1001",
                "--wait",
                "60",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    start.wait()
    for t in threads:
        t.join(120)
    outs = [p.communicate(timeout=120)[1] for p in procs]
    assert errors == []
    assert [p.returncode for p in procs] == [0] * PROCESSES, outs
    records = simulator.records()
    assert len(records) == THREADS + PROCESSES
    assert all(r.status == 200 for r in records)
    assert simulator.max_in_flight(TEST_TOKEN) == 1
