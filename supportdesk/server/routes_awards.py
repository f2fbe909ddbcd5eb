"""Flight and upgrade awards: availability, booking (miles and seat in one transaction),
cancellation (miles back less the fee, linked to the redemption)."""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import Connection, func, insert, select, update

from ..domain import limits
from ..domain.airports import UnknownAirport, normalise_code
from ..domain.awards import cancel_award, price_award, price_upgrade
from ..domain.fares import parse_cabin
from ..domain.identifiers import InvalidIdentifier
from . import audit, db
from .answers import AvailabilityOut, AwardBookingOut, CancelledAward
from .auth import CurrentAgent, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import AirportCode, CabinName, MemberNumber, TicketNumber, text_field
from .idempotency import run_write
from .maintenance import capability
from .problems import ApiError

router = APIRouter(tags=["awards"])
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _invalid(exc: InvalidIdentifier) -> ApiError:
    return ApiError(422, "invalid-input", exc.message,
                    errors=[{"field": exc.field, "message": exc.message}])


class AwardIn(BaseModel):
    """A flight chosen from the availability (`inventory_id`), or — for a booking taken while
    the agent could not see the seats (offline, provisional) — the route, day and cabin: the
    first flight of that day with enough seats is booked, else it is sold out (409)."""

    member_number: MemberNumber
    inventory_id: int | None = Field(default=None, ge=1, le=2**62)
    origin: AirportCode | None = None
    destination: AirportCode | None = None
    date: dt.date | None = None
    cabin: CabinName | None = None
    passengers: int = Field(ge=1, le=limits.MAX_PASSENGERS)

    @model_validator(mode="after")
    def _one_way_to_name_the_flight(self) -> AwardIn:
        route = (self.origin, self.destination, self.date, self.cabin)
        if self.inventory_id is None and None in route:
            raise ValueError("give inventory_id, or origin, destination, date and cabin")
        if self.inventory_id is not None and any(v is not None for v in route):
            raise ValueError("give inventory_id or the route, not both")
        return self


class UpgradeIn(BaseModel):
    member_number: MemberNumber
    ticket_number: TicketNumber
    to_cabin: CabinName


class CancelIn(BaseModel):
    member_number: MemberNumber  # whose award it must be: a mistyped code cancels nothing
    reason: text_field(limits.AWARD_CANCEL_REASON)


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
    except UnknownAirport as exc:
        raise _invalid(exc) from None
    except InvalidIdentifier as exc:
        raise _invalid(exc) from None
    if date < db.utcnow().date():
        raise ApiError(422, "invalid-input", "The date is in the past.",
                       errors=[{"field": "date", "message": "The date is in the past."}])
    inv = db.award_inventory
    with settings_of(request).engine.connect() as conn:
        rows = conn.execute(select(inv).where(
            inv.c.origin == start, inv.c.destination == end,
            inv.c.departure_date == date.isoformat(), inv.c.cabin == chosen.value)
            .order_by(inv.c.departure_time)).all()
    return {
        "origin": start, "destination": end, "date": date.isoformat(), "cabin": chosen.value,
        "passengers": passengers,
        "price": {"miles": price.miles, "fees_eur": str(price.fees_eur), "zone": price.zone,
                  "distance_km": round(price.distance_km), "lines": list(price.lines)},
        "flights": [{"inventory_id": r.id, "flight_number": r.flight_number,
                     "departure_time": r.departure_time, "seats_left": r.seats,
                     "available": r.seats >= passengers} for r in rows],
    }


def _first_with_seats(conn: Connection, body: AwardIn) -> Any:
    """The day's first flight on the route and cabin with seats for everyone (409 if none)."""
    try:
        start = normalise_code(body.origin or "", "origin")
        end = normalise_code(body.destination or "", "destination")
        cabin = parse_cabin(body.cabin or "")
    except InvalidIdentifier as exc:  # UnknownAirport is one
        raise _invalid(exc) from None
    inv = db.award_inventory
    day = body.date.isoformat() if body.date else ""
    seat = conn.execute(select(inv).where(
        inv.c.origin == start, inv.c.destination == end, inv.c.departure_date == day,
        inv.c.cabin == cabin.value, inv.c.seats >= body.passengers)
        .order_by(inv.c.departure_time).limit(1)).first()
    if seat is None:
        raise ApiError(409, "sold-out",
                       f"No award seats left for {body.passengers} on {start}–{end} on {day} "
                       f"in {cabin.value}.", seats_left=0, params={"seats_left": 0})
    return seat


def _member(conn: Connection, number: str) -> Any:
    row = conn.execute(select(db.members.c.id, db.members.c.member_number, db.members.c.status)
                       .where(db.members.c.member_number == number)).first()
    if row is None:
        raise ApiError(404, "member-not-found", f"There is no member {number}.")
    if row.status != "active":
        raise ApiError(422, "invalid-input", "The account is closed; it cannot book awards.",
                       errors=[{"field": "member_number", "message": "The account is closed."}])
    return row


def _balance(conn: Connection, member_id: int) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(db.ledger.c.miles), 0))
                            .where(db.ledger.c.member_id == member_id)).scalar_one())


def _enough(balance: int, miles: int) -> None:
    if balance < miles:
        message = f"Not enough miles: the balance is {balance:,}, this needs {miles:,}."
        raise ApiError(422, "not-enough-miles", message,
                       errors=[{"field": "miles", "message": message}],
                       params={"balance": balance, "miles": miles})


def _new_code(conn: Connection) -> str:
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
        taken = conn.execute(select(db.award_bookings.c.id)
                             .where(db.award_bookings.c.code == code)).first() or \
            conn.execute(select(db.bookings.c.id).where(db.bookings.c.code == code)).first()
        if not taken:
            return code


def _booking_json(conn: Connection, booking_id: int) -> dict[str, Any]:
    b, inv = db.award_bookings, db.award_inventory
    row = conn.execute(select(b, db.members.c.member_number, inv.c.flight_number,
                              inv.c.departure_date, inv.c.departure_time, inv.c.origin,
                              inv.c.destination, inv.c.seats)
                       .join(db.members, db.members.c.id == b.c.member_id)
                       .outerjoin(inv, inv.c.id == b.c.inventory_id)
                       .where(b.c.id == booking_id)).one()
    return {"code": row.code, "kind": row.kind, "member_number": row.member_number,
            "status": row.status, "cabin": row.cabin, "passengers": row.passengers,
            "miles": row.miles, "fees_eur": row.fees_eur, "ticket_number": row.ticket_number,
            "flight": {"flight_number": row.flight_number, "date": row.departure_date,
                       "departure_time": row.departure_time, "origin": row.origin,
                       "destination": row.destination} if row.flight_number else None,
            "balance": _balance(conn, row.member_id), "created_at": row.created_at}


@router.post("/awards", dependencies=[capability("awards")],
             **write(AwardBookingOut, 404, 409, MAINTENANCE, status=201))
def book_award(body: AwardIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        member = _member(conn, body.member_number)
        inv = db.award_inventory
        if body.inventory_id is None:
            seat = _first_with_seats(conn, body)
        else:
            seat = conn.execute(select(inv).where(inv.c.id == body.inventory_id)).first()
        if seat is None:
            raise ApiError(404, "flight-not-found", "There is no such award flight.")
        if seat.departure_date < db.utcnow().date().isoformat():
            raise ApiError(422, "invalid-input", "This flight has already left.")
        price = price_award(seat.origin, seat.destination, seat.cabin, body.passengers)
        _enough(_balance(conn, member.id), price.miles)
        # The seat count only drops if enough seats are left: two agents racing for the last
        # seat cannot both get it.
        taken = conn.execute(update(inv).where(inv.c.id == seat.id,
                                               inv.c.seats >= body.passengers)
                             .values(seats=inv.c.seats - body.passengers)).rowcount
        if taken != 1:
            left = conn.execute(select(inv.c.seats).where(inv.c.id == seat.id)).scalar_one()
            raise ApiError(409, "sold-out",
                           f"Not enough award seats left on {seat.flight_number} "
                           f"({left} left); search again for other flights.", seats_left=left,
                           params={"seats_left": left})
        code = _new_code(conn)
        ledger_id = conn.execute(insert(db.ledger).values(
            member_id=member.id, posted_at=db.iso(db.utcnow()), kind="award_redemption",
            miles=-price.miles, reference=code, agent_id=agent.id,
            description=f"Flight award {seat.flight_number} {seat.origin}–{seat.destination} "
                        f"{seat.departure_date}, {seat.cabin}, {body.passengers} pax",
            operation_id=request.state.operation_id)).inserted_primary_key[0]
        booking_id = conn.execute(insert(db.award_bookings).values(
            code=code, kind="flight", member_id=member.id, inventory_id=seat.id,
            cabin=seat.cabin, passengers=body.passengers, miles=price.miles,
            fees_eur=str(price.fees_eur), status="confirmed", created_at=db.iso(db.utcnow()),
            created_by=agent.id, ledger_id=ledger_id)).inserted_primary_key[0]
        audit.append(conn, agent_id=agent.id, action="award_booked",
                     member_number=member.member_number,
                     detail={"code": code, "miles": price.miles, "inventory_id": seat.id},
                     request_id=request.state.request_id)
        return 201, _booking_json(conn, booking_id)

    return run_write(request, agent, body.model_dump(), handler)


@router.post("/awards/{code}/cancel", dependencies=[capability("awards")],
             **write(CancelledAward, 404, 409, MAINTENANCE))
def cancel(code: str, body: CancelIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        b, m = db.award_bookings, db.members
        row = conn.execute(select(b).join(m, m.c.id == b.c.member_id).where(
            b.c.code == code.strip().upper(),
            m.c.member_number == body.member_number)).first()
        if row is None:  # someone else's code gets the same answer: nothing is learnt
            raise ApiError(404, "award-not-found", f"Member {body.member_number} has no award "
                                                   f"booking {code}; nothing was cancelled.")
        if row.status != "confirmed":
            raise ApiError(409, "award-cancelled", "This award was already cancelled.")
        refund = cancel_award(row.miles, Decimal(row.fees_eur), row.passengers)
        conn.execute(insert(db.ledger).values(
            member_id=row.member_id, posted_at=db.iso(db.utcnow()),
            kind="award_cancellation", miles=refund.miles_recredited, reference=row.code,
            description=f"Award {row.code} cancelled ({refund.fee_miles:,} miles fee): "
                        f"{body.reason}"[:300],
            reverses_id=row.ledger_id, agent_id=agent.id,
            operation_id=request.state.operation_id))
        conn.execute(update(b).where(b.c.id == row.id).values(status="cancelled"))
        if row.inventory_id:
            inv = db.award_inventory
            conn.execute(update(inv).where(inv.c.id == row.inventory_id)
                         .values(seats=inv.c.seats + row.passengers))
        answer = _booking_json(conn, row.id)
        audit.append(conn, agent_id=agent.id, action="award_cancelled",
                     member_number=answer["member_number"],
                     detail={"code": row.code, "recredited": refund.miles_recredited},
                     request_id=request.state.request_id)
        return 200, {**answer, "miles_recredited": refund.miles_recredited,
                     "fee_miles": refund.fee_miles}

    return run_write(request, agent, {"code": code, **body.model_dump()}, handler)


@router.post("/upgrades", dependencies=[capability("upgrades")],
             **write(AwardBookingOut, 404, 409, MAINTENANCE, status=201))
def book_upgrade(body: UpgradeIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        member = _member(conn, body.member_number)
        ticket = conn.execute(select(db.tickets).where(
            db.tickets.c.number == body.ticket_number)).first()
        if ticket is None or ticket.member_id != member.id:
            # Another member's ticket is "not found" for this member: no hint that it exists.
            raise ApiError(404, "ticket-not-found",
                           f"Member {member.member_number} has no ticket {body.ticket_number}.")
        segment = conn.execute(select(db.segments).where(
            db.segments.c.ticket_number == ticket.number).order_by(db.segments.c.seq)).first()
        if segment is None or segment.departure_date < db.utcnow().date().isoformat():
            raise ApiError(422, "invalid-input", "This ticket has no flight left to upgrade.",
                           errors=[{"field": "ticket_number", "message": "Nothing to upgrade."}])
        try:
            price = price_upgrade(segment.origin, segment.destination, segment.cabin,
                                  body.to_cabin)
        except InvalidIdentifier as exc:
            raise _invalid(exc) from None
        _enough(_balance(conn, member.id), price.miles)
        code = _new_code(conn)
        ledger_id = conn.execute(insert(db.ledger).values(
            member_id=member.id, posted_at=db.iso(db.utcnow()), kind="upgrade_redemption",
            miles=-price.miles, reference=ticket.number, agent_id=agent.id,
            description=f"Upgrade award {segment.flight_number} {segment.origin}–"
                        f"{segment.destination}: {price.from_cabin.value} → "
                        f"{price.to_cabin.value}",
            operation_id=request.state.operation_id)).inserted_primary_key[0]
        conn.execute(update(db.segments).where(db.segments.c.id == segment.id)
                     .values(cabin=price.to_cabin.value))
        booking_id = conn.execute(insert(db.award_bookings).values(
            code=code, kind="upgrade", member_id=member.id, ticket_number=ticket.number,
            cabin=price.to_cabin.value, passengers=1, miles=price.miles,
            fees_eur=str(price.fees_eur), status="confirmed", created_at=db.iso(db.utcnow()),
            created_by=agent.id, ledger_id=ledger_id)).inserted_primary_key[0]
        audit.append(conn, agent_id=agent.id, action="upgrade_booked",
                     member_number=member.member_number,
                     detail={"code": code, "ticket": ticket.number, "miles": price.miles},
                     request_id=request.state.request_id)
        return 201, _booking_json(conn, booking_id)

    return run_write(request, agent, body.model_dump(), handler)
