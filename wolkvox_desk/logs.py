"""Logging set-up: a private rotating log file, and the filter that keeps secrets out of it.

The token must never reach a log line. Every handler we install carries
:class:`SecretFilter`, which replaces any registered secret (and anything that looks like a
``wolkvox-token`` header) with ``***`` in the final formatted message, whatever logger or
library produced it.

The window starts logging to stderr only, keeping what it logs in memory
(:func:`setup_logging` with ``pending=True``), and opens the file after its first paint
(:func:`add_log_file`, which writes the kept records first): the file handler's module alone
costs about 10 ms of start-up.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

_HEADER_RE = re.compile(r"(wolkvox[-_]token['\"]?\s*[:=]\s*['\"]?)([^\s'\",}]+)", re.IGNORECASE)
MASK = "***"


class SecretFilter(logging.Filter):
    """Masks registered secrets in every record that passes through a handler."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str | None) -> None:
        # Very short strings would mask innocent text; real tokens are tens of characters.
        if secret and len(secret) >= 4:
            with self._lock:
                self._secrets.add(secret)

    def mask(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, MASK)
        return _HEADER_RE.sub(lambda m: m.group(1) + MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self.mask(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, masked, so the handler never formats it unmasked.
            record.exc_text = self.mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        record.msg, record.args = masked, None
        return True


#: records kept for the log file before it is opened (a start-up logs a handful)
PENDING_LIMIT = 1000
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Pending(logging.Handler):
    """Keeps (masked) records until the log file is opened; the oldest go past the limit."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < PENDING_LIMIT:
            self.records.append(record)


def _private_rotating_handler(log_file: Path) -> logging.Handler:
    """A rotating file handler whose files only the user can read (0600)."""
    import logging.handlers  # here: only the file needs it (see the module's docstring)

    class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            stream = super()._open()
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
            return stream

    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return _PrivateRotatingHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def _configure(handler: logging.Handler, level: int, secrets: SecretFilter) -> logging.Handler:
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(secrets)
    return handler


def _install(handler: logging.Handler, level: int, secrets: SecretFilter) -> None:
    logging.getLogger().addHandler(_configure(handler, level, secrets))


def setup_logging(
    log_file: Path | None, *, debug: bool = False, secrets: SecretFilter, pending: bool = False
) -> None:
    """Install our handlers on the root logger: the private file and stderr for warnings.

    With ``pending`` (and no ``log_file``), what the file would get is kept in memory until
    :func:`add_log_file`.
    """
    root = logging.getLogger()
    level = logging.DEBUG if debug else logging.INFO
    root.setLevel(level)
    if log_file is not None:
        _install(_private_rotating_handler(log_file), level, secrets)
    elif pending:
        _install(_Pending(), level, secrets)
    _install(logging.StreamHandler(), logging.DEBUG if debug else logging.WARNING, secrets)
    # httpx/httpcore log request lines (with URLs holding phone numbers) at INFO/DEBUG.
    for noisy in ("httpx", "httpcore", "hpack"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.WARNING)


def add_log_file(log_file: Path, *, debug: bool = False, secrets: SecretFilter) -> None:
    """Open the log file, write the records kept since :func:`setup_logging` (``pending``) to
    it, and log to it from now on. Raises OSError when it cannot be opened (the records stay
    kept, and stderr still gets the warnings)."""
    root = logging.getLogger()
    level = logging.DEBUG if debug else logging.INFO
    file_handler = _configure(_private_rotating_handler(log_file), level, secrets)
    for handler in list(root.handlers):
        if isinstance(handler, _Pending):
            root.removeHandler(handler)
            for record in handler.records:
                file_handler.handle(record)
            handler.close()
    root.addHandler(file_handler)


def teardown_logging() -> None:
    """Remove and close our handlers (tests and --self-test call this)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if any(isinstance(f, SecretFilter) for f in handler.filters):
            root.removeHandler(handler)
            handler.close()
