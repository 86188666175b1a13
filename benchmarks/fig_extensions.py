"""Figure 5: extension tester throughput against the ideal N x latency (issue 7 builds it)."""

from __future__ import annotations

import importlib.util

from benchmarks.common import Config, Row

NAME = "extensions"


def run(cfg: Config) -> list[Row]:
    if importlib.util.find_spec("wolkvox_desk.qt.extension_tester") is None:
        return [Row("5. Extension tester throughput", "n/a (issue 7)", target="<= 1.1x")]
    return [
        Row(
            "5. Extension tester throughput",
            "not measured yet",
            target="<= 1.1x",
            notes=["the tester exists now: add its measurement here"],
        )
    ]
