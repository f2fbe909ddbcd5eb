"""Plain data of award availability and award and upgrade bookings: dataclasses, safe to pass
between threads."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.passengers import PassengerName
from ..errors import ServerError


def _malformed(what: str, exc: Exception) -> ServerError:
    return ServerError(f"The backend's {what} answer is malformed ({exc!r}).")


def _euros(value: Any) -> Decimal:
    amount = Decimal(str(value))
    if not amount.is_finite():
        raise InvalidOperation(value)
    return amount


@dataclass(frozen=True)
class AwardQuote:
    """The server's price of an award search: totals for all passengers."""

    miles: int
    fees_eur: Decimal
    zone: int
    distance_km: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class AwardFlight:
    inventory_id: int
    flight_number: str
    departure_time: str  # "HH:MM", local time of departure
    seats_left: int
    available: bool  # enough seats for the passengers asked for


@dataclass(frozen=True)
class Availability:
    origin: str
    destination: str
    date: str  # ISO date
    cabin: str
    passengers: int
    price: AwardQuote
    flights: tuple[AwardFlight, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Availability:
        try:
            price = data["price"]
            return cls(
                origin=str(data["origin"]), destination=str(data["destination"]),
                date=str(data["date"]), cabin=str(data["cabin"]),
                passengers=int(data["passengers"]),
                price=AwardQuote(int(price["miles"]), _euros(price["fees_eur"]),
                                 int(price["zone"]), int(price["distance_km"]),
                                 tuple(str(line) for line in price["lines"])),
                flights=tuple(AwardFlight(int(f["inventory_id"]), str(f["flight_number"]),
                                          str(f["departure_time"]), int(f["seats_left"]),
                                          bool(f["available"])) for f in data["flights"]),
            )
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise _malformed("availability", exc) from None


@dataclass(frozen=True)
class BookedFlight:
    flight_number: str
    date: str  # ISO date
    departure_time: str
    origin: str
    destination: str


@dataclass(frozen=True)
class AwardBooking:
    """A flight or upgrade award as the server answered it; `balance` is the member's balance
    after it. A cancellation also says what came back."""

    code: str
    kind: str  # flight | upgrade
    member_number: str
    status: str  # confirmed | cancelled
    cabin: str
    passengers: int
    miles: int
    fees_eur: Decimal
    ticket_number: str | None
    flight: BookedFlight | None
    balance: int
    created_at: str
    miles_recredited: int | None = None
    fee_miles: int | None = None
    # The travellers as on the ticket (flight awards; none for upgrades and older awards).
    passenger_names: tuple[PassengerName, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AwardBooking:
        try:
            flight = data.get("flight")
            return cls(
                code=str(data["code"]), kind=str(data["kind"]),
                member_number=str(data["member_number"]), status=str(data["status"]),
                cabin=str(data["cabin"]), passengers=int(data["passengers"]),
                miles=int(data["miles"]), fees_eur=_euros(data["fees_eur"]),
                ticket_number=data.get("ticket_number"),
                flight=BookedFlight(**{f.name: str(flight[f.name])
                                       for f in fields(BookedFlight)}) if flight else None,
                balance=int(data["balance"]), created_at=str(data["created_at"]),
                miles_recredited=_optional_int(data.get("miles_recredited")),
                fee_miles=_optional_int(data.get("fee_miles")),
                passenger_names=_names(data.get("passenger_names") or ()),
            )
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise _malformed("booking", exc) from None


def _names(items: Any) -> tuple[PassengerName, ...]:
    return tuple(PassengerName(str(item["given_name"]), str(item["surname"]))
                 for item in items)


@dataclass(frozen=True)
class UpgradeQuote:
    """The server's price of upgrading a ticket's next flight, with the member's balance now
    and after it (`enough`: the balance covers it)."""

    member_number: str
    ticket_number: str
    flight: BookedFlight  # the flight that would be upgraded (departure_time "" if unknown)
    from_cabin: str
    to_cabin: str
    miles: int
    fees_eur: Decimal
    zone: int
    distance_km: int
    lines: tuple[str, ...]
    balance: int
    balance_after: int
    enough: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UpgradeQuote:
        try:
            flight = data["flight"]
            return cls(
                member_number=str(data["member_number"]),
                ticket_number=str(data["ticket_number"]),
                flight=BookedFlight(**{f.name: str(flight[f.name])
                                       for f in fields(BookedFlight)}),
                from_cabin=str(data["from_cabin"]), to_cabin=str(data["to_cabin"]),
                miles=int(data["miles"]), fees_eur=_euros(data["fees_eur"]),
                zone=int(data["zone"]), distance_km=int(data["distance_km"]),
                lines=tuple(str(line) for line in data["lines"]),
                balance=int(data["balance"]), balance_after=int(data["balance_after"]),
                enough=bool(data["enough"]),
            )
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise _malformed("upgrade quote", exc) from None


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
