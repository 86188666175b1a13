"""Request ids shared by every controller that sends through the one request worker.

The worker answers every request on one signal, ``request_finished(request_id, outcome)``, and
each controller keeps only the answers to its own ids. One :class:`RequestIds` per worker,
passed to every controller, makes the ids unique, so a dial's answer can never be taken for
a call control's, or the other way round.

Qt-free on purpose (used on the GUI thread only, so no lock is needed). Ids stay below 2**31:
Qt carries them as a C++ ``int``.
"""

from __future__ import annotations

_INT_MAX = 2**31 - 1


class RequestIds:
    """A counter of request ids: ``ids.next()`` returns 1, 2, 3... (from ``start``)."""

    def __init__(self, start: int = 1) -> None:
        if not 1 <= start <= _INT_MAX:
            raise ValueError("start must be a positive 32-bit int")
        self._next = start

    def next(self) -> int:
        value = self._next
        # Wrapping after two billion requests cannot collide with one still in flight.
        self._next = value + 1 if value < _INT_MAX else 1
        return value

    def __call__(self) -> int:
        return self.next()
