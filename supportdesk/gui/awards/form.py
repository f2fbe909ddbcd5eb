"""What the award, upgrade and cancellation dialogs check as the agent types, and the price
lines they show, in words the agent can read out (translatable, context AwardForm).

The server checks and prices everything again; these only save a round trip.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...api.award_models import AwardBooking
from ...domain.airports import airport
from ...domain.awards import (
    MAX_PASSENGERS,
    AwardCancellation,
    AwardPrice,
    PassengerName,
    UpgradePrice,
    chart_price,
)
from ...domain.identifiers import InvalidIdentifier, parse_booking_code
from .. import fmt
from ..member.ledger_model import format_miles

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# Cabins in the order they are offered; values for the API, labels for screens.
CABINS = (
    ("Economy", QT_TRANSLATE_NOOP("Cabin", "Economy")),
    ("Premium Economy", QT_TRANSLATE_NOOP("Cabin", "Premium Economy")),
    ("Business", QT_TRANSLATE_NOOP("Cabin", "Business")),
    ("First", QT_TRANSLATE_NOOP("Cabin", "First")),
)
_CABIN_LABELS = dict(CABINS)
_PAX = re.compile(r"\b(\d) pax\b")


def cabin_label(cabin: str) -> str:
    return translate("Cabin", _CABIN_LABELS.get(cabin, cabin))


def format_eur(amount: Decimal) -> str:
    return fmt.euros(amount)


def price_text(miles: int, fees: Decimal) -> str:
    return translate("AwardForm", "{0} miles + {1}").format(format_miles(miles),
                                                             format_eur(fees))


def airport_caption(code: str) -> str:
    """The airport's name and place for a known code, else ""."""
    try:
        found = airport(code)
    except InvalidIdentifier:
        return ""
    # "John F Kennedy International Airport · New York, US"; the city once if named already.
    if found.city and found.city.casefold() not in found.name.casefold():
        return f"{found.name} · {found.city}, {found.country}"
    return f"{found.name}, {found.country}"


def parse_passengers(text: str) -> int:
    value = text.strip()
    if not value:
        raise ValueError(translate("AwardForm", "Enter the number of passengers, 1 to {0}.")
                         .format(MAX_PASSENGERS))
    if not value.isdigit():
        raise ValueError(translate("AwardForm", "Passengers: a whole number from 1 to {0}.")
                         .format(MAX_PASSENGERS))
    count = int(value)
    if not 1 <= count <= MAX_PASSENGERS:
        raise ValueError(translate("AwardForm", "An award is for 1 to {0} passengers.")
                         .format(MAX_PASSENGERS))
    return count


def check_date(day: dt.date, today: dt.date) -> dt.date:
    if day < today:
        raise ValueError(translate("AwardForm", "The date is in the past; today is {0} (UTC).")
                         .format(today.isoformat()))
    return day


def parse_code(text: str) -> str:
    if not text.strip():
        raise ValueError(translate("AwardForm", "Enter the 6-character booking code."))
    try:
        return parse_booking_code(text)
    except InvalidIdentifier:
        raise ValueError(translate(
            "AwardForm", "A booking code has 6 letters or digits, such as KX4T2B.")) from None


def _zone_line(origin: str, destination: str, km: float, zone: int) -> str:
    return translate("AwardForm", "{0}–{1}: {2} km great-circle → zone {3}").format(
        origin, destination, format_miles(round(km)), zone)


def _total_line(passengers: int, miles: int, fees: Decimal) -> str:
    if passengers == 1:
        return translate("AwardForm", "Total for 1 passenger: {0}").format(
            price_text(miles, fees))
    return translate("AwardForm", "Total for {0} passengers: {1}").format(
        passengers, price_text(miles, fees))


def award_lines(price: AwardPrice) -> list[str]:
    return [
        _zone_line(price.origin, price.destination, price.distance_km, price.zone),
        translate("AwardForm", "{0}: {1} per passenger").format(
            cabin_label(price.cabin.value),
            price_text(price.miles_per_passenger, price.fees_per_passenger_eur)),
        _total_line(price.passengers, price.miles, price.fees_eur),
    ]


def upgrade_lines(price: UpgradePrice) -> list[str]:
    high, _fees = chart_price(price.zone, price.to_cabin)
    low, _fees = chart_price(price.zone, price.from_cabin)
    return [
        _zone_line(price.origin, price.destination, price.distance_km, price.zone),
        translate("AwardForm", "{0} {1} − {2} {3} = {4} miles per passenger").format(
            cabin_label(price.to_cabin.value), format_miles(high),
            cabin_label(price.from_cabin.value), format_miles(low),
            format_miles(high - low)),
        _total_line(price.passengers, price.miles, price.fees_eur),
    ]


def cancel_lines(refund: AwardCancellation, balance: int) -> list[str]:
    return [
        translate("AwardForm", "Miles back: {0} − {1} cancellation fee = {2}").format(
            format_miles(refund.miles_paid), format_miles(refund.fee_miles),
            format_miles(refund.miles_recredited)),
        translate("AwardForm", "Balance after: {0} → {1} miles; taxes and fees are refunded "
                               "in full.").format(
            format_miles(balance), format_miles(balance + refund.miles_recredited)),
    ]


def passengers_of(description: str) -> int:
    """The passengers of an award as its ledger description names them ("…, 2 pax"); 1 if not."""
    found = _PAX.search(description)
    return int(found.group(1)) if found and 1 <= int(found.group(1)) <= MAX_PASSENGERS else 1


def names_line(names: Iterable[PassengerName]) -> str:
    """The travellers as the agent reads them back: "Passengers: Anna Schmidt, Max Schmidt"
    ("" when there are none)."""
    names = [name.full for name in names]
    if not names:
        return ""
    return translate("AwardForm", "Passengers: {0}").format(", ".join(names))


def booking_summary(booking: AwardBooking) -> str:
    """What was booked, for the agent to read back to the caller."""
    lines = []
    if booking.flight is not None:
        f = booking.flight
        pax = (translate("AwardForm", "1 passenger") if booking.passengers == 1 else
               translate("AwardForm", "{0} passengers").format(booking.passengers))
        lines.append(translate("AwardForm", "{0} {1}–{2} on {3} at {4} · {5} · {6}").format(
            f.flight_number, f.origin, f.destination, f.date, f.departure_time,
            cabin_label(booking.cabin), pax))
    elif booking.ticket_number:
        lines.append(translate("AwardForm", "Ticket {0} upgraded to {1}").format(
            booking.ticket_number, cabin_label(booking.cabin)))
    if booking.passenger_names:
        lines.append(names_line(booking.passenger_names))
    lines.append(translate("AwardForm", "{0} taxes and fees · balance now {1} miles").format(
        price_text(booking.miles, booking.fees_eur), format_miles(booking.balance)))
    return "\n".join(lines)
