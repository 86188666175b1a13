"""Extension lists, test plans, summaries and exit codes: pure logic, no network."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wolkvox_desk.cli_tester import exit_code
from wolkvox_desk.core.errors import ExitCode, PhoneNumberError
from wolkvox_desk.core.models import DialPlan, Outcome
from wolkvox_desk.services.extension_test import (
    MAX_EXTENSIONS,
    ExtensionListError,
    ExtensionResult,
    Summary,
    check_hang_after,
    make_plan,
    parse_extensions,
    summarize,
)
from wolkvox_desk.tester_words import describe_input, detail_text, summary_sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1001", ["1001"]),
        ("1001-1003, 1020", ["1001", "1002", "1003", "1020"]),
        ("1001 - 1003\n1020;1021", ["1001", "1002", "1003", "1020", "1021"]),
        ("  1005,,1005 1001-1002 1005 ", ["1005", "1001", "1002"]),
        ("0998-1001", ["0998", "0999", "1000", "1001"]),
        ("7-7", ["7"]),
        ("1001\t1002\r\n1003", ["1001", "1002", "1003"]),
    ],
)
def test_lists_and_ranges(text, expected):
    assert parse_extensions(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "detail"),
    [
        ("", "empty", ""),
        (" ,\n ", "empty", ""),
        ("1001, abc", "bad_token", "abc"),
        ("1001-", "bad_token", "1001-"),
        ("1001-1002-1003", "bad_token", "1001-1002-1003"),
        ("+1001", "bad_token", "+1001"),
        ("１００１", "bad_token", "１００１"),  # full-width digits are not an agent ID
        ("1010-1001", "reversed_range", "1010-1001"),
        ("1000-100000", "too_many", str(MAX_EXTENSIONS)),
        ("1234567890123", "bad_extension", "1234567890123"),
    ],
)
def test_bad_lists_say_which_token(text, kind, detail):
    with pytest.raises(ExtensionListError) as caught:
        parse_extensions(text)
    assert (caught.value.kind, caught.value.detail) == (kind, detail)
    assert caught.value.exit_code == ExitCode.USAGE
    words = describe_input(caught.value)
    assert detail in words and words.endswith(".")


def test_the_count_limit_covers_many_small_pieces():
    text = " ".join(str(1000 + n) for n in range(MAX_EXTENSIONS + 1))
    with pytest.raises(ExtensionListError, match="too_many"):
        parse_extensions(text)
    assert len(parse_extensions(text, limit=MAX_EXTENSIONS + 1)) == MAX_EXTENSIONS + 1


@given(
    st.lists(st.integers(min_value=0, max_value=99_999), min_size=1, max_size=40),
    st.lists(st.sampled_from([",", " ", "\n", ", ", ";", "\t"]), min_size=1, max_size=5),
)
def test_any_separated_list_parses_to_its_numbers_in_first_seen_order(numbers, separators):
    text = ""
    for index, number in enumerate(numbers):
        text += str(number) + separators[index % len(separators)]
    expected = list(dict.fromkeys(str(n) for n in numbers))
    assert parse_extensions(text) == expected


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=60))
def test_a_range_is_inclusive_and_ordered(start, span):
    result = parse_extensions(f"{start}-{start + span}")
    assert result == [str(n) for n in range(start, start + span + 1)]


def test_the_plan_applies_the_dial_plan_like_a_normal_dial():
    plan = make_plan(["1001-1002", "1005"], "+57 300 123 4567", DialPlan(prefix="9"))
    assert plan.extensions == ("1001", "1002", "1005")
    assert plan.phone_sent == "9573001234567"
    assert plan.request("1002").agent_id == "1002"
    assert plan.hang_after_s is None


def test_the_plan_refuses_a_bad_phone_before_anything_else_is_sent():
    with pytest.raises(PhoneNumberError):
        make_plan("1001", "call me", DialPlan())


@pytest.mark.parametrize(("value", "expected"), [(None, None), (0, None), (2.5, 2.5)])
def test_hang_after_is_off_by_default(value, expected):
    assert check_hang_after(value) == expected


@pytest.mark.parametrize("value", [-1, 3601, float("nan")])
def test_hang_after_out_of_range(value):
    with pytest.raises(ExtensionListError, match="bad_hang_after"):
        check_hang_after(value)


def _result(ext: str, state: Outcome, **extra) -> ExtensionResult:
    return ExtensionResult(extension=ext, state=state, **extra)


def test_summary_counts_and_names():
    results = [_result(str(1000 + n), Outcome.OK) for n in range(47)]
    results += [_result(e, Outcome.REFUSED) for e in ("2001", "2002", "2003")]
    summary = summarize(results, 50, stopped=False)
    assert (summary.ok, summary.refused, summary.failed) == (47, ("2001", "2002", "2003"), ())
    assert summary_sentence(summary) == "47 of 50 answered OK; 3 refused: 2001, 2002, 2003."


def test_summary_of_a_stopped_run_says_what_was_not_tested():
    results = [_result("1", Outcome.OK), _result("2", Outcome.NETWORK)]
    sentence = summary_sentence(summarize(results, 10, stopped=True))
    assert sentence == (
        "1 of 2 answered OK; 1 failed (network or unclear answer): 2. Stopped: 8 of 10 not tested."
    )


def test_summary_names_at_most_ten_extensions():
    summary = Summary(planned=30, ok=0, refused=tuple(str(n) for n in range(30)))
    assert summary_sentence(summary).endswith("0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 20 more.")


def test_failures_without_msg_get_words_not_kinds():
    lost = _result("1", Outcome.NETWORK, error_kind="connection_lost")
    assert "MAY have been placed" in detail_text(lost)
    refused = _result("1", Outcome.REFUSED, msg="THE AGENT DOES NOT EXIST", error_kind="x")
    assert detail_text(refused) == "THE AGENT DOES NOT EXIST"


@pytest.mark.parametrize(
    ("states", "code"),
    [
        ([Outcome.OK, Outcome.OK], ExitCode.OK),
        ([Outcome.OK, Outcome.NETWORK, Outcome.REFUSED], ExitCode.REFUSED),
        ([Outcome.BAD_ANSWER, Outcome.NETWORK], ExitCode.BAD_ANSWER),
        ([Outcome.OK, Outcome.NETWORK], ExitCode.NETWORK),
        ([Outcome.BUSY], ExitCode.BUSY),
    ],
)
def test_exit_codes(states, code):
    assert exit_code([_result(str(i), s) for i, s in enumerate(states)]) == code
