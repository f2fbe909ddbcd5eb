"""Mileage calculator: the award miles a flight earns from distance, booking class and tier.

miles = max(great-circle miles × class rate, class minimum), then the tier bonus on top. Everything
is whole miles and local, so the agent can answer "how many miles will I get?" offline.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from .airports import great_circle_km, great_circle_miles, route
from .fares import FARE_RULES, parse_booking_class
from .identifiers import InvalidIdentifier


class UnknownTier(InvalidIdentifier):
    """The status tier is not one of Base, Frequent Traveller, Senator, HON Circle."""


class Tier(str, enum.Enum):
    BASE = "Base"
    FREQUENT_TRAVELLER = "Frequent Traveller"
    SENATOR = "Senator"
    HON_CIRCLE = "HON Circle"


TIER_BONUS_PCT = {Tier.BASE: 0, Tier.FREQUENT_TRAVELLER: 25, Tier.SENATOR: 50, Tier.HON_CIRCLE: 75}


@dataclass(frozen=True)
class EarningRule:
    rate_pct: int  # percent of the great-circle miles
    minimum_miles: int  # per flight, before the tier bonus


# Booking classes → earning rule. Dearer, more flexible fares earn more; the minimum keeps a
# short hop worth booking. The letters are exactly those of fares.FARE_RULES.
_RULES = (
    ("FA", EarningRule(150, 1_000)),  # First
    ("JCD", EarningRule(150, 750)),  # Business Flex
    ("ZP", EarningRule(125, 500)),  # Business Saver
    ("GW", EarningRule(110, 500)),  # Premium Economy Flex
    ("EN", EarningRule(100, 500)),  # Premium Economy Saver
    ("YB", EarningRule(100, 500)),  # Economy Flex
    ("MUH", EarningRule(75, 250)),  # Economy Classic, upper
    ("KL", EarningRule(50, 125)),  # Economy Classic, lower
    ("QVST", EarningRule(25, 125)),  # Economy Light
)
EARNING_RULES: dict[str, EarningRule] = {
    letter: rule for letters, rule in _RULES for letter in letters
}


@dataclass(frozen=True)
class MileageResult:
    origin: str | None  # None when calculated from a distance alone
    destination: str | None
    distance_miles: int
    booking_class: str
    tier: Tier
    rate_pct: int
    minimum_miles: int
    base_miles: int  # after the minimum
    bonus_pct: int
    bonus_miles: int
    total_miles: int
    lines: tuple[str, ...]


def parse_tier(value: Tier | str, field: str = "tier") -> Tier:
    """The tier named by `value` ("senator", "HON Circle", "frequent_traveller"…), or raise."""
    if isinstance(value, Tier):
        return value
    key = " ".join(value.replace("_", " ").split()).casefold()
    for tier in Tier:
        if key == tier.value.casefold():
            return tier
    names = ", ".join(t.value for t in Tier)
    if not key:
        raise UnknownTier(field, f"Choose a tier: {names}.")
    raise UnknownTier(field, f"“{value.strip()}” is not a tier; choose {names}.")


def _percent(miles: int, pct: int) -> int:
    # Integer half-up rounding: the same answer on every machine, no float surprises.
    return (miles * pct + 50) // 100


def earn(distance_miles: int, booking_class: str, tier: Tier | str) -> MileageResult:
    """Miles earned on a flight of `distance_miles` great-circle miles, with the breakdown."""
    if isinstance(distance_miles, bool) or not isinstance(distance_miles, int):
        raise TypeError("distance_miles is a whole number of miles")
    if distance_miles < 0:
        raise ValueError("distance_miles cannot be negative")
    letter = parse_booking_class(booking_class)
    status = parse_tier(tier)
    rule = EARNING_RULES[letter]
    earned = _percent(distance_miles, rule.rate_pct)
    base = max(earned, rule.minimum_miles)
    bonus_pct = TIER_BONUS_PCT[status]
    bonus = _percent(base, bonus_pct)

    family = FARE_RULES[letter].family
    lines = [f"Booking class {letter} ({family}): {rule.rate_pct} % → {earned:,} miles"]
    if base > earned:
        lines.append(f"Minimum for class {letter}: {rule.minimum_miles:,} miles applies")
    if bonus_pct:
        lines.append(f"{status.value} bonus: +{bonus_pct} % → {bonus:,} miles")
    else:
        lines.append(f"{status.value} tier: no bonus")
    lines.append(f"Total: {base + bonus:,} miles")
    return MileageResult(
        None, None, distance_miles, letter, status, rule.rate_pct, rule.minimum_miles,
        base, bonus_pct, bonus, base + bonus, tuple(lines),
    )


def route_miles(origin: str, destination: str) -> int:
    """The great-circle distance a flight earns on: whole miles, half up, before the rate is
    applied (what the member statement shows)."""
    start, end = route(origin, destination)
    return int(great_circle_miles(start, end) + 0.5)


def calculate(
    origin: str, destination: str, booking_class: str, tier: Tier | str
) -> MileageResult:
    """Miles earned flying origin → destination in `booking_class` at status `tier`."""
    start, end = route(origin, destination)
    distance = route_miles(start.iata, end.iata)
    result = earn(distance, booking_class, tier)
    head = (
        f"{start.iata}–{end.iata}: {distance:,} miles great-circle"
        f" ({great_circle_km(start, end):,.0f} km)"
    )
    return replace(result, origin=start.iata, destination=end.iata, lines=(head, *result.lines))
