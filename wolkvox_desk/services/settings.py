r"""User settings, machine defaults and IT policy, merged in layers; the only reader and writer
of ``settings.toml`` and of the policy file and registry keys.

Layers, highest first (:meth:`SettingsStore.source` names them):

``policy``
    Locked by IT. The Windows registry key ``Software\Policies\wolkvox-desk`` (HKLM over
    HKCU; Group Policy writes it), then the keys listed in the policy file's ``locked = [...]``.
    A locked key takes its value from policy, or the built-in default when policy gives none.
``user``
    The user's ``settings.toml`` in the config folder.
``machine``
    ``HKLM\Software\wolkvox-desk`` (the MSI writes it), then the policy file's top-level keys.
``default``
    Built in (:class:`Settings`).

Policy file format (TOML)::

    server = "0042"               # top-level keys: machine defaults
    dial_prefix = "9"
    locked = ["server"]           # these keys are locked, with the value above
    [profiles.sales]              # a profile IT provisions: every key it gives is locked
    server = "0077"

File content never makes :meth:`SettingsStore.load` raise. Problems come back as
:class:`SettingsFileError` warnings, and the layer (or value) is skipped:

- ``broken_toml``: not UTF-8 or not TOML; ``detail`` is ``"line L, column C"`` when known;
- ``bad_value``: a value fails validation; ``detail`` is ``"<key>: <kind>"``;
- ``unknown_key``: ``detail`` is the key;
- ``io``: the file (or registry) cannot be read; ``detail`` is the OS reason;
- ``moved_aside`` (after a write only): a broken user file was renamed to ``moved_to``
  instead of being overwritten.

Profiles (issue 7): a profile is a named server, agent ID and dial plan (:data:`PROFILE_KEYS`).
The top-level keys are the ``default`` profile, so that installs from before profiles keep
working. Other profiles are ``[profiles.NAME]`` tables in the user file, in the policy file,
or (Windows) registry subkeys ``Software\Policies\wolkvox-desk\Profiles\NAME``. A profile's
key takes its value, highest first, from: its policy table (locked), a top-level locked key
(IT's rule for the whole PC), its user table, and finally the ``default`` profile. A profile
table with a bad value is ignored as a whole, with a ``bad_profile`` warning (``detail``
``"<name>: <key>: <kind>"``): a bad server must not fall back to another operation's. The
profile in use is the ``active_profile`` setting ("" means ``default``).

Writes are atomic (a temporary file in the same folder, then ``os.replace``), user-only
(mode 0600), and keep whatever else the user file holds (unknown keys, ``[profiles]``).
"""

from __future__ import annotations

import importlib
import math
import os
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Protocol, cast

from wolkvox_desk.call_controls import STATUS_LOGOUT, STATUS_READY, format_choices, parse_choices
from wolkvox_desk.core.dialing import (
    validate_agent_id,
    validate_country,
    validate_dial_prefix,
    validate_plus_replacement,
    validate_server,
)
from wolkvox_desk.core.errors import (
    LockedSettingError,
    NotConfiguredError,
    SettingsFileError,
    SettingValueError,
)
from wolkvox_desk.core.models import (
    DEFAULT_PROFILE,
    PROFILE_KEYS,
    DialPlan,
    Profile,
    validate_profile_name,
)

Scalar = str | int | bool
Source = Literal["policy", "user", "machine", "default"]

RETENTION_MAX_DAYS = 3650
POLICY_REGISTRY_KEY = r"Software\Policies\wolkvox-desk"
#: one subkey per profile IT provisions, holding that profile's values
PROFILES_REGISTRY_KEY = POLICY_REGISTRY_KEY + r"\Profiles"
MACHINE_REGISTRY_KEY = r"Software\wolkvox-desk"
REGISTRY_PATH = "registry"  # the ``path`` of warnings about registry values

_LOCKED_LIST = "locked"
_PROFILES_TABLE = "profiles"  # issue 7: profiles live in [profiles.NAME] tables
_FILE_MODE = 0o600
_DIR_MODE = 0o700
_TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
_FALSE_WORDS = frozenset({"0", "false", "no", "off"})
_ASCII_INT = re.compile(r"[+-]?[0-9]{1,12}")
#: the UI languages we ship ("" follows the system); see resources/i18n/
LANGUAGES = ("en", "es", "pt_BR")
_ACTIVE_PROFILE = "active_profile"
_TOML_POSITION = re.compile(r"line (\d+), column (\d+)")
_DETAIL_MAX = 40


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective settings, all layers merged. Field defaults are the built-in layer."""

    server: str = ""
    agent_id: str = ""
    dial_prefix: str = ""
    plus_replacement: str = ""
    default_country: str = ""
    #: 0 keeps history forever
    history_retention_days: int = 90
    store_customer_names: bool = True
    always_on_top: bool = False
    start_minimized: bool = False
    #: tel:/callto: links dial without a confirmation (trusted CRM set-ups only)
    links_dial_immediately: bool = False
    #: UI language (``"en"``, ``"es"``, ``"pt_BR"``); "" follows the system
    language: str = ""
    #: the profile in use ("" is ``default``); see :meth:`SettingsStore.active_profile`
    active_profile: str = ""
    #: the status menu's auxiliary states, ``"7=Break; 8=Lunch"`` (ids from wolkvox Manager)
    aux_states: str = ""
    #: ``cod_act`` choices for "Hang up with disposition", same form; "" hides the button
    disposition_codes: str = ""
    #: optional ``cod_act_2`` choices, same form
    disposition_codes_2: str = ""

    @property
    def dial_plan(self) -> DialPlan:
        return DialPlan(
            prefix=self.dial_prefix,
            plus_replacement=self.plus_replacement,
            default_country=self.default_country,
        )


# --- keys --------------------------------------------------------------------------------


def _validate_language(value: str) -> str:
    """One of :data:`LANGUAGES`; ``pt-BR`` and ``pt_br`` are taken as ``pt_BR``."""
    wanted = value.replace("-", "_").casefold()
    for language in LANGUAGES:
        if language.casefold() == wanted:
            return language
    raise SettingValueError("language", "bad_language", value[:_DETAIL_MAX])


def _choices(key: str, reserved: tuple[str, ...] = ()) -> Callable[[str], str]:
    """A validator for an ``"ID=Label; ID=Label"`` list; stores the canonical form."""

    def validate(value: str) -> str:
        return format_choices(parse_choices(value, key, reserved=reserved))

    return validate


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One setting: its type, built-in default and validation.

    ``user_visible`` keys appear in the settings dialog; the others (IT switches) are still
    shown by ``config show`` and settable by ``config set`` and policy.
    """

    name: str
    value_type: type[str] | type[int] | type[bool]
    default: Scalar
    validator: Callable[[str], str] | None = None
    minimum: int = 0
    maximum: int = 0
    user_visible: bool = True

    def coerce(self, raw: object) -> Scalar:
        """``raw`` (from TOML, the registry, the CLI or a dialog) as this key's type.

        Strings are accepted for every type (``"yes"``, ``"90"``), and integers for text
        (registry DWORDs, ``agent_id = 1001`` in TOML). Raises :class:`SettingValueError`.
        """
        if self.value_type is bool:
            return _to_bool(self.name, raw)
        if self.value_type is int:
            return _to_int(self.name, raw, self.minimum, self.maximum)
        return _to_text(self.name, raw, self.validator)


def _show(raw: object) -> str:
    """A short rendering of a rejected value, for the error's detail."""
    return repr(raw)[:_DETAIL_MAX]


def _to_bool(key: str, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    raise SettingValueError(key, "not_bool", _show(raw))


def _to_int(key: str, raw: object, minimum: int, maximum: int) -> int:
    if isinstance(raw, bool):  # bool is an int subclass; True is not "1 day"
        raise SettingValueError(key, "not_int", _show(raw))
    if isinstance(raw, str) and _ASCII_INT.fullmatch(raw.strip()):
        raw = int(raw.strip())
    if not isinstance(raw, int):
        raise SettingValueError(key, "not_int", _show(raw))
    if not minimum <= raw <= maximum:
        raise SettingValueError(key, "out_of_range", f"{minimum}..{maximum}")
    return raw


def _to_text(key: str, raw: object, validator: Callable[[str], str] | None) -> str:
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise SettingValueError(key, "not_text", _show(raw))
    value = raw.strip()
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: cannot be stored in a TOML file
        raise SettingValueError(key, "not_text", "") from None
    if not value or validator is None:
        return value  # "" is every text key's default: "not set"
    try:
        return validator(value)
    except SettingValueError as exc:
        if exc.key == key:
            raise
        raise SettingValueError(key, exc.kind, exc.detail) from exc


KEYS: dict[str, KeySpec] = {
    spec.name: spec
    for spec in (
        KeySpec("server", str, "", validate_server),
        KeySpec("agent_id", str, "", validate_agent_id),
        KeySpec("dial_prefix", str, "", validate_dial_prefix),
        KeySpec("plus_replacement", str, "", validate_plus_replacement),
        KeySpec("default_country", str, "", validate_country),
        KeySpec("history_retention_days", int, 90, minimum=0, maximum=RETENTION_MAX_DAYS),
        KeySpec("store_customer_names", bool, True),
        KeySpec("always_on_top", bool, False),
        KeySpec("start_minimized", bool, False),
        KeySpec("links_dial_immediately", bool, False, user_visible=False),
        KeySpec("language", str, "", _validate_language),
        KeySpec("active_profile", str, "", validate_profile_name, user_visible=False),
        # IT provisions these (policy or config set); the settings dialog does not show them.
        KeySpec(
            "aux_states",
            str,
            "",
            _choices("aux_states", (STATUS_READY, STATUS_LOGOUT)),
            user_visible=False,
        ),
        KeySpec("disposition_codes", str, "", _choices("disposition_codes"), user_visible=False),
        KeySpec(
            "disposition_codes_2", str, "", _choices("disposition_codes_2"), user_visible=False
        ),
    )
}


def key_spec(key: str) -> KeySpec:
    """The spec of ``key``; :class:`SettingValueError` kind ``unknown_key`` if there is none."""
    try:
        return KEYS[key]
    except KeyError:
        name = str(key)[:_DETAIL_MAX]
        raise SettingValueError(name, "unknown_key", name) from None


# --- Windows registry --------------------------------------------------------------------


class RegistrySource(Protocol):
    """Where Windows keeps policy and machine defaults. Values are raw (str, int, list)."""

    def policy(self) -> Mapping[str, object]: ...

    def machine_defaults(self) -> Mapping[str, object]: ...


class WindowsRegistry:
    """Reads the policy and machine-defaults keys. ``api`` is the ``winreg`` module (tests
    pass a stand-in); it is imported on first use, so this class exists on every platform."""

    def __init__(self, api: ModuleType | None = None) -> None:
        self._api = api

    def _winreg(self) -> Any:
        # import_module, not `import winreg`: the module exists on Windows only.
        return self._api if self._api is not None else importlib.import_module("winreg")

    def policy(self) -> dict[str, object]:
        api = self._winreg()
        # Machine policy wins over user policy, as Group Policy does.
        values = self._read(api, api.HKEY_CURRENT_USER, POLICY_REGISTRY_KEY)
        values.update(self._read(api, api.HKEY_LOCAL_MACHINE, POLICY_REGISTRY_KEY))
        return values

    def machine_defaults(self) -> dict[str, object]:
        api = self._winreg()
        return self._read(api, api.HKEY_LOCAL_MACHINE, MACHINE_REGISTRY_KEY)

    def policy_profiles(self) -> dict[str, dict[str, object]]:
        """``{name: values}`` from the subkeys of the ``Profiles`` key; HKLM's profile of a name
        replaces HKCU's whole (one profile is one administrator's set, not a merge)."""
        api = self._winreg()
        profiles: dict[str, dict[str, object]] = {}
        for hive in (api.HKEY_CURRENT_USER, api.HKEY_LOCAL_MACHINE):
            for name in self._subkeys(api, hive, PROFILES_REGISTRY_KEY):
                profiles[name] = self._read(api, hive, PROFILES_REGISTRY_KEY + "\\" + name)
        return profiles

    @staticmethod
    def _subkeys(api: Any, hive: object, subkey: str) -> list[str]:
        try:
            key = api.OpenKey(hive, subkey, 0, api.KEY_READ | api.KEY_WOW64_64KEY)
        except OSError:
            return []
        names: list[str] = []
        with key:
            while True:
                try:
                    names.append(api.EnumKey(key, len(names)))
                except OSError:  # no more subkeys
                    return names

    def _read(self, api: Any, hive: object, subkey: str) -> dict[str, object]:
        # A 32-bit MSI writes HKLM\Software into the 32-bit view: read it, then let the
        # native 64-bit view win. (Software\Policies is shared by both views.)
        values = self._read_view(api, hive, subkey, api.KEY_WOW64_32KEY)
        values.update(self._read_view(api, hive, subkey, api.KEY_WOW64_64KEY))
        return values

    @staticmethod
    def _read_view(api: Any, hive: object, subkey: str, view: int) -> dict[str, object]:
        try:
            key = api.OpenKey(hive, subkey, 0, api.KEY_READ | view)
        except OSError:  # the key does not exist: nothing configured
            return {}
        values: dict[str, object] = {}
        with key:
            index = 0
            while True:
                try:
                    name, data, kind = api.EnumValue(key, index)
                except OSError:  # no more values
                    break
                index += 1
                if name:  # the unnamed default value means nothing to us
                    values[name.lower()] = _registry_value(api, data, kind)
        return values


def _registry_value(api: Any, data: object, kind: int) -> object:
    if kind in (api.REG_SZ, api.REG_EXPAND_SZ, api.REG_DWORD, api.REG_QWORD, api.REG_MULTI_SZ):
        return data
    # Binary and other types are not settings; coerce() reports them as bad values.
    return f"<registry type {kind}>"


def system_registry(platform: str = sys.platform) -> RegistrySource | None:
    """The real registry on Windows, None elsewhere (for the composition root)."""
    return WindowsRegistry() if platform == "win32" else None


# --- TOML reading ------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any] | None:
    """The document in ``path``; None when there is no file. Raises SettingsFileError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsFileError("io", exc.strerror or type(exc).__name__, path=str(path)) from None
    return _parse_toml(data, path)


def _parse_toml(data: bytes, path: Path) -> dict[str, Any]:
    # Notepad writes a UTF-8 byte-order mark, and IT edits policy files with Notepad.
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsFileError(
            "broken_toml", f"utf-8 at byte {exc.start}", path=str(path)
        ) from None
    try:
        return tomllib.loads(text)
    except ValueError as exc:  # TOMLDecodeError, and ValueErrors of odd literals
        raise SettingsFileError("broken_toml", _toml_position(exc), path=str(path)) from None
    except RecursionError:  # deeply nested arrays or inline tables
        raise SettingsFileError("broken_toml", "nesting", path=str(path)) from None


def _toml_position(exc: ValueError) -> str:
    match = _TOML_POSITION.search(str(exc))
    return f"line {match[1]}, column {match[2]}" if match else str(exc)[:_DETAIL_MAX]


def _known_values(
    raw: Mapping[str, object],
    path: str,
    warnings: list[SettingsFileError],
    *,
    reserved: Iterable[str] = (),
    warn_unknown: bool = True,
) -> dict[str, Scalar]:
    """The valid values of known keys in ``raw``; every other entry becomes a warning."""
    values: dict[str, Scalar] = {}
    for key, raw_value in raw.items():
        if key in reserved:
            continue
        if key == _PROFILES_TABLE:  # read by _profile_tables, which warns about it
            continue
        if key not in KEYS:
            if warn_unknown:
                warnings.append(SettingsFileError("unknown_key", key[:_DETAIL_MAX], path=path))
            continue
        try:
            values[key] = KEYS[key].coerce(raw_value)
        except SettingValueError as exc:
            warnings.append(SettingsFileError("bad_value", f"{key}: {exc.kind}", path=path))
    return values


def _locked_names(raw: object, path: str, warnings: list[SettingsFileError]) -> set[str]:
    if not isinstance(raw, list) or not all(isinstance(name, str) for name in raw):
        warnings.append(SettingsFileError("bad_value", f"{_LOCKED_LIST}: not_list", path=path))
        return set()
    names = set(cast(list[str], raw))
    for name in sorted(names - KEYS.keys()):
        warnings.append(SettingsFileError("unknown_key", name[:_DETAIL_MAX], path=path))
    return names & KEYS.keys()


def _profile_tables(
    raw: object, path: str, warnings: list[SettingsFileError]
) -> dict[str, dict[str, Scalar]]:
    """The valid profiles of a ``[profiles]`` table; a broken one is a warning and ignored."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        warnings.append(
            SettingsFileError("bad_profile", f"{_PROFILES_TABLE}: not_table", path=path)
        )
        return {}
    profiles: dict[str, dict[str, Scalar]] = {}
    for name, table in raw.items():
        problem = _profile_name_problem(name, table)
        if problem:
            detail = f"{str(name)[:_DETAIL_MAX]}: {problem}"
            warnings.append(SettingsFileError("bad_profile", detail, path=path))
            continue
        values = _profile_values(name, table, path, warnings)
        if values is not None:
            profiles[name] = values
    return profiles


def _profile_name_problem(name: object, table: object) -> str:
    if not isinstance(name, str) or name.strip() != name:
        return "bad_profile_name"
    try:
        validate_profile_name(name)
    except SettingValueError as exc:
        return exc.kind
    if name.casefold() == DEFAULT_PROFILE:
        return "reserved_name"  # the top-level keys are the default profile
    if not isinstance(table, Mapping):
        return "not_table"
    return ""


def _profile_values(
    name: str, table: Mapping[str, object], path: str, warnings: list[SettingsFileError]
) -> dict[str, Scalar] | None:
    """A profile's values; None (the profile is ignored) when one of them is invalid."""
    values: dict[str, Scalar] = {}
    for key, raw in table.items():
        if key not in PROFILE_KEYS:
            detail = f"{_PROFILES_TABLE}.{name}.{key}"[:_DETAIL_MAX]
            warnings.append(SettingsFileError("unknown_key", detail, path=path))
            continue
        try:
            values[key] = KEYS[key].coerce(raw)
        except SettingValueError as exc:
            detail = f"{name}: {key}: {exc.kind}"
            warnings.append(SettingsFileError("bad_profile", detail, path=path))
            return None
    return values


# --- TOML writing ------------------------------------------------------------------------
# A small writer for what tomllib reads back: enough to keep every value of a user file
# (unknown keys and [profiles] tables included) when we rewrite it.

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _quote(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch < " " or ch == "\x7f":  # TOML forbids raw control characters
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _quote(name)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return repr(value)  # repr gives "inf", "-inf", "1e+16", "0.5": all valid TOML
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, datetime | date | clock_time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dumps(document: Mapping[str, object]) -> str:
    """``document`` as TOML text: plain keys first, then one ``[table]`` per dict."""
    lines: list[str] = []
    _dump_table((), document, lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _dump_table(path: tuple[str, ...], table: Mapping[str, object], lines: list[str]) -> None:
    if path:
        lines.append("")
        lines.append("[" + ".".join(_key(part) for part in path) + "]")
    tables = []
    for name, value in table.items():
        if isinstance(value, dict):
            tables.append((name, value))
        else:
            lines.append(f"{_key(name)} = {_value(value)}")
    for name, value in tables:
        _dump_table((*path, name), value, lines)


def _atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step, readable by the user only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=_DIR_MODE)
    # mkstemp creates the file 0600 in the same folder, so os.replace is a rename.
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(text.encode("utf-8"))
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, _FILE_MODE)
        os.replace(temp_name, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise


def _move_aside(path: Path) -> Path | None:
    """Rename a broken file to ``<name>.broken-<UTC time>``; never delete it."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    try:
        path.rename(target)
    except FileNotFoundError:  # another process moved it first
        return None
    return target


# --- the store ---------------------------------------------------------------------------


class SettingsStore:
    """The layered settings of one user. Layers are read on :meth:`load` (or first use)."""

    def __init__(
        self,
        user_file: Path,
        *,
        policy_file: Path | None = None,
        registry: RegistrySource | None = None,
    ) -> None:
        self._user_file = user_file
        self._policy_file = policy_file
        self._registry = registry
        self._loaded = False
        self._policy: dict[str, Scalar] = {}
        self._locked: frozenset[str] = frozenset()
        self._user: dict[str, Scalar] = {}
        self._machine: dict[str, Scalar] = {}
        self._values = Settings()
        self._warnings: list[SettingsFileError] = []
        self._policy_profiles: dict[str, dict[str, Scalar]] = {}
        self._user_profiles: dict[str, dict[str, Scalar]] = {}

    @property
    def user_file(self) -> Path:
        return self._user_file

    @property
    def policy_file(self) -> Path | None:
        return self._policy_file

    # reading

    def load(self) -> list[SettingsFileError]:
        """Re-read every layer. Returns the warnings; never raises for file content."""
        warnings: list[SettingsFileError] = []
        policy: dict[str, Scalar] = {}
        machine: dict[str, Scalar] = {}
        locked: set[str] = set()
        profiles: dict[str, dict[str, Scalar]] = {}
        self._load_policy_file(policy, machine, locked, warnings, profiles)
        self._load_registry(policy, machine, locked, warnings, profiles)
        user: dict[str, Scalar] = {}
        user_profiles: dict[str, dict[str, Scalar]] = {}
        try:
            document = _read_toml(self._user_file)
        except SettingsFileError as exc:
            warnings.append(exc)
        else:
            path = str(self._user_file)
            user = _known_values(document or {}, path, warnings)
            raw_profiles = (document or {}).get(_PROFILES_TABLE)
            user_profiles = _profile_tables(raw_profiles, path, warnings)
        self._policy, self._machine, self._user = policy, machine, user
        self._policy_profiles, self._user_profiles = profiles, user_profiles
        self._locked = frozenset(locked)
        self._values = Settings(**cast(dict[str, Any], self._effective()))
        self._warnings = warnings
        self._loaded = True
        return list(warnings)

    def _load_policy_file(
        self,
        policy: dict[str, Scalar],
        machine: dict[str, Scalar],
        locked: set[str],
        warnings: list[SettingsFileError],
        profiles: dict[str, dict[str, Scalar]],
    ) -> None:
        if self._policy_file is None:
            return
        try:
            document = _read_toml(self._policy_file)
        except SettingsFileError as exc:
            warnings.append(exc)
            return
        if document is None:
            return
        path = str(self._policy_file)
        values = _known_values(document, path, warnings, reserved=(_LOCKED_LIST,))
        names = _locked_names(document.get(_LOCKED_LIST, []), path, warnings)
        locked |= names
        for key, value in values.items():
            (policy if key in names else machine)[key] = value
        profiles.update(_profile_tables(document.get(_PROFILES_TABLE), path, warnings))

    def _load_registry(
        self,
        policy: dict[str, Scalar],
        machine: dict[str, Scalar],
        locked: set[str],
        warnings: list[SettingsFileError],
        profiles: dict[str, dict[str, Scalar]],
    ) -> None:
        if self._registry is None:
            return
        # Optional: registry stand-ins written before profiles have no such method.
        read_profiles = getattr(self._registry, "policy_profiles", None)
        try:
            raw_policy = dict(self._registry.policy())
            raw_machine = dict(self._registry.machine_defaults())
            raw_profiles = dict(read_profiles()) if read_profiles is not None else {}
        except OSError as exc:
            warnings.append(SettingsFileError("io", type(exc).__name__, path=REGISTRY_PATH))
            return
        # The registry is Windows' primary source: it wins over the policy file.
        # The MSI may keep its own bookkeeping values (install folder, version) in the
        # machine key: unknown names there are not mistakes, so they raise no warning.
        machine.update(_known_values(raw_machine, REGISTRY_PATH, warnings, warn_unknown=False))
        policy.update(_known_values(raw_policy, REGISTRY_PATH, warnings))
        # Group Policy writes a value to lock it: even an invalid one locks its key.
        locked |= raw_policy.keys() & KEYS.keys()
        profiles.update(_profile_tables(raw_profiles, REGISTRY_PATH, warnings))

    def _effective(self, profile: str = DEFAULT_PROFILE) -> dict[str, Scalar]:
        return {key: self._layer_value(key, profile)[0] for key in KEYS}

    def _layer_value(self, key: str, profile: str = DEFAULT_PROFILE) -> tuple[Scalar, Source]:
        if profile != DEFAULT_PROFILE and key in PROFILE_KEYS:
            provisioned = self._policy_profiles.get(profile, {})
            if key in provisioned:
                return provisioned[key], "policy"
            own = self._user_profiles.get(profile, {})
            if key in own and key not in self._locked:
                return own[key], "user"
            # Not given by the profile: the default profile's value (a PC-wide lock included).
        if key in self._locked:
            return self._policy.get(key, KEYS[key].default), "policy"
        if key in self._user:
            return self._user[key], "user"
        if key in self._machine:
            return self._machine[key], "machine"
        return KEYS[key].default, "default"

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.load()

    @property
    def values(self) -> Settings:
        """The settings of the ``default`` profile (see :meth:`values_for`)."""
        self._ensure_loaded()
        return self._values

    def values_for(self, profile: str | None = None) -> Settings:
        """The settings with ``profile``'s server, agent and dial plan; None is ``default``.
        Raises NotConfiguredError kind ``unknown_profile``."""
        name = self.check_profile(profile)
        if name == DEFAULT_PROFILE:
            return self._values
        return Settings(**cast(dict[str, Any], self._effective(name)))

    @property
    def warnings(self) -> list[SettingsFileError]:
        """Warnings of the last load, plus ``moved_aside`` from writes since."""
        self._ensure_loaded()
        return list(self._warnings)

    def get(self, key: str, profile: str | None = None) -> Scalar:
        key_spec(key)
        return cast(Scalar, getattr(self.values_for(profile), key))

    def source(self, key: str, profile: str | None = None) -> Source:
        key_spec(key)
        return self._layer_value(key, self.check_profile(profile))[1]

    def locked_keys(self, profile: str | None = None) -> frozenset[str]:
        """The keys IT locks; for a provisioned profile, also the keys its policy gives."""
        name = self.check_profile(profile)
        return self._locked | self._policy_profiles.get(name, {}).keys()

    def is_locked(self, key: str, profile: str | None = None) -> bool:
        key_spec(key)
        return key in self.locked_keys(profile)

    # profiles

    def profile_names(self) -> list[str]:
        """``default`` first, then the other profiles (provisioned and the user's) by name."""
        self._ensure_loaded()
        named = self._policy_profiles.keys() | self._user_profiles.keys()
        return [DEFAULT_PROFILE, *sorted(named, key=str.casefold)]

    def has_profile(self, name: str) -> bool:
        return name in self.profile_names()

    def is_provisioned(self, name: str) -> bool:
        """True for a profile IT provides (policy file or registry): it cannot be removed."""
        self._ensure_loaded()
        return name in self._policy_profiles

    def check_profile(self, name: str | None) -> str:
        """``name`` (None: ``default``) when it exists; else NotConfiguredError kind
        ``unknown_profile`` (detail: the name)."""
        self._ensure_loaded()
        if name is None or name == DEFAULT_PROFILE:
            return DEFAULT_PROFILE
        if name in self._policy_profiles or name in self._user_profiles:
            return name
        raise NotConfiguredError("unknown_profile", str(name)[:_DETAIL_MAX])

    def profile(self, name: str | None = None) -> Profile:
        values = self.values_for(name)
        return Profile(
            name=self.check_profile(name),
            server=values.server,
            agent_id=values.agent_id,
            dial_plan=values.dial_plan,
        )

    def active_profile(self) -> str:
        """The profile in use: the ``active_profile`` setting, or ``default`` when it is unset
        or names a profile that no longer exists."""
        wanted = self.values.active_profile
        return wanted if wanted and self.has_profile(wanted) else DEFAULT_PROFILE

    def set_active_profile(self, name: str) -> None:
        """Remember ``name`` as the profile in use. Raises NotConfiguredError (unknown),
        LockedSettingError (IT chose the profile), SettingsFileError ``io``."""
        name = self.check_profile(name)
        if self.is_locked(_ACTIVE_PROFILE):
            raise LockedSettingError(_ACTIVE_PROFILE)
        self._write({_ACTIVE_PROFILE: None if name == DEFAULT_PROFILE else name})

    def add_profile(self, name: str, values: Mapping[str, object] | None = None) -> str:
        """Create the user profile ``name`` (its keys from ``values``); returns the name.

        Raises SettingValueError: ``bad_profile_name``, ``profile_exists`` (names differing
        only in case count as the same: keyrings may not tell them apart), a bad value, or
        ``unknown_key`` for a key that is not a profile key.
        """
        name = validate_profile_name(name)
        self._check_free_name(name)
        prepared = {key: self._profile_value(key, raw) for key, raw in (values or {}).items()}
        self._write_profiles(lambda tables: tables.__setitem__(name, prepared))
        return name

    def rename_profile(self, old: str, new: str) -> str:
        """Rename a user profile (and follow it as the active profile); returns the new name."""
        self._check_own_profile(old)
        new = validate_profile_name(new)
        if new != old:
            self._check_free_name(new, allowed=old)

        def rename(tables: dict[str, Any]) -> None:
            tables[new] = tables.pop(old)

        active = {_ACTIVE_PROFILE: new} if self.values.active_profile == old else {}
        self._write_profiles(rename, active)
        return new

    def remove_profile(self, name: str) -> None:
        """Delete a user profile; the active profile goes back to ``default`` if it was this."""
        self._check_own_profile(name)
        active = {_ACTIVE_PROFILE: None} if self.values.active_profile == name else {}
        self._write_profiles(lambda tables: tables.pop(name, None), active)

    def _check_own_profile(self, name: str) -> None:
        name = self.check_profile(name)
        if name == DEFAULT_PROFILE:
            raise SettingValueError("profile", "default_profile", name)
        if self.is_provisioned(name):
            raise LockedSettingError(f"profile {name}")

    def _check_free_name(self, name: str, allowed: str = "") -> None:
        taken = {other.casefold() for other in self.profile_names() if other != allowed}
        # A table the load ignored (broken) still holds its name: it must not be overwritten.
        taken |= {other.casefold() for other in self._raw_profile_names() if other != allowed}
        if name.casefold() in taken:
            raise SettingValueError("profile", "profile_exists", name)

    def _raw_profile_names(self) -> list[str]:
        try:
            document = _read_toml(self._user_file) or {}
        except SettingsFileError:
            return []
        tables = document.get(_PROFILES_TABLE)
        return [str(name) for name in tables] if isinstance(tables, dict) else []

    @staticmethod
    def _profile_value(key: str, raw: object) -> Scalar:
        spec = key_spec(key)
        if key not in PROFILE_KEYS:
            raise SettingValueError(key, "unknown_key", key)
        return spec.coerce(raw)

    # writing

    def set(self, key: str, raw: str | int | bool, profile: str | None = None) -> Scalar:
        """Validate ``raw`` and store it in the user file; returns the stored value.

        A profile key goes into ``profile``'s table (None: the top level, ``default``); other
        keys apply to every profile. Raises SettingValueError (bad value, or kind
        ``unknown_key``), LockedSettingError, NotConfiguredError (unknown profile), or
        SettingsFileError kind ``io`` when the file cannot be read or written.
        """
        spec = key_spec(key)
        name = self.check_profile(profile)
        if self.is_locked(key, name):
            raise LockedSettingError(key)
        value = spec.coerce(raw)
        self._write({key: value}, name)
        return value

    def unset(self, key: str, profile: str | None = None) -> None:
        """Remove ``key`` from the user file (or the profile's table), so that lower layers
        (or the ``default`` profile) apply."""
        self.update({key: None}, profile)

    def update(self, changes: Mapping[str, object], profile: str | None = None) -> None:
        """Store several values in one write (the settings dialog). All or nothing.

        ``None`` removes a key from the user file. A locked key is accepted only with its
        current value (the dialog sends every field), and is then left out.
        """
        name = self.check_profile(profile)
        prepared: dict[str, Scalar | None] = {}
        for key, raw in changes.items():
            spec = key_spec(key)
            if key in self.locked_keys(name):
                self._check_unchanged_locked(spec, raw, name)
                continue
            prepared[key] = None if raw is None else spec.coerce(raw)
        if prepared:
            self._write(prepared, name)

    def _check_unchanged_locked(self, spec: KeySpec, raw: object, profile: str) -> None:
        try:
            unchanged = raw is not None and spec.coerce(raw) == self.get(spec.name, profile)
        except SettingValueError:
            unchanged = False
        if not unchanged:
            raise LockedSettingError(spec.name)

    def _write(self, changes: Mapping[str, Scalar | None], profile: str = DEFAULT_PROFILE) -> None:
        """Apply ``changes``: profile keys to ``profile``'s table, the others at the top."""

        def apply(document: dict[str, Any]) -> None:
            named = profile != DEFAULT_PROFILE
            for key, value in changes.items():
                if named and key in PROFILE_KEYS:
                    target = _profile_table(document, profile, self._user_file)
                else:
                    target = document
                if value is None:
                    target.pop(key, None)
                else:
                    target[key] = value

        self._write_document(apply)

    def _write_profiles(
        self,
        change: Callable[[dict[str, Any]], object],
        top_level: Mapping[str, Scalar | None] | None = None,
    ) -> None:
        """Apply ``change`` to the user file's ``[profiles]`` table (and ``top_level`` keys)."""

        def apply(document: dict[str, Any]) -> None:
            change(_profiles_of(document, self._user_file))
            for key, value in (top_level or {}).items():
                if value is None:
                    document.pop(key, None)
                else:
                    document[key] = value

        self._write_document(apply)

    def _write_document(self, apply: Callable[[dict[str, Any]], None]) -> None:
        path = self._user_file
        notes: list[SettingsFileError] = []
        try:
            document = self._read_for_write(notes)
            apply(document)
            _atomic_write(path, dumps(document))
        except OSError as exc:
            raise SettingsFileError(
                "io", exc.strerror or type(exc).__name__, path=str(path)
            ) from None
        self.load()
        self._warnings.extend(notes)

    def _read_for_write(self, notes: list[SettingsFileError]) -> dict[str, Any]:
        """The user file's document, read again right before a write (another process, the
        CLI say, may have changed it). A broken file is moved aside, and noted."""
        path = self._user_file
        try:
            return _read_toml(path) or {}
        except SettingsFileError as exc:
            if exc.kind != "broken_toml":
                raise  # unreadable: we cannot know what we would replace
            moved = _move_aside(path)
            moved_to = str(moved) if moved is not None else ""
            notes.append(
                SettingsFileError("moved_aside", exc.detail, path=str(path), moved_to=moved_to)
            )
            return {}


def _profiles_of(document: dict[str, Any], path: Path) -> dict[str, Any]:
    """The document's ``[profiles]`` table, created if missing. A non-table there is the
    user's to fix: it is never overwritten (``bad_profile``)."""
    tables = document.setdefault(_PROFILES_TABLE, {})
    if not isinstance(tables, dict):
        raise SettingsFileError("bad_profile", f"{_PROFILES_TABLE}: not_table", path=str(path))
    return tables


def _profile_table(document: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    table = _profiles_of(document, path).setdefault(name, {})
    if not isinstance(table, dict):
        raise SettingsFileError("bad_profile", f"{name}: not_table", path=str(path))
    return cast(dict[str, Any], table)
