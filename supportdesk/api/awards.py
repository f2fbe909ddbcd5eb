"""Award availability, award and upgrade bookings, cancellations. Mixed into ApiClient."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..domain.identifiers import (
    format_member_number,
    parse_booking_code,
    parse_member_number,
    parse_ticket_number,
)
from ..errors import NotFound, ServerError
from .award_models import Availability, AwardBooking
from .checks import require_member
from .models import LedgerEntry

# Ledger pages read to find the redemption of an award before cancelling it.
_LEDGER_PAGE, _LEDGER_PAGES = 500, 20


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
        answer = Availability.from_json(data)
        # An answer for another search must not be shown as this one.
        asked = (origin.strip().upper(), destination.strip().upper(), day, passengers)
        if (answer.origin, answer.destination, answer.date, answer.passengers) != asked \
                or answer.cabin.casefold() != cabin.strip().casefold():
            raise ServerError("The backend answered a different award search than the one "
                              "asked; nothing was shown.")
        return answer

    def book_award(self, member_number: str, inventory_id: int, passengers: int, *,
                   operation_id: str) -> AwardBooking:
        """Book a flight award: miles and seats are taken together, once per operation id."""
        asked = parse_member_number(member_number)
        data = self.write("/awards", {"member_number": asked, "inventory_id": int(inventory_id),
                                      "passengers": int(passengers)}, operation_id)
        require_member(asked, data.get("member_number"))
        return AwardBooking.from_json(data)

    def book_award_on_route(self, member_number: str, *, origin: str, destination: str,
                            date: dt.date, cabin: str, passengers: int,
                            operation_id: str) -> AwardBooking:
        """Book the day's first flight on the route with seats (what a provisional booking,
        taken without seeing the seats, asks for)."""
        body = award_on_route_body(member_number, origin=origin, destination=destination,
                                   date=date, cabin=cabin, passengers=passengers)
        data = self.write("/awards", body, operation_id)
        require_member(body["member_number"], data.get("member_number"))
        return AwardBooking.from_json(data)

    def book_upgrade(self, member_number: str, ticket_number: str, to_cabin: str, *,
                     operation_id: str) -> AwardBooking:
        """Upgrade the member's paid ticket to a higher cabin with miles."""
        asked = parse_member_number(member_number)
        ticket = parse_ticket_number(ticket_number)
        data = self.write("/upgrades", {"member_number": asked, "ticket_number": ticket,
                                        "to_cabin": to_cabin}, operation_id)
        require_member(asked, data.get("member_number"))
        booking = AwardBooking.from_json(data)
        if booking.ticket_number != ticket:
            raise ServerError(f"The backend upgraded ticket {booking.ticket_number}, "
                              f"not {ticket}.")
        return booking

    def award_redemption(self, member_number: str, code: str) -> LedgerEntry | None:
        """The member's ledger entry that paid for award `code`, if the member has one."""
        asked, wanted = parse_member_number(member_number), parse_booking_code(code)
        before = None
        for _ in range(_LEDGER_PAGES):
            data = self.get(f"/members/{quote(asked)}/transactions", before=before,
                            limit=_LEDGER_PAGE)
            require_member(asked, data.get("member_number"))
            for raw in data["entries"]:
                entry = LedgerEntry.from_json(raw)
                if entry.kind == "award_redemption" and entry.reference == wanted:
                    return entry
            before = data.get("next_before")
            if before is None:
                break
        return None

    def cancel_award(self, member_number: str, code: str, reason: str, *,
                     operation_id: str) -> AwardBooking:
        """Cancel the member's award `code`: miles back less the fee, the seats freed.

        The cancellation names no member, so the code is first checked to be this member's:
        a mistyped code of someone else's booking is refused before anything is sent.
        """
        asked, wanted = parse_member_number(member_number), parse_booking_code(code)
        if self.award_redemption(asked, wanted) is None:
            raise NotFound(f"Member {format_member_number(asked)} has no award booking "
                           f"{wanted}; nothing was cancelled.", code="award-not-found")
        data = self.write(f"/awards/{quote(wanted)}/cancel", {"reason": reason}, operation_id)
        require_member(asked, data.get("member_number"))
        booking = AwardBooking.from_json(data)
        if booking.code != wanted or booking.miles_recredited is None:
            raise ServerError(f"The backend answered about award {booking.code}, "
                              f"not the cancellation of {wanted}.")
        return booking


def award_on_route_body(member_number: str, *, origin: str, destination: str, date: dt.date,
                        cabin: str, passengers: int) -> dict[str, Any]:
    """The JSON of POST /awards naming the route, day and cabin (also what the outbox saves)."""
    return {"member_number": parse_member_number(member_number), "origin": origin,
            "destination": destination, "date": date.isoformat(), "cabin": cabin,
            "passengers": int(passengers)}
