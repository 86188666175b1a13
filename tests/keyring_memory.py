"""An in-memory keyring backend for tests: the stand-in that ``services/credentials.py`` is
given instead of the OS keyring.

Every instance has its own store, so a fresh ``MemoryKeyring()`` is an empty keyring.
``fail_with`` makes every operation raise, to imitate a locked or broken keyring.
keyring registers every backend class it sees; priority 1 keeps this one below real backends.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, keyed by (service, username)."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        #: when set, every operation raises it (a locked collection, a dead D-Bus...)
        self.fail_with: Exception | None = None
        #: how many operations reached the backend (to prove that none did)
        self.calls = 0

    def _enter(self) -> None:
        self.calls += 1
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self._enter()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._enter()
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None

    def clear(self) -> None:
        """Forget everything (for a process-wide instance shared between tests)."""
        self.passwords.clear()
        self.fail_with = None
        self.calls = 0
