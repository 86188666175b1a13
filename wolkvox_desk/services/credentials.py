"""The wolkvox token: where it comes from and where it is kept. keyring's only home.

Order of lookup: ``WOLKVOX_TOKEN`` (this process only, never stored), then a session-only
token (memory, for PCs without a keyring), then the OS keyring (service ``wolkvox-desk``,
username = profile name). There is no plaintext fallback: without a usable keyring every
keyring operation raises :class:`KeyringUnavailableError`.

keyring is imported on first use, because importing it (and choosing a backend) is slow, and
because a token from the environment must never make the app touch the keyring.
Nothing here logs or puts a token in an exception.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from wolkvox_desk.core.errors import KeyringUnavailableError, SettingValueError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "wolkvox-desk"
TOKEN_ENV = "WOLKVOX_TOKEN"
DEFAULT_PROFILE = "default"
TOKEN_MAX = 4096  # wolkvox tokens are ~52 characters; this only bounds nonsense
NO_BACKEND = "none"

TokenSource = Literal["env", "session", "keyring"]

log = logging.getLogger(__name__)


def check_profile(profile: str) -> str:
    """``profile`` unchanged, or SettingValueError (key ``profile``, kind ``empty``)."""
    if not profile.strip():
        raise SettingValueError("profile", "empty")
    return profile


def check_token(token: str) -> str:
    """``token`` stripped, or SettingValueError (key ``token``) with no part of it in the error.

    Kinds: ``empty``, ``invalid_char`` (whitespace or control characters inside: a paste of
    two lines, or of a label), ``too_long``.
    """
    value = token.strip()
    if not value:
        raise SettingValueError("token", "empty")
    if len(value) > TOKEN_MAX:
        raise SettingValueError("token", "too_long", str(TOKEN_MAX))
    for ch in value:
        # Z* = any space; C* = control, format, surrogate, private-use, unassigned.
        if unicodedata.category(ch)[0] in "ZC":
            raise SettingValueError("token", "invalid_char")
    return value


class CredentialStore:
    """Finds, stores and clears the token of each profile."""

    def __init__(
        self,
        *,
        backend: KeyringBackend | None = None,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        self._backend = backend
        self._usable: bool | None = None  # judged once, on first use
        self._env = env
        self._session: dict[str, str] = {}
        # The dial worker and the GUI thread both ask for tokens.
        self._lock = threading.Lock()

    @classmethod
    def without_keyring(cls, env: Mapping[str, str] = os.environ) -> CredentialStore:
        """A store that never touches the OS keyring: environment and session tokens only.

        The demo and the self-test use it, so that they neither read nor prompt for the
        user's real keyring.
        """
        store = cls(env=env)
        store._usable = False  # settled: no backend, never resolved
        return store

    # lookup

    def token(self, profile: str = DEFAULT_PROFILE) -> str | None:
        """The token to use, or None when none is stored.

        Raises KeyringUnavailableError only when neither the environment nor the session
        has one and there is no usable keyring.
        """
        found = self._lookup(profile)
        return found[0] if found else None

    def token_source(self, profile: str = DEFAULT_PROFILE) -> TokenSource | None:
        """Where :meth:`token` finds the token; raises as :meth:`token` does."""
        found = self._lookup(profile)
        return found[1] if found else None

    def _lookup(self, profile: str) -> tuple[str, TokenSource] | None:
        check_profile(profile)
        from_env = self._env.get(TOKEN_ENV, "").strip()
        if from_env:
            return from_env, "env"
        with self._lock:
            session = self._session.get(profile)
        if session:
            return session, "session"
        backend = self._usable_backend()
        try:
            stored = backend.get_password(SERVICE, profile)
        except Exception as exc:  # dbus, locked collection, denied prompt...: all "no keyring"
            raise self._unavailable(backend, exc) from None
        stored = (stored or "").strip()
        return (stored, "keyring") if stored else None

    # changes

    def set_token(self, token: str, profile: str = DEFAULT_PROFILE) -> None:
        """Store ``token`` in the keyring. Raises SettingValueError or KeyringUnavailableError."""
        check_profile(profile)
        value = check_token(token)
        backend = self._usable_backend()
        try:
            backend.set_password(SERVICE, profile, value)
        except Exception as exc:
            raise self._unavailable(backend, exc) from None
        with self._lock:
            # A session token would hide the one just saved.
            self._session.pop(profile, None)
        log.info("token saved for profile %r in %s", profile, self.backend_name())

    def set_session_token(self, token: str, profile: str = DEFAULT_PROFILE) -> None:
        """Keep ``token`` in memory until the process ends (the "no keyring" choice)."""
        check_profile(profile)
        value = check_token(token)
        with self._lock:
            self._session[profile] = value

    def clear_token(self, profile: str = DEFAULT_PROFILE) -> None:
        """Forget the session token and delete the keyring entry; a missing entry is fine.

        Raises KeyringUnavailableError (after forgetting the session token) when there is no
        usable keyring.
        """
        check_profile(profile)
        with self._lock:
            self._session.pop(profile, None)
        backend = self._usable_backend()
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(SERVICE, profile)
        except PasswordDeleteError:  # nothing stored: already clear
            pass
        except Exception as exc:
            raise self._unavailable(backend, exc) from None

    def move_token(self, old: str, new: str) -> None:
        """Move ``old``'s stored token (keyring and session) to profile ``new`` (a rename).
        Nothing stored is fine. Raises KeyringUnavailableError without a usable keyring."""
        check_profile(old)
        check_profile(new)
        with self._lock:
            session = self._session.pop(old, None)
            if session:
                self._session[new] = session
        backend = self._usable_backend()
        try:
            # The keyring itself, not token(): WOLKVOX_TOKEN must not be saved under `new`.
            stored = (backend.get_password(SERVICE, old) or "").strip()
        except Exception as exc:
            raise self._unavailable(backend, exc) from None
        if stored:
            self.set_token(stored, new)
            self.clear_token(old)

    # the backend

    def backend_name(self) -> str:
        """The keyring in use, for the settings dialog and diagnostics; ``"none"`` if unusable."""
        backend, usable = self._resolve()
        return _name_of(backend) if backend is not None and usable else NO_BACKEND

    def available(self) -> bool:
        """True when a real keyring backend is in use (not keyring's fail/null stand-ins)."""
        return self._resolve()[1]

    def _resolve(self) -> tuple[KeyringBackend | None, bool]:
        """The backend, and whether it is usable. Both are settled once: choosing imports
        keyring, and judging a chainer asks every installed backend (D-Bus calls)."""
        with self._lock:
            if self._usable is None:
                if self._backend is None:
                    self._backend = _default_backend()
                self._usable = self._backend is not None and _is_usable(self._backend)
            return self._backend, self._usable

    def _usable_backend(self) -> KeyringBackend:
        backend, usable = self._resolve()
        if backend is None:
            raise KeyringUnavailableError(NO_BACKEND)
        if not usable:
            raise KeyringUnavailableError(_name_of(backend))
        return backend

    @staticmethod
    def _unavailable(backend: KeyringBackend, exc: Exception) -> KeyringUnavailableError:
        # The class name only: keyring's messages can be long, and are not ours to vouch for.
        detail = f"{_name_of(backend)}: {type(exc).__name__}"
        log.warning("keyring unavailable: %s", detail)
        return KeyringUnavailableError(detail)


def _default_backend() -> KeyringBackend | None:
    """keyring's choice for this platform, or None when choosing fails."""
    try:
        import keyring

        return keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc or backend plug-in must not stop the app
        log.warning("no keyring backend: %s", type(exc).__name__)
        return None


def _is_usable(backend: KeyringBackend) -> bool:
    try:
        from keyring.backends import chainer, fail, null

        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend):
            return bool(backend.backends)
        return True
    except Exception:  # keyring computes properties lazily; any failure means unusable
        return False


def _name_of(backend: KeyringBackend) -> str:
    try:
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and backend.backends:
            # The chainer writes to its first backend: that is the one to name.
            return str(backend.backends[0].name)
        return str(backend.name)
    except Exception:
        return type(backend).__name__
