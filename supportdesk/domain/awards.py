"""The award chart: flight and upgrade awards priced in miles plus taxes by distance zone and cabin.

Prices are one-way per passenger. The zone comes from the great-circle distance between the two
airports (the same figure EU 261 and the mileage calculator use), so an agent can quote any route
offline. Miles are ints; taxes and fees are `Decimal` euros, never floats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from .airports import airport, great_circle_km, route
from .fares import Cabin, parse_cabin
from .identifiers import InvalidIdentifier
from .limits import MAX_PASSENGERS
from .passengers import PassengerName

__all__ = ["MAX_PASSENGERS", "PassengerName"]  # where award code looks for them

# Upper bounds (km, inclusive) of zones 1–5; anything longer is zone 6.
# Zone 1: domestic and neighbours (FRA–LHR 653 km); 2: Europe (FRA–LIS 1,872); 3: Europe's rim,
# Middle East (FRA–TLV 2,954); 4: US east coast, Gulf (FRA–JFK 6,188); 5: US west, India, Far
# East (FRA–SFO 9,148); 6: South-East Asia and beyond (MUC–SIN 10,058).
ZONE_LIMITS_KM = (800, 2_000, 4_000, 7_000, 10_000)
ZONES = tuple(range(1, len(ZONE_LIMITS_KM) + 2))

_CABINS = (Cabin.ECONOMY, Cabin.PREMIUM_ECONOMY, Cabin.BUSINESS, Cabin.FIRST)
# zone → miles per cabin, in the order above; strictly rising along both axes.
AWARD_MILES: dict[int, tuple[int, ...]] = {
    1: (7_500, 12_500, 20_000, 30_000),
    2: (15_000, 22_500, 30_000, 45_000),
    3: (20_000, 30_000, 45_000, 70_000),
    4: (30_000, 45_000, 70_000, 105_000),
    5: (40_000, 60_000, 90_000, 135_000),
    6: (50_000, 75_000, 112_500, 160_000),
}
# zone → taxes, fees and carrier charges in EUR per cabin (premium cabins pay more surcharge).
AWARD_FEES_EUR: dict[int, tuple[Decimal, ...]] = {
    zone: tuple(Decimal(fee) for fee in fees)
    for zone, fees in {
        1: ("45", "55", "65", "85"),
        2: ("65", "85", "110", "140"),
        3: ("120", "160", "220", "280"),
        4: ("180", "240", "320", "420"),
        5: ("220", "290", "390", "500"),
        6: ("260", "340", "450", "580"),
    }.items()
}

# Cancelling an award costs 50 EUR per passenger, or 5,000 miles (the programme values a mile
# at 1 euro cent) kept back from the re-credit. Taxes and fees are always refunded in full.
CANCELLATION_FEE_EUR = Decimal("50")
CANCELLATION_FEE_MILES = 5_000


class InvalidAwardRequest(InvalidIdentifier):
    """An award request that cannot be priced: bad passenger count or upgrade direction."""


@dataclass(frozen=True)
class AwardPrice:
    origin: str
    destination: str
    cabin: Cabin
    passengers: int
    distance_km: float
    zone: int
    miles_per_passenger: int
    fees_per_passenger_eur: Decimal
    miles: int  # total for all passengers
    fees_eur: Decimal  # total for all passengers
    lines: tuple[str, ...]


@dataclass(frozen=True)
class UpgradePrice:
    origin: str
    destination: str
    from_cabin: Cabin
    to_cabin: Cabin
    passengers: int
    distance_km: float
    zone: int
    miles: int  # total for all passengers
    fees_eur: Decimal  # total for all passengers
    lines: tuple[str, ...]


@dataclass(frozen=True)
class AwardCancellation:
    miles_paid: int
    fee_miles: int  # kept back from the re-credit
    miles_recredited: int
    fee_eur: Decimal  # charged separately when the fee is paid in euros
    fees_refunded_eur: Decimal
    lines: tuple[str, ...]


def zone_for(distance_km: float) -> int:
    """The award zone (1–6) of a great-circle distance in km."""
    for zone, limit in enumerate(ZONE_LIMITS_KM, start=1):
        if distance_km <= limit:
            return zone
    return ZONES[-1]


def chart_price(zone: int, cabin: Cabin | str) -> tuple[int, Decimal]:
    """Miles and EUR fees for one passenger one-way in `zone` and `cabin`."""
    index = _CABINS.index(parse_cabin(cabin))
    return AWARD_MILES[zone][index], AWARD_FEES_EUR[zone][index]


def _passengers(passengers: int) -> int:
    if isinstance(passengers, bool) or not isinstance(passengers, int):
        raise InvalidAwardRequest("passengers", "The number of passengers is a whole number.")
    if not 1 <= passengers <= MAX_PASSENGERS:
        raise InvalidAwardRequest(
            "passengers", f"An award is for 1 to {MAX_PASSENGERS} passengers."
        )
    return passengers


def check_names_for(passengers: int, names: int) -> None:
    """A flight award names every traveller: one name per seat taken (InvalidAwardRequest on
    "passenger_names", code "passenger-names-count", otherwise)."""
    if names != passengers:
        raise InvalidAwardRequest(
            "passenger_names",
            f"Give the name of each passenger as on the ticket: {passengers} "
            f"passenger(s), {names} name(s).",
            code="passenger-names-count", passengers=passengers, names=names)


def _total_line(count: int, miles: int, fees: Decimal) -> str:
    who = "1 passenger" if count == 1 else f"{count} passengers"
    return f"For {who}: {miles * count:,} miles + €{fees * count:,}"


def _zone_line(origin: str, destination: str, distance: float, zone: int) -> str:
    return f"{origin}–{destination}: {distance:,.0f} km great-circle → zone {zone}"


def price_award(
    origin: str, destination: str, cabin: Cabin | str, passengers: int = 1
) -> AwardPrice:
    """Miles and fees of a one-way flight award for `passengers` (1–9) in `cabin`."""
    start, end = route(origin, destination)
    chosen = parse_cabin(cabin)
    count = _passengers(passengers)
    distance = great_circle_km(start, end)
    zone = zone_for(distance)
    miles, fees = chart_price(zone, chosen)
    lines = (
        _zone_line(start.iata, end.iata, distance, zone),
        f"{chosen.value}: {miles:,} miles + €{fees:,} per passenger",
        _total_line(count, miles, fees),
    )
    return AwardPrice(
        start.iata, end.iata, chosen, count, distance, zone,
        miles, fees, miles * count, fees * count, lines,
    )


def price_upgrade(
    origin: str,
    destination: str,
    from_cabin: Cabin | str,
    to_cabin: Cabin | str,
    passengers: int = 1,
) -> UpgradePrice:
    """Miles and fees to upgrade a paid ticket one-way: the chart difference between the cabins."""
    start, end = route(origin, destination)
    lower = parse_cabin(from_cabin, "from_cabin")
    upper = parse_cabin(to_cabin, "to_cabin")
    if upper.rank <= lower.rank:
        raise InvalidAwardRequest(
            "to_cabin", f"An upgrade goes to a higher cabin than {lower.value}."
        )
    count = _passengers(passengers)
    distance = great_circle_km(start, end)
    zone = zone_for(distance)
    low_miles, low_fees = chart_price(zone, lower)
    high_miles, high_fees = chart_price(zone, upper)
    # The passenger already holds the lower-cabin ticket: charge only the difference, in miles
    # and in the carrier charges that rise with the cabin.
    miles, fees = high_miles - low_miles, high_fees - low_fees
    lines = (
        _zone_line(start.iata, end.iata, distance, zone),
        f"{upper.value} {high_miles:,} − {lower.value} {low_miles:,}"
        f" = {miles:,} miles + €{fees:,} per passenger",
        _total_line(count, miles, fees),
    )
    return UpgradePrice(
        start.iata, end.iata, lower, upper, count, distance, zone,
        miles * count, fees * count, lines,
    )


def cancel_award(
    miles_paid: int, fees_paid_eur: Decimal, passengers: int = 1, *, fee_in_miles: bool = True
) -> AwardCancellation:
    """What cancelling an award gives back: miles less the fee (or fee in EUR), taxes in full."""
    count = _passengers(passengers)
    if miles_paid < 0 or fees_paid_eur < 0:
        raise ValueError("miles and fees paid cannot be negative")
    if fee_in_miles:
        # Never keep back more than was paid: a cheap award cannot go into the negative.
        fee_miles, fee_eur = min(CANCELLATION_FEE_MILES * count, miles_paid), Decimal(0)
        fee_line = f"Cancellation fee: {fee_miles:,} miles kept back"
    else:
        fee_miles, fee_eur = 0, CANCELLATION_FEE_EUR * count
        fee_line = f"Cancellation fee: €{fee_eur:,} charged"
    recredited = miles_paid - fee_miles
    lines = (
        fee_line,
        f"Miles re-credited: {miles_paid:,} − {fee_miles:,} = {recredited:,}",
        f"Taxes and fees refunded: €{fees_paid_eur:,}",
    )
    return AwardCancellation(miles_paid, fee_miles, recredited, fee_eur, fees_paid_eur, lines)


def departure_instant(
    origin: str, departure_date: str | dt.date, departure_time: str | None
) -> dt.datetime:
    """When a flight leaves, as an aware datetime: its date and HH:MM are local time at the
    origin airport (the airport's IANA zone, so daylight saving is the zone's own). A time
    not known (None) counts as the day's first minute: a flight that may have left has."""
    day = departure_date if isinstance(departure_date, dt.date) else \
        dt.date.fromisoformat(departure_date)
    hour, minute = (int(part) for part in (departure_time or "00:00").split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), ZoneInfo(airport(origin).tz))


def has_departed(origin: str, departure_date: str | dt.date, departure_time: str | None,
                 now: dt.datetime) -> bool:
    """True when the flight's departure (local time at `origin`) is at or before `now` (aware).

    The one rule for "this flight has left": it is neither offered, booked nor refunded."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return departure_instant(origin, departure_date, departure_time) <= now


def local_date(origin: str, now: dt.datetime) -> dt.date:
    """Today's date at the origin airport at instant `now` (aware)."""
    return now.astimezone(ZoneInfo(airport(origin).tz)).date()
