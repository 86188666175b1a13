"""Call controls shared by both front doors (window and CLI): the actions, their parameter
checks, the configured choice lists, and the words for their outcomes.

Qt-free and services-free, like :mod:`wolkvox_desk.text` (whose words it extends): the window's
:mod:`~wolkvox_desk.qt.call_controller` and the headless :mod:`~wolkvox_desk.cli_calls` both
use it, and :mod:`~wolkvox_desk.services.settings` can validate the ``aux_states`` and
``disposition_codes`` settings with :func:`parse_choices`.

Parameter checks refuse rather than repair (like ``core.dialing``'s validators) and raise our
:class:`~wolkvox_desk.core.errors.InputError` kinds, so nothing invalid is ever sent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from wolkvox_desk.core.dialing import AGENT_ID_MAX, clean_tones, phone_to_send
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectionLostError,
    GateBusyError,
    PhoneNumberError,
    RefusalKind,
    RefusedError,
    RequestTimeoutError,
    SettingValueError,
)
from wolkvox_desk.core.models import ApiResult, DialPlan
from wolkvox_desk.text import QT_TR_NOOP, Explanation, explain, tr

__all__ = [
    "STATUS_LOGOUT",
    "STATUS_READY",
    "CallAction",
    "CallOptions",
    "Choice",
    "Toggle",
    "action_label",
    "clean_code",
    "clean_comments",
    "clean_status",
    "clean_tones",
    "done_words",
    "explain_call_failure",
    "format_choices",
    "parse_choices",
    "toggle_state",
    "transfer_target",
]

STATUS_READY = "ready"
STATUS_LOGOUT = "logout"
CODE_MAX = 32
COMMENTS_MAX = 500
LABEL_MAX = 40
CHOICES_MAX = 40

_ID = re.compile(rf"[A-Za-z0-9_.-]{{1,{CODE_MAX}}}", re.ASCII)
_CHOICE_SEPARATORS = re.compile(r"[;\n]")


class CallAction(StrEnum):
    """Each call control, named by its ``api=`` value."""

    HANG = "hang"
    HOLD = "hold"
    MUTE = "mute"
    DTMF = "dtmf"
    TRANSFER = "transfer"
    STATUS = "change_status"
    DISPOSE = "hang_type_ready"

    @property
    def ends_call(self) -> bool:
        """True for the actions after which the agent no longer has this call."""
        return self in (CallAction.HANG, CallAction.TRANSFER, CallAction.DISPOSE)

    @property
    def needs_call(self) -> bool:
        return self is not CallAction.STATUS


class Toggle(StrEnum):
    """What the window knows about a toggle (hold, mute). wolkvox documents both as toggles
    and documents no state in the answer, so "toggled" is the honest default."""

    UNUSED = "unused"  # not pressed during this call
    TOGGLED = "toggled"  # pressed; the answer did not say which way
    ON = "on"  # the answer said so
    OFF = "off"


Choice = tuple[str, str]
"""An (id, label) pair: an auxiliary state or a disposition code."""


@dataclass(frozen=True, slots=True)
class CallOptions:
    """What the operation configures for the call panel (settings or IT policy)."""

    aux_states: tuple[Choice, ...] = ()
    disposition_codes: tuple[Choice, ...] = ()
    disposition_codes_2: tuple[Choice, ...] = ()

    @classmethod
    def parse(
        cls, aux_states: str = "", disposition_codes: str = "", disposition_codes_2: str = ""
    ) -> CallOptions:
        """From the settings' text form (see :func:`parse_choices`)."""
        return cls(
            parse_choices(aux_states, "aux_states", reserved=(STATUS_READY, STATUS_LOGOUT)),
            parse_choices(disposition_codes, "disposition_codes"),
            parse_choices(disposition_codes_2, "disposition_codes_2"),
        )


# --- configured choices --------------------------------------------------------------------


def parse_choices(text: str, key: str, *, reserved: tuple[str, ...] = ()) -> tuple[Choice, ...]:
    """``"7=Break; 8=Lunch"`` (or one per line) as ``(("7", "Break"), ("8", "Lunch"))``.

    An entry without ``=`` uses its id as its label. Ids are 1..32 ASCII letters, digits,
    ``_ . -`` and unique; labels are 1..40 printable characters. Raises
    :class:`SettingValueError` naming ``key`` (kinds ``bad_choice``, ``duplicate_choice``,
    ``reserved_choice``, ``too_many_choices``).
    """
    choices: list[Choice] = []
    for entry in _CHOICE_SEPARATORS.split(text):
        if not entry.strip():
            continue
        raw_id, _, raw_label = entry.partition("=")
        choice_id, label = raw_id.strip(), raw_label.strip() or raw_id.strip()
        if not _ID.fullmatch(choice_id) or not _printable(label) or len(label) > LABEL_MAX:
            raise SettingValueError(key, "bad_choice", entry.strip()[:LABEL_MAX])
        if choice_id.lower() in reserved:
            raise SettingValueError(key, "reserved_choice", choice_id)
        if any(choice_id == known for known, _ in choices):
            raise SettingValueError(key, "duplicate_choice", choice_id)
        choices.append((choice_id, label))
    if len(choices) > CHOICES_MAX:
        raise SettingValueError(key, "too_many_choices", str(CHOICES_MAX))
    return tuple(choices)


def format_choices(choices: tuple[Choice, ...]) -> str:
    """The canonical text form of :func:`parse_choices`' result (what settings store)."""
    return "; ".join(f"{choice_id}={label}" for choice_id, label in choices)


def _printable(text: str) -> bool:
    return bool(text) and not any(
        unicodedata.category(ch) in ("Cc", "Cf", "Cs") or ch in "=;" for ch in text
    )


# --- parameters ----------------------------------------------------------------------------


def clean_status(value: str) -> str:
    """``ready``, ``logout`` (any case) or an auxiliary-state id. Kind ``bad_value``."""
    status = value.strip()
    if status.lower() in (STATUS_READY, STATUS_LOGOUT):
        return status.lower()
    if not _ID.fullmatch(status):
        raise SettingValueError("status", "bad_value", status[:CODE_MAX])
    return status


def clean_code(value: str, key: str = "cod_act") -> str:
    """A disposition code (``cod_act``/``cod_act_2``): the same shape as a choice id."""
    code = value.strip()
    if not _ID.fullmatch(code):
        raise SettingValueError(key, "bad_value", code[:CODE_MAX])
    return code


def clean_comments(value: str) -> str:
    """A disposition comment: up to 500 characters, no control characters ("" is fine)."""
    comments = value.strip()
    if len(comments) > COMMENTS_MAX or (comments and not _printable_comment(comments)):
        raise SettingValueError("comments", "bad_value", str(COMMENTS_MAX))
    return comments


def _printable_comment(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)


def transfer_target(text: str, *, to_extension: bool, plan: DialPlan) -> str:
    """The digits ``api=transfer`` receives: a number after the operation's dial plan (as
    for a dial), or another agent's extension as typed (1..12 digits, no dial plan)."""
    if not to_extension:
        return phone_to_send(text, plan)
    extension = text.strip()
    if not extension:
        raise PhoneNumberError("empty")
    for ch in extension:
        if ch.isalpha():
            raise PhoneNumberError("letters", ch)
        if not (ch.isascii() and ch.isdigit()):
            raise PhoneNumberError("invalid_char", ch)
    if len(extension) > AGENT_ID_MAX:
        raise PhoneNumberError("too_long", str(AGENT_ID_MAX))
    return extension


def toggle_state(result: ApiResult, key: str) -> Toggle:
    """ON/OFF when the answer's ``data[key]`` says so plainly; TOGGLED otherwise (the
    documented API promises no state, so nothing is guessed)."""
    value = result.data.get(key) if isinstance(result.data, dict) else None
    if value is True or (isinstance(value, str) and value.strip().lower() == "on"):
        return Toggle.ON
    if value is False or (isinstance(value, str) and value.strip().lower() == "off"):
        return Toggle.OFF
    return Toggle.TOGGLED


# --- words ---------------------------------------------------------------------------------

_LABELS = {
    CallAction.HANG: QT_TR_NOOP("Hang up"),
    CallAction.HOLD: QT_TR_NOOP("Hold"),
    CallAction.MUTE: QT_TR_NOOP("Mute"),
    CallAction.DTMF: QT_TR_NOOP("Tones"),
    CallAction.TRANSFER: QT_TR_NOOP("Transfer"),
    CallAction.STATUS: QT_TR_NOOP("Status change"),
    CallAction.DISPOSE: QT_TR_NOOP("Hang up with disposition"),
}

_CHECK_CALL = QT_TR_NOOP("Check the call in wolkvox Agent.")


def action_label(action: CallAction) -> str:
    """The short name of an action ("Hold", "Tones"), for titles and progress."""
    return tr(_LABELS[action])


def explain_call_failure(action: CallAction, error: BaseException) -> Explanation:
    """Like :func:`wolkvox_desk.text.explain`, in words about the call control rather than
    about placing a call (a refused hold did not "not place the call")."""
    label = action_label(action)
    if isinstance(error, RefusedError) and error.refusal is RefusalKind.REJECTED:
        step = tr("Check wolkvox Agent: are you logged in?")
        if action.needs_call:
            step = tr("Check the call in wolkvox Agent: it may have ended there.")
        return Explanation(
            tr("{action}: refused by wolkvox").format(action=label),
            tr("wolkvox did not do it."),
            error.msg,
            step,
        )
    if isinstance(error, RequestTimeoutError | ConnectionLostError) and (
        error.kind != "connect_timeout"
    ):
        return Explanation(
            tr("{action}: no answer").format(action=label),
            tr("wolkvox did not answer in time. It MAY have been done."),
            next_step=tr(_CHECK_CALL),
        )
    if isinstance(error, GateBusyError):
        return Explanation(
            tr("{action}: not sent").format(action=label),
            tr("Other requests with this token kept the line busy, so it was not sent."),
            next_step=tr("Try again in a moment."),
        )
    words = explain(error)
    if isinstance(error, BadAnswerError):
        words = replace(words, next_step=tr(_CHECK_CALL))
    return replace(words, title=tr("{action}: {title}").format(action=label, title=words.title))


def done_words(action: CallAction, result: ApiResult, detail: str = "") -> str:
    """One sentence for a control that wolkvox accepted. ``detail`` is the tones, the
    transfer target, the status or the disposition code, as sent."""
    if action is CallAction.HOLD:
        return {
            Toggle.ON: tr("The call is on hold."),
            Toggle.OFF: tr("The call is off hold."),
        }.get(toggle_state(result, "hold"), tr("Hold toggled."))
    if action is CallAction.MUTE:
        return {
            Toggle.ON: tr("Microphone muted."),
            Toggle.OFF: tr("Microphone unmuted."),
        }.get(toggle_state(result, "mute"), tr("Mute toggled."))
    words = {
        CallAction.HANG: tr("Hung up."),
        CallAction.DTMF: tr("Tones sent: {detail}"),
        CallAction.TRANSFER: tr("Transferred to {detail}."),
        CallAction.STATUS: tr("Status set to {detail}."),
        CallAction.DISPOSE: tr("Hung up with disposition {detail}; status Ready."),
    }
    return words[action].format(detail=detail)
