"""Member numbers, ticket numbers, booking codes and phone numbers: parsing and validation.

Every parser returns the canonical form or raises `InvalidIdentifier` with a sentence an agent
can act on. The client validates as the agent types; the server validates again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InvalidInput

MEMBER_NUMBER_PREFIX = "992"
MEMBER_NUMBER_LENGTH = 15
TICKET_NUMBER_LENGTH = 13
BOOKING_CODE_LENGTH = 6

_SEPARATORS = re.compile(r"[\s\-./]+")
_BOOKING_CODE = re.compile(r"^[A-Z0-9]{6}$")
# Printable ASCII only before the @: a control or invisible character is no part of an address.
EMAIL = re.compile(r"^[!-?A-~]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$")


class InvalidIdentifier(InvalidInput):
    """An identifier the agent typed is malformed; `str()` says why in plain words."""


def strip_separators(text: str) -> str:
    """Remove the spaces, dashes, dots and slashes people type inside numbers."""
    return _SEPARATORS.sub("", text)


def luhn_check_digit(payload: str) -> str:
    """The Luhn check digit for a string of digits (the digit that makes the whole valid)."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        digit = ord(char) - 48
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def demo_member_number(index: int) -> str:
    """The fixed number of the index-th (1-based) demo member: 992 + index as 11 digits + check."""
    if not 1 <= index < 10**11:
        raise ValueError("demo member index out of range")
    payload = f"{MEMBER_NUMBER_PREFIX}{index:011d}"
    return payload + luhn_check_digit(payload)


DEMO_PIN_DIGITS = 4


def demo_pin_of(member_number: str) -> str:
    """A demo member's telephone PIN: the last four digits of their member number.

    Demo data only (the seed stores it; the demo sign-in tells trainers the rule). A real
    backend's PINs are the members' own and never derivable."""
    return member_number[-DEMO_PIN_DIGITS:]


def parse_member_number(text: str) -> str:
    """Canonical 15-digit member number from what was typed (spaces allowed), or raise."""
    digits = strip_separators(text)
    if not digits:
        raise InvalidIdentifier("member_number", "Enter a member number.",
                                code="member-number-missing")
    if not digits.isdigit():
        raise InvalidIdentifier("member_number", "A member number has digits only.",
                                code="member-number-digits")
    if len(digits) != MEMBER_NUMBER_LENGTH:
        raise InvalidIdentifier(
            "member_number",
            f"A member number has {MEMBER_NUMBER_LENGTH} digits; this has {len(digits)}.",
            code="member-number-length", length=MEMBER_NUMBER_LENGTH, typed=len(digits),
        )
    if not digits.startswith(MEMBER_NUMBER_PREFIX):
        raise InvalidIdentifier(
            "member_number", f"A member number starts with {MEMBER_NUMBER_PREFIX}.",
            code="member-number-prefix", prefix=MEMBER_NUMBER_PREFIX,
        )
    if not luhn_valid(digits):
        raise InvalidIdentifier(
            "member_number",
            "The check digit does not match: one of the digits is mistyped.",
            code="check-digit",
        )
    return digits


def format_member_number(number: str) -> str:
    """Group a canonical member number for reading aloud: 992 0000 0000 0018."""
    return f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"


def parse_ticket_number(text: str) -> str:
    digits = strip_separators(text)
    if not digits.isdigit() or len(digits) != TICKET_NUMBER_LENGTH:
        raise InvalidIdentifier(
            "ticket_number",
            f"An e-ticket number has {TICKET_NUMBER_LENGTH} digits"
            + (f"; this has {len(digits)}." if digits.isdigit() else "."),
            code="ticket-number", length=TICKET_NUMBER_LENGTH,
        )
    return digits


def parse_booking_code(text: str) -> str:
    code = text.strip().upper()
    if not _BOOKING_CODE.match(code):
        raise InvalidIdentifier(
            "booking_code", "A booking code has 6 letters or digits, such as KX4T2B.",
            code="booking-code",
        )
    return code


def parse_email(text: str) -> str:
    """The e-mail address as typed, without surrounding spaces, or raise."""
    address = text.strip()
    if not EMAIL.match(address):
        raise InvalidIdentifier("email", "That is not an e-mail address.", code="email")
    return address


# Country calling codes of the markets the programme serves, longest first when matching.
COUNTRY_CALLING_CODES = {
    "1": "US", "31": "NL", "32": "BE", "33": "FR", "34": "ES", "39": "IT", "41": "CH",
    "43": "AT", "44": "GB", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "49": "DE",
}


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number split into country calling code (may be unknown) and national number."""

    country_code: str | None
    national: str  # national significant number: no trunk 0, no country code

    @property
    def e164(self) -> str | None:
        return f"+{self.country_code}{self.national}" if self.country_code else None


def parse_phone(text: str) -> PhoneNumber:
    """Parse a phone number in international (+49…, 0049…) or local (0171…) form."""
    raw = text.strip()
    digits = strip_separators(raw.replace("(0)", "").replace("(", "").replace(")", ""))
    international = digits.startswith("+") or digits.startswith("00")
    digits = digits.lstrip("+")
    if digits.startswith("00"):
        digits = digits[2:]
    if not digits.isdigit() or not 6 <= len(digits) <= 15:
        raise InvalidIdentifier("phone", "A phone number has 6 to 15 digits, optionally after +.",
                                code="phone")
    if international:
        for length in (3, 2, 1):
            code = digits[:length]
            if code in COUNTRY_CALLING_CODES:
                national = digits[length:].lstrip("0")
                return PhoneNumber(code, national)
        return PhoneNumber(None, digits)
    return PhoneNumber(None, digits.lstrip("0"))
