"""Dialing rules: phone clean-up, the operation's dial plan, and validation of dial inputs.

Owns everything between "what the agent typed or pasted" and "the exact digits wolkvox gets":
phone numbers (:func:`clean_phone`, :func:`apply_dial_plan`, :func:`phone_to_send`), customer
fields, DTMF tones, and the settings values that shape a dial (server, agent, dial plan).
Errors are raised as kinds from :mod:`wolkvox_desk.core.errors`, never as sentences.

Phone clean-up, in order (:func:`clean_phone`):

1. Input longer than :data:`INPUT_MAX` characters is ``too_long``; surrounding whitespace is
   stripped; nothing left is ``empty``.
2. A ``tel:`` / ``callto:`` link prefix (any case, optionally followed by ``//``) is removed and
   the rest is percent-decoded (``%2B`` is ``+``). ``sip:`` is not accepted: a SIP address
   names a host, which we cannot dial.
3. ``;name=value`` parameters (RFC 3966) are split off: ``ext=`` becomes
   :attr:`CleanNumber.extension`, others (``phone-context``, ``isub``...) are dropped. A ``;``
   part without ``=`` is ``invalid_char``, so that nothing unstructured is dropped.
4. A trailing extension written ``x12``, ``ext12``, ``ext 12`` or ``ext. 12`` (ASCII letters,
   any case) is also taken as the extension. Only this exact shape: any other letter anywhere
   is ``letters``. The extension is never dialled; it is kept for the caller to show or to
   send as tones later.
5. Every remaining character must be a decimal digit of any script (full-width, Arabic-Indic,
   Devanagari...; converted to ASCII), a separator (horizontal spaces of any kind, dots,
   dashes of any kind, parentheses, slashes, invisible direction marks and zero-width
   characters that copy-paste brings along), or a single ``+`` before the first digit. Line
   breaks are not separators (two pasted numbers must not merge into one). Superscripts and
   other "numeric but not decimal" characters are ``invalid_char``, never converted.
6. A leading ``+`` or ``00`` makes the number international, without the ``+`` / ``00``.
7. The digit count must be within :data:`MIN_DIGITS`..:data:`MAX_DIGITS`.

``phonenumbers`` (a slow import) is imported only inside the functions that need it, and only
when a default country is set.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from wolkvox_desk.core.errors import CustomerFieldError, PhoneNumberError, SettingValueError
from wolkvox_desk.core.models import CleanNumber, DialPlan, DialRequest

MIN_DIGITS = 3  # internal extensions and short codes are dialled too
MAX_DIGITS = 20  # after the dial plan; E.164 is 15, plus room for prefixes
NAME_MAX = 100
ID_MAX = 20
TONES_MAX = 32
INPUT_MAX = 200  # raw characters; bounds the work done on a giant paste
EXTENSION_MAX = 10
SHORT_NUMBER_MAX = 6  # national numbers this short are extensions: no country handling
SERVER_MAX = 16
AGENT_ID_MAX = 12
DIAL_PREFIX_MAX = 8
PLUS_REPLACEMENT_MAX = 6

GENERIC_EXAMPLE = "+57 300 123 4567"

_LINK_PREFIX = re.compile(r"(?:tel|callto):(?://)?", re.IGNORECASE | re.ASCII)
# Unicode \d (decimal digits of any script) for the extension; the keywords are ASCII only.
_HSPACE = r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*"  # horizontal whitespace only
_EXT_SUFFIX = re.compile(rf"(?P<number>.*?){_HSPACE}(?:[eE][xX][tT]\.?|[xX]){_HSPACE}(?P<ext>\d+)")
_PARAM_NAME = re.compile(r"[A-Za-z0-9-]+", re.ASCII)
_SERVER = re.compile(rf"[A-Za-z0-9]{{1,{SERVER_MAX}}}", re.ASCII)

_PLUS_SIGNS = frozenset("+\uff0b")  # ASCII and full-width plus
# Invisible characters that copying from web pages, chat apps and CRMs brings along: soft
# hyphen, zero-width space/joiners, direction marks, bidi embeddings/isolates, word joiner, BOM.
_INVISIBLE = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Dots, slashes and dashes (besides category Pd) in their ASCII and full-width forms.
_ID_SEPARATORS = frozenset("./\uff0e\uff0f\u2212\u2010\u2011")
_PHONE_SEPARATORS = _ID_SEPARATORS | frozenset("()\uff08\uff09")
# Format characters a name may keep: zero-width (non-)joiner are part of correct spelling in
# Persian and Indic scripts and of emoji sequences.
_NAME_ALLOWED_FORMAT = frozenset("\u200c\u200d")


# --- characters --------------------------------------------------------------------------


def _ascii_digit(ch: str) -> str | None:
    """The ASCII digit for a decimal digit of any script, else None.

    ``isdecimal`` (category Nd) and not ``isdigit``: '²' is a digit but not decimal, and
    silently turning it into '2' would dial a number nobody typed.
    """
    if not ch.isdecimal():
        return None
    value = unicodedata.decimal(ch, None)
    return None if value is None else str(value)


def _is_horizontal_space(ch: str) -> bool:
    return ch.isspace() and ch not in _LINE_BREAKS


def _is_id_separator(ch: str) -> bool:
    return (
        _is_horizontal_space(ch)
        or ch in _INVISIBLE
        or ch in _ID_SEPARATORS
        or unicodedata.category(ch) == "Pd"
    )


def _is_phone_separator(ch: str) -> bool:
    return _is_id_separator(ch) or ch in _PHONE_SEPARATORS


def _strip_invisible(text: str) -> str:
    return "".join(ch for ch in text if ch not in _INVISIBLE).strip()


# --- phone numbers -----------------------------------------------------------------------


def clean_phone(text: str) -> CleanNumber:
    """Reduce a typed or pasted phone number to ASCII digits (see the module docstring).

    Raises :class:`PhoneNumberError` with kind ``empty``, ``letters`` (detail: the first
    letter), ``invalid_char`` (detail: the character), ``too_short``/``too_long`` (detail:
    the limit) or ``bad_extension``.
    """
    if len(text) > INPUT_MAX:
        raise PhoneNumberError("too_long", str(MAX_DIGITS))
    body = _strip_invisible(text)
    link = _LINK_PREFIX.match(body)
    if link:
        # Links arrive percent-encoded (%2B for '+', %20 for spaces).
        body = _strip_invisible(unquote(body[link.end() :]))
    if not body:
        raise PhoneNumberError("empty")
    body, extension = _split_parameters(body)
    body, suffix_extension = _split_extension_suffix(body)
    if suffix_extension:
        if extension:
            raise PhoneNumberError("bad_extension", suffix_extension)
        extension = suffix_extension
    international, digits = _phone_digits(body)
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    _check_digit_count(digits)
    return CleanNumber(digits=digits, international=international, extension=extension)


def _split_parameters(body: str) -> tuple[str, str]:
    """Split RFC 3966 ``;name=value`` parameters off; return (number part, extension)."""
    number, *params = body.split(";")
    extension = ""
    for param in params:
        name, sep, value = param.partition("=")
        name = name.strip()
        if not sep or not _PARAM_NAME.fullmatch(name):
            raise PhoneNumberError("invalid_char", ";")
        if name.lower() == "ext":
            if extension:
                raise PhoneNumberError("bad_extension", value)
            extension = _clean_extension(value)
    return number, extension


def _split_extension_suffix(body: str) -> tuple[str, str]:
    """Take an ``x12`` / ``ext. 12`` suffix off a number that has digits before it."""
    match = _EXT_SUFFIX.fullmatch(body.strip())
    if not match or not any(ch.isdecimal() for ch in match["number"]):
        return body, ""
    return match["number"], _clean_extension(match["ext"])


def _clean_extension(value: str) -> str:
    digits = []
    for ch in value.strip():
        digit = _ascii_digit(ch)
        if digit is not None:
            digits.append(digit)
        elif not _is_phone_separator(ch):
            raise PhoneNumberError("bad_extension", value)
    if not digits or len(digits) > EXTENSION_MAX:
        raise PhoneNumberError("bad_extension", value)
    return "".join(digits)


def _phone_digits(body: str) -> tuple[bool, str]:
    """Return (had a leading '+', the ASCII digits); raise on anything else."""
    plus = False
    digits: list[str] = []
    for ch in body:
        digit = _ascii_digit(ch)
        if digit is not None:
            digits.append(digit)
        elif ch in _PLUS_SIGNS and not plus and not digits:
            plus = True
        elif _is_phone_separator(ch):
            continue
        elif ch.isalpha():
            raise PhoneNumberError("letters", ch)
        else:
            raise PhoneNumberError("invalid_char", ch)
    return plus, "".join(digits)


def _check_digit_count(digits: str) -> None:
    if len(digits) < MIN_DIGITS:
        raise PhoneNumberError("too_short", str(MIN_DIGITS))
    if len(digits) > MAX_DIGITS:
        raise PhoneNumberError("too_long", str(MAX_DIGITS))


def apply_dial_plan(number: CleanNumber, plan: DialPlan) -> str:
    """The digits wolkvox receives: ``prefix`` + (``plus_replacement`` + digits, or national).

    A national number passes through unchanged unless the plan has a default country and
    the number is longer than :data:`SHORT_NUMBER_MAX` (shorter ones are extensions); then
    it becomes country code + national significant number and is treated as international.
    The extension is not dialled.

    Raises :class:`PhoneNumberError` (``invalid_for_country`` with the country as detail,
    ``too_long``, ``too_short``, ``invalid_char``) and, for a plan whose fields are invalid,
    :class:`SettingValueError` naming the setting.
    """
    prefix = validate_dial_prefix(plan.prefix)
    plus_replacement = validate_plus_replacement(plan.plus_replacement)
    country = validate_country(plan.default_country)
    digits, international = number.digits, number.international
    if not international and country and len(digits) > SHORT_NUMBER_MAX:
        digits, international = _national_to_international(digits, country), True
    result = prefix + (plus_replacement + digits if international else digits)
    # A CleanNumber can be built by hand; the digits-only promise must hold regardless.
    for ch in result:
        if not (ch.isascii() and ch.isdigit()):
            raise PhoneNumberError("invalid_char", ch)
    _check_digit_count(result)
    return result


def _national_to_international(digits: str, country: str) -> str:
    """Country code + national significant number, or ``invalid_for_country``."""
    import phonenumbers  # lazy: costs start-up time and is only needed with a country

    try:
        parsed = phonenumbers.parse(digits, country)
    except phonenumbers.NumberParseException:
        raise PhoneNumberError("invalid_for_country", country) from None
    if not phonenumbers.is_possible_number(parsed):
        raise PhoneNumberError("invalid_for_country", country)
    # E.164 keeps an Italian-style leading zero that the bare national number would lose.
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


def phone_to_send(text: str, plan: DialPlan) -> str:
    """:func:`clean_phone` then :func:`apply_dial_plan`: the exact digits to send."""
    return apply_dial_plan(clean_phone(text), plan)


def dial_plan_example(plan: DialPlan) -> tuple[str, str]:
    """(a sample number as an agent would type it, what this plan would send for it).

    With a default country the sample is that country's example mobile number written
    nationally, so the country handling shows; otherwise it is :data:`GENERIC_EXAMPLE`.
    Raises like :func:`apply_dial_plan` (e.g. ``too_long`` for a very long prefix).
    """
    country = validate_country(plan.default_country)
    typed = _national_example(country) if country else ""
    if typed:
        try:
            return typed, phone_to_send(typed, plan)
        except PhoneNumberError:
            pass  # the generic sample below still shows prefix and '+' handling
    return GENERIC_EXAMPLE, phone_to_send(GENERIC_EXAMPLE, plan)


def _national_example(country: str) -> str:
    import phonenumbers  # lazy, as above

    example = phonenumbers.example_number_for_type(
        country, phonenumbers.PhoneNumberType.MOBILE
    ) or phonenumbers.example_number(country)
    if example is None:
        return ""
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)


def clean_tones(text: str) -> str:
    """DTMF tones to send into a call: ``[0-9*#]``, 1..:data:`TONES_MAX` of them.

    Spaces and invisible characters are ignored and digits of any script become ASCII.
    Raises :class:`PhoneNumberError` (``empty``, ``letters``, ``invalid_char``, ``too_long``).
    """
    tones: list[str] = []
    for ch in text:
        digit = _ascii_digit(ch)
        if digit is not None:
            tones.append(digit)
        elif ch in "*#":
            tones.append(ch)
        elif _is_horizontal_space(ch) or ch in _INVISIBLE:
            continue
        elif ch.isalpha():
            raise PhoneNumberError("letters", ch)
        else:
            raise PhoneNumberError("invalid_char", ch)
    if not tones:
        raise PhoneNumberError("empty")
    if len(tones) > TONES_MAX:
        raise PhoneNumberError("too_long", str(TONES_MAX))
    return "".join(tones)


# --- customer fields ---------------------------------------------------------------------


def clean_customer_id(text: str) -> str:
    """The customer ID as the digits wolkvox types it ("" when not given).

    Formatting is removed (dots, dashes, spaces, slashes, as in CPF ``123.456.789-09`` or
    NIT ``900.123.456-7``) and digits of any script become ASCII. Raises
    :class:`CustomerFieldError` (field ``customer_id``): ``id_not_digits`` (detail: the
    character) or ``id_too_long`` (detail: the limit).
    """
    digits: list[str] = []
    for ch in text:
        digit = _ascii_digit(ch)
        if digit is not None:
            digits.append(digit)
        elif not _is_id_separator(ch):
            raise CustomerFieldError("customer_id", "id_not_digits", ch)
        if len(digits) > ID_MAX:  # inside the loop: a giant paste stops early
            raise CustomerFieldError("customer_id", "id_too_long", str(ID_MAX))
    return "".join(digits)


def clean_customer_name(text: str) -> str:
    """The customer name, NFC-normalised, trimmed, inner whitespace runs made one space.

    Any letters, digits and punctuation are kept as typed ("José & Hijos #2"). Raises
    :class:`CustomerFieldError` (field ``customer_name``): ``name_control_chars`` (detail:
    the code point as ``U+XXXX``, since the character is usually invisible) for control,
    format (except zero-width joiner / non-joiner) and lone surrogate characters;
    ``name_too_long`` (detail: the limit) beyond :data:`NAME_MAX` characters.
    """
    # Whitespace first: tabs and newlines from a paste are spacing, not content.
    name = " ".join(unicodedata.normalize("NFC", text).split())
    for ch in name:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or (category == "Cf" and ch not in _NAME_ALLOWED_FORMAT):
            raise CustomerFieldError("customer_name", "name_control_chars", f"U+{ord(ch):04X}")
    if len(name) > NAME_MAX:
        raise CustomerFieldError("customer_name", "name_too_long", str(NAME_MAX))
    return name


def build_dial_request(
    phone_typed: str,
    agent_id: str,
    plan: DialPlan,
    customer_id: str = "",
    customer_name: str = "",
) -> DialRequest:
    """Validate one dial; raises the first problem found (phone, agent, ID, then name).

    ``phone_typed`` is kept as typed, less surrounding whitespace, for history.
    """
    return DialRequest(
        phone_typed=phone_typed.strip(),
        phone_sent=phone_to_send(phone_typed, plan),
        agent_id=validate_agent_id(agent_id),
        customer_id=clean_customer_id(customer_id),
        customer_name=clean_customer_name(customer_name),
    )


# --- settings values ---------------------------------------------------------------------
# Validators refuse rather than repair (except the country's case): a value that needs
# fixing is shown back to whoever typed it. They check the type too, because policy and
# TOML files can hold any type. Detail: the offending character, or the length limit.


def _require_str(value: object, key: str, kind: str) -> str:
    if not isinstance(value, str):
        raise SettingValueError(key, kind, type(value).__name__)
    return value


def _check_ascii_digits(value: str, key: str, kind: str, limit: int) -> str:
    for ch in value:
        if not (ch.isascii() and ch.isdigit()):
            raise SettingValueError(key, kind, ch)
    if len(value) > limit:
        raise SettingValueError(key, kind, str(limit))
    return value


def validate_server(value: str) -> str:
    """The wolkvox server id (``0042`` in ``wv0042.wolkvox.com``): 1..16 ASCII letters/digits.

    This is what keeps the token on wolkvox's hosts: no dot, slash, ``@``, ``#``, ``:``,
    whitespace or look-alike character can reach the URL. Kind ``bad_server``.
    """
    value = _require_str(value, "server", "bad_server")
    if _SERVER.fullmatch(value) and value.isascii():
        return value
    for ch in value:
        if not (ch.isascii() and ch.isalnum()):
            raise SettingValueError("server", "bad_server", ch)
    raise SettingValueError("server", "bad_server", str(SERVER_MAX) if value else "")


def validate_agent_id(value: str) -> str:
    """The agent's extension: 1..12 ASCII digits. Kind ``bad_agent_id``."""
    value = _require_str(value, "agent_id", "bad_agent_id")
    if not value:
        raise SettingValueError("agent_id", "bad_agent_id", "")
    return _check_ascii_digits(value, "agent_id", "bad_agent_id", AGENT_ID_MAX)


def validate_dial_prefix(value: str) -> str:
    """ "" or up to 8 ASCII digits (``*``/``#`` are refused: wolkvox types the phone as an
    integer). Kind ``bad_dial_prefix``."""
    value = _require_str(value, "dial_prefix", "bad_dial_prefix")
    return _check_ascii_digits(value, "dial_prefix", "bad_dial_prefix", DIAL_PREFIX_MAX)


def validate_plus_replacement(value: str) -> str:
    """ "" or up to 6 ASCII digits. Kind ``bad_plus_replacement``."""
    value = _require_str(value, "plus_replacement", "bad_plus_replacement")
    return _check_ascii_digits(
        value, "plus_replacement", "bad_plus_replacement", PLUS_REPLACEMENT_MAX
    )


def validate_country(value: str) -> str:
    """ "" or an ISO 3166 alpha-2 region phonenumbers knows, upper-cased. Kind ``bad_country``."""
    value = _require_str(value, "default_country", "bad_country")
    if not value:
        return ""
    code = value.upper()
    if len(code) != 2 or not (code.isascii() and code.isalpha()):
        raise SettingValueError("default_country", "bad_country", value)
    import phonenumbers  # lazy: only when a country is actually set

    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise SettingValueError("default_country", "bad_country", value)
    return code
