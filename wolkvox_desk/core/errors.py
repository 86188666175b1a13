"""The one exception tree of wolkvox-desk, and the exit code each branch maps to.

Core and services raise these; they carry *kinds* and data, never sentences. The CLI and
the window turn them into (translated) words through ``wolkvox_desk.text``.

::

    WolkvoxDeskError
    ├── InputError                     exit 2  bad usage or invalid input; nothing was sent
    │   ├── PhoneNumberError                   phone number cannot be dialled (kind says why)
    │   ├── CustomerFieldError                 customer_id / customer_name invalid
    │   ├── SettingValueError                  a settings value is invalid (server, prefix...)
    │   ├── LockedSettingError                 the key is locked by IT policy
    │   └── DeclinedError                      the user answered "no" to a question
    ├── NotConfiguredError             exit 6  no server, no agent, or no token
    │   └── KeyringUnavailableError            no usable keyring backend (counts as no token)
    ├── GateBusyError                  exit 7  another request with this token is in flight
    ├── RequestCancelledError          exit 2  stopped while waiting for the gate; nothing sent
    ├── RequestError                           a request was attempted (carries attempts, elapsed)
    │   ├── RefusedError               exit 3  wolkvox answered with its envelope, not success
    │   ├── TransportError             exit 4  network, TLS or time-out
    │   │   ├── ConnectFailedError             nothing was sent (DNS failure, refused)
    │   │   ├── TLSFailedError                 certificate or handshake failure
    │   │   ├── RequestTimeoutError            sent, no answer in time: the dial MAY have happened
    │   │   └── ConnectionLostError            dropped after sending: the dial MAY have happened
    │   └── BadAnswerError             exit 5  not JSON, broken JSON, empty, oversized, HTML page
    └── StorageError                           a local file problem (history, settings, policy)
        ├── HistoryUnavailableError            history database cannot be opened or written
        └── SettingsFileError                  settings/policy file unreadable; defaults used

Exit code 0 also covers "proceeded past a broken file with a warning" (StorageError is a
warning for commands that do not need the file).
"""

from __future__ import annotations

from enum import StrEnum


class ExitCode:
    """Process exit codes of the public command line (DESIGN.md, kept stable)."""

    OK = 0
    FAILED = 1  # only --self-test uses it
    USAGE = 2
    REFUSED = 3
    NETWORK = 4
    BAD_ANSWER = 5
    NOT_CONFIGURED = 6
    BUSY = 7


class WolkvoxDeskError(Exception):
    """Base of every error we raise on purpose."""

    exit_code: int = ExitCode.FAILED

    def __init__(self, kind: str = "", detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        #: a stable machine-readable reason, e.g. ``"letters"`` or ``"invalid_token"``
        self.kind = kind
        #: extra data for the message (a value, a limit); never a token
        self.detail = detail


# --- input -------------------------------------------------------------------------------


class InputError(WolkvoxDeskError):
    exit_code = ExitCode.USAGE


class PhoneNumberError(InputError):
    """Kinds: ``empty``, ``letters``, ``invalid_char``, ``too_short``, ``too_long``,
    ``invalid_for_country``, ``bad_extension``."""


class CustomerFieldError(InputError):
    """Kinds: ``id_not_digits``, ``id_too_long``, ``name_control_chars``, ``name_too_long``.

    ``field`` is ``"customer_id"`` or ``"customer_name"``.
    """

    def __init__(self, field: str, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.field = field


class SettingValueError(InputError):
    """A settings value is invalid. ``key`` names the setting; kinds e.g. ``bad_server``."""

    def __init__(self, key: str, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.key = key


class LockedSettingError(InputError):
    """The key is locked by IT policy and cannot be changed here."""

    def __init__(self, key: str) -> None:
        super().__init__("locked", key)
        self.key = key


class DeclinedError(InputError):
    """The user declined a confirmation question."""


# --- configuration -----------------------------------------------------------------------


class NotConfiguredError(WolkvoxDeskError):
    """Kinds: ``no_server``, ``no_agent``, ``no_token``."""

    exit_code = ExitCode.NOT_CONFIGURED


class KeyringUnavailableError(NotConfiguredError):
    """No usable keyring backend; ``detail`` names what was found (never a secret)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("no_keyring", detail)


# --- the gate ----------------------------------------------------------------------------


class GateBusyError(WolkvoxDeskError):
    """Another request with the same token is in flight (in this or another process)."""

    exit_code = ExitCode.BUSY

    def __init__(self, waited_s: float = 0.0) -> None:
        super().__init__("busy", f"{waited_s:.1f}s")
        self.waited_s = waited_s


class RequestCancelledError(WolkvoxDeskError):
    """The caller stopped (e.g. the extension tester's Stop) while the request waited for
    the gate: nothing was sent."""

    exit_code = ExitCode.USAGE

    def __init__(self) -> None:
        super().__init__("cancelled")


# --- requests ----------------------------------------------------------------------------


class RefusalKind(StrEnum):
    """How wolkvox refused, from its documented response-code table."""

    MISSING_TOKEN = "missing_token"  # 401 PLEASE ENTER THE WOLKVOX-TOKEN
    INVALID_TOKEN = "invalid_token"  # 403 PLEASE VALIDATE TOKEN
    QUOTA_EXCEEDED = "quota_exceeded"  # 403 TOKEN LIMIT EXCEEDED
    SIMULTANEOUS = "simultaneous"  # 403 EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS
    UNKNOWN_API = "unknown_api"  # 400 THE API YOU WANT TO CONSULT DOES NOT EXIST
    MISSING_PARAMETERS = "missing_parameters"  # 400 SOME PARAMETERS ARE REQUIRED
    FORBIDDEN = "forbidden"  # any other 403: maintenance windows answer this way
    REJECTED = "rejected"  # any other non-success envelope (agent busy, logged out...)


class RequestError(WolkvoxDeskError):
    """A request was attempted. ``attempts`` and ``elapsed_ms`` describe the whole try."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.attempts = 1
        self.elapsed_ms = 0.0
        self.http_status: int | None = None


class RefusedError(RequestError):
    """wolkvox answered with its envelope and did not succeed.

    ``msg`` is wolkvox's text, to be shown verbatim. ``kind`` is a :class:`RefusalKind`.
    """

    exit_code = ExitCode.REFUSED

    def __init__(
        self,
        kind: RefusalKind,
        *,
        http_status: int,
        code: str,
        error: str | None,
        msg: str,
    ) -> None:
        super().__init__(str(kind), msg)
        self.refusal = kind
        self.http_status = http_status
        self.code = code
        self.error = error
        self.msg = msg

    @property
    def provably_not_dialled(self) -> bool:
        """True when wolkvox says it did nothing, so one retry is safe."""
        return self.refusal is RefusalKind.SIMULTANEOUS


class TransportError(RequestError):
    exit_code = ExitCode.NETWORK


class ConnectFailedError(TransportError):
    """Kinds: ``dns`` (name not resolved), ``refused``, ``unreachable``, ``proxy``."""


class TLSFailedError(TransportError):
    """Kinds: ``certificate``, ``handshake``."""


class RequestTimeoutError(TransportError):
    """Kinds: ``connect_timeout`` (nothing sent) or ``read_timeout`` (sent; may have dialled)."""


class ConnectionLostError(TransportError):
    """The connection dropped after the request was sent; the dial may have happened."""


class BadAnswerError(RequestError):
    """Kinds: ``empty``, ``not_json``, ``broken_json``, ``not_envelope``, ``too_large``,
    ``http_error_page``. ``snippet`` holds the first characters, for the log."""

    exit_code = ExitCode.BAD_ANSWER

    def __init__(self, kind: str, *, http_status: int | None, snippet: str = "") -> None:
        super().__init__(kind, snippet[:200])
        self.http_status = http_status
        self.snippet = snippet[:200]


# --- local storage -----------------------------------------------------------------------


class StorageError(WolkvoxDeskError):
    """A local file problem. ``path`` is the file; ``moved_to`` where a damaged one went."""

    def __init__(self, kind: str, detail: str = "", *, path: str = "", moved_to: str = "") -> None:
        super().__init__(kind, detail)
        self.path = path
        self.moved_to = moved_to


class HistoryUnavailableError(StorageError):
    """Kinds: ``corrupt`` (moved aside), ``newer_schema`` (moved aside), ``io``, ``locked``."""


class SettingsFileError(StorageError):
    """Kinds: ``broken_toml``, ``bad_value``, ``unknown_key``, ``io`` (the file is kept and
    defaults are used), and ``moved_aside`` (a broken file was renamed to ``moved_to`` before
    a write)."""
