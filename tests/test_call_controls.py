"""The call-control helpers both front doors share: choice lists from settings, parameter
checks, the toggle reading, and the words for each outcome."""

from __future__ import annotations

import pytest

from wolkvox_desk.call_controls import (
    CallAction,
    CallOptions,
    Toggle,
    clean_code,
    clean_comments,
    clean_status,
    done_words,
    explain_call_failure,
    format_choices,
    parse_choices,
    toggle_state,
    transfer_target,
)
from wolkvox_desk.core.errors import (
    BadAnswerError,
    ConnectFailedError,
    GateBusyError,
    PhoneNumberError,
    RefusalKind,
    RefusedError,
    RequestTimeoutError,
    SettingValueError,
)
from wolkvox_desk.core.models import ApiResult, DialPlan


def test_choices_parse_from_the_settings_text() -> None:
    text = " 7=Break ;8 = Almuerzo largo\n9\n\n"
    choices = parse_choices(text, "aux_states")
    assert choices == (("7", "Break"), ("8", "Almuerzo largo"), ("9", "9"))
    assert format_choices(choices) == "7=Break; 8=Almuerzo largo; 9=9"
    assert parse_choices(format_choices(choices), "aux_states") == choices
    assert parse_choices("", "aux_states") == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("7 x=Break", "bad_choice"),
        ("=Break", "bad_choice"),
        ("7=Bre\x00ak", "bad_choice"),
        ("7=" + "x" * 41, "bad_choice"),
        ("7=Break; 7=Lunch", "duplicate_choice"),
        ("Ready=Ready again", "reserved_choice"),
        (";".join(str(n) for n in range(41)), "too_many_choices"),
    ],
)
def test_bad_choices_are_refused_naming_the_key(text: str, kind: str) -> None:
    with pytest.raises(SettingValueError) as info:
        parse_choices(text, "aux_states", reserved=("ready", "logout"))
    assert info.value.key == "aux_states" and info.value.kind == kind


def test_call_options_parse_all_three_lists() -> None:
    options = CallOptions.parse("7=Break", "5=Sale", "12=Callback")
    assert options.aux_states == (("7", "Break"),)
    assert options.disposition_codes == (("5", "Sale"),)
    assert options.disposition_codes_2 == (("12", "Callback"),)
    with pytest.raises(SettingValueError):
        CallOptions.parse("logout=Bye")


def test_status_values() -> None:
    assert clean_status(" READY ") == "ready"
    assert clean_status("Logout") == "logout"
    assert clean_status("aux-7.b") == "aux-7.b"
    for bad in ("", "b@d", "two words", "x" * 33, "７"):
        with pytest.raises(SettingValueError):
            clean_status(bad)


def test_codes_and_comments() -> None:
    assert clean_code(" 5 ") == "5"
    with pytest.raises(SettingValueError) as info:
        clean_code("5 6", "cod_act_2")
    assert info.value.key == "cod_act_2"
    assert clean_comments("  Llamar mañana & luego  ") == "Llamar mañana & luego"
    assert clean_comments("") == ""
    for bad in ("line\nbreak", "x" * 501):
        with pytest.raises(SettingValueError):
            clean_comments(bad)


def test_transfer_targets() -> None:
    plan = DialPlan(prefix="9")
    assert transfer_target("+57 300 765 4321", to_extension=False, plan=plan) == "9573007654321"
    assert transfer_target(" 2002 ", to_extension=True, plan=plan) == "2002"
    for text, kind in (("", "empty"), ("20a2", "letters"), ("20-02", "invalid_char")):
        with pytest.raises(PhoneNumberError) as info:
            transfer_target(text, to_extension=True, plan=plan)
        assert info.value.kind == kind
    with pytest.raises(PhoneNumberError):
        transfer_target("1" * 13, to_extension=True, plan=plan)


@pytest.mark.parametrize(
    ("data", "state"),
    [
        ({}, Toggle.TOGGLED),
        ({"hold": "on"}, Toggle.ON),
        ({"hold": " OFF "}, Toggle.OFF),
        ({"hold": True}, Toggle.ON),
        ({"hold": False}, Toggle.OFF),
        ({"hold": 1}, Toggle.TOGGLED),  # not plainly said: no guess
        ({"hold": "maybe"}, Toggle.TOGGLED),
    ],
)
def test_toggle_state_reads_only_a_plain_answer(data: dict[str, object], state: Toggle) -> None:
    assert toggle_state(ApiResult(200, "200", "", data), "hold") is state


def test_a_refused_control_is_not_called_an_unplaced_call() -> None:
    error = RefusedError(
        RefusalKind.REJECTED, http_status=400, code="400", error="BAD REQUEST", msg="NO CALL"
    )
    words = explain_call_failure(CallAction.HOLD, error)
    assert words.title == "Hold: refused by wolkvox"
    assert words.wolkvox_msg == "NO CALL" and "place" not in words.one_line()
    status_words = explain_call_failure(CallAction.STATUS, error)
    assert "logged in" in status_words.next_step


def test_failure_words_for_each_family() -> None:
    timeout = explain_call_failure(CallAction.HANG, RequestTimeoutError("read_timeout"))
    assert timeout.title == "Hang up: no answer" and "MAY have been done" in timeout.explanation
    busy = explain_call_failure(CallAction.DTMF, GateBusyError(30.0))
    assert busy.title == "Tones: not sent"
    token = RefusedError(
        RefusalKind.INVALID_TOKEN, http_status=403, code="403", error="FORBIDDEN", msg="PLEASE"
    )
    words = explain_call_failure(CallAction.MUTE, token)
    assert words.title == "Mute: Refused by wolkvox" and words.opens_settings
    unclear = explain_call_failure(CallAction.HOLD, BadAnswerError("empty", http_status=200))
    assert unclear.next_step == "Check the call in wolkvox Agent."
    refused = explain_call_failure(CallAction.HOLD, ConnectFailedError("refused"))
    assert refused.title == "Hold: Not sent"


def test_done_words() -> None:
    result = ApiResult(200, "200", "ok", {})
    assert done_words(CallAction.HANG, result) == "Hung up."
    assert done_words(CallAction.DTMF, result, "12#") == "Tones sent: 12#"
    assert done_words(CallAction.TRANSFER, result, "2002") == "Transferred to 2002."
    assert done_words(CallAction.STATUS, result, "7") == "Status set to 7."
    assert done_words(CallAction.HOLD, result) == "Hold toggled."
    assert done_words(CallAction.MUTE, ApiResult(200, "200", "", {"mute": "off"})) == (
        "Microphone unmuted."
    )
    assert "Ready" in done_words(CallAction.DISPOSE, result, "5")
