"""What the credit dialog checks as the agent types, field by field, before anything is sent.

The server checks everything again and decides; these checks only save a round trip and say
what is wrong in words, translatable (context CreditForm).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import limits
from ...domain.airports import InvalidRoute, airport, great_circle_km, route
from ...domain.fares import FARE_RULES, parse_booking_class
from ...domain.identifiers import InvalidIdentifier, parse_ticket_number, strip_separators
from ...domain.mileage import calculate
from ...domain.text import TextProblem, clean_text
from ..member.ledger_model import format_miles

MAX_CREDIT_MILES = limits.MAX_CREDIT_MILES
MIN_TEXT = limits.CREDIT_REASON.shortest
MAX_REASON = limits.CREDIT_REASON.longest
MAX_REFERENCE = limits.CREDIT_REFERENCE.longest
RETRO_CLAIM_MAX_AGE_DAYS = limits.RETRO_CLAIM_MAX_AGE.days

# The kinds in the order the dialog offers them; labels for screens, values for the API.
KINDS = (
    ("goodwill", QT_TRANSLATE_NOOP("CreditKind", "Goodwill")),
    ("correction", QT_TRANSLATE_NOOP("CreditKind", "Correction")),
    ("retro_claim", QT_TRANSLATE_NOOP("CreditKind", "Retro claim")),
)
_KIND_LABELS = dict(KINDS)

# Digits, optionally grouped in threes by the separators people type: 1,500 · 1.500 · 1 500.
_GROUPED = re.compile(r"^\d{1,3}(?:([,.' \u00a0\u202f])\d{3})?(?:\1\d{3})*$")
_FLIGHT_NUMBER = re.compile(r"^[A-Z0-9]{2}\d{1,4}$")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("CreditKind", _KIND_LABELS.get(kind, kind))


def parse_miles(text: str) -> int:
    """Whole miles from 1 to 1,000,000, thousands separators allowed; ValueError says why."""
    value = text.strip()
    if not value:
        raise ValueError(translate("CreditForm",
                                   "Enter the miles to credit (1 to 1,000,000)."))
    if value.startswith(("-", "−")):
        raise ValueError(translate("CreditForm", "Miles must be positive; to take miles away, "
                                                 "a supervisor reverses the entry."))
    if not value.isdigit() and not _GROUPED.match(value):
        if re.fullmatch(r"[\d,.' \u00a0\u202f]+", value):
            raise ValueError(translate("CreditForm", "Whole miles only, such as 1,500."))
        raise ValueError(translate("CreditForm", "Miles are digits only, such as 1,500."))
    miles = int(re.sub(r"\D", "", value))
    if miles < 1:
        raise ValueError(translate("CreditForm", "Credit at least 1 mile."))
    if miles > MAX_CREDIT_MILES:
        raise ValueError(translate("CreditForm", "At most 1,000,000 miles per credit."))
    return miles


def check_text(text: str, *, required: bool, limit: int) -> str | None:
    """The cleaned text (None when optional and empty); ValueError says what is wrong."""
    value = text.strip()
    if not value:
        if required:
            raise ValueError(translate(
                "CreditForm", "Required: say why, in at least {0} characters.").format(MIN_TEXT))
        return None
    try:
        return clean_text(value, shortest=MIN_TEXT if required else 1, longest=limit)
    except TextProblem as problem:
        if problem.code == "control-characters":
            raise ValueError(translate(
                "CreditForm", "Contains control characters; retype it.")) from None
        if problem.code == "too-short":
            raise ValueError(translate(
                "CreditForm", "Too short: at least {0} characters.").format(MIN_TEXT)) from None
        raise ValueError(translate(
            "CreditForm", "Too long: at most {0} characters.").format(limit)) from None


def parse_flight_number(text: str) -> str:
    value = re.sub(r"\s", "", text).upper()
    if not value:
        raise ValueError(translate("CreditForm", "Enter the flight number, such as LH400."))
    if not _FLIGHT_NUMBER.match(value):
        raise ValueError(translate("CreditForm", "A flight number is the airline code and 1 to "
                                                 "4 digits, such as LH400."))
    return value


def parse_ticket(text: str) -> str:
    try:
        return parse_ticket_number(text)
    except InvalidIdentifier:
        digits = strip_separators(text)
        if not digits:
            message = translate("CreditForm", "Enter the 13-digit e-ticket number.")
        elif digits.isdigit():
            message = translate(
                "CreditForm", "An e-ticket number has 13 digits; this has {0}.").format(len(digits))
        else:
            message = translate("CreditForm", "An e-ticket number has 13 digits only.")
        raise ValueError(message) from None


def claim_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last flight dates a retro claim may name on `today` (UTC, as the server)."""
    return today - dt.timedelta(days=RETRO_CLAIM_MAX_AGE_DAYS), today


def check_flight_date(date: dt.date, today: dt.date) -> dt.date:
    first, last = claim_window(today)
    if date > last:
        raise ValueError(translate("CreditForm", "The flight date is in the future."))
    if date < first:
        raise ValueError(translate(
            "CreditForm", "Flights before {0} are older than 6 months and cannot be claimed "
                          "retroactively.").format(first.isoformat()))
    return date


def check_booking_class(text: str) -> str:
    letter = text.strip().upper()
    if not letter:
        raise ValueError(translate("CreditForm",
                                   "Enter the booking class, a single letter such as Y."))
    if len(letter) != 1 or not "A" <= letter <= "Z":
        raise ValueError(translate("CreditForm",
                                   "A booking class is a single letter A to Z, such as Y."))
    try:
        return parse_booking_class(letter)
    except InvalidIdentifier:
        raise ValueError(translate(
            "CreditForm", "Booking class {0} is not sold on our flights.").format(letter)) from None


@dataclass(frozen=True)
class RouteCheck:
    origin: str | None
    destination: str | None
    origin_error: str | None
    destination_error: str | None


def check_route(origin: str, destination: str) -> RouteCheck:
    """Both airports known and different; each problem reported against its own field."""
    found: dict[str, str | None] = {"origin": None, "destination": None}
    errors: dict[str, str | None] = {"origin": None, "destination": None}
    for field, text in (("origin", origin), ("destination", destination)):
        code = text.strip().upper()
        if not code:
            errors[field] = translate("CreditForm",
                                      "Enter the three-letter airport code, such as FRA.")
        elif not re.fullmatch(r"[A-Z]{3}", code):
            errors[field] = translate("CreditForm",
                                      "An airport code has three letters, such as FRA.")
        else:
            try:
                found[field] = airport(code, field).iata
            except InvalidIdentifier:
                errors[field] = translate(
                    "CreditForm", "There is no airport with the code {0}.").format(code)
    if found["origin"] and found["destination"]:
        try:
            route(found["origin"], found["destination"])
        except InvalidRoute:
            errors["destination"] = translate(
                "CreditForm", "The destination is the same airport as the origin.")
            found["destination"] = None
    return RouteCheck(found["origin"], found["destination"], errors["origin"],
                      errors["destination"])


def mileage_preview(origin: str, destination: str, booking_class: str,
                    tier: str) -> tuple[int, list[str]]:
    """The miles a retro claim will earn (the server's calculator, offline) and why, line by
    line, in words the agent can read out."""
    result = calculate(origin, destination, booking_class, tier)
    km = great_circle_km(origin, destination)
    letter = result.booking_class
    earned = (result.distance_miles * result.rate_pct + 50) // 100  # as the calculator rounds
    lines = [
        translate("CreditForm", "{0}–{1}: {2} miles great-circle ({3} km)").format(
            result.origin, result.destination, format_miles(result.distance_miles),
            format_miles(round(km))),
        translate("CreditForm", "Class {0} ({1}): {2} % → {3} miles").format(
            letter, FARE_RULES[letter].family, result.rate_pct, format_miles(earned)),
    ]
    if result.base_miles > earned:
        lines.append(translate("CreditForm", "Minimum for class {0}: {1} miles").format(
            letter, format_miles(result.minimum_miles)))
    if result.bonus_pct:
        lines.append(translate("CreditForm", "{0} bonus: +{1} % → {2} miles").format(
            result.tier.value, result.bonus_pct, format_miles(result.bonus_miles)))
    else:
        lines.append(translate("CreditForm", "{0} tier: no bonus").format(result.tier.value))
    lines.append(translate("CreditForm", "Total: {0} miles").format(
        format_miles(result.total_miles)))
    return result.total_miles, lines
