"""The client's award, upgrade and cancellation calls against the real reference server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from supportdesk.api.award_models import Availability, AwardBooking
from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.domain.awards import price_award, price_upgrade
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import Conflict, NotFound, ValidationFailed
from supportdesk.server import db

from ..helpers.awards import fund, future_economy_ticket, passengers, seats, set_seats


def ledger_count(live_server, number: str) -> int:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.ledger)
                            .join(db.members, db.members.c.id == db.ledger.c.member_id)
                            .where(db.members.c.member_number == number)).scalar_one()


@pytest.fixture
def agent(live_server):
    api = ApiClient(live_server.url)
    api.login("agent20", "demo")
    yield api
    api.close()


def in_days(days: int) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def test_availability_is_the_chart_price_and_the_flights(agent):
    found = agent.award_availability("fra", "JFK", in_days(5), "Business", 2)
    assert isinstance(found, Availability)
    offline = price_award("FRA", "JFK", "Business", 2)
    assert (found.origin, found.destination, found.cabin, found.passengers) == (
        "FRA", "JFK", "Business", 2)
    assert found.price.miles == offline.miles == 140_000
    assert found.price.fees_eur == offline.fees_eur == Decimal(640)
    assert found.price.zone == 4 and found.price.lines == offline.lines
    assert found.flights and all(f.available == (f.seats_left >= 2) for f in found.flights)
    with pytest.raises(ValidationFailed) as err:
        agent.award_availability("XXX", "JFK", in_days(5), "Business")
    assert err.value.field_errors[0].field == "origin"
    with pytest.raises(ValidationFailed, match="in the past"):
        agent.award_availability("FRA", "JFK", in_days(-1), "Business")


def test_book_replay_and_cancel_an_award(agent, live_server):
    number = demo_member_number(930)
    before = fund(live_server, number)
    found = agent.award_availability("MUC", "LHR", in_days(6), "Business")
    flight = found.flights[0]
    set_seats(live_server, flight.inventory_id, 3)  # the demo data may have sold it out
    seats_before = 3
    key = new_operation_id()
    booking = agent.book_award(number, flight.inventory_id, passengers(1), operation_id=key)
    assert isinstance(booking, AwardBooking)
    assert len(booking.code) == 6 and booking.status == "confirmed"
    assert booking.miles == found.price.miles and booking.balance == before - booking.miles
    assert booking.flight.flight_number == flight.flight_number
    assert seats(live_server, flight.inventory_id) == seats_before - 1
    # A retry of the same action is answered, not applied again.
    again = agent.book_award(number, flight.inventory_id, passengers(1), operation_id=key)
    assert again.code == booking.code
    assert seats(live_server, flight.inventory_id) == seats_before - 1

    # Someone else's code: the backend finds no such award of this member; nothing changes.
    other = demo_member_number(931)
    rows = ledger_count(live_server, other)
    with pytest.raises(NotFound, match="no award booking"):
        agent.cancel_award(other, booking.code, "Wrong member", operation_id=new_operation_id())
    assert ledger_count(live_server, other) == rows

    cancelled = agent.cancel_award(number, booking.code.lower(), "Plans changed",
                                   operation_id=new_operation_id())
    assert cancelled.status == "cancelled" and cancelled.code == booking.code
    assert (cancelled.fee_miles, cancelled.miles_recredited) == (5_000, booking.miles - 5_000)
    assert cancelled.balance == before - 5_000
    assert seats(live_server, flight.inventory_id) == seats_before
    with pytest.raises(Conflict, match="already cancelled"):
        agent.cancel_award(number, booking.code, "Again", operation_id=new_operation_id())


def test_sold_out_and_too_few_miles_are_typed_errors(agent, live_server):
    rich, poor = demo_member_number(932), demo_member_number(933)
    fund(live_server, rich)
    found = agent.award_availability("VIE", "CDG", in_days(7), "Economy")
    flight = found.flights[0]
    set_seats(live_server, flight.inventory_id, 0)
    with pytest.raises(Conflict, match="search again") as err:
        agent.book_award(rich, flight.inventory_id, passengers(1),
                         operation_id=new_operation_id())
    assert err.value.status == 409
    dear = agent.award_availability("FRA", "SIN", in_days(7), "First").flights[0]
    with pytest.raises(ValidationFailed, match="Not enough miles") as err:
        agent.book_award(poor, dear.inventory_id, passengers(9),
                         operation_id=new_operation_id())
    assert err.value.field_errors[0].field == "miles"


def test_upgrade_a_future_economy_ticket(agent, live_server):
    row = future_economy_ticket(live_server)
    number = demo_member_number(row.member_id)
    before = fund(live_server, number)
    booking = agent.book_upgrade(number, row.ticket_number, "Business",
                                 operation_id=new_operation_id())
    offline = price_upgrade(row.origin, row.destination, "Economy", "Business")
    assert booking.kind == "upgrade" and booking.ticket_number == row.ticket_number
    assert (booking.miles, booking.fees_eur) == (offline.miles, offline.fees_eur)
    assert booking.cabin == "Business" and booking.balance == before - offline.miles
    with pytest.raises(ValidationFailed) as err:
        agent.book_upgrade(number, row.ticket_number, "Economy",
                           operation_id=new_operation_id())
    assert err.value.field_errors[0].field == "to_cabin"
    with pytest.raises(NotFound):
        agent.book_upgrade(demo_member_number(934), row.ticket_number, "First",
                           operation_id=new_operation_id())
    with pytest.raises(ValueError, match="13 digits"):
        agent.book_upgrade(number, "220000000012", "First", operation_id=new_operation_id())


def test_an_upgrade_is_quoted_before_it_is_booked(agent, live_server):
    row = future_economy_ticket(live_server)
    number = demo_member_number(row.member_id)
    held = fund(live_server, number)
    quote = agent.upgrade_quote(number, f"{row.ticket_number[:3]} {row.ticket_number[3:]}",
                                "business")
    chart = price_upgrade(row.origin, row.destination, "Economy", "Business")
    assert (quote.member_number, quote.ticket_number) == (number, row.ticket_number)
    assert (quote.from_cabin, quote.to_cabin) == ("Economy", "Business")
    assert (quote.miles, quote.fees_eur) == (chart.miles, chart.fees_eur)
    assert (quote.balance, quote.balance_after, quote.enough) == (held, held - chart.miles,
                                                                  True)
    assert quote.flight.origin == row.origin and quote.flight.departure_time
    booking = agent.book_upgrade(number, row.ticket_number, "Business",
                                 operation_id=new_operation_id())
    assert booking.balance == quote.balance_after
    with pytest.raises(NotFound):  # another member's ticket: not found for this one
        agent.upgrade_quote(demo_member_number(934), row.ticket_number, "First")


def test_an_award_answer_names_the_passengers_sent(agent, live_server):
    number = demo_member_number(935)
    fund(live_server, number)
    found = agent.award_availability("ZRH", "CDG", in_days(8), "Economy", 2)
    set_seats(live_server, found.flights[0].inventory_id, 2)
    booking = agent.book_award(number, found.flights[0].inventory_id, passengers(2),
                               operation_id=new_operation_id())
    assert booking.passenger_names == tuple(passengers(2)) and booking.passengers == 2
