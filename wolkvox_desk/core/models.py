"""Frozen value types shared by every layer: dial plans, requests, results, history records,
profiles (and the rule for a profile's name, which the settings file and dialog share).

Pure data, no I/O. Anything that holds a token masks it in ``repr`` so that a stray log line
or traceback never prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wolkvox_desk.core.errors import SettingValueError


@dataclass(frozen=True, slots=True)
class DialPlan:
    """How an operation turns a cleaned number into the digits wolkvox receives.

    - ``prefix``: digits put in front of every number (operations commonly route on ``9``).
    - ``plus_replacement``: what a leading ``+`` / ``00`` becomes ("" drops it; "00" keeps an
      international access code).
    - ``default_country``: ISO 3166 alpha-2 (e.g. ``"CO"``). When set, national numbers are
      turned into international ones for that country; when empty they pass through as digits.
    """

    prefix: str = ""
    plus_replacement: str = ""
    default_country: str = ""


@dataclass(frozen=True, slots=True)
class CleanNumber:
    """A phone number as agents typed it, reduced to ASCII digits.

    ``international`` is True when it carried ``+`` or ``00`` (the digits then start with the
    country code, without the ``+``/``00``). ``extension`` is a ``;ext=`` part, kept apart.
    """

    digits: str
    international: bool
    extension: str = ""


@dataclass(frozen=True, slots=True)
class DialRequest:
    """One dial, validated: what the agent typed and exactly what will be sent."""

    phone_typed: str
    phone_sent: str
    agent_id: str
    customer_id: str = ""
    customer_name: str = ""


class Outcome(StrEnum):
    """The outcome column of a history row; coarse on purpose (details go in ``error_kind``)."""

    OK = "ok"
    REFUSED = "refused"  # wolkvox's envelope, not success
    NETWORK = "network"  # connect, TLS, time-out, dropped connection
    BAD_ANSWER = "bad_answer"  # answer we could not understand
    BUSY = "busy"  # our own gate refused: another request was in flight
    ERROR = "error"  # anything else (a bug); logged with its traceback


@dataclass(frozen=True, slots=True)
class ApiResult:
    """A successful agentbox answer (envelope code 200, error null)."""

    http_status: int
    code: str
    msg: str
    data: dict[str, Any] = field(default_factory=dict)
    attempts: int = 1
    elapsed_ms: float = 0.0

    @property
    def conn_id(self) -> str:
        """wolkvox's call id: a string, or an integer written out; anything else is no id
        (``null`` must not become "None" on screen and in history)."""
        value = self.data.get("conn_id", "") if isinstance(self.data, dict) else ""
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return ""


@dataclass(frozen=True, slots=True)
class Account:
    """Where requests go and how they authenticate. The token never appears in ``repr``."""

    server: str
    token: str = field(repr=False)

    def __repr__(self) -> str:  # explicit, so that even dataclass changes cannot leak it
        return f"Account(server={self.server!r}, token=***)"


#: the top-level settings are this profile (installs from before profiles keep working)
DEFAULT_PROFILE = "default"
#: the settings a profile holds; every other setting applies to all profiles
PROFILE_KEYS = ("server", "agent_id", "dial_prefix", "plus_replacement", "default_country")
PROFILE_NAME_MAX = 32
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def validate_profile_name(name: str) -> str:
    """``name`` stripped, or SettingValueError (key ``profile``, kind ``bad_profile_name``).

    Letters, digits, ``_`` and ``-``, starting with a letter or digit, at most 32: the name is
    a TOML table name, a keyring entry and a command-line word, so it stays plain.
    """
    value = name.strip() if isinstance(name, str) else ""
    if value.isascii() and len(value) <= PROFILE_NAME_MAX and _PROFILE_NAME.fullmatch(value):
        return value
    raise SettingValueError("profile", "bad_profile_name", str(name)[:40])


@dataclass(frozen=True, slots=True)
class Profile:
    """A named operation set-up: server, agent extension and dial plan (issue 7 uses many)."""

    name: str
    server: str
    agent_id: str
    dial_plan: DialPlan = DialPlan()


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One row of call history. ``id`` is 0 until stored. Times are UTC epoch seconds."""

    started_at: float
    phone_typed: str
    phone_sent: str
    outcome: Outcome
    customer_name: str = ""
    customer_id: str = ""
    agent_id: str = ""
    server: str = ""
    error_kind: str = ""
    http_status: int | None = None
    code: str = ""
    msg: str = ""
    conn_id: str = ""
    latency_ms: float | None = None
    attempts: int = 1
    is_test: bool = False
    api: str = "dial"
    id: int = 0
