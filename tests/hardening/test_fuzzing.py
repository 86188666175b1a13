"""Hypothesis fuzzing of what enters from outside: typed numbers, wolkvox's answers, and
settings/policy files, up to the front doors.

What tests/core and tests/services already fuzz (clean_phone, phone_to_send, customer fields,
validate_server, SettingsStore.load on random bytes) is not repeated. Added here:

- the whole dial request, the other settings validators, the dial plan's own example, links,
  and the window's preview against what is actually sent;
- the envelope parser on random bytes, any JSON in every field, deep nesting and huge
  strings; and the client reading random HTTP answers through ``httpx.MockTransport``;
- broken settings and policy files through ``cli.main`` and through DeskApp's start-up.

Example counts are fixed (``max_examples``) and listed in EXAMPLES, so the total is known.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import TEST_TOKEN
from wolkvox_desk.core.dialing import (
    build_dial_request,
    dial_plan_example,
    phone_to_send,
    validate_agent_id,
    validate_country,
    validate_dial_prefix,
    validate_plus_replacement,
)
from wolkvox_desk.core.errors import (
    BadAnswerError,
    InputError,
    PhoneNumberError,
    RefusalKind,
    RefusedError,
    RequestError,
    SettingValueError,
)
from wolkvox_desk.core.models import Account, ApiResult, DialPlan
from wolkvox_desk.services.agentbox import AgentboxClient, RetryPolicy, parse_envelope

EXAMPLES = {
    "build_dial_request": 300,
    "settings_validators": 400,
    "dial_plan_example": 150,
    "link_number": 200,
    "preview_is_what_is_sent": 150,
    "envelope_random_bytes": 500,
    "envelope_any_json_in_every_field": 500,
    "envelope_deep_nesting": 100,
    "envelope_huge_strings": 25,
    "conn_id_types": 200,
    "client_random_answers": 300,
    "cli_broken_settings_and_policy": 100,
    "window_broken_settings_and_policy": 15,
}


def budget(name: str, **extra: Any) -> Any:
    return settings(
        max_examples=EXAMPLES[name],
        deadline=None,  # no timing thresholds in tests
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        **extra,
    )


def test_example_budget_is_reported() -> None:
    print(
        f"\nfuzzing: {sum(EXAMPLES.values())} examples: "
        + ", ".join(f"{name} {count}" for name, count in EXAMPLES.items())
    )
    assert all(count > 0 for count in EXAMPLES.values())


# --- typed input ---------------------------------------------------------------------------------

TRICKY = (
    "0123456789+()-./ ;=:%#*xX"
    "\u00a0\u2009\u3000\t\n\u2028\u2013\uff0b\uff10\u0665\u00b2\u200b\u202e\ufeff\x00\x7f"
    "A\u0430\u00e9&'\""
)
any_text = st.text(st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(TRICKY)))
phonish = st.text(st.sampled_from("0123456789 +-.()\uff10\u0665"), min_size=6, max_size=24)
plans = st.builds(
    DialPlan,
    prefix=st.text("0123456789", max_size=8),
    plus_replacement=st.sampled_from(["", "0", "00", "011"]),
    default_country=st.sampled_from(["", "CO", "US", "BR", "MX", "GB"]),
)


@budget("build_dial_request")
@given(
    phone=any_text | phonish,
    agent=any_text | st.text("0123456789", min_size=1, max_size=14),
    customer_id=any_text,
    name=any_text,
    plan=plans,
)
def test_a_dial_request_holds_only_what_was_validated(
    phone: str, agent: str, customer_id: str, name: str, plan: DialPlan
) -> None:
    try:
        request = build_dial_request(phone, agent, plan, customer_id, name)
    except InputError:
        return
    assert re.fullmatch(r"[0-9]+", request.phone_sent, re.ASCII)
    assert request.phone_sent == phone_to_send(phone, plan)  # the preview's own function
    assert re.fullmatch(r"[0-9]{1,12}", request.agent_id, re.ASCII)
    assert re.fullmatch(r"[0-9]*", request.customer_id, re.ASCII)
    assert request.phone_typed == phone.strip()  # kept as typed, for history
    request.customer_name.encode("utf-8")  # the query string encodes it; must not raise


VALIDATORS = {
    "agent_id": (validate_agent_id, string.digits, 12),
    "dial_prefix": (validate_dial_prefix, string.digits, 8),
    "plus_replacement": (validate_plus_replacement, string.digits, 8),
    "default_country": (validate_country, string.ascii_uppercase, 2),
}


@budget("settings_validators")
@given(key=st.sampled_from(sorted(VALIDATORS)), text=any_text)
def test_settings_validators_return_clean_values_or_refuse(key: str, text: str) -> None:
    validate, alphabet, limit = VALIDATORS[key]
    try:
        value = validate(text)
    except SettingValueError as error:
        assert error.key == key
        return
    assert value.isascii() and all(ch in alphabet for ch in value) and len(value) <= limit
    assert validate(value) == value  # stable: stored values re-validate


@budget("dial_plan_example")
@given(plan=plans)
def test_the_dial_plan_example_is_what_would_be_sent(plan: DialPlan) -> None:
    try:
        typed, sent = dial_plan_example(plan)
    except PhoneNumberError as error:  # documented: a plan too long for any number
        assert error.kind == "too_long"
        return
    assert phone_to_send(typed, plan) == sent


@budget("link_number")
@given(body=any_text | phonish, scheme=st.sampled_from(["tel:", "TEL:", "callto:", "callto://"]))
def test_a_link_never_crashes_and_is_only_shown(body: str, scheme: str) -> None:
    from wolkvox_desk.app import link_number

    shown = link_number(scheme + body)
    assert isinstance(shown, str)


@pytest.fixture
def panel(qtbot: Any) -> Any:
    from wolkvox_desk.ui.phone_panel import PhonePanel

    widget = PhonePanel()
    qtbot.addWidget(widget)
    return widget


@budget("preview_is_what_is_sent")
@given(phone=any_text | phonish, plan=plans)
def test_the_preview_shows_exactly_the_digits_a_dial_sends(
    panel: Any, phone: str, plan: DialPlan
) -> None:
    panel.set_dial_plan(plan)
    panel.edit().setText(phone)
    typed = panel.edit().text()  # what the window will dial (the widget may drop characters)
    if not typed.strip():
        assert not panel.has_error()  # an empty field invites typing; it is not an error
        return
    try:
        request = build_dial_request(typed, "1001", plan)
    except PhoneNumberError:
        assert panel.has_error()
        return
    assert not panel.has_error()
    assert re.search(rf"(?<![0-9]){request.phone_sent}(?![0-9])", panel.preview_text())


# --- wolkvox's answers ---------------------------------------------------------------------------

ALLOWED = (ApiResult, RefusedError, BadAnswerError)
statuses = st.sampled_from([200, 200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503])


def check_answer(status: int, body: bytes, content_type: str = "") -> Any:
    """parse_envelope's contract: one of three outcomes, each consistent with the input."""
    try:
        result = parse_envelope(status, body, content_type)
    except RefusedError as error:
        assert error.http_status == status and error.exit_code == 3
        assert isinstance(error.msg, str) and len(error.msg) <= 2000
        assert isinstance(error.code, str) and error.code
        assert error.refusal in set(RefusalKind)
        return error
    except BadAnswerError as error:
        assert error.http_status == status and error.exit_code == 5
        assert len(error.snippet) <= 200
        return error
    assert isinstance(result, ApiResult)
    assert status == 200 and result.code == "200" and isinstance(result.data, dict)
    assert isinstance(result.conn_id, str)
    return result


@budget("envelope_random_bytes")
@given(status=statuses, body=st.binary(max_size=600), html=st.booleans())
def test_random_bytes_are_one_of_three_outcomes(status: int, body: bytes, html: bool) -> None:
    check_answer(status, body, "text/html" if html else "application/json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
envelope_values = st.one_of(
    json_values,
    st.sampled_from(["200", 200, "403", 403, " 200", "2000", "20x", -200, 200.0, True, "null"]),
)


@budget("envelope_any_json_in_every_field")
@given(
    status=statuses,
    code=envelope_values,
    error=envelope_values,
    msg=envelope_values,
    data=envelope_values,
    drop=st.sets(st.sampled_from(["code", "error", "msg", "data"])),
)
def test_any_json_in_every_envelope_field(
    status: int, code: Any, error: Any, msg: Any, data: Any, drop: set[str]
) -> None:
    doc = {"code": code, "error": error, "msg": msg, "data": data}
    for key in drop:
        del doc[key]
    outcome = check_answer(status, json.dumps(doc).encode())
    if isinstance(outcome, ApiResult):
        assert error in (None, "", "null") or "error" in drop
    if "code" in drop:
        assert isinstance(outcome, BadAnswerError)


@budget("envelope_deep_nesting")
@given(
    depth=st.integers(1, 20_000),
    field_name=st.sampled_from(["code", "error", "msg", "data", "top"]),
    opener=st.sampled_from(["[", '{"a":']),
    closed=st.booleans(),
)
def test_deeply_nested_json_is_never_a_crash(
    depth: int, field_name: str, opener: str, closed: bool
) -> None:
    closer = "]" if opener == "[" else "}"
    nested = opener * depth + ("0" if opener != "[" else "") + (closer * depth if closed else "")
    if field_name == "top":
        body = nested
    else:
        body = f'{{"code": "200", "error": null, "msg": "m", "{field_name}": {nested}}}'
    check_answer(200, body.encode())


@budget("envelope_huge_strings")
@given(
    size=st.integers(10_000, 3_000_000),
    field_name=st.sampled_from(["code", "error", "msg", "conn_id", "key"]),
    status=st.sampled_from([200, 403]),
)
def test_huge_strings_are_cut_or_refused(size: int, field_name: str, status: int) -> None:
    doc: dict[str, Any] = {"code": str(status), "error": None, "msg": "m", "data": {}}
    if field_name == "conn_id":
        doc["data"] = {"conn_id": "7" * size}
    elif field_name == "key":
        doc["x" * size] = 1
    else:
        doc[field_name] = "Z" * size
    outcome = check_answer(status, json.dumps(doc).encode())
    if isinstance(outcome, RefusedError):
        assert len(outcome.msg) <= 2000 and len(outcome.error or "") <= 2000


@pytest.mark.parametrize("code", [-200, 10**20, -1])
def test_an_integer_code_obeys_the_same_rule_as_a_string_code(code: int) -> None:
    as_text = parse_envelope_outcome(json.dumps({"code": str(code), "msg": "x"}).encode())
    as_int = parse_envelope_outcome(json.dumps({"code": code, "msg": "x"}).encode())
    assert type(as_int) is type(as_text) is BadAnswerError


def parse_envelope_outcome(body: bytes) -> Any:
    try:
        return parse_envelope(403, body)
    except (RefusedError, BadAnswerError) as error:
        return error


CONN_IDS = st.one_of(
    st.text(max_size=30),
    st.integers(0, 10**20),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@budget("conn_id_types")
@given(conn_id=CONN_IDS)
def test_a_call_id_is_a_string_or_an_integer_from_wolkvox_never_a_python_repr(
    conn_id: Any,
) -> None:
    body = {"code": "200", "error": None, "msg": "ok", "data": {"conn_id": conn_id}}
    result = parse_envelope(200, json.dumps(body).encode())
    if isinstance(conn_id, str):
        assert result.conn_id == conn_id
    elif isinstance(conn_id, int) and not isinstance(conn_id, bool):
        assert result.conn_id == str(conn_id)
    else:
        assert result.conn_id == "", f"{conn_id!r} became {result.conn_id!r}"


header_values = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


@budget("client_random_answers")
@given(
    status=st.integers(100, 599),
    body=st.binary(max_size=400) | st.builds(lambda d: json.dumps(d).encode(), json_values),
    content_type=header_values,
    chunks=st.integers(1, 4),
)
def test_the_client_turns_any_http_answer_into_a_result_or_our_error(
    status: int, body: bytes, content_type: str, chunks: int
) -> None:
    assume(status not in (101,))  # switching protocols is not an answer httpx can hand back
    size = max(1, len(body) // chunks)
    parts = [body[i : i + size] for i in range(0, len(body), size)] or [b""]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers={"content-type": content_type}, stream=httpx.ByteStream(b"".join(parts))
        )

    client = AgentboxClient(
        transport=httpx.MockTransport(answer),
        retry=RetryPolicy(max_attempts=2, base_delay_s=0, max_delay_s=0),
        sleep=lambda _s: None,
        max_body_bytes=300,
    )
    with client:
        try:
            result = client.dial(Account("0042", TEST_TOKEN), "1001", "3001234567")
        except RequestError as error:
            assert error.exit_code in (3, 4, 5)
            assert 1 <= error.attempts <= 2
            if isinstance(error, BadAnswerError) and error.kind == "too_large":
                assert len(body) > 300
            return
    assert isinstance(result, ApiResult) and status == 200


# --- broken settings and policy files at the front doors -----------------------------------------

file_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    st.sampled_from(
        [
            b'server = "0042.evil.com"\nagent_id = "1001"\n',
            b'server = 42\nlocked = "server"\n',
            b"\xff\xfe s\x00e\x00r\x00v\x00e\x00r\x00",
            b"a = " + b"[" * 3000,
            b'agent_id = "1001"\n[profiles.x]\nserver = "1"\n',
            b'history_retention_days = -5\nalways_on_top = "maybe"\n',
        ]
    ),
)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def broken_files(isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from wolkvox_desk.paths import AppPaths

    paths = AppPaths.from_env()
    policy = tmp_path / "policy" / "policy.toml"
    monkeypatch.setenv("WOLKVOX_DESK_POLICY", str(policy))
    return paths.settings_file, policy


@budget("cli_broken_settings_and_policy")
@given(user=file_bytes, policy=file_bytes)
def test_the_cli_proceeds_past_any_settings_or_policy_file(
    broken_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], user: bytes, policy: bytes
) -> None:
    from wolkvox_desk.cli import main

    user_file, policy_file = broken_files
    _write(user_file, user)
    _write(policy_file, policy)
    capsys.readouterr()

    code = main(["config", "show"])
    out, err = capsys.readouterr()
    dial_code = main(["dial", "3001234567", "--no-wait"])  # no token: refused before sending
    dial_out, dial_err = capsys.readouterr()

    assert code == 0, err
    assert "server = " in out and "agent_id = " in out
    for line in err.splitlines():
        assert line.startswith("Warning: "), line  # a clear warning, never a traceback
    assert dial_code in (2, 6), dial_err
    assert "Traceback" not in err + dial_err
    assert user_file.read_bytes() == user, "the user's file must never be rewritten"
    assert policy_file.read_bytes() == policy


@budget("window_broken_settings_and_policy")
@given(user=file_bytes, policy=file_bytes)
def test_the_window_starts_past_any_settings_or_policy_file(
    broken_files: tuple[Path, Path], qtbot: Any, user: bytes, policy: bytes
) -> None:
    from tests.hardening.conftest import make_desk
    from wolkvox_desk.context import AppContext

    user_file, policy_file = broken_files
    _write(user_file, user)
    _write(policy_file, policy)
    expected = AppContext.from_env().settings_store.warnings

    desk = make_desk(qtbot, isolated=True)
    try:
        assert desk.window.isVisible()
        if expected:  # the window says the file was skipped, in words
            assert "could not be read" in desk.window.outcome_text()
        desk.window.fill_form("3001234567")
        desk.window.dial_button().click()  # no token or agent: explained, nothing crashes
        qtbot.waitUntil(lambda: not desk.controller.busy)
    finally:
        desk.shutdown()
    assert user_file.read_bytes() == user
    assert policy_file.read_bytes() == policy
