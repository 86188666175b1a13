"""Logging set-up: a private rotating log file, and the filter that keeps secrets out of it.

The token must never reach a log line. Every handler we install carries
:class:`SecretFilter`, which replaces any registered secret (and anything that looks like a
``wolkvox-token`` header) with ``***`` in the final formatted message, whatever logger or
library produced it.
"""

from __future__ import annotations

import logging
import logging.handlers
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


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files only the user can read (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:
            pass
        return stream


def setup_logging(log_file: Path | None, *, debug: bool = False, secrets: SecretFilter) -> None:
    """Install our handlers on the root logger: the private file and stderr for warnings."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        file_handler = _PrivateRotatingHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setLevel(logging.DEBUG if debug else logging.INFO)
        handlers.append(file_handler)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    handlers.append(stderr)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(secrets)
        root.addHandler(handler)
    # httpx/httpcore log request lines (with URLs holding phone numbers) at INFO/DEBUG.
    for noisy in ("httpx", "httpcore", "hpack"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.WARNING)


def teardown_logging() -> None:
    """Remove and close our handlers (tests and --self-test call this)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if any(isinstance(f, SecretFilter) for f in handler.filters):
            root.removeHandler(handler)
            handler.close()
