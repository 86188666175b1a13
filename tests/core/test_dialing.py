"""Examples for core.dialing: phone clean-up, dial plan, customer fields, settings values."""

from __future__ import annotations

import pytest

from wolkvox_desk.core import dialing
from wolkvox_desk.core.dialing import (
    ID_MAX,
    MAX_DIGITS,
    MIN_DIGITS,
    NAME_MAX,
    apply_dial_plan,
    build_dial_request,
    clean_customer_id,
    clean_customer_name,
    clean_phone,
    clean_tones,
    dial_plan_example,
    phone_to_send,
    validate_agent_id,
    validate_country,
    validate_dial_prefix,
    validate_plus_replacement,
    validate_server,
)
from wolkvox_desk.core.errors import (
    CustomerFieldError,
    InputError,
    PhoneNumberError,
    SettingValueError,
)
from wolkvox_desk.core.models import CleanNumber, DialPlan, DialRequest

NBSP = "\u00a0"
NO_PLAN = DialPlan()
PLAN_9 = DialPlan(prefix="9", plus_replacement="")
PERSIAN_ZWNJ = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a word with a ZWNJ

# --- clean_phone: accepted -------------------------------------------------------------------

CLEAN_OK = [
    # (typed, digits, international, extension)
    ("+57 (300) 123-4567", "573001234567", True, ""),
    ("3001234567", "3001234567", False, ""),
    ("  300 123 4567\t", "3001234567", False, ""),
    ("300.123.4567", "3001234567", False, ""),
    ("300/123/4567", "3001234567", False, ""),
    ("(300) 123-4567", "3001234567", False, ""),
    ("0057 300 123 4567", "573001234567", True, ""),
    ("1001", "1001", False, ""),  # an internal extension
    ("123", "123", False, ""),  # exactly MIN_DIGITS
    ("(+57) 300 123 4567", "573001234567", True, ""),  # '+' inside a bracket, before digits
    # Unicode spaces and dashes as pasted from web pages and documents
    (f"300{NBSP}123{NBSP}4567", "3001234567", False, ""),
    ("300\u2009123\u202f4567", "3001234567", False, ""),  # thin / narrow no-break spaces
    ("300\u3000123\u20034567", "3001234567", False, ""),  # ideographic / em spaces
    ("300\u2013123\u20144567", "3001234567", False, ""),  # en / em dashes
    ("300\u2010123\u20114567", "3001234567", False, ""),  # hyphen / non-breaking hyphen
    ("300\u2212123\uff0d4567", "3001234567", False, ""),  # minus sign / full-width hyphen
    ("\uff08300\uff09123\uff0e4567", "3001234567", False, ""),  # full-width ( ) .
    # invisible marks that chat apps and CRMs add around numbers
    ("\u202a+57 300 123 4567\u202c", "573001234567", True, ""),
    ("\u200e300\u200b123\u20604567\ufeff", "3001234567", False, ""),
    # non-ASCII digits
    (
        "\uff0b\uff15\uff17 \uff13\uff10\uff10 \uff11\uff12\uff13 \uff14\uff15\uff16\uff17",
        "573001234567",
        True,
        "",
    ),  # full-width "＋５７ ３００ １２３ ４５６７"
    ("\u0663\u0660\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "3001234567", False, ""),
    ("\u06f3\u06f0\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7", "3001234567", False, ""),
    ("\u0969\u0966\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d", "3001234567", False, ""),
    # links
    ("tel:+57-300-123-4567;ext=12", "573001234567", True, "12"),
    ("callto:003001234567", "3001234567", True, ""),
    ("TEL:+573001234567", "573001234567", True, ""),
    ("CallTo://+573001234567/", "573001234567", True, ""),
    ("tel://3001234567", "3001234567", False, ""),
    ("tel:%2B57%20300%20123%204567", "573001234567", True, ""),
    ("tel:+57-300-123-4567;phone-context=example.com", "573001234567", True, ""),
    ("tel:3001234567;isub=1411;EXT=99", "3001234567", False, "99"),
    ("tel:3001234567; ext = 7 ", "3001234567", False, "7"),
    # written extensions: x / ext / ext. only
    ("300 123 4567 x12", "3001234567", False, "12"),
    ("300 123 4567 X 12", "3001234567", False, "12"),
    ("300 123 4567 ext. 12", "3001234567", False, "12"),
    ("300 123 4567 EXT12", "3001234567", False, "12"),
    ("+57 300 123 4567 ext \uff11\uff12", "573001234567", True, "12"),
]


@pytest.mark.parametrize(("typed", "digits", "international", "extension"), CLEAN_OK)
def test_clean_phone_accepts(typed: str, digits: str, international: bool, extension: str) -> None:
    assert clean_phone(typed) == CleanNumber(digits, international, extension)


# --- clean_phone: refused --------------------------------------------------------------------

CLEAN_ERRORS = [
    # (typed, kind, detail or None for "any")
    ("", "empty", ""),
    ("   \t ", "empty", ""),
    ("tel:", "empty", ""),
    ("\u200e\u200f", "empty", ""),
    ("300-ABC-1234", "letters", "A"),
    ("300 123 4567 extension 12", "letters", "e"),  # only x / ext / ext. are extensions
    ("300 123 4567x", "letters", "x"),
    ("x12", "letters", "x"),  # no number before the "extension"
    ("300 x 12 x 4", "letters", "x"),
    ("3001234567 \u0416", "letters", "\u0416"),  # Cyrillic Zhe
    ("sip:+573001234567@pbx.example.com", "letters", "s"),  # SIP names a host: not ours
    ("3\u00b200123", "invalid_char", "\u00b2"),  # superscript two is not a '2'
    ("300\u2081234", "invalid_char", "\u2081"),  # subscript one
    ("\u2460\u2461\u2462", "invalid_char", "\u2460"),  # circled digits
    ("300+1234567", "invalid_char", "+"),
    ("++573001234567", "invalid_char", "+"),
    ("300*123", "invalid_char", "*"),
    ("300#", "invalid_char", "#"),
    ("300,123", "invalid_char", ","),
    ("%2B573001234567", "invalid_char", "%"),  # percent-decoding is for links only
    ("3001234567\n3009876543", "invalid_char", "\n"),  # two pasted numbers never merge
    ("3001234567\u20283009876543", "invalid_char", "\u2028"),
    ("3001234567;abc", "invalid_char", ";"),  # ';' parts must be name=value
    ("tel:3001234567;ext=12;ext=13", "bad_extension", None),
    ("tel:3001234567;ext=", "bad_extension", None),
    ("tel:3001234567;ext=1a", "bad_extension", None),
    ("tel:3001234567;ext=12345678901", "bad_extension", None),
    ("tel:3001234567;ext=1 x2", "bad_extension", None),
    ("+", "too_short", str(MIN_DIGITS)),
    ("12", "too_short", str(MIN_DIGITS)),
    ("(--)", "too_short", str(MIN_DIGITS)),
    ("0012", "too_short", str(MIN_DIGITS)),  # "00" is taken as the international code
    ("1" * (MAX_DIGITS + 1), "too_long", str(MAX_DIGITS)),
    ("-" * (dialing.INPUT_MAX + 1), "too_long", str(MAX_DIGITS)),
]


@pytest.mark.parametrize(("typed", "kind", "detail"), CLEAN_ERRORS)
def test_clean_phone_refuses(typed: str, kind: str, detail: str | None) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        clean_phone(typed)
    assert caught.value.kind == kind
    if detail is not None:
        assert caught.value.detail == detail


def test_clean_phone_accepts_max_digits() -> None:
    assert clean_phone("1" * MAX_DIGITS).digits == "1" * MAX_DIGITS


def test_phone_errors_are_input_errors() -> None:
    # the CLI maps InputError to exit code 2; the whole family must land there
    with pytest.raises(InputError):
        clean_phone("abc")


# --- dial plan -------------------------------------------------------------------------------

PLAN_CASES = [
    # (typed, plan, sent)
    ("+57 (300) 123-4567", PLAN_9, "9573001234567"),  # the issue's example
    ("+57 (300) 123-4567", NO_PLAN, "573001234567"),
    ("+57 300 123 4567", DialPlan(plus_replacement="00"), "00573001234567"),
    ("+57 300 123 4567", DialPlan(prefix="9", plus_replacement="00"), "900573001234567"),
    ("0057 300 123 4567", PLAN_9, "9573001234567"),
    ("300 123 4567", PLAN_9, "93001234567"),  # national, no country: digits pass through
    ("300 123 4567", DialPlan(prefix="9", plus_replacement="00"), "93001234567"),
    ("300 123 4567", DialPlan(prefix="9", default_country="CO"), "9573001234567"),
    ("300 123 4567", DialPlan(prefix="9", default_country="co"), "9573001234567"),
    ("300 123 4567", DialPlan(plus_replacement="00", default_country="CO"), "00573001234567"),
    ("57 300 123 4567", DialPlan(default_country="CO"), "573001234567"),
    ("020 7946 0000", DialPlan(default_country="GB"), "442079460000"),  # trunk 0 dropped
    ("06 1234 5678", DialPlan(default_country="IT"), "390612345678"),  # Italian 0 kept
    ("+44 20 7946 0000", DialPlan(prefix="9", default_country="CO"), "9442079460000"),
    ("1001", DialPlan(prefix="9", default_country="CO"), "91001"),  # extension: unchanged
    ("123456", DialPlan(default_country="CO"), "123456"),  # SHORT_NUMBER_MAX digits
    ("tel:+57-300-123-4567;ext=12", PLAN_9, "9573001234567"),  # extension is not dialled
    ("\u0663\u0660\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", PLAN_9, "93001234567"),
]


@pytest.mark.parametrize(("typed", "plan", "sent"), PLAN_CASES)
def test_phone_to_send(typed: str, plan: DialPlan, sent: str) -> None:
    assert phone_to_send(typed, plan) == sent


def test_apply_dial_plan_matches_phone_to_send() -> None:
    number = CleanNumber("573001234567", True, "12")
    assert apply_dial_plan(number, PLAN_9) == "9573001234567"


@pytest.mark.parametrize(
    ("typed", "plan", "kind", "detail"),
    [
        ("1234567890123456789", DialPlan(default_country="CO"), "invalid_for_country", "CO"),
        ("1234 5678", DialPlan(default_country="US"), "invalid_for_country", "US"),
        ("3" * 20, DialPlan(default_country="CO"), "invalid_for_country", "CO"),
        ("1" * MAX_DIGITS, PLAN_9, "too_long", str(MAX_DIGITS)),
        ("+" + "5" * 15, DialPlan(prefix="99999999", plus_replacement="00"), "too_long", None),
    ],
)
def test_phone_to_send_refuses(typed: str, plan: DialPlan, kind: str, detail: str | None) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        phone_to_send(typed, plan)
    assert caught.value.kind == kind
    if detail is not None:
        assert caught.value.detail == detail


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (CleanNumber("30012345\u0665", False), "invalid_char"),  # hand-built, not ASCII
        (CleanNumber("300-1234", False), "invalid_char"),
        (CleanNumber("12", False), "too_short"),
    ],
)
def test_apply_dial_plan_guards_hand_built_numbers(number: CleanNumber, kind: str) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        apply_dial_plan(number, NO_PLAN)
    assert caught.value.kind == kind


@pytest.mark.parametrize(
    ("plan", "key"),
    [
        (DialPlan(prefix="9a"), "dial_prefix"),
        (DialPlan(prefix="*9"), "dial_prefix"),
        (DialPlan(plus_replacement="+"), "plus_replacement"),
        (DialPlan(default_country="XX"), "default_country"),
    ],
)
def test_invalid_plan_names_the_setting(plan: DialPlan, key: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        phone_to_send("3001234567", plan)
    assert caught.value.key == key


# --- dial_plan_example -----------------------------------------------------------------------


def test_dial_plan_example_without_country_shows_plus_handling() -> None:
    assert dial_plan_example(PLAN_9) == ("+57 300 123 4567", "9573001234567")
    assert dial_plan_example(DialPlan(plus_replacement="00")) == (
        "+57 300 123 4567",
        "00573001234567",
    )


def test_dial_plan_example_with_country_is_a_national_number() -> None:
    typed, sent = dial_plan_example(DialPlan(prefix="9", default_country="CO"))
    national_digits = "".join(ch for ch in typed if ch.isdigit())
    assert not typed.startswith("+")
    assert sent == "957" + national_digits
    assert phone_to_send(typed, DialPlan(prefix="9", default_country="CO")) == sent


def test_dial_plan_example_works_for_every_known_country() -> None:
    import phonenumbers

    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        typed, sent = dial_plan_example(DialPlan(prefix="9", default_country=region))
        assert typed != dialing.GENERIC_EXAMPLE, region
        assert sent.isascii() and sent.isdigit() and sent.startswith("9"), region


def test_dial_plan_example_reports_an_impossible_plan() -> None:
    with pytest.raises(PhoneNumberError) as caught:
        dial_plan_example(DialPlan(prefix="99999999", plus_replacement="999999"))
    assert caught.value.kind == "too_long"


# --- customer ID -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("", ""),
        ("   ", ""),
        ("1032", "1032"),
        ("123.456.789-09", "12345678909"),  # CPF
        ("900.123.456-7", "9001234567"),  # NIT
        ("12 345 678", "12345678"),
        (f"12{NBSP}345\u2009678", "12345678"),
        ("12/345\u2013678", "12345678"),
        ("\uff11\uff10\uff13\uff12", "1032"),
        ("\u0661\u0660\u0663\u0662", "1032"),
        ("0001032", "0001032"),  # leading zeros are part of some IDs
        ("1" * ID_MAX, "1" * ID_MAX),
    ],
)
def test_clean_customer_id(typed: str, clean: str) -> None:
    assert clean_customer_id(typed) == clean


@pytest.mark.parametrize(
    ("typed", "kind", "detail"),
    [
        ("CC 1032", "id_not_digits", "C"),
        ("1032a", "id_not_digits", "a"),
        ("10\u00b232", "id_not_digits", "\u00b2"),
        ("(1032)", "id_not_digits", "("),
        ("+1032", "id_not_digits", "+"),
        ("10\n32", "id_not_digits", "\n"),
        ("1" * (ID_MAX + 1), "id_too_long", str(ID_MAX)),
        ("1." * (ID_MAX + 1), "id_too_long", str(ID_MAX)),
    ],
)
def test_clean_customer_id_refuses(typed: str, kind: str, detail: str) -> None:
    with pytest.raises(CustomerFieldError) as caught:
        clean_customer_id(typed)
    assert (caught.value.field, caught.value.kind, caught.value.detail) == (
        "customer_id",
        kind,
        detail,
    )


# --- customer name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("", ""),
        ("  \t ", ""),
        ("José & Hijos #2", "José & Hijos #2"),
        ("  Jose   Perez \n", "Jose Perez"),
        ("Jose\tMaria\r\nPerez", "Jose Maria Perez"),
        (f"Ana{NBSP}\u3000Lu", "Ana Lu"),
        ("Jose\u0301", "Jos\u00e9"),  # decomposed accent -> NFC
        ("O'Brien-Smith Jr.", "O'Brien-Smith Jr."),
        ("Кирилл Иванов", "Кирилл Иванов"),
        ("محمد علي", "محمد علي"),
        ("李小龍", "李小龍"),
        (PERSIAN_ZWNJ, PERSIAN_ZWNJ),  # zero-width non-joiner is correct spelling
        ("x" * NAME_MAX, "x" * NAME_MAX),
    ],
)
def test_clean_customer_name(typed: str, clean: str) -> None:
    assert clean_customer_name(typed) == clean


@pytest.mark.parametrize(
    ("typed", "kind", "detail"),
    [
        ("Jose\x00Perez", "name_control_chars", "U+0000"),
        ("Jose\x07", "name_control_chars", "U+0007"),
        ("Jose\x7f", "name_control_chars", "U+007F"),
        ("\u202eJose", "name_control_chars", "U+202E"),  # right-to-left override
        ("Jose\u200e", "name_control_chars", "U+200E"),
        ("Jo\ud800se", "name_control_chars", "U+D800"),  # lone surrogate: not encodable
        ("x" * (NAME_MAX + 1), "name_too_long", str(NAME_MAX)),
    ],
)
def test_clean_customer_name_refuses(typed: str, kind: str, detail: str) -> None:
    with pytest.raises(CustomerFieldError) as caught:
        clean_customer_name(typed)
    assert (caught.value.field, caught.value.kind, caught.value.detail) == (
        "customer_name",
        kind,
        detail,
    )


def test_name_length_counts_characters_after_normalisation() -> None:
    # NAME_MAX 'é' written decomposed are 2 * NAME_MAX code points before NFC
    assert clean_customer_name("e\u0301" * NAME_MAX) == "\u00e9" * NAME_MAX


# --- tones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [("123#", "123#"), ("*72 1001", "*721001"), ("\uff11\uff12#", "12#"), ("#" * 32, "#" * 32)],
)
def test_clean_tones(typed: str, clean: str) -> None:
    assert clean_tones(typed) == clean


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("", "empty"),
        ("  ", "empty"),
        ("12A", "letters"),
        ("1-2", "invalid_char"),
        ("1\u00b2", "invalid_char"),
        ("1" * 33, "too_long"),
    ],
)
def test_clean_tones_refuses(typed: str, kind: str) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        clean_tones(typed)
    assert caught.value.kind == kind


# --- build_dial_request ----------------------------------------------------------------------


def test_build_dial_request_issue_example() -> None:
    request = build_dial_request(
        " +57 (300) 123-4567 ",
        "1001",
        PLAN_9,
        customer_id="123.456.789-09",
        customer_name="  José & Hijos #2 ",
    )
    assert request == DialRequest(
        phone_typed="+57 (300) 123-4567",
        phone_sent="9573001234567",
        agent_id="1001",
        customer_id="12345678909",
        customer_name="José & Hijos #2",
    )


def test_build_dial_request_optional_fields_default_empty() -> None:
    request = build_dial_request("1001", "2002", NO_PLAN)
    assert (request.customer_id, request.customer_name) == ("", "")


@pytest.mark.parametrize(
    ("kwargs", "error", "kind"),
    [
        ({"phone_typed": "300-ABC"}, PhoneNumberError, "letters"),
        ({"agent_id": "10a1"}, SettingValueError, "bad_agent_id"),
        ({"customer_id": "x1"}, CustomerFieldError, "id_not_digits"),
        ({"customer_name": "a\x00"}, CustomerFieldError, "name_control_chars"),
    ],
)
def test_build_dial_request_refuses(
    kwargs: dict[str, str], error: type[InputError], kind: str
) -> None:
    args = {"phone_typed": "3001234567", "agent_id": "1001"} | kwargs
    with pytest.raises(error) as caught:
        build_dial_request(plan=PLAN_9, **args)
    assert caught.value.kind == kind


# --- settings values -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0042", "abc123", "WV42", "a", "1234567890abcdef"])
def test_validate_server_accepts(value: str) -> None:
    assert validate_server(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "0042.evil.com",
        "0042/..",
        "0042@evil",
        "0042#",
        "0042:443",
        "0042?x=1",
        "0042\\evil",
        "0042%2e",
        "0042-x",
        "0042_x",
        "\u0430bc",  # Cyrillic a
        "0042\u0435",  # Cyrillic e
        "\uff10\uff10\uff14\uff12",  # full-width 0042
        "\u0660\u0660\u0664\u0662",  # Arabic-Indic 0042
        "\u00b2",  # superscript two
        "0042 ",
        " 0042",
        "00 42",
        "0042\n",
        "0042\t",
        "0042\u00a0",
        "0042\u200b",  # zero-width space
        "",
        "1234567890abcdefg",  # 17 characters
    ],
)
def test_validate_server_refuses_host_injection(value: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_server(value)
    assert (caught.value.key, caught.value.kind) == ("server", "bad_server")


@pytest.mark.parametrize(
    ("validator", "key", "kind"),
    [
        (validate_server, "server", "bad_server"),
        (validate_agent_id, "agent_id", "bad_agent_id"),
        (validate_dial_prefix, "dial_prefix", "bad_dial_prefix"),
        (validate_plus_replacement, "plus_replacement", "bad_plus_replacement"),
        (validate_country, "default_country", "bad_country"),
    ],
)
def test_validators_refuse_non_strings(validator: object, key: str, kind: str) -> None:
    # TOML and policy files can hold integers (server = 0042 would lose its zeros)
    assert callable(validator)
    with pytest.raises(SettingValueError) as caught:
        validator(42)
    assert (caught.value.key, caught.value.kind, caught.value.detail) == (key, kind, "int")


@pytest.mark.parametrize("value", ["1", "1001", "1" * 12])
def test_validate_agent_id_accepts(value: str) -> None:
    assert validate_agent_id(value) == value


@pytest.mark.parametrize("value", ["", "1" * 13, "10a1", " 1001", "\uff11\uff10", "1\u00b2"])
def test_validate_agent_id_refuses(value: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_agent_id(value)
    assert (caught.value.key, caught.value.kind) == ("agent_id", "bad_agent_id")


@pytest.mark.parametrize("value", ["", "9", "0", "12345678"])
def test_validate_dial_prefix_accepts(value: str) -> None:
    assert validate_dial_prefix(value) == value


@pytest.mark.parametrize("value", ["123456789", "*9", "9#", "+", "9 ", "\uff19"])
def test_validate_dial_prefix_refuses(value: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_dial_prefix(value)
    assert (caught.value.key, caught.value.kind) == ("dial_prefix", "bad_dial_prefix")


@pytest.mark.parametrize("value", ["", "00", "011", "123456"])
def test_validate_plus_replacement_accepts(value: str) -> None:
    assert validate_plus_replacement(value) == value


@pytest.mark.parametrize("value", ["1234567", "+", "0 0", "x"])
def test_validate_plus_replacement_refuses(value: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_plus_replacement(value)
    assert caught.value.key == "plus_replacement"


@pytest.mark.parametrize(
    ("value", "clean"), [("", ""), ("CO", "CO"), ("co", "CO"), ("Br", "BR"), ("mx", "MX")]
)
def test_validate_country_accepts(value: str, clean: str) -> None:
    assert validate_country(value) == clean


@pytest.mark.parametrize("value", ["XX", "ZZ", "001", "COL", "C", "C0", " CO", "\uff23\uff2f"])
def test_validate_country_refuses(value: str) -> None:
    with pytest.raises(SettingValueError) as caught:
        validate_country(value)
    assert (caught.value.key, caught.value.kind) == ("default_country", "bad_country")


# --- start-up cost ---------------------------------------------------------------------------


def test_phonenumbers_is_imported_only_for_a_default_country() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from wolkvox_desk.core import dialing\n"
        "from wolkvox_desk.core.models import DialPlan\n"
        "dialing.build_dial_request('+57 300 123 4567', '1001', DialPlan(prefix='9'))\n"
        "dialing.dial_plan_example(DialPlan(prefix='9'))\n"
        "assert 'phonenumbers' not in sys.modules, 'imported too early'\n"
        "dialing.phone_to_send('300 123 4567', DialPlan(default_country='CO'))\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60, cwd=repo)
