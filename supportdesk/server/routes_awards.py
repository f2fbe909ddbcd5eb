"""HTTP of award availability, award and upgrade bookings, cancellations (the rules:
actions/awards.py)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import select

from ..domain import limits
from ..domain.airports import normalise_code
from ..domain.awards import has_departed, local_date, price_award
from ..domain.fares import parse_cabin
from ..domain.identifiers import InvalidIdentifier, parse_member_number, parse_ticket_number
from . import audit, db
from .actions import awards
from .answers import AvailabilityOut, AwardBookingOut, CancelledAward, UpgradeQuoteOut
from .auth import CurrentAgent, settings_of
from .contract import MAINTENANCE, declare, write
from .idempotency import run_write
from .inputs import AwardIn, CancelIn, UpgradeIn
from .maintenance import capability
from .problems import field_error, invalid

router = APIRouter(tags=["awards"])


@router.get("/awards/availability", dependencies=[capability("awards")],
            **declare(AvailabilityOut, 422, MAINTENANCE))
def availability(
    agent: CurrentAgent,
    request: Request,
    origin: Annotated[str, Query(max_length=10)],
    destination: Annotated[str, Query(max_length=10)],
    date: dt.date,
    cabin: Annotated[str, Query(max_length=30)],
    passengers: Annotated[int, Query(ge=1, le=limits.MAX_PASSENGERS)] = 1,
) -> dict[str, Any]:
    try:
        start = normalise_code(origin, "origin")
        end = normalise_code(destination, "destination")
        chosen = parse_cabin(cabin)
        price = price_award(start, end, chosen, passengers)
    except InvalidIdentifier as exc:  # UnknownAirport is one
        raise invalid(exc) from None
    settings = settings_of(request)
    now = settings.clock()
    if date < local_date(start, now):  # the origin's today, not the server's
        raise field_error("date", "The date is in the past.")
    inv = db.award_inventory
    with settings.engine.connect() as conn:
        rows = conn.execute(select(inv).where(
            inv.c.origin == start, inv.c.destination == end,
            inv.c.departure_date == date.isoformat(), inv.c.cabin == chosen.value)
            .order_by(inv.c.departure_time)).all()
    # A flight that has left (its local departure time at the origin is past) is not offered.
    rows = [r for r in rows
            if not has_departed(r.origin, r.departure_date, r.departure_time, now)]
    return {
        "origin": start, "destination": end, "date": date.isoformat(), "cabin": chosen.value,
        "passengers": passengers,
        "price": {"miles": price.miles, "fees_eur": str(price.fees_eur), "zone": price.zone,
                  "distance_km": round(price.distance_km), "lines": list(price.lines)},
        "flights": [{"inventory_id": r.id, "flight_number": r.flight_number,
                     "departure_time": r.departure_time, "seats_left": r.seats,
                     "available": r.seats >= passengers} for r in rows],
    }


@router.post("/awards", dependencies=[capability("awards")],
             **write(AwardBookingOut, 404, 409, MAINTENANCE, status=201))
def book_award(body: AwardIn, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, body.model_dump(),
                     lambda conn, actor: (201, awards.book_award(conn, actor, body)))


@router.post("/awards/{code}/cancel", dependencies=[capability("awards")],
             **write(CancelledAward, 404, 409, MAINTENANCE))
def cancel(code: str, body: CancelIn, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, {"code": code, **body.model_dump()},
                     lambda conn, actor: (200, awards.cancel_award(conn, actor, code, body)))


@router.get("/upgrades/quote", dependencies=[capability("upgrades")],
            **declare(UpgradeQuoteOut, 404, 409, 422, MAINTENANCE))
def upgrade_quote(
    agent: CurrentAgent,
    request: Request,
    member_number: Annotated[str, Query(max_length=40)],
    ticket_number: Annotated[str, Query(max_length=40)],
    to_cabin: Annotated[str, Query(max_length=30)],
) -> dict[str, Any]:
    """The price of an upgrade before it is booked: the ticket's next flight that has not
    left, the miles from the award chart, the member's balance now and after. 409
    flight-departed when the ticket's flights have all left (it is not offered)."""
    try:
        number = parse_member_number(member_number)
        ticket = parse_ticket_number(ticket_number)
        cabin = parse_cabin(to_cabin, "to_cabin").value
    except InvalidIdentifier as exc:
        raise invalid(exc) from None
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        answer = awards.quote_upgrade(conn, settings.clock(), number, ticket, cabin)
    # It shows the member's balance and ticket: a read of the account, audited as one.
    audit.record(settings.engine, agent_id=agent.id, action="upgrade_quoted",
                 member_number=number, detail={"ticket": ticket, "miles": answer["miles"]},
                 request_id=request.state.request_id,
                 workstation=request.state.workstation)
    return answer


@router.post("/upgrades", dependencies=[capability("upgrades")],
             **write(AwardBookingOut, 404, 409, MAINTENANCE, status=201))
def book_upgrade(body: UpgradeIn, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, body.model_dump(),
                     lambda conn, actor: (201, awards.book_upgrade(conn, actor, body)))
