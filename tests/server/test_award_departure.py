"""A flight that has left is neither offered, booked nor refunded: its departure time is local
time at the origin airport, judged against the server's clock (Settings.clock), which these
tests set instead of sleeping or touching the system clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import delete, insert, select

from supportdesk.domain.awards import departure_instant, has_departed, local_date
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.awards import fund, names, seats, set_seats
from ..helpers.http import API, auth, key, login, post
from ..helpers.ledger import balance

# A day far beyond the seeded 60 days, so only this file's flights fly on it; January, so
# Frankfurt is UTC+1, New York UTC−5 and Tokyo (no daylight saving) UTC+9.
DAY = dt.date(2031, 1, 15)
BERLIN, NEW_YORK, TOKYO = (ZoneInfo(z) for z in ("Europe/Berlin", "America/New_York",
                                                  "Asia/Tokyo"))
FLIGHTS = {  # flight number → origin, destination, local departure time
    "LH9707": ("FRA", "JFK", "07:07"),
    "LH9745": ("FRA", "JFK", "23:45"),
    "NH9707": ("NRT", "FRA", "07:07"),
    "UA9707": ("JFK", "FRA", "07:07"),
}


def local(zone: ZoneInfo, day: dt.date, hh_mm: str) -> dt.datetime:
    hour, minute = (int(part) for part in hh_mm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), zone)


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent6")


@pytest.fixture(scope="module")
def flights(live_server) -> Iterator[dict[str, int]]:
    """This file's Business award flights on DAY (4 seats each): flight number → inventory id."""
    inv = db.award_inventory
    with live_server.settings.engine.begin() as conn:
        conn.execute(insert(inv), [
            {"flight_number": number, "departure_date": DAY.isoformat(),
             "departure_time": at, "origin": origin, "destination": destination,
             "cabin": "Business", "seats": 4}
            for number, (origin, destination, at) in FLIGHTS.items()])
        ids = dict(conn.execute(select(inv.c.flight_number, inv.c.id).where(
            inv.c.departure_date == DAY.isoformat(),
            inv.c.flight_number.in_(list(FLIGHTS)))).all())
    yield ids
    with live_server.settings.engine.begin() as conn:
        booked = select(db.award_bookings.c.id).where(
            db.award_bookings.c.inventory_id.in_(list(ids.values())))
        if not conn.execute(booked).first():
            conn.execute(delete(inv).where(inv.c.id.in_(list(ids.values()))))


@pytest.fixture
def clock(live_server) -> Iterator:
    """clock(instant): the server's "now" from here on (restored to the real clock after)."""
    real = live_server.settings.clock

    def set_now(instant: dt.datetime) -> None:
        live_server.settings.clock = lambda: instant.astimezone(dt.UTC)

    yield set_now
    live_server.settings.clock = real


def offered(live_server, token, origin: str, destination: str) -> list[str]:
    r = requests.get(f"{live_server.url}{API}/awards/availability", headers=auth(token),
                     params={"origin": origin, "destination": destination,
                             "date": DAY.isoformat(), "cabin": "Business"}, timeout=30)
    assert r.status_code == 200, r.text
    return [f["flight_number"] for f in r.json()["flights"]]


def book(live_server, token, number: str, inventory_id: int) -> requests.Response:
    return post(live_server, token, "/awards", {"member_number": number,
                                                "inventory_id": inventory_id, "passengers": 1,
                                                "passenger_names": names(1)}, key())


def assert_departed(r: requests.Response, flight_number: str) -> None:
    assert r.status_code == 409, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["code"] == "flight-departed"
    assert problem["params"]["flight_number"] == flight_number
    assert problem["params"]["departure_date"] == DAY.isoformat()


# The rule itself, in the domain.

def test_departure_is_local_time_at_the_origin():
    assert departure_instant("NRT", DAY, "07:07") == \
        dt.datetime(2031, 1, 14, 22, 7, tzinfo=dt.UTC)
    assert departure_instant("JFK", DAY.isoformat(), "07:07") == \
        dt.datetime(2031, 1, 15, 12, 7, tzinfo=dt.UTC)
    leaves = local(BERLIN, DAY, "07:07")
    assert has_departed("FRA", DAY, "07:07", leaves)  # at departure: gone
    assert not has_departed("FRA", DAY, "07:07", leaves - dt.timedelta(minutes=1))
    assert local_date("NRT", dt.datetime(2031, 1, 14, 22, 0, tzinfo=dt.UTC)) == DAY
    with pytest.raises(ValueError):
        has_departed("FRA", DAY, "07:07", dt.datetime(2031, 1, 15, 8, 0))  # naive


# The measured bug: at 23:28 the 07:07 flight of the same day was offered, booked and refunded.

def test_a_departed_flight_is_not_offered_nor_booked_a_later_one_is(
        live_server, token, flights, clock):
    number = demo_member_number(711)
    fund(live_server, number)
    clock(local(BERLIN, DAY, "23:28"))
    assert offered(live_server, token, "FRA", "JFK") == ["LH9745"]
    gone = flights["LH9707"]
    before_miles, before_seats = balance(live_server, number), seats(live_server, gone)
    assert_departed(book(live_server, token, number, gone), "LH9707")
    assert balance(live_server, number) == before_miles
    assert seats(live_server, gone) == before_seats
    later = flights["LH9745"]
    r = book(live_server, token, number, later)
    assert r.status_code == 201, r.text
    assert r.json()["flight"]["flight_number"] == "LH9745"
    assert balance(live_server, number) == before_miles - 70_000


def test_a_booking_by_route_skips_departed_flights(live_server, token, flights, clock):
    """The provisional booking's "first flight of the day with seats" is the first not gone."""
    number = demo_member_number(712)
    fund(live_server, number)
    body = {"member_number": number, "origin": "FRA", "destination": "JFK",
            "date": DAY.isoformat(), "cabin": "Business", "passengers": 1,
            "passenger_names": names(1)}
    clock(local(BERLIN, DAY, "23:28"))
    r = post(live_server, token, "/awards", body, key())
    assert r.status_code == 201, r.text
    assert r.json()["flight"]["flight_number"] == "LH9745"  # not the earlier LH9707
    later = flights["LH9745"]
    left = seats(live_server, later)
    set_seats(live_server, later, 0)  # only the departed flight still has seats
    try:
        before = balance(live_server, number)
        assert_departed(post(live_server, token, "/awards", body, key()), "LH9707")
        assert balance(live_server, number) == before
    finally:
        set_seats(live_server, later, left)


def test_a_flown_award_cannot_be_cancelled_for_a_refund(live_server, token, flights, clock):
    number = demo_member_number(713)
    fund(live_server, number)
    flight = flights["LH9745"]
    clock(local(BERLIN, DAY, "23:00"))
    r = book(live_server, token, number, flight)
    assert r.status_code == 201, r.text
    code = r.json()["code"]
    after_booking, seats_left = balance(live_server, number), seats(live_server, flight)

    clock(local(BERLIN, DAY, "23:46"))  # it has left
    r = post(live_server, token, f"/awards/{code}/cancel",
             {"member_number": number, "reason": "Did not fly"})
    assert_departed(r, "LH9745")
    assert balance(live_server, number) == after_booking
    assert seats(live_server, flight) == seats_left  # not put back on sale
    with live_server.settings.engine.connect() as conn:
        refunds = conn.execute(select(db.ledger.c.id).where(
            db.ledger.c.reference == code, db.ledger.c.kind == "award_cancellation")).all()
        status = conn.execute(select(db.award_bookings.c.status).where(
            db.award_bookings.c.code == code)).scalar_one()
    assert refunds == [] and status == "confirmed"


@pytest.mark.parametrize(("flight", "origin", "zone"), [
    ("NH9707", "NRT", TOKYO),  # UTC+9: leaves the evening before in UTC
    ("UA9707", "JFK", NEW_YORK),  # UTC−5: leaves around noon UTC
])
def test_each_flight_is_judged_by_its_origins_local_time(
        live_server, token, flights, clock, flight, origin, zone):
    leaves = local(zone, DAY, "07:07")
    assert zone.utcoffset(leaves.replace(tzinfo=None)) == \
        dt.timedelta(hours=9 if zone is TOKYO else -5)
    number = demo_member_number(714)
    fund(live_server, number)
    # A minute before: offered. In Tokyo's case the UTC date is still the day before; in New
    # York's, 07:07 has long passed in UTC and in Frankfurt.
    clock(leaves - dt.timedelta(minutes=1))
    assert offered(live_server, token, origin, "FRA") == [flight]
    # A minute after: gone, whatever the date or hour is in UTC or at the server.
    clock(leaves + dt.timedelta(minutes=1))
    assert offered(live_server, token, origin, "FRA") == []
    before = seats(live_server, flights[flight])
    assert_departed(book(live_server, token, number, flights[flight]), flight)
    assert seats(live_server, flights[flight]) == before
