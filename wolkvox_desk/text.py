"""Words for people: turns our error kinds and outcomes into sentences (CLI and window).

Core and services return kinds and data; this module is the one place that says what they
mean to an agent, and what to do next. Strings go through :func:`tr` (tables of sentences
are marked with :func:`QT_TR_NOOP` so that lupdate finds them), which uses Qt's
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
    DeclinedError,
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


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for lupdate where it is defined; :func:`tr` translates it where shown.

    The tables below hold sentences that are looked up by kind; lupdate only sees literals
    inside a call it knows, and this is the call (it files them under the empty context).
    """
    return text


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the window's outcome line and the CLI print for one failure."""

    title: str
    explanation: str
    wolkvox_msg: str = ""
    next_step: str = ""
    # True when the next step is in Settings (the window shows a button for it)
    opens_settings: bool = False

    def one_line(self) -> str:
        parts = [f"{self.title}: {self.explanation}"]
        if self.wolkvox_msg:
            parts.append(tr('wolkvox said: "{msg}"').format(msg=self.wolkvox_msg))
        if self.next_step:
            parts.append(self.next_step)
        return " ".join(parts)


_PHONE = {
    "empty": QT_TR_NOOP("Type a phone number first."),
    "letters": QT_TR_NOOP("Phone numbers cannot contain letters ({detail})."),
    "invalid_char": QT_TR_NOOP("The number has a character that cannot be dialed ({detail})."),
    "too_short": QT_TR_NOOP("The number is too short."),
    "too_long": QT_TR_NOOP("The number is too long."),
    "invalid_for_country": QT_TR_NOOP("This is not a valid number for {detail}."),
    "bad_extension": QT_TR_NOOP("The extension part is not valid."),
}

_CUSTOMER = {
    "id_not_digits": QT_TR_NOOP(
        "The customer ID must contain only digits (dots and dashes are fine)."
    ),
    "id_too_long": QT_TR_NOOP("The customer ID is too long."),
    "name_control_chars": QT_TR_NOOP("The customer name contains invisible control characters."),
    "name_too_long": QT_TR_NOOP("The customer name is too long."),
}

_SETTING = {
    "bad_server": QT_TR_NOOP(
        "The server code must be letters and digits only, as given by wolkvox "
        "support (for example 0042)."
    ),
    "bad_agent_id": QT_TR_NOOP("The agent ID must be the extension number (digits only)."),
    "bad_dial_prefix": QT_TR_NOOP("The dial prefix may contain only digits."),
    "bad_plus_replacement": QT_TR_NOOP("What '+' becomes may contain only digits."),
    "bad_country": QT_TR_NOOP("Use a two-letter country code such as CO, BR or MX."),
    "bad_api_base": QT_TR_NOOP("WOLKVOX_DESK_API_BASE must look like scheme://host[:port]."),
    "insecure_api_base": QT_TR_NOOP(
        "WOLKVOX_DESK_API_BASE may use plain http only on this computer (loopback); use https."
    ),
    "bad_language": QT_TR_NOOP(
        "The language must be en, es or pt_BR (or empty, to follow the system)."
    ),
    "unknown_key": QT_TR_NOOP("There is no setting called {detail}."),
    "bad_value": QT_TR_NOOP("That value is not valid for {key}."),
    "bad_token": QT_TR_NOOP("The token looks wrong: it must not be empty or contain spaces."),
    "bad_choice": QT_TR_NOOP(
        "{key} must be ID=Label pairs separated by semicolons, such as "
        "7=Break; 8=Lunch (IDs: letters, digits, _ . -). Not valid: {detail}"
    ),
    "duplicate_choice": QT_TR_NOOP("{key} lists the ID {detail} twice."),
    "reserved_choice": QT_TR_NOOP("{key} cannot redefine {detail}: the status menu always has it."),
    "too_many_choices": QT_TR_NOOP("{key} may list at most {detail} entries."),
    "bad_profile_name": QT_TR_NOOP(
        "{detail} is not a valid profile name: use letters, digits, _ and -, "
        "at most 32, starting with a letter or digit."
    ),
    "profile_exists": QT_TR_NOOP("A profile called {detail} already exists."),
    "default_profile": QT_TR_NOOP("The default profile cannot be renamed or removed."),
}

_NOT_CONFIGURED = {
    "no_server": QT_TR_NOOP("No server is set."),
    "no_agent": QT_TR_NOOP("No agent extension is set."),
    "no_token": QT_TR_NOOP("No API token is set."),
    "unknown_profile": QT_TR_NOOP("There is no profile called {detail}."),
}

_REFUSAL: dict[RefusalKind, tuple[str, str, bool]] = {
    RefusalKind.MISSING_TOKEN: (
        QT_TR_NOOP("wolkvox did not receive the API token."),
        QT_TR_NOOP("Open Settings to enter your token."),
        True,
    ),
    RefusalKind.INVALID_TOKEN: (
        QT_TR_NOOP("wolkvox refused the API token: it is wrong, expired or of another operation."),
        QT_TR_NOOP("Open Settings to enter a new one."),
        True,
    ),
    RefusalKind.QUOTA_EXCEEDED: (
        QT_TR_NOOP("This token has used up today's request quota."),
        QT_TR_NOOP("Ask your supervisor: the quota resets daily."),
        False,
    ),
    RefusalKind.SIMULTANEOUS: (
        QT_TR_NOOP("The line is busy: other requests with the same token were in flight."),
        QT_TR_NOOP("Try again in a moment."),
        False,
    ),
    RefusalKind.UNKNOWN_API: (
        QT_TR_NOOP("wolkvox does not know this request."),
        QT_TR_NOOP("Check the server code in Settings."),
        True,
    ),
    RefusalKind.MISSING_PARAMETERS: (
        QT_TR_NOOP("wolkvox says a required value is missing."),
        QT_TR_NOOP("Check the agent extension in Settings."),
        True,
    ),
    RefusalKind.FORBIDDEN: (
        QT_TR_NOOP("wolkvox refused the request (the service may be under maintenance)."),
        QT_TR_NOOP("Try again in a few minutes."),
        False,
    ),
    RefusalKind.REJECTED: (
        QT_TR_NOOP("wolkvox did not place the call."),
        QT_TR_NOOP("Check wolkvox Agent: are you logged in and ready?"),
        False,
    ),
}

_TRANSPORT = {
    "dns": QT_TR_NOOP("The wolkvox server name could not be found."),
    "refused": QT_TR_NOOP("The wolkvox server refused the connection."),
    "unreachable": QT_TR_NOOP("The wolkvox server cannot be reached."),
    "proxy": QT_TR_NOOP("The proxy did not let the request through."),
    "certificate": QT_TR_NOOP(
        "The server's security certificate is not trusted, so nothing was sent."
    ),
    "handshake": QT_TR_NOOP("A secure connection could not be set up, so nothing was sent."),
    "connect_timeout": QT_TR_NOOP("The wolkvox server did not answer the connection in time."),
    "read_timeout": QT_TR_NOOP("wolkvox did not answer in time. The call MAY have been placed."),
    "connection_lost": QT_TR_NOOP(
        "The connection dropped after sending. The call MAY have been placed."
    ),
}

_BAD_ANSWER = {
    "empty": QT_TR_NOOP("wolkvox sent an empty answer."),
    "not_json": QT_TR_NOOP("wolkvox sent an answer that is not in its usual format."),
    "broken_json": QT_TR_NOOP("wolkvox sent a broken answer."),
    "not_envelope": QT_TR_NOOP("wolkvox sent an answer in an unexpected format."),
    "too_large": QT_TR_NOOP("The answer was far too large to be wolkvox's."),
    "http_error_page": QT_TR_NOOP(
        "A web error page came back instead of wolkvox's answer (a proxy or the server failed)."
    ),
}

_CHECK_AGENT = QT_TR_NOOP("Check wolkvox Agent before dialing again.")


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
        return tr(_CUSTOMER.get(error.kind, QT_TR_NOOP("The customer field is not valid.")))
    if isinstance(error, LockedSettingError):
        return tr("{key} is managed by your IT department and cannot be changed here.").format(
            key=error.key
        )
    if isinstance(error, SettingValueError):
        words = _SETTING.get(error.kind, _SETTING["bad_value"])
        return tr(words).format(detail=error.detail, key=error.key)
    if isinstance(error, DeclinedError):
        return tr("Cancelled: nothing was sent.")
    if isinstance(error, KeyringUnavailableError):
        return tr(
            "No keyring is available on this computer to store the token safely. "
            "Set WOLKVOX_TOKEN for this session, or use a session-only token."
        )
    if isinstance(error, NotConfiguredError):
        words = _NOT_CONFIGURED.get(error.kind, QT_TR_NOOP("wolkvox desk is not set up yet."))
        return tr(words).format(detail=error.detail)
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
    if isinstance(error, SettingsFileError) and error.kind == "bad_profile":
        return tr("A profile in {path} is not valid and is ignored ({detail}).").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, SettingsFileError):
        return tr(
            "The settings file {path} could not be read ({detail}); defaults are used."
        ).format(path=error.path, detail=error.detail or error.kind)
    if isinstance(error, WolkvoxDeskError):
        return tr("Something went wrong ({kind}).").format(kind=error.kind)
    return tr("Something went wrong ({kind}).").format(kind=type(error).__name__)


def line_busy(error: BaseException) -> bool:
    """Why a request is being retried: wolkvox said another request was in flight (True), or
    its server could not be reached at all (False). Only these two are ever retried."""
    return isinstance(error, RefusedError)


def retrying_words(busy: bool) -> str:
    """The progress text while a dial waits for its next attempt."""
    return tr("Line busy, retrying…") if busy else tr("Could not reach wolkvox, retrying…")


def retry_notice(busy: bool, delay: float, attempt: int) -> str:
    """The command line's note before the next attempt."""
    words = (
        tr("Line busy, retrying in {delay:.1f} s (attempt {n})…")
        if busy
        else tr("Could not reach wolkvox, retrying in {delay:.1f} s (attempt {n})…")
    )
    return words.format(delay=delay, n=attempt)


def outcome_label(outcome: Outcome) -> str:
    """The short word in the history's outcome column."""
    labels = {
        Outcome.OK: QT_TR_NOOP("OK"),
        Outcome.REFUSED: QT_TR_NOOP("Refused"),
        Outcome.NETWORK: QT_TR_NOOP("Network"),
        Outcome.BAD_ANSWER: QT_TR_NOOP("Unclear answer"),
        Outcome.BUSY: QT_TR_NOOP("Busy"),
        Outcome.ERROR: QT_TR_NOOP("Error"),
    }
    return tr(labels.get(outcome, str(outcome)))
