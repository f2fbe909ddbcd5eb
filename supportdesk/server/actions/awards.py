"""Flight and upgrade awards: booking (miles and seat in one transaction) and cancellation
(miles back less the fee, linked to the redemption)."""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ...domain import ledger_text
from ...domain.airports import normalise_code
from ...domain.awards import cancel_award as refund_of
from ...domain.awards import has_departed, price_award, price_upgrade
from ...domain.fares import parse_cabin
from ...domain.identifiers import InvalidIdentifier
from .. import audit, db
from ..inputs import AwardIn, CancelIn, UpgradeIn
from ..problems import ApiError, field_error, invalid
from ..views import balance, booking_json
from . import Actor, locks

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def departed(seat: Any, now: Actor | dt.datetime, action: str) -> ApiError:
    """409 flight-departed: `seat` (an award_inventory or a ticket's segments row) left
    before `action` could. `now`: the instant judged at, or the actor whose clock says it."""
    instant = now if isinstance(now, dt.datetime) else now.clock()
    at = seat.departure_time or "00:00"  # not recorded: judged from the day's first minute
    return ApiError(
        409, "flight-departed",
        f"Flight {seat.flight_number} {seat.origin}–{seat.destination} left on "
        f"{seat.departure_date} at {at} local time; it cannot be {action}.",
        params={"flight_number": seat.flight_number, "origin": seat.origin,
                "departure_date": seat.departure_date, "departure_time": at,
                "now": db.iso(instant)})


def _gone(seat: Any, now: Actor | dt.datetime) -> bool:
    instant = now if isinstance(now, dt.datetime) else now.clock()
    return has_departed(seat.origin, seat.departure_date, seat.departure_time, instant)


def _first_with_seats(conn: Connection, actor: Actor, body: AwardIn) -> Any:
    """The day's first flight on the route and cabin, not yet departed, with seats for everyone
    (409 sold-out if none has seats, 409 flight-departed if those with seats have all left)."""
    try:
        start = normalise_code(body.origin or "", "origin")
        end = normalise_code(body.destination or "", "destination")
        cabin = parse_cabin(body.cabin or "")
    except InvalidIdentifier as exc:  # UnknownAirport is one
        raise invalid(exc) from None
    inv = db.award_inventory
    day = body.date.isoformat() if body.date else ""
    with_seats = conn.execute(select(inv).where(
        inv.c.origin == start, inv.c.destination == end, inv.c.departure_date == day,
        inv.c.cabin == cabin.value, inv.c.seats >= body.passengers)
        .order_by(inv.c.departure_time, inv.c.id)).all()
    if not with_seats:
        raise ApiError(409, "sold-out",
                       f"No award seats left for {body.passengers} on {start}–{end} on {day} "
                       f"in {cabin.value}.", seats_left=0, params={"seats_left": 0})
    for seat in with_seats:
        if not _gone(seat, actor):
            return seat
    raise departed(with_seats[-1], actor, "booked")


def _member(conn: Connection, number: str, *, lock: bool = True) -> Any:
    """The member, locked (`locks.member`): the balance checked is the balance spent. A quote
    (`lock=False`) reads it without the lock: it spends nothing."""
    columns = (db.members.c.id, db.members.c.member_number, db.members.c.status)
    if lock:
        row = locks.member(conn, number, *columns)
    else:
        row = conn.execute(select(*columns).where(db.members.c.member_number == number)).first()
        if row is None:
            raise ApiError(404, "member-not-found", f"There is no member {number}.")
    if row.status != "active":
        raise ApiError(422, "invalid-input", "The account is closed; it cannot book awards.",
                       errors=[{"field": "member_number", "message": "The account is closed."}])
    return row


def _enough(balance: int, miles: int) -> None:
    if balance < miles:
        message = f"Not enough miles: the balance is {balance:,}, this needs {miles:,}."
        raise field_error("miles", message, code="not-enough-miles",
                          params={"balance": balance, "miles": miles})


def _new_code(conn: Connection) -> str:
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
        taken = conn.execute(select(db.award_bookings.c.id)
                             .where(db.award_bookings.c.code == code)).first() or \
            conn.execute(select(db.bookings.c.id).where(db.bookings.c.code == code)).first()
        if not taken:
            return code


def book_award(conn: Connection, actor: Actor, body: AwardIn) -> dict[str, Any]:
    """Take the seats and the miles, or neither.

    Locks: the member's row for the balance; the seats with a conditional UPDATE (seats >=
    passengers) whose row count says whether they were still there, so two agents racing for
    the last seat cannot both get it."""
    agent = actor.agent
    member = _member(conn, body.member_number)
    inv = db.award_inventory
    if body.inventory_id is None:
        seat = _first_with_seats(conn, actor, body)
    else:
        seat = conn.execute(select(inv).where(inv.c.id == body.inventory_id)).first()
    if seat is None:
        raise ApiError(404, "flight-not-found", "There is no such award flight.")
    if _gone(seat, actor):  # departure at or before now, in the origin's local time
        raise departed(seat, actor, "booked")
    price = price_award(seat.origin, seat.destination, seat.cabin, body.passengers)
    _enough(balance(conn, member.id), price.miles)
    taken = conn.execute(update(inv).where(inv.c.id == seat.id, inv.c.seats >= body.passengers)
                         .values(seats=inv.c.seats - body.passengers)).rowcount
    if taken != 1:
        left = conn.execute(select(inv.c.seats).where(inv.c.id == seat.id)).scalar_one()
        raise ApiError(409, "sold-out",
                       f"Not enough award seats left on {seat.flight_number} "
                       f"({left} left); search again for other flights.", seats_left=left,
                       params={"seats_left": left})
    code = _new_code(conn)
    # The ledger is where the member page lists awards: the travellers are named there too.
    names = ", ".join(f"{p.given_name} {p.surname}" for p in body.passenger_names)
    description = ledger_text.text(
        ledger_text.FLIGHT_AWARD, flight=seat.flight_number, origin=seat.origin,
        destination=seat.destination, departure_date=seat.departure_date, cabin=seat.cabin,
        passenger_count=body.passengers, names=names)
    ledger_id = conn.execute(insert(db.ledger).values(
        member_id=member.id, posted_at=db.iso(db.utcnow()), kind="award_redemption",
        miles=-price.miles, reference=code, agent_id=agent.id, description=description,
        operation_id=actor.operation_id)).inserted_primary_key[0]
    booking_id = conn.execute(insert(db.award_bookings).values(
        code=code, kind="flight", member_id=member.id, inventory_id=seat.id,
        cabin=seat.cabin, passengers=body.passengers, miles=price.miles,
        fees_eur=str(price.fees_eur), status="confirmed", created_at=db.iso(db.utcnow()),
        created_by=agent.id, ledger_id=ledger_id)).inserted_primary_key[0]
    conn.execute(insert(db.award_passengers), [
        {"booking_id": booking_id, "seq": seq, "given_name": p.given_name,
         "surname": p.surname} for seq, p in enumerate(body.passenger_names, start=1)])
    audit.append(conn, agent_id=agent.id, action="award_booked",
                 member_number=member.member_number,
                 detail={"code": code, "miles": price.miles, "inventory_id": seat.id},
                 request_id=actor.request_id, workstation=actor.workstation)
    return booking_json(conn, booking_id)


def cancel_award(conn: Connection, actor: Actor, code: str, body: CancelIn) -> dict[str, Any]:
    """Re-credit the miles less the fee and free the seats, once.

    Lock: a conditional UPDATE of the booking (status = confirmed) whose row count says this
    cancellation won; the re-credit's `reverses_id` is unique besides."""
    b, m = db.award_bookings, db.members
    row = conn.execute(select(b).join(m, m.c.id == b.c.member_id).where(
        b.c.code == code.strip().upper(), m.c.member_number == body.member_number)).first()
    if row is None:  # someone else's code gets the same answer: nothing is learnt
        raise ApiError(404, "award-not-found", f"Member {body.member_number} has no award "
                                               f"booking {code}; nothing was cancelled.")
    inv = db.award_inventory
    seat = conn.execute(select(inv).where(inv.c.id == row.inventory_id)).first() \
        if row.inventory_id else None
    if seat is not None and row.status == "confirmed" and _gone(seat, actor):
        # A flown (or missed) flight is not refunded, and its seat is not put back on sale.
        raise departed(seat, actor, "cancelled for a refund")
    cancelled = conn.execute(update(b).where(b.c.id == row.id, b.c.status == "confirmed")
                             .values(status="cancelled")).rowcount
    if cancelled != 1:
        raise ApiError(409, "award-cancelled", "This award was already cancelled.")
    refund = refund_of(row.miles, Decimal(row.fees_eur), row.passengers)
    conn.execute(insert(db.ledger).values(
        member_id=row.member_id, posted_at=db.iso(db.utcnow()),
        kind="award_cancellation", miles=refund.miles_recredited, reference=row.code,
        description=ledger_text.text(ledger_text.AWARD_CANCELLED, code=row.code,
                                     fee_count=refund.fee_miles, reason=body.reason),
        reverses_id=row.ledger_id, agent_id=actor.agent.id, operation_id=actor.operation_id))
    if row.inventory_id:
        conn.execute(update(inv).where(inv.c.id == row.inventory_id)
                     .values(seats=inv.c.seats + row.passengers))
    answer = booking_json(conn, row.id)
    audit.append(conn, agent_id=actor.agent.id, action="award_cancelled",
                 member_number=answer["member_number"],
                 detail={"code": row.code, "recredited": refund.miles_recredited},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {**answer, "miles_recredited": refund.miles_recredited,
            "fee_miles": refund.fee_miles}


def _upgrade_plan(conn: Connection, now: dt.datetime, member_number: str,
                  ticket_number: str, to_cabin: str, *, lock: bool) -> tuple[Any, ...]:
    """(member, ticket, segment, price) of upgrading the ticket's next flight — its first
    segment that has not left (local time at its origin, `has_departed`) — to `to_cabin`.
    404 for a ticket that is not this member's, 409 flight-departed when every segment has
    left, 422 for an upgrade to a cabin that is not higher. The balance is the caller's."""
    member = _member(conn, member_number, lock=lock)
    ticket = conn.execute(select(db.tickets).where(
        db.tickets.c.number == ticket_number)).first()
    if ticket is None or ticket.member_id != member.id:
        # Another member's ticket is "not found" for this member: no hint that it exists.
        raise ApiError(404, "ticket-not-found",
                       f"Member {member.member_number} has no ticket {ticket_number}.")
    segments = conn.execute(select(db.segments).where(
        db.segments.c.ticket_number == ticket.number).order_by(db.segments.c.seq)).all()
    if not segments:
        raise ApiError(422, "invalid-input", "This ticket has no flight left to upgrade.",
                       errors=[{"field": "ticket_number", "message": "Nothing to upgrade."}])
    segment = next((s for s in segments if not _gone(s, now)), None)
    if segment is None:  # every flight of the ticket has left: nothing is offered
        raise departed(segments[-1], now, "upgraded")
    try:
        price = price_upgrade(segment.origin, segment.destination, segment.cabin, to_cabin)
    except InvalidIdentifier as exc:
        raise invalid(exc) from None
    return member, ticket, segment, price


def quote_upgrade(conn: Connection, now: dt.datetime, member_number: str, ticket_number: str,
                  to_cabin: str) -> dict[str, Any]:
    """What upgrading the ticket's next flight costs and leaves: the price from the chart,
    the balance now and after, whether it is enough. Reads only; the booking checks again."""
    member, ticket, segment, price = _upgrade_plan(conn, now, member_number, ticket_number,
                                                   to_cabin, lock=False)
    held = balance(conn, member.id)
    return {
        "member_number": member.member_number, "ticket_number": ticket.number,
        "flight": {"flight_number": segment.flight_number, "date": segment.departure_date,
                   "departure_time": segment.departure_time or "", "origin": segment.origin,
                   "destination": segment.destination},
        "from_cabin": price.from_cabin.value, "to_cabin": price.to_cabin.value,
        "miles": price.miles, "fees_eur": str(price.fees_eur), "zone": price.zone,
        "distance_km": round(price.distance_km), "lines": list(price.lines),
        "balance": held, "balance_after": held - price.miles, "enough": held >= price.miles,
    }


def book_upgrade(conn: Connection, actor: Actor, body: UpgradeIn) -> dict[str, Any]:
    """Upgrade the ticket's next flight that has not left with miles. Lock: the member's row,
    for the balance; the segment's cabin is written once (a second upgrade to the same cabin
    is refused by the price, which needs a higher cabin)."""
    agent = actor.agent
    member, ticket, segment, price = _upgrade_plan(
        conn, actor.clock(), body.member_number, body.ticket_number, body.to_cabin, lock=True)
    _enough(balance(conn, member.id), price.miles)
    code = _new_code(conn)
    ledger_id = conn.execute(insert(db.ledger).values(
        member_id=member.id, posted_at=db.iso(db.utcnow()), kind="upgrade_redemption",
        miles=-price.miles, reference=ticket.number, agent_id=agent.id,
        description=ledger_text.text(
            ledger_text.UPGRADE, flight=segment.flight_number, origin=segment.origin,
            destination=segment.destination, from_cabin=price.from_cabin.value,
            to_cabin=price.to_cabin.value),
        operation_id=actor.operation_id)).inserted_primary_key[0]
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
                 request_id=actor.request_id, workstation=actor.workstation)
    return booking_json(conn, booking_id)
