"""Guards against a Qt binding that would crash an agent's long shift.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to ``True`` per signal emit from
Python; after a few hundred emits the interpreter aborts (``bool_dealloc``). pyproject.toml
excludes that release; this test fails on any binding with the same defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_signal_emits_do_not_leak_references_to_true(qapp):
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(100):
        emitter.fired.emit(n)
    after = sys.getrefcount(True)
    assert len(seen) == 100
    # Other threads may hold or drop a few references meanwhile; a leak is one per emit.
    assert after - before > -20, f"True lost {before - after} references in 100 emits"
