"""Award seats and miles on the reference server: funding a member through the real credit
workflow, reading and setting a flight's seats, finding inventory and tickets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import insert, select, update

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.server import db

# Travellers as on the ticket: an award names one per seat.
TRAVELLERS = (("Anna", "Schmidt"), ("Jürgen", "Müller-Lüdenscheidt"), ("Seán", "O'Brien"),
              ("Marie Claire", "d'Arcy"), ("Zoë", "Ng"), ("Björn", "Åberg"), ("Łucja", "Wąs"),
              ("José", "García"), ("Ines", "Kuhn"))


def names(count: int = 1) -> list[dict[str, str]]:
    """The JSON of `count` passengers' names (POST /awards passenger_names)."""
    return [{"given_name": given, "surname": surname}
            for given, surname in TRAVELLERS[:count]]


def passengers(count: int = 1) -> list:  # noqa: ANN201 - PassengerName, for the client
    from supportdesk.domain.awards import PassengerName

    return [PassengerName(given, surname) for given, surname in TRAVELLERS[:count]]


def utc_day(days: int) -> dt.date:
    return dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)


def fund(live_server, number: str, miles: int = 400_000) -> int:
    """Give a member miles through the real credit workflow (an agent proposes, a supervisor
    approves); returns the balance after."""
    agent, boss = ApiClient(live_server.url), ApiClient(live_server.url)
    try:
        agent.login("agent7", "demo")
        boss.login("super2", "demo")
        credit = agent.propose_credit(number, kind="correction", miles=miles,
                                      reason="Test funds for awards",
                                      operation_id=new_operation_id())
        boss.approve_credit(credit.id, None, new_operation_id(),
                            member_number=credit.member_number, miles=credit.miles)
        return boss.get_member(number).miles_balance
    finally:
        agent.close()
        boss.close()


def seats(live_server, inventory_id: int) -> int:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.award_inventory.c.seats).where(
            db.award_inventory.c.id == inventory_id)).scalar_one()


def set_seats(live_server, inventory_id: int, count: int) -> None:
    with live_server.settings.engine.begin() as conn:
        conn.execute(update(db.award_inventory).where(db.award_inventory.c.id == inventory_id)
                     .values(seats=count))


def inventory(live_server, origin: str, destination: str, day: dt.date, cabin: str) -> int:
    """The award inventory row's id of that flight, day and cabin."""
    with live_server.settings.engine.connect() as conn:
        inv = db.award_inventory
        return conn.execute(select(inv.c.id).where(
            inv.c.origin == origin, inv.c.destination == destination,
            inv.c.departure_date == day.isoformat(), inv.c.cabin == cabin)).scalar_one()


def future_economy_ticket(live_server):  # noqa: ANN201
    """(member index, ticket number, origin, destination) of a member in 900–990 whose ticket
    still has an Economy flight ahead."""
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.tickets.c.member_id, db.segments.c.ticket_number, db.segments.c.origin,
                   db.segments.c.destination)
            .join(db.tickets, db.tickets.c.number == db.segments.c.ticket_number)
            .join(db.members, db.members.c.id == db.tickets.c.member_id)
            .where(db.tickets.c.member_id.between(900, 990), db.members.c.status == "active",
                   db.segments.c.seq == 1, db.segments.c.cabin == "Economy",
                   db.segments.c.departure_date > dt.date.today().isoformat())
            .order_by(db.tickets.c.member_id).limit(1)).one()


@contextmanager
def server_clock(live_server) -> Iterator:  # noqa: ANN001
    """`set_now(instant)`: the server's "now" (Settings.clock) from here on, the real clock
    again after the block."""
    real = live_server.settings.clock

    def set_now(instant: dt.datetime) -> None:
        live_server.settings.clock = lambda: instant.astimezone(dt.UTC)

    try:
        yield set_now
    finally:
        live_server.settings.clock = real


def add_ticket(live_server, member_index: int, ticket_number: str, booking_code: str,
               *flights: tuple[str, str, str, dt.date, str, str]) -> None:
    """A paid ticket of demo member `member_index` with segments (flight number, origin,
    destination, day, local departure time, cabin), in order."""
    with live_server.settings.engine.begin() as conn:
        booking_id = conn.execute(insert(db.bookings).values(
            code=booking_code, member_id=member_index,
            created_at="2026-01-01T09:00:00.000000Z")).inserted_primary_key[0]
        conn.execute(insert(db.tickets).values(
            number=ticket_number, booking_id=booking_id, member_id=member_index,
            passenger_name="TEST/PASSENGER", fare_basis="YLOWEU"))
        conn.execute(insert(db.segments), [
            {"ticket_number": ticket_number, "seq": seq, "flight_number": number,
             "origin": origin, "destination": destination, "departure_date": day.isoformat(),
             "departure_time": at, "booking_class": "Y", "cabin": cabin}
            for seq, (number, origin, destination, day, at, cabin) in enumerate(flights, 1)])
