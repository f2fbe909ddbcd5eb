"""Personal data is masked by default; only a reveal (audited, later issue) shows it whole."""

from __future__ import annotations

MASK = "•"


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    keep = local[:2] if len(local) > 3 else local[:1]
    return f"{keep}{MASK * 3}@{domain}"


def mask_phone(e164: str) -> str:
    """Keep the country code and the last two digits: what an agent reads back to confirm."""
    digits = e164.lstrip("+")
    from ..domain.identifiers import COUNTRY_CALLING_CODES

    for length in (3, 2, 1):
        if digits[:length] in COUNTRY_CALLING_CODES:
            code, rest = digits[:length], digits[length:]
            break
    else:
        code, rest = "", digits
    hidden = MASK * max(len(rest) - 2, 0)
    return f"+{code} {hidden}{rest[-2:]}".strip()


def mask_address(city: str, country: str) -> str:
    """Street and postcode are verification factors, so only the city and country show."""
    return f"{MASK * 3}, {city}, {country}"


def mask_birth_date(_iso_date: str) -> str:
    return f"{MASK * 2}.{MASK * 2}.{MASK * 4}"
