"""The support bundle for IT: ``wolkvox-desk diagnose`` and the window's "Copy diagnostics".

One plain-text report: version, OS, Python and Qt, the keyring backend, the folders, the
environment switches, the settings (and where each comes from), the warnings, and the last
lines of the log. It is built to be pasted into a ticket, so what it must never hold is
decided here, by pattern, for every free-text part:

- the token: registered secrets, ``wolkvox-token`` headers, ``token=...`` pairs, and any
  long run of letters *and* digits (tokens are opaque: 52 hex characters in wolkvox's
  samples) become ``***``;
- phone numbers: any run of 6 or more digits (spaces, dashes, dots, parentheses and slashes
  may separate them) keeps only its last 2 digits;
- customer data: the values of ``customer_name``, ``customer_id``, ``customer_phone``,
  ``phone``, ``name``... in URLs (httpx logs request URLs in ``--debug``), dict reprs and JSON
  become ``***``;
- the agent's extension keeps only its last 2 digits.

The call history is never opened (only its size is shown), so no customer data can come from
it. Nothing here imports Qt: the Qt version is read only when QtCore is already loaded (the
window), otherwise the installed PySide6 version is named from its metadata, so ``diagnose``
stays headless.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import time
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from wolkvox_desk import APP_NAME, __version__
from wolkvox_desk.context import API_BASE_ENV, TOKEN_ENV, AppContext
from wolkvox_desk.logs import MASK, SecretFilter
from wolkvox_desk.paths import HOME_ENV, POLICY_ENV

DEFAULT_LOG_LINES = 200
#: at most this much of each log file is read (its tail): the log rotates at 1 MB
_MAX_TAIL_BYTES = 512 * 1024
_ROTATED_LOGS = 3  # logs.setup_logging keeps wolkvox-desk.log.1 .. .3
_BUNDLE_FILE_MODE = 0o600

#: "2025-01-31 14:02:05,123 INFO wolkvox_desk.app: " (logs.setup_logging's format)
_LOG_PREFIX = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ [\w.\-]+: )(.*)", re.S)

#: keys whose values are personal data or secrets, wherever they appear as key=value,
#: key: value, "key": "value" or 'key': 'value'
_PRIVATE_KEYS = (
    "customer[_-]?name",
    "customer[_-]?id",
    "customer[_-]?phone",
    "phone[_-]?typed",
    "phone[_-]?sent",
    "phone",
    "name",
    "tones",
    "agent[_-]?id",
    "wolkvox[_-]token",
    "token",
    "password",
    "secret",
    "authorization",
)
_KEY_VALUE = re.compile(
    r"(?<![A-Za-z0-9])(?P<key>" + "|".join(_PRIVATE_KEYS) + r")"
    r"(?P<sep>[\"']?\s*[:=]\s*)"
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s&,;)}\]\"']+)",
    re.IGNORECASE,
)
#: a long run of token characters holding at least one letter and one digit
_TOKEN_LIKE = re.compile(
    r"(?<![A-Za-z0-9_\-+=~])"
    r"(?=[A-Za-z0-9_\-+=~]*[0-9])(?=[A-Za-z0-9_\-+=~]*[A-Za-z])"
    r"[A-Za-z0-9_\-+=~]{20,}"
    r"(?![A-Za-z0-9_\-+=~])"
)
#: 6 or more digits (any script), possibly split by a few separators: "+57 (300) 123-4567"
_NUMBER_RUN = re.compile(r"\d(?:[ \u00a0\-./()]{0,2}\d){5,}")
_KEEP_DIGITS = 2


# --- masking --------------------------------------------------------------------------------


def mask_digits(text: str, keep: int = _KEEP_DIGITS) -> str:
    """Every digit of ``text`` but the last ``keep`` becomes ``*`` (separators stay)."""
    total = sum(ch.isdigit() for ch in text)
    seen = 0
    out = []
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def _mask_value(match: re.Match[str]) -> str:
    value = match["value"]
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{match['key']}{match['sep']}{quote}{MASK}{quote}"


def mask_text(text: str, secrets: SecretFilter | None = None) -> str:
    """``text`` without secrets, token-like strings, private values or phone numbers."""
    if secrets is not None:
        text = secrets.mask(text)  # known tokens and wolkvox-token headers first
    text = _KEY_VALUE.sub(_mask_value, text)
    text = _TOKEN_LIKE.sub(MASK, text)
    return _NUMBER_RUN.sub(lambda m: mask_digits(m.group(0)), text)


def mask_log_line(line: str, secrets: SecretFilter | None = None) -> str:
    """A log line with its message masked; the time, level and logger name are kept."""
    match = _LOG_PREFIX.fullmatch(line)
    if match is None:  # a traceback or continuation line: mask all of it
        return mask_text(line, secrets)
    return match[1] + mask_text(match[2], secrets)


# --- reading the log ------------------------------------------------------------------------


def _tail_of(path: Path, limit: int) -> list[str]:
    """The last ``limit`` lines of one file (only its last bytes are read)."""
    try:
        with path.open("rb") as stream:
            size = stream.seek(0, os.SEEK_END)
            start = max(size - _MAX_TAIL_BYTES, 0)
            stream.seek(start)
            data = stream.read()
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    if start > 0 and lines:
        lines = lines[1:]  # the first line was cut in the middle
    return lines[-limit:] if limit > 0 else []


def tail_log(log_file: Path, limit: int = DEFAULT_LOG_LINES) -> list[str]:
    """The newest ``limit`` lines of the log, reaching into rotated files when needed."""
    files = [log_file, *(Path(f"{log_file}.{n}") for n in range(1, _ROTATED_LOGS + 1))]
    lines: list[str] = []
    for path in files:
        if len(lines) >= limit:
            break
        lines = _tail_of(path, limit - len(lines)) + lines
    return lines


# --- facts about this computer --------------------------------------------------------------


def _installed(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def qt_description() -> str:
    """The Qt version in use, or the installed PySide6 version when Qt is not loaded."""
    pyside = _installed("PySide6-Essentials", "PySide6")
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:  # headless: never import Qt just to name it
        return f"not loaded (PySide6 {pyside} installed)"
    text = f"{qtcore.qVersion()} (PySide6 {pyside})"
    qtgui = sys.modules.get("PySide6.QtGui")
    if qtgui is not None and qtgui.QGuiApplication.instance() is not None:
        text += f", platform {qtgui.QGuiApplication.platformName()}"
    return text


def os_description() -> str:
    text = platform.platform()
    if sys.platform.startswith("linux"):
        try:
            release = platform.freedesktop_os_release()
        except OSError:
            release = {}
        pretty = release.get("PRETTY_NAME")
        if pretty:
            text += f" ({pretty})"
    return text


def python_description() -> str:
    frozen = " frozen" if getattr(sys, "frozen", False) else ""
    return f"{platform.python_version()} ({platform.python_implementation()}{frozen})"


def _file_state(path: Path | None) -> str:
    if path is None:
        return "none"
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return f"{path} (absent)"
    except OSError as exc:
        return f"{path} (unreadable: {type(exc).__name__})"
    return f"{path} ({size} bytes)"


# --- sections -------------------------------------------------------------------------------


def _section(title: str, rows: Iterable[tuple[str, str]]) -> list[str]:
    return [f"[{title}]", *(f"{key} = {value}" for key, value in rows), ""]


def _keyring_backend(ctx: AppContext) -> str:
    if not ctx.use_keyring:
        return "not used (demo or self-test)"
    try:
        return ctx.credentials.backend_name()
    except Exception as exc:  # a broken keyring plug-in must not stop the report
        return f"unknown ({type(exc).__name__})"


def _token_state(ctx: AppContext) -> str:
    """Where the token comes from, never the token. May read the keyring (call off the GUI
    thread); the token read is registered as a secret, so it is masked if a log holds it."""
    try:
        profile = ctx.active_profile
        source = ctx.credentials.token_source(profile)
        if source is not None:
            ctx.secrets.add(ctx.credentials.token(profile))
    except Exception as exc:  # no keyring, a locked collection: say so
        return f"unknown ({type(exc).__name__})"
    return "not set" if source is None else f"set (from {source}; value not shown)"


def _api_base_state(ctx: AppContext) -> str:
    raw = ctx.api_base
    if raw is None:
        return "not set"
    from wolkvox_desk.core.errors import SettingValueError
    from wolkvox_desk.services.agentbox import validate_api_base

    try:
        return validate_api_base(raw)
    except SettingValueError as exc:  # shown only once validated: it may hold user:password
        return f"set but refused ({exc.kind}; value not shown)"


def _environment_rows(ctx: AppContext) -> list[tuple[str, str]]:
    token = "set (value not shown)" if ctx.env.get(TOKEN_ENV, "").strip() else "not set"
    rows = [(TOKEN_ENV, token), (API_BASE_ENV, _api_base_state(ctx))]
    for name in (HOME_ENV, POLICY_ENV):
        value = ctx.env.get(name, "").strip()
        rows.append((name, mask_text(value, ctx.secrets) if value else "not set"))
    return rows


def _app_rows(ctx: AppContext) -> list[tuple[str, str]]:
    return [
        ("version", f"{APP_NAME} {__version__}"),
        ("os", os_description()),
        ("python", python_description()),
        ("qt", qt_description()),
        ("keyring backend", _keyring_backend(ctx)),
        ("generated", time.strftime("%Y-%m-%d %H:%M:%S %z")),
    ]


def _path_rows(ctx: AppContext) -> list[tuple[str, str]]:
    paths = ctx.paths
    return [
        ("config folder", str(paths.config_dir)),
        ("data folder", str(paths.data_dir)),
        ("log folder", str(paths.log_dir)),
        ("settings file", _file_state(paths.settings_file)),
        ("policy file", _file_state(ctx.settings_store.policy_file)),
        ("history file", _file_state(paths.history_file) + ", not read"),
        ("log file", _file_state(paths.log_file)),
    ]


def _setting_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if not text:
        return "(not set)"
    if key == "agent_id":  # an extension can be a person's direct line
        return mask_digits(text)
    return text


def _settings_rows(ctx: AppContext, check_token: bool) -> list[tuple[str, str]]:
    from wolkvox_desk.services.settings import KEYS

    store = ctx.settings_store
    profile = ctx.active_profile
    rows = [("profile", f"{profile} (profiles: {', '.join(store.profile_names())})")]
    for key in KEYS:
        locked = ", locked by IT" if store.is_locked(key, profile) else ""
        value = _setting_value(key, store.get(key, profile))
        rows.append((key, f"{value}  [{store.source(key, profile)}{locked}]"))
    rows.append(("token", _token_state(ctx) if check_token else "not checked"))
    return rows


def _warning_lines(ctx: AppContext) -> list[str]:
    warnings = [*ctx.settings_store.warnings, *ctx.warnings]
    lines, seen = [], set()
    for warning in warnings:
        line = f"- {type(warning).__name__} {warning.kind}: {warning.detail} ({warning.path})"
        line = mask_text(line, ctx.secrets)
        if line not in seen:
            seen.add(line)
            lines.append(line)
    return ["[warnings]", *(lines or ["none"]), ""]


def _log_lines(ctx: AppContext, limit: int) -> list[str]:
    lines = tail_log(ctx.paths.log_file, limit)
    title = f"[log: last {len(lines)} lines of {ctx.paths.log_file.name}, masked]"
    return [title, *(mask_log_line(line, ctx.secrets) for line in lines), ""]


# --- the bundle -----------------------------------------------------------------------------


def build_bundle(
    ctx: AppContext, *, log_lines: int = DEFAULT_LOG_LINES, check_token: bool = True
) -> str:
    """The support bundle as text. ``check_token`` reads the keyring to say whether a token is
    set (it may block on a keyring prompt: the window calls this off the GUI thread)."""
    parts = [f"{APP_NAME} diagnostics", ""]
    parts += _section("app", _app_rows(ctx))
    parts += _section("paths", _path_rows(ctx))
    parts += _section("environment", _environment_rows(ctx))
    parts += _section("settings", _settings_rows(ctx, check_token))
    parts += _warning_lines(ctx)
    parts += _log_lines(ctx, max(log_lines, 0))
    return "\n".join(parts)


def write_bundle(path: Path, text: str) -> None:
    """Write the bundle readable by the user only (0600, also when the file existed)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _BUNDLE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
        if os.name == "posix":
            os.fchmod(out.fileno(), _BUNDLE_FILE_MODE)
        out.write(text)
