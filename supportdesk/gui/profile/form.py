"""What the profile dialog checks as the agent types (translatable, context ProfileForm).

Verification: the date of birth and postcode, or the PIN, exactly as the caller says them.
Changes: every field is optional; an empty field stays as it is. The server checks again.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import limits
from ...domain.identifiers import COUNTRY_CALLING_CODES, EMAIL, InvalidIdentifier, parse_phone
from ...domain.text import TextRule

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_LANGUAGE_LABELS = {
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Language", "Polish"),
}
# The server's languages, in its order; a code without a label shows as the code.
LANGUAGES = tuple((code, _LANGUAGE_LABELS.get(code, code)) for code in limits.PROFILE_LANGUAGES)
# What "Will change: …" calls each field.
FIELD_NAMES = {
    "street": QT_TRANSLATE_NOOP("ProfileForm", "street"),
    "postcode": QT_TRANSLATE_NOOP("ProfileForm", "postcode"),
    "city": QT_TRANSLATE_NOOP("ProfileForm", "city"),
    "country": QT_TRANSLATE_NOOP("ProfileForm", "country"),
    "phone": QT_TRANSLATE_NOOP("ProfileForm", "phone"),
    "email": QT_TRANSLATE_NOOP("ProfileForm", "e-mail"),
    "language": QT_TRANSLATE_NOOP("ProfileForm", "language"),
}
_POSTCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{0,10}[A-Za-z0-9]$")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


def language_label(code: str) -> str:
    return translate("Language", dict(LANGUAGES).get(code, code))


def parse_birth_date(text: str, today: dt.date) -> dt.date:
    value = text.strip()
    if not value:
        raise ValueError(translate("ProfileForm", "Enter the date of birth the caller gives."))
    for pattern in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(value, pattern).date()
            break
        except ValueError:
            continue
    else:
        raise ValueError(translate("ProfileForm",
                                   "Type the date as 1980-03-14 or 14.03.1980."))
    if not dt.date(1900, 1, 1) <= day <= today:
        raise ValueError(translate("ProfileForm", "That is not a plausible date of birth."))
    return day


def check_postcode(text: str, *, required: bool) -> str | None:
    value = " ".join(text.split())
    if not value:
        if required:
            raise ValueError(translate("ProfileForm", "Enter the postcode the caller gives."))
        return None
    if not _POSTCODE.match(value):
        raise ValueError(translate("ProfileForm",
                                   "A postcode has 2 to 12 letters, digits, spaces or dashes."))
    return value


def parse_pin(text: str) -> str:
    value = text.strip()
    if not value:
        raise ValueError(translate("ProfileForm", "Enter the PIN the caller gives."))
    if not limits.PIN.match(value):
        raise ValueError(translate("ProfileForm", "A PIN has 4 to 6 digits."))
    return value


def check_text(text: str, rule: TextRule) -> str | None:
    """An optional field: None when left empty, else the text by its rule (TextProblem)."""
    if not text.strip():
        return None
    rule.clean(text)  # as typed: control characters are refused before spaces are tidied
    return rule.clean(" ".join(text.split()))


def check_country(text: str) -> str | None:
    value = text.strip().upper()
    if not value:
        return None
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise ValueError(translate("ProfileForm",
                                   "A country is its two-letter code, such as DE or CH."))
    return value


def check_phone(text: str) -> str | None:
    """The number in international form (+4915112345678), or None when left empty."""
    if not text.strip():
        return None
    try:
        phone = parse_phone(text)
    except InvalidIdentifier:
        raise ValueError(translate(
            "ProfileForm", "A phone number has 6 to 15 digits, such as +49 151 2345678."
        )) from None
    if phone.e164 is None:
        if text.strip().startswith(("+", "00")):
            codes = ", ".join(f"+{c}" for c in sorted(COUNTRY_CALLING_CODES, key=int))
            raise ValueError(translate(
                "ProfileForm", "Unknown country calling code; the programme serves {0}.")
                .format(codes))
        raise ValueError(translate(
            "ProfileForm", "Give the number in international form with the country code, "
                           "such as +49 151 2345678."))
    return phone.e164


def check_email(text: str) -> str | None:
    value = text.strip()
    if not value:
        return None
    if not EMAIL.match(value):
        raise ValueError(translate("ProfileForm",
                                   "That is not an e-mail address, such as name@example.com."))
    return value
