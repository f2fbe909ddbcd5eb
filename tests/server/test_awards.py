"""Award and upgrade bookings over real HTTP: prices, miles and seats once, the last-seat race."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import requests
from sqlalchemy import select, update

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.awards import names
from ..helpers.http import API, auth, key, login, post
from ..helpers.ledger import balance


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent6")


def tomorrow() -> str:
    return (dt.date.today() + dt.timedelta(days=3)).isoformat()


def rich_member(live_server, index: int, miles: int = 500_000) -> str:
    """Give a demo member enough miles for the test, through the real credit workflow."""
    number = demo_member_number(index)
    agent, boss = login(live_server.url, "agent7"), login(live_server.url, "super2")
    r = post(live_server, agent, "/credits", {"member_number": number, "miles": miles,
                                              "kind": "correction", "reason": "test funds"})
    post(live_server, boss, f"/credits/{r.json()['id']}/approve",
         {"member_number": number, "miles": miles})
    return number


def availability(live_server, token, **params):
    return requests.get(f"{live_server.url}{API}/awards/availability", params=params,
                        headers=auth(token), timeout=30)


def test_availability_prices_from_the_chart(live_server, token):
    r = availability(live_server, token, origin="fra", destination="JFK", date=tomorrow(),
                     cabin="Business", passengers=2)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["price"]["zone"] == 4 and body["price"]["miles"] == 2 * 70_000
    assert body["flights"] and all("seats_left" in f for f in body["flights"])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"origin": "XXX"}, "origin"),
        ({"destination": "FRAX"}, "destination"),
        ({"cabin": "Cargo"}, "cabin"),
        ({"date": "2020-01-01"}, "date"),
        ({"date": "tomorrow"}, "date"),
        ({"passengers": 0}, "passengers"),
        ({"passengers": 10}, "passengers"),
        ({"destination": "FRA"}, "destination"),
    ],
)
def test_availability_bad_input(live_server, token, params, field):
    base = {"origin": "FRA", "destination": "JFK", "date": tomorrow(), "cabin": "Economy"}
    r = availability(live_server, token, **{**base, **params})
    assert r.status_code == 422, r.text
    assert any(e["field"] == field for e in r.json()["errors"]), r.json()


def bookable(live_server, seats_at_least: int = 1, cabin: str = "Business"):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.award_inventory).where(
            db.award_inventory.c.cabin == cabin,
            db.award_inventory.c.seats >= seats_at_least,
            db.award_inventory.c.departure_date > dt.date.today().isoformat())
            .order_by(db.award_inventory.c.id).limit(1)).one()


def seats(live_server, inventory_id: int) -> int:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.award_inventory.c.seats).where(
            db.award_inventory.c.id == inventory_id)).scalar_one()


def test_business_award_takes_miles_and_a_seat_once(live_server, token):
    number = rich_member(live_server, 701)
    seat = bookable(live_server)
    before_miles, before_seats = balance(live_server, number), seats(live_server, seat.id)
    op = key()
    body = {"member_number": number, "inventory_id": seat.id, "passengers": 1,
            "passenger_names": names(1)}
    r = post(live_server, token, "/awards", body, op)
    assert r.status_code == 201, r.text
    booking = r.json()
    assert len(booking["code"]) == 6 and booking["member_number"] == number
    assert balance(live_server, number) == before_miles - booking["miles"]
    assert seats(live_server, seat.id) == before_seats - 1
    # The same booking replayed (a timeout retry) changes nothing more.
    again = post(live_server, token, "/awards", body, op)
    assert again.json()["code"] == booking["code"]
    assert balance(live_server, number) == before_miles - booking["miles"]
    assert seats(live_server, seat.id) == before_seats - 1
    # The cancellation names the member: someone else's number cancels nothing and learns
    # nothing (the same 404 as a code that does not exist).
    other = demo_member_number(3)
    r = post(live_server, token, f"/awards/{booking['code']}/cancel",
             {"member_number": other, "reason": "Plans changed"})
    assert r.status_code == 404 and r.json()["code"] == "award-not-found"
    assert r.headers["content-type"].startswith("application/problem+json")
    assert post(live_server, token, "/awards/ZZZZZZ/cancel",
                {"member_number": number, "reason": "Plans changed"}).json()["code"] \
        == "award-not-found"
    assert post(live_server, token, f"/awards/{booking['code']}/cancel",
                {"reason": "Plans changed"}).status_code == 422  # who it must be is required
    assert balance(live_server, number) == before_miles - booking["miles"]
    # Cancelling re-credits the miles less the fee, linked to the redemption, and frees the seat.
    r = post(live_server, token, f"/awards/{booking['code']}/cancel",
             {"member_number": number, "reason": "Plans changed"})
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert r.json()["miles_recredited"] == booking["miles"] - 5_000
    assert balance(live_server, number) == before_miles - 5_000
    assert seats(live_server, seat.id) == before_seats
    r = post(live_server, token, f"/awards/{booking['code']}/cancel",
             {"member_number": number, "reason": "again"})
    assert r.status_code == 409


def test_a_booking_by_route_takes_the_days_first_flight_with_seats_or_is_sold_out(
        live_server, token):
    """What a provisional booking (taken offline, without the seats) sends when it syncs."""
    number = rich_member(live_server, 702)
    seat = bookable(live_server, seats_at_least=2)
    inv = db.award_inventory
    with live_server.settings.engine.connect() as conn:
        day = conn.execute(select(inv).where(
            inv.c.origin == seat.origin, inv.c.destination == seat.destination,
            inv.c.departure_date == seat.departure_date, inv.c.cabin == seat.cabin)
            .order_by(inv.c.departure_time)).all()
    first = next(f for f in day if f.seats >= 2)
    body = {"member_number": number, "origin": seat.origin.lower(),
            "destination": seat.destination, "date": seat.departure_date,
            "cabin": seat.cabin, "passengers": 2, "passenger_names": names(2)}
    before = seats(live_server, first.id)
    r = post(live_server, token, "/awards", body, key())
    assert r.status_code == 201, r.text
    assert r.json()["flight"]["flight_number"] == first.flight_number
    assert seats(live_server, first.id) == before - 2

    with live_server.settings.engine.begin() as conn:  # the day sells out meanwhile
        saved = {f.id: seats(live_server, f.id) for f in day}
        conn.execute(update(inv).where(inv.c.id.in_(list(saved))).values(seats=0))
    try:
        r = post(live_server, token, "/awards", body, key())
        assert r.status_code == 409, r.text
        assert "No award seats left" in r.json()["detail"]
    finally:
        with live_server.settings.engine.begin() as conn:
            for inventory_id, count in saved.items():
                conn.execute(update(inv).where(inv.c.id == inventory_id).values(seats=count))


@pytest.mark.parametrize("body", [
    {"passengers": 1, "passenger_names": names(1)},  # neither the flight nor the route
    {"inventory_id": 1, "origin": "FRA", "passengers": 1,
     "passenger_names": names(1)},  # both
    {"origin": "FRA", "destination": "JFK", "cabin": "Business", "passengers": 1,
     "passenger_names": names(1)},  # no date
    {"origin": "XXX", "destination": "JFK", "date": "2031-01-01", "cabin": "Business",
     "passengers": 1, "passenger_names": names(1)},
    {"origin": "FRA", "destination": "JFK", "date": "2031-01-01", "cabin": "Cargo",
     "passengers": 1, "passenger_names": names(1)},
])
def test_a_booking_must_name_its_flight_one_way(live_server, token, body):
    r = post(live_server, token, "/awards", {"member_number": demo_member_number(703), **body},
             key())
    assert r.status_code in (404, 409, 422), r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["detail"]


def test_two_agents_racing_for_the_last_seat_get_one_booking(live_server):
    seat = bookable(live_server, cabin="First")
    with live_server.settings.engine.begin() as conn:
        conn.execute(update(db.award_inventory).where(db.award_inventory.c.id == seat.id)
                     .values(seats=1))
    members = [rich_member(live_server, 702), rich_member(live_server, 703)]
    tokens = [login(live_server.url, "agent8"), login(live_server.url, "agent10")]
    answers: list[requests.Response] = []
    start = threading.Barrier(2)

    def book(i: int) -> None:
        start.wait()
        answers.append(post(live_server, tokens[i], "/awards", {
            "member_number": members[i], "inventory_id": seat.id, "passengers": 1,
            "passenger_names": names(1)}))

    threads = [threading.Thread(target=book, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    codes = sorted(r.status_code for r in answers)
    assert codes == [201, 409], [r.text for r in answers]
    loser = next(r for r in answers if r.status_code == 409)
    assert "search again" in loser.json()["detail"] and loser.json()["seats_left"] == 0
    assert seats(live_server, seat.id) == 0


def test_too_few_miles_and_closed_accounts_are_refused(live_server, token):
    seat = bookable(live_server)
    with live_server.settings.engine.connect() as conn:
        poor = conn.execute(select(db.members.c.member_number).where(
            db.members.c.status == "active").order_by(db.members.c.id.desc()).limit(1)
        ).scalar_one()
        closed = conn.execute(select(db.members.c.member_number).where(
            db.members.c.status == "closed").limit(1)).scalar_one()
    r = post(live_server, token, "/awards", {"member_number": poor, "inventory_id": seat.id,
                                             "passengers": 9, "passenger_names": names(9)})
    # Miles are checked before seats: nine Business seats cost at least 180,000 miles.
    assert r.status_code == 422 and "Not enough miles" in r.json()["detail"]
    r = post(live_server, token, "/awards", {"member_number": closed, "inventory_id": seat.id,
                                             "passengers": 1, "passenger_names": names(1)})
    assert r.status_code == 422 and "closed" in r.json()["detail"]
    for bad in ({"passengers": 0}, {"inventory_id": -1}, {"member_number": "992000000000019"}):
        r = post(live_server, token, "/awards", {"member_number": poor, "inventory_id": seat.id,
                                                 "passengers": 1, "passenger_names": names(1),
                                                 **bad})
        assert r.status_code == 422


def test_upgrade_award_on_an_existing_ticket(live_server, token):
    with live_server.settings.engine.connect() as conn:
        row = conn.execute(select(db.segments.c.ticket_number, db.tickets.c.member_id)
                           .join(db.tickets, db.tickets.c.number == db.segments.c.ticket_number)
                           .where(db.segments.c.cabin == "Economy",
                                  db.segments.c.seq == 1,
                                  db.segments.c.departure_date > dt.date.today().isoformat())
                           .limit(1)).one()
    number = rich_member(live_server, row.member_id)
    before = balance(live_server, number)
    r = post(live_server, token, "/upgrades", {"member_number": number,
                                               "ticket_number": row.ticket_number,
                                               "to_cabin": "Business"})
    assert r.status_code == 201, r.text
    assert balance(live_server, number) == before - r.json()["miles"]
    r = post(live_server, token, "/upgrades", {"member_number": number,
                                               "ticket_number": row.ticket_number,
                                               "to_cabin": "Economy"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "to_cabin"
    other = demo_member_number(row.member_id % 3000 + 1)
    r = post(live_server, token, "/upgrades", {"member_number": other,
                                               "ticket_number": row.ticket_number,
                                               "to_cabin": "First"})
    assert r.status_code == 404
    for ticket in ("220000000012", "22000000001200"):
        r = post(live_server, token, "/upgrades", {"member_number": number,
                                                   "ticket_number": ticket,
                                                   "to_cabin": "First"})
        assert r.status_code == 422 and "13 digits" in r.json()["detail"]
