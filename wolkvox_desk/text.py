"""Words for people: turns our error kinds and outcomes into sentences (CLI and window).

Core and services return kinds and data; this module is the one place that says what they
mean to an agent, and what to do next. Strings go through :func:`tr`, which uses Qt's
translator when QtCore is already loaded (the window, translated CLI runs) and is the identity
otherwise, so headless commands never pay for importing Qt.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    ConnectionLostError,
    CustomerFieldError,
    GateBusyError,
    HistoryUnavailableError,
    KeyringUnavailableError,
    LockedSettingError,
    NotConfiguredError,
    PhoneNumberError,
    RefusalKind,
    RefusedError,
    RequestTimeoutError,
    SettingsFileError,
    SettingValueError,
    TLSFailedError,
    WolkvoxDeskError,
)
from wolkvox_desk.core.models import Outcome

CONTEXT = ""  # lupdate files module-level tr() calls under the empty context


def tr(text: str) -> str:
    """Translate ``text`` in the module-level (empty) context if Qt is loaded, else return it."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return str(qtcore.QCoreApplication.translate(CONTEXT, text))


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the window's outcome line and the CLI print for one failure."""

    title: str
    explanation: str
    wolkvox_msg: str = ""
    next_step: str = ""
    #: True when the next step is in Settings (the window shows a button for it)
    opens_settings: bool = False

    def one_line(self) -> str:
        parts = [f"{self.title}: {self.explanation}"]
        if self.wolkvox_msg:
            parts.append(tr('wolkvox said: "{msg}"').format(msg=self.wolkvox_msg))
        if self.next_step:
            parts.append(self.next_step)
        return " ".join(parts)


_PHONE = {
    "empty": "Type a phone number first.",
    "letters": "Phone numbers cannot contain letters ({detail}).",
    "invalid_char": "The number has a character that cannot be dialled ({detail}).",
    "too_short": "The number is too short.",
    "too_long": "The number is too long.",
    "invalid_for_country": "This is not a valid number for {detail}.",
    "bad_extension": "The extension part is not valid.",
}

_CUSTOMER = {
    "id_not_digits": "The customer ID must contain only digits (dots and dashes are fine).",
    "id_too_long": "The customer ID is too long.",
    "name_control_chars": "The customer name contains invisible control characters.",
    "name_too_long": "The customer name is too long.",
}

_SETTING = {
    "bad_server": "The server code must be letters and digits only, as given by wolkvox "
    "support (for example 0042).",
    "bad_agent_id": "The agent ID must be the extension number (digits only).",
    "bad_dial_prefix": "The dial prefix may contain only digits.",
    "bad_plus_replacement": "What '+' becomes may contain only digits.",
    "bad_country": "Use a two-letter country code such as CO, BR or MX.",
    "bad_api_base": "WOLKVOX_DESK_API_BASE must look like scheme://host[:port].",
    "insecure_api_base": "WOLKVOX_DESK_API_BASE may use plain http only on this computer "
    "(loopback); use https.",
    "unknown_key": "There is no setting called {detail}.",
    "bad_value": "That value is not valid for {key}.",
    "bad_token": "The token looks wrong: it must not be empty or contain spaces.",
    "bad_choice": "{key} must be ID=Label pairs separated by semicolons, such as "
    "7=Break; 8=Lunch (IDs: letters, digits, _ . -). Not valid: {detail}",
    "duplicate_choice": "{key} lists the ID {detail} twice.",
    "reserved_choice": "{key} cannot redefine {detail}: the status menu always has it.",
    "too_many_choices": "{key} may list at most {detail} entries.",
}

_NOT_CONFIGURED = {
    "no_server": "No server is set.",
    "no_agent": "No agent extension is set.",
    "no_token": "No API token is set.",
}

_REFUSAL: dict[RefusalKind, tuple[str, str, bool]] = {
    RefusalKind.MISSING_TOKEN: (
        "wolkvox did not receive the API token.",
        "Open Settings to enter your token.",
        True,
    ),
    RefusalKind.INVALID_TOKEN: (
        "wolkvox refused the API token: it is wrong, expired or of another operation.",
        "Open Settings to enter a new one.",
        True,
    ),
    RefusalKind.QUOTA_EXCEEDED: (
        "This token has used up today's request quota.",
        "Ask your supervisor: the quota resets daily.",
        False,
    ),
    RefusalKind.SIMULTANEOUS: (
        "The line is busy: other requests with the same token were in flight.",
        "Try again in a moment.",
        False,
    ),
    RefusalKind.UNKNOWN_API: (
        "wolkvox does not know this request.",
        "Check the server code in Settings.",
        True,
    ),
    RefusalKind.MISSING_PARAMETERS: (
        "wolkvox says a required value is missing.",
        "Check the agent extension in Settings.",
        True,
    ),
    RefusalKind.FORBIDDEN: (
        "wolkvox refused the request (the service may be under maintenance).",
        "Try again in a few minutes.",
        False,
    ),
    RefusalKind.REJECTED: (
        "wolkvox did not place the call.",
        "Check wolkvox Agent: are you logged in and ready?",
        False,
    ),
}

_TRANSPORT = {
    "dns": "The wolkvox server name could not be found.",
    "refused": "The wolkvox server refused the connection.",
    "unreachable": "The wolkvox server cannot be reached.",
    "proxy": "The proxy did not let the request through.",
    "certificate": "The server's security certificate is not trusted, so nothing was sent.",
    "handshake": "A secure connection could not be set up, so nothing was sent.",
    "connect_timeout": "The wolkvox server did not answer the connection in time.",
    "read_timeout": "wolkvox did not answer in time. The call MAY have been placed.",
    "connection_lost": "The connection dropped after sending. The call MAY have been placed.",
}

_BAD_ANSWER = {
    "empty": "wolkvox sent an empty answer.",
    "not_json": "wolkvox sent an answer that is not in its usual format.",
    "broken_json": "wolkvox sent a broken answer.",
    "not_envelope": "wolkvox sent an answer in an unexpected format.",
    "too_large": "The answer was far too large to be wolkvox's.",
    "http_error_page": "A web error page came back instead of wolkvox's answer "
    "(a proxy or the server failed).",
}

_CHECK_AGENT = "Check wolkvox Agent before dialling again."


def explain(error: BaseException) -> Explanation:
    """Plain words, wolkvox's msg verbatim, and the next step, for any error."""
    if isinstance(error, RefusedError):
        words, step, settings = _REFUSAL.get(error.refusal, _REFUSAL[RefusalKind.REJECTED])
        title = tr("Refused by wolkvox")
        return Explanation(title, tr(words), error.msg, tr(step), settings)
    if isinstance(error, TLSFailedError | ConnectFailedError):
        words = _TRANSPORT.get(error.kind, _TRANSPORT["unreachable"])
        step = tr("Check the network or ask IT.")
        return Explanation(tr("Not sent"), tr(words), next_step=step)
    if isinstance(error, RequestTimeoutError | ConnectionLostError):
        words = _TRANSPORT.get(error.kind, _TRANSPORT["connection_lost"])
        sent = error.kind != "connect_timeout"
        title = tr("No answer") if sent else tr("Not sent")
        return Explanation(title, tr(words), next_step=tr(_CHECK_AGENT) if sent else "")
    if isinstance(error, BadAnswerError):
        words = _BAD_ANSWER.get(error.kind, _BAD_ANSWER["not_json"])
        return Explanation(tr("Unclear answer"), tr(words), next_step=tr(_CHECK_AGENT))
    if isinstance(error, GateBusyError):
        return Explanation(
            tr("Busy"),
            tr("Another request with this token is still waiting for its answer."),
            next_step=tr("Wait for it, then press Dial again."),
        )
    return Explanation(tr("Error"), describe_local(error))


def describe_local(error: BaseException) -> str:
    """One sentence for input, configuration and storage errors."""
    if isinstance(error, PhoneNumberError):
        return tr(_PHONE.get(error.kind, _PHONE["invalid_char"])).format(detail=error.detail)
    if isinstance(error, CustomerFieldError):
        return tr(_CUSTOMER.get(error.kind, "The customer field is not valid."))
    if isinstance(error, LockedSettingError):
        return tr("{key} is managed by your IT department and cannot be changed here.").format(
            key=error.key
        )
    if isinstance(error, SettingValueError):
        words = _SETTING.get(error.kind, _SETTING["bad_value"])
        return tr(words).format(detail=error.detail, key=error.key)
    if isinstance(error, KeyringUnavailableError):
        return tr(
            "No keyring is available on this computer to store the token safely. "
            "Set WOLKVOX_TOKEN for this session, or use a session-only token."
        )
    if isinstance(error, NotConfiguredError):
        return tr(_NOT_CONFIGURED.get(error.kind, "wolkvox desk is not set up yet."))
    if isinstance(error, HistoryUnavailableError):
        if error.moved_to:
            return tr(
                "The call history file was damaged or from a newer version; it was moved "
                "to {path} and a new one started."
            ).format(path=error.moved_to)
        return tr("The call history could not be opened ({kind}).").format(kind=error.kind)
    if isinstance(error, SettingsFileError) and error.kind == "moved_aside":
        return tr("The broken settings file was kept as {path}; a new one was written.").format(
            path=error.moved_to
        )
    if isinstance(error, SettingsFileError):
        return tr(
            "The settings file {path} could not be read ({detail}); defaults are used."
        ).format(path=error.path, detail=error.detail or error.kind)
    if isinstance(error, WolkvoxDeskError):
        return tr("Something went wrong ({kind}).").format(kind=error.kind)
    return tr("Something went wrong ({kind}).").format(kind=type(error).__name__)


def outcome_label(outcome: Outcome) -> str:
    """The short word in the history's outcome column."""
    labels = {
        Outcome.OK: "OK",
        Outcome.REFUSED: "Refused",
        Outcome.NETWORK: "Network",
        Outcome.BAD_ANSWER: "Unclear answer",
        Outcome.BUSY: "Busy",
        Outcome.ERROR: "Error",
    }
    return tr(labels.get(outcome, str(outcome)))
