"""Property tests (hypothesis) for core.dialing: no input crashes it; outputs keep promises."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from wolkvox_desk.core.dialing import (
    ID_MAX,
    MAX_DIGITS,
    MIN_DIGITS,
    NAME_MAX,
    clean_customer_id,
    clean_customer_name,
    clean_phone,
    clean_tones,
    phone_to_send,
    validate_server,
)
from wolkvox_desk.core.errors import CustomerFieldError, PhoneNumberError, SettingValueError
from wolkvox_desk.core.models import CleanNumber, DialPlan

# deadline=None: no timing thresholds in tests (the first phonenumbers call loads metadata).
FEW = settings(max_examples=120, deadline=None)
MANY = settings(max_examples=300, deadline=None)

# Characters that exercise every branch of the clean-up, mixed into arbitrary Unicode.
INTERESTING = (
    "0123456789+()-./ ;=:%#*xXetET"
    "\u00a0\u2009\u3000\t\n\u2028"  # spaces and line breaks
    "\u2010\u2013\u2014\u2212\uff0d"  # dashes
    "\uff0b\uff10\uff15\u0660\u0665\u06f5\u0966\u096b"  # full-width and other-script digits
    "\u00b2\u00b9\u2460\u2081"  # numeric but not decimal
    "\u200b\u200c\u200d\u200e\u202a\u202e\ufeff\u00ad"  # invisible
    "\x00\x07\x1c\x7f\u0301\ud800"  # controls, a combining mark, a lone surrogate
    "A\u0416\u0430\u00e9"  # letters, Cyrillic look-alikes
)
broad_text = st.text(
    st.one_of(st.characters(), st.sampled_from(INTERESTING)), max_size=60
) | st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "tel:", "TEL://", "callto:", "callto://", "sip:"]),
        st.text(st.sampled_from(INTERESTING), max_size=40),
        st.sampled_from(["", ";ext=12", ";phone-context=example.com", " x7", " ext. 99", "/"]),
    ),
)

# Mostly digits and separators: arbitrary text is nearly always refused, this is mostly not.
PHONISH = "0123456789012345678901234567890123456789 -.()/\u00a0\u2013\uff10\u0665\u200b\u2009"
phonish_text = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "tel:", "callto://", "00", "+"]),
        st.text(st.sampled_from(PHONISH), min_size=5, max_size=30),
        st.sampled_from(["", ";ext=12", " x7", ";ext=", " ext", ";isub=1"]),
    ),
)
any_text = broad_text | phonish_text | phonish_text

DIGIT_SCRIPTS = [
    "0123456789",
    "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19",  # full-width
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",  # Arabic-Indic
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",  # Eastern Arabic-Indic
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",  # Devanagari
]
SEPARATORS = ["", " ", "-", ".", "/", "\u00a0", "\u2013", "\u2009", "\u200b"]


@st.composite
def formatted_numbers(draw: st.DrawFn) -> tuple[str, CleanNumber]:
    """A number as agents paste it, and what it must clean up to."""
    digits = draw(st.text("0123456789", min_size=MIN_DIGITS, max_size=15))
    lead = draw(st.sampled_from(["", "+", "\uff0b", "00"]))
    if not lead and digits.startswith("00"):
        digits = "1" + digits[1:]  # a bare leading 00 is covered by the example tests
    script = draw(st.sampled_from(DIGIT_SCRIPTS))
    parts, rest = [], digits
    while rest:
        size = draw(st.integers(1, 4))
        group = "".join(script[int(d)] for d in rest[:size])
        parts.append(draw(st.sampled_from(SEPARATORS)) + group)
        rest = rest[size:]
    body = "".join(parts)
    if draw(st.booleans()) and len(parts) > 1:
        body = "(" + body + ")"
    scheme = draw(st.sampled_from(["", "tel:", "callto://", "TEL:"]))
    extension = draw(st.sampled_from(["", "7", "123"]))
    ext_text = draw(st.sampled_from([";ext=", " x", " ext. "])) + extension if extension else ""
    before = draw(st.sampled_from(["", " ", "\u202a"]))
    return f"{before}{scheme}{lead}{body}{ext_text}  ", CleanNumber(digits, bool(lead), extension)


plans = st.builds(
    DialPlan,
    prefix=st.text("0123456789", max_size=8),
    plus_replacement=st.sampled_from(["", "0", "00", "011", "009"]),
    default_country=st.sampled_from(["", "", "CO", "co", "US", "GB", "BR", "MX", "IT", "AR"]),
)


def render(number: CleanNumber) -> str:
    """A cleaned number written back as text."""
    extension = f";ext={number.extension}" if number.extension else ""
    return ("+" if number.international else "") + number.digits + extension


# --- phone ------------------------------------------------------------------------------------


@MANY
@given(any_text)
def test_clean_phone_is_idempotent_or_refuses(text: str) -> None:
    try:
        number = clean_phone(text)
    except PhoneNumberError:
        return
    assert number.digits.isascii() and number.digits.isdigit()
    assert MIN_DIGITS <= len(number.digits) <= MAX_DIGITS
    assert clean_phone(render(number)) == number


@FEW
@given(formatted_numbers())
def test_formatted_numbers_clean_to_their_digits(case: tuple[str, CleanNumber]) -> None:
    text, expected = case
    assert clean_phone(text) == expected
    assert clean_phone(render(expected)) == expected


@MANY
@given(any_text, plans)
def test_phone_to_send_is_ascii_digits_or_phone_error(text: str, plan: DialPlan) -> None:
    try:
        sent = phone_to_send(text, plan)
    except PhoneNumberError:
        return
    assert re.fullmatch(r"[0-9]+", sent, re.ASCII)
    assert MIN_DIGITS <= len(sent) <= MAX_DIGITS
    assert sent.startswith(plan.prefix)


@FEW
@given(formatted_numbers(), plans)
def test_phone_to_send_realistic(case: tuple[str, CleanNumber], plan: DialPlan) -> None:
    text, number = case
    try:
        sent = phone_to_send(text, plan)
    except PhoneNumberError as error:
        assert error.kind in ("too_long", "invalid_for_country")
        return
    if number.international:
        assert sent == plan.prefix + plan.plus_replacement + number.digits
    elif not plan.default_country or len(number.digits) <= 6:
        assert sent == plan.prefix + number.digits  # national, passed through
    else:
        assert sent.startswith(plan.prefix + plan.plus_replacement)


@FEW
@given(any_text)
def test_clean_tones_is_tones_or_phone_error(text: str) -> None:
    try:
        tones = clean_tones(text)
    except PhoneNumberError:
        return
    assert re.fullmatch(r"[0-9*#]{1,32}", tones, re.ASCII)


# --- customer fields --------------------------------------------------------------------------


@MANY
@given(any_text)
def test_clean_customer_id_is_digits_or_field_error(text: str) -> None:
    try:
        cleaned = clean_customer_id(text)
    except CustomerFieldError as error:
        assert error.field == "customer_id"
        return
    assert re.fullmatch(rf"[0-9]{{0,{ID_MAX}}}", cleaned, re.ASCII)
    assert clean_customer_id(cleaned) == cleaned


@FEW
@given(st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5), st.data())
def test_formatted_ids_keep_their_digits(groups: list[str], data: st.DataObject) -> None:
    text = "".join(
        data.draw(st.sampled_from([".", "-", " ", "/", "\u2013", ""])) + g for g in groups
    )
    assert clean_customer_id(text) == "".join(groups)


names = st.text(st.one_of(st.characters(), st.sampled_from(INTERESTING)), max_size=NAME_MAX + 20)


@MANY
@given(names)
def test_clean_customer_name_is_tidy_or_field_error(text: str) -> None:
    try:
        cleaned = clean_customer_name(text)
    except CustomerFieldError as error:
        assert error.field == "customer_name"
        return
    assert len(cleaned) <= NAME_MAX
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in cleaned)
    assert clean_customer_name(cleaned) == cleaned
    cleaned.encode("utf-8")  # what the client will do with it: must not raise


# --- server -----------------------------------------------------------------------------------


@MANY
@given(st.text(st.one_of(st.characters(), st.sampled_from(INTERESTING)), max_size=20))
def test_validate_server_accepts_only_ascii_letters_and_digits(text: str) -> None:
    try:
        server = validate_server(text)
    except SettingValueError as error:
        assert (error.key, error.kind) == ("server", "bad_server")
        return
    assert server == text
    assert re.fullmatch(r"[A-Za-z0-9]{1,16}", server, re.ASCII)


@FEW
@given(
    st.text(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=16
    )
)
def test_validate_server_accepts_every_plain_id(text: str) -> None:
    assert validate_server(text) == text
