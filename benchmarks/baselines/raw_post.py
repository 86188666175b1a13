"""For scale: the same agentbox POST with a warm httpx client, in a plain loop, no Qt.

Usage: ``raw_post.py --url BASE --count N``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

import time  # noqa: E402
from urllib.parse import quote, urlencode  # noqa: E402

import httpx  # noqa: E402

from benchmarks.common import AGENT, CUSTOMER_ID, CUSTOMER_NAME, PHONE_SENT, SERVER, TOKEN  # noqa: E402
from benchmarks.harness import emit  # noqa: E402

if __name__ == "__main__":
    base = sys.argv[sys.argv.index("--url") + 1]
    count = int(sys.argv[sys.argv.index("--count") + 1])
    params = {
        "agent_id": AGENT,
        "api": "dial",
        "customer_phone": PHONE_SENT,
        "customer_id": CUSTOMER_ID,
        "customer_name": CUSTOMER_NAME,
    }
    url = f"{base}/api/v2/agentbox.php?{urlencode(params, quote_via=quote)}"
    headers = {"wolkvox-token": TOKEN, "wolkvox_server": SERVER}
    samples: list[float] = []
    with httpx.Client(trust_env=False) as client:
        for i in range(count + 10):
            started = time.perf_counter()
            response = client.post(url, headers=headers)
            response.json()
            if i >= 10:  # the first ones open the connection
                samples.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                emit(error=f"HTTP {response.status_code}: {response.text[:200]}")
                sys.exit(1)
    emit(samples_ms=samples)
