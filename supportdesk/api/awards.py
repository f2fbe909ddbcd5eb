"""Award availability, award and upgrade bookings, cancellations. Mixed into ApiClient.

The answers' models (award_models: dataclasses, Decimal) are imported where an answer is read,
not with the client: most shifts never book an award, and the desktop app pays for every
module it loads (bench/gui_memory).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..domain import limits
from ..domain.identifiers import (
    parse_booking_code,
    parse_member_number,
    parse_ticket_number,
)
from ..domain.passengers import PassengerName
from ..errors import ServerError
from .checks import require_member

if TYPE_CHECKING:
    from .award_models import Availability, AwardBooking, UpgradeQuote


class AwardsApi:
    """Methods use ApiClient's `request`/`get`; see client.py."""

    if TYPE_CHECKING:
        def get(self, path: str, **params: Any) -> Any: ...
        def write(self, path: str, body: dict[str, Any], operation_id: str) -> Any: ...

    def award_availability(self, origin: str, destination: str, date: dt.date | str,
                           cabin: str, passengers: int = 1) -> Availability:
        """Award seats on a route and day, and the chart price for `passengers` (1–9)."""
        day = date.isoformat() if isinstance(date, dt.date) else str(date)
        data = self.get("/awards/availability", origin=origin, destination=destination,
                        date=day, cabin=cabin, passengers=passengers)
        from .award_models import Availability

        answer = Availability.from_json(data)
        # An answer for another search must not be shown as this one.
        asked = (origin.strip().upper(), destination.strip().upper(), day, passengers)
        if (answer.origin, answer.destination, answer.date, answer.passengers) != asked \
                or answer.cabin.casefold() != cabin.strip().casefold():
            raise ServerError("The backend answered a different award search than the one "
                              "asked; nothing was shown.")
        return answer

    def book_award(self, member_number: str, inventory_id: int,
                   names: Sequence[PassengerName], *, operation_id: str) -> AwardBooking:
        """Book a flight award for the passengers `names` (one seat each, as on the ticket):
        miles and seats are taken together, once per operation id."""
        from ..operations import (  # the app's own path (it imports this module)
            build,
            send,
        )

        return send.write(self, build.award_booking(member_number, inventory_id, names),
                          operation_id)

    def book_award_on_route(self, member_number: str, *, origin: str, destination: str,
                            date: dt.date, cabin: str, names: Sequence[PassengerName],
                            operation_id: str) -> AwardBooking:
        """Book the day's first flight on the route with seats for `names` (what a
        provisional booking, taken without seeing the seats, asks for)."""
        from ..operations import build, send

        return send.write(self, build.award_on_route(
            member_number, origin=origin, destination=destination, date=date, cabin=cabin,
            names=names), operation_id)

    def upgrade_quote(self, member_number: str, ticket_number: str,
                      to_cabin: str) -> UpgradeQuote:
        """What upgrading the ticket's next flight to `to_cabin` costs, and the member's
        miles before and after: shown before the upgrade is booked. A ticket whose flights
        have all left is refused (Conflict, flight-departed)."""
        from ..domain.fares import parse_cabin  # the fare rules load with the first quote

        number, ticket = parse_member_number(member_number), parse_ticket_number(ticket_number)
        cabin = parse_cabin(to_cabin, "to_cabin").value
        data = self.get("/upgrades/quote", member_number=number, ticket_number=ticket,
                        to_cabin=cabin)
        require_member(number, data.get("member_number") if isinstance(data, dict) else None)
        from .award_models import UpgradeQuote

        answer = UpgradeQuote.from_json(data)
        if (answer.ticket_number, answer.to_cabin) != (ticket, cabin):
            raise ServerError(f"The backend quoted ticket {answer.ticket_number} in "
                              f"{answer.to_cabin}, not {ticket} in {cabin}; nothing was shown.")
        return answer

    def book_upgrade(self, member_number: str, ticket_number: str, to_cabin: str, *,
                     operation_id: str) -> AwardBooking:
        """Upgrade the member's paid ticket to a higher cabin with miles."""
        from ..operations import build, send

        return send.write(self, build.upgrade(member_number, ticket_number, to_cabin),
                          operation_id)

    def cancel_award(self, member_number: str, code: str, reason: str, *,
                     operation_id: str) -> AwardBooking:
        """Cancel the member's award `code`: miles back less the fee, the seats freed. The
        backend refuses a code that is not this member's (a mistyped code of someone else's
        booking) and cancels nothing."""
        from ..operations import build, send

        return send.write(self, build.award_cancellation(member_number, code, reason),
                          operation_id)


def award_booking(data: Any) -> AwardBooking:
    from .award_models import AwardBooking

    return AwardBooking.from_json(data)


def passenger_names_json(names: Sequence[PassengerName]) -> list[dict[str, str]]:
    """The travellers of a booking as the body names them: each part under the ticket-name
    rule (limits.TICKET_NAME, a TextProblem if broken), at least one, one seat each."""
    if not 1 <= len(names) <= limits.MAX_PASSENGERS:
        raise ValueError(f"A flight award names 1 to {limits.MAX_PASSENGERS} passengers.")
    return [{"given_name": limits.TICKET_NAME.clean(n.given_name),
             "surname": limits.TICKET_NAME.clean(n.surname)} for n in names]


def award_on_route_body(member_number: str, *, origin: str, destination: str, date: dt.date,
                        cabin: str, names: Sequence[PassengerName]) -> dict[str, Any]:
    """The JSON of POST /awards naming the route, day and cabin (also what the outbox saves,
    passengers' names included: they are checked by the same rules when it is confirmed)."""
    return {"member_number": parse_member_number(member_number), "origin": origin,
            "destination": destination, "date": date.isoformat(), "cabin": cabin,
            "passengers": len(names), "passenger_names": passenger_names_json(names)}


def award_body(member_number: str, inventory_id: int,
               names: Sequence[PassengerName]) -> dict[str, Any]:
    """The JSON of POST /awards for one chosen flight (a seat per passenger named, taken with
    the miles)."""
    return {"member_number": parse_member_number(member_number),
            "inventory_id": int(inventory_id), "passengers": len(names),
            "passenger_names": passenger_names_json(names)}


def upgrade_body(member_number: str, ticket_number: str, to_cabin: str) -> dict[str, Any]:
    return {"member_number": parse_member_number(member_number),
            "ticket_number": parse_ticket_number(ticket_number), "to_cabin": to_cabin}


def checked_award(data: Any, names: list[dict[str, str]] | None) -> AwardBooking:
    """The award in a write's answer, after checking it is for the passengers named (a
    booking saved before names were taken, `names` None, is not checked for them)."""
    booking = award_booking(data)
    if names is not None and [(n.given_name, n.surname) for n in booking.passenger_names] \
            != [(n["given_name"], n["surname"]) for n in names]:
        raise ServerError(f"The backend booked award {booking.code} for other passengers "
                          "than the ones named.")
    return booking


def checked_upgrade(data: Any, ticket: str) -> AwardBooking:
    """The upgrade in a write's answer, after checking it is of the ticket asked about."""
    booking = award_booking(data)
    if booking.ticket_number != ticket:
        raise ServerError(f"The backend upgraded ticket {booking.ticket_number}, not {ticket}.")
    return booking


def cancel_request(member_number: str, code: str, reason: str) -> tuple[str, dict[str, Any]]:
    """Path and JSON of the cancellation of award `code`, naming whose it must be."""
    wanted = parse_booking_code(code)
    return (f"/awards/{quote(wanted)}/cancel",
            {"member_number": parse_member_number(member_number), "reason": reason})


def checked_cancellation(data: Any, code: str) -> AwardBooking:
    booking = award_booking(data)
    if booking.code != code or booking.miles_recredited is None:
        raise ServerError(f"The backend answered about award {booking.code}, "
                          f"not the cancellation of {code}.")
    return booking
