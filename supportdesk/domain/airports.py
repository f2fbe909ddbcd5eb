"""Airports by IATA code, and the great-circle distance between them.

The airport table comes from the `airportsdata` package (a maintained data set, shipped inside
the wheel, so it works offline), not a hand-typed list. Distances are haversine on a sphere of
radius 6,371.0 km, the great-circle method EU 261/2004 Art. 7(4) prescribes and the award
chart and mileage calculator reuse, so every figure the agent sees agrees.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from .identifiers import InvalidIdentifier

EARTH_RADIUS_KM = 6371.0
KM_PER_MILE = 1.609344  # statute mile, the unit frequent-flyer miles are counted in

_IATA = re.compile(r"^[A-Z]{3}$")


class UnknownAirport(InvalidIdentifier):
    """A malformed or unknown airport code; `field` is origin, destination or airport."""


class InvalidRoute(InvalidIdentifier):
    """Origin and destination are both valid airports but do not make a flight (the same one)."""


@dataclass(frozen=True)
class Airport:
    iata: str
    name: str
    city: str
    country: str  # ISO 3166-1 alpha-2, e.g. "DE"
    lat: float  # degrees north
    lon: float  # degrees east
    tz: str  # IANA time zone, e.g. "Europe/Berlin"


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    # Imported and parsed on first use only: reading the 7,900-row CSV costs ~90 ms, which the
    # app should not pay at start-up. Two threads racing here may both parse once; harmless.
    import airportsdata

    return airportsdata.load("IATA")


def normalise_code(text: str, field: str = "airport") -> str:
    """The upper-case three-letter form of what was typed, or raise UnknownAirport (format only)."""
    code = text.strip().upper()
    if not code:
        raise UnknownAirport(field, "Enter a three-letter airport code, such as FRA.")
    if not _IATA.match(code):
        if len(code) != 3:
            message = f"An airport code has three letters, such as FRA; this has {len(code)}."
        else:
            message = "An airport code has the letters A to Z only, such as FRA."
        raise UnknownAirport(field, message)
    return code


@functools.lru_cache(maxsize=4096)
def _airport(code: str) -> Airport | None:
    row = _table().get(code)
    if row is None:
        return None
    return Airport(
        iata=code,
        name=row["name"],
        city=row["city"],
        country=row["country"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        tz=row["tz"],
    )


def airport(code: str, field: str = "airport") -> Airport:
    """The airport with IATA `code` (any case, spaces ignored), or raise UnknownAirport."""
    canonical = normalise_code(code, field)
    found = _airport(canonical)
    if found is None:
        raise UnknownAirport(field, f"There is no airport with the code {canonical}.")
    return found


def _resolve(value: Airport | str, field: str) -> Airport:
    return value if isinstance(value, Airport) else airport(value, field)


def great_circle_km(a: Airport | str, b: Airport | str) -> float:
    """Great-circle distance in km between two airports (haversine, R = 6,371.0 km)."""
    first, second = _resolve(a, "origin"), _resolve(b, "destination")
    lat1, lat2 = math.radians(first.lat), math.radians(second.lat)
    dlat = lat2 - lat1
    dlon = math.radians(second.lon - first.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    # Rounding can push h a hair above 1 for antipodal points; asin would then raise.
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def great_circle_miles(a: Airport | str, b: Airport | str) -> float:
    """Great-circle distance in statute miles between two airports."""
    return great_circle_km(a, b) / KM_PER_MILE


def route(origin: str, destination: str) -> tuple[Airport, Airport]:
    """Resolve an origin and a different destination, or raise UnknownAirport / InvalidRoute."""
    first, second = airport(origin, "origin"), airport(destination, "destination")
    if first.iata == second.iata:
        raise InvalidRoute("destination", "The destination is the same airport as the origin.")
    return first, second
