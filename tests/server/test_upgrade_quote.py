"""An upgrade is priced before it is booked (GET /upgrades/quote: the chart's miles, the
member's miles before and after), refused without enough miles, and refused — quote and
booking alike — for a flight that has left (its local departure time at the origin, judged
against the server's clock, which these tests set)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import func, select

from supportdesk.domain.awards import price_upgrade
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.awards import add_ticket, fund, server_clock
from ..helpers.http import API, auth, key, login, post
from ..helpers.ledger import balance

DAY = dt.date(2031, 1, 16)  # beyond the seeded days; January: Frankfurt is UTC+1
BERLIN = ZoneInfo("Europe/Berlin")
MEMBER = 731
# Two tickets of member 731: one flight at 07:07 on DAY; and 07:07 out, 19:40 back.
ONE_WAY, RETURN_TRIP = "2209990731001", "2209990731002"


def local(hh_mm: str, day: dt.date = DAY) -> dt.datetime:
    hour, minute = (int(part) for part in hh_mm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), BERLIN)


@pytest.fixture(scope="module")
def tickets(live_server) -> None:
    add_ticket(live_server, MEMBER, ONE_WAY, "QUPG71",
               ("LH9717", "FRA", "JFK", DAY, "07:07", "Economy"))
    add_ticket(live_server, MEMBER, RETURN_TRIP, "QUPG72",
               ("LH9727", "FRA", "LHR", DAY, "07:07", "Economy"),
               ("LH9728", "LHR", "FRA", DAY, "19:40", "Economy"))


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent4")


def quote(live_server, token, ticket: str, to_cabin: str = "Business",
          number: str | None = None) -> requests.Response:
    return requests.get(f"{live_server.url}{API}/upgrades/quote", headers=auth(token),
                        params={"member_number": number or demo_member_number(MEMBER),
                                "ticket_number": ticket, "to_cabin": to_cabin}, timeout=30)


def upgrade(live_server, token, ticket: str, to_cabin: str = "Business") -> requests.Response:
    return post(live_server, token, "/upgrades", {"member_number": demo_member_number(MEMBER),
                                                  "ticket_number": ticket,
                                                  "to_cabin": to_cabin}, key())


def cabin_of(live_server, ticket: str, seq: int) -> str:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.segments.c.cabin).where(
            db.segments.c.ticket_number == ticket, db.segments.c.seq == seq)).scalar_one()


def assert_departed(r: requests.Response, flight_number: str, at: str) -> None:
    assert r.status_code == 409, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["code"] == "flight-departed"
    assert problem["params"]["flight_number"] == flight_number
    assert problem["params"]["departure_date"] == DAY.isoformat()
    assert problem["params"]["departure_time"] == at
    assert problem["detail"]


def test_the_quote_shows_the_price_and_the_miles_left_before_booking(live_server, token,
                                                                     tickets):
    number = demo_member_number(MEMBER)
    held = fund(live_server, number)
    chart = price_upgrade("FRA", "JFK", "Economy", "Business")
    with server_clock(live_server) as clock:
        clock(local("05:00"))
        r = quote(live_server, token, ONE_WAY)
        assert r.status_code == 200, r.text
        q = r.json()
        assert q["member_number"] == number and q["ticket_number"] == ONE_WAY
        assert q["flight"] == {"flight_number": "LH9717", "date": DAY.isoformat(),
                               "departure_time": "07:07", "origin": "FRA",
                               "destination": "JFK"}
        assert (q["from_cabin"], q["to_cabin"]) == ("Economy", "Business")
        assert q["miles"] == chart.miles == 40_000 and q["fees_eur"] == str(chart.fees_eur)
        assert q["balance"] == held and q["balance_after"] == held - 40_000 and q["enough"]
        assert balance(live_server, number) == held  # a quote spends nothing
        # Booked at the quoted price: the miles left are the ones quoted.
        r = upgrade(live_server, token, ONE_WAY)
        assert r.status_code == 201, r.text
        assert r.json()["miles"] == q["miles"] and r.json()["balance"] == q["balance_after"]
    assert balance(live_server, number) == q["balance_after"]
    assert cabin_of(live_server, ONE_WAY, 1) == "Business"


def poor_member(live_server) -> int:
    """An active demo member (700–799) with fewer than 20,000 miles."""
    m, ledger = db.members, db.ledger
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(m.c.id).outerjoin(ledger, ledger.c.member_id == m.c.id)
            .where(m.c.id.between(700, 799), m.c.status == "active", m.c.id != MEMBER)
            .group_by(m.c.id).having(func.coalesce(func.sum(ledger.c.miles), 0) < 20_000)
            .order_by(m.c.id).limit(1)).scalar_one()


def test_too_few_miles_are_said_by_the_quote_and_refused_by_the_booking(live_server, token):
    poor = poor_member(live_server)
    number, ticket = demo_member_number(poor), f"220999{poor:07d}"
    add_ticket(live_server, poor, ticket, "QUPG73",
               ("LH9737", "FRA", "JFK", DAY, "09:30", "Economy"))
    held = balance(live_server, number)
    with server_clock(live_server) as clock:
        clock(local("05:00"))
        r = quote(live_server, token, ticket, "First", number=number)
        assert r.status_code == 200, r.text
        dear = r.json()
        assert dear["miles"] == 75_000 and dear["balance"] == held
        assert not dear["enough"] and dear["balance_after"] == held - 75_000 < 0
        r = post(live_server, token, "/upgrades", {"member_number": number,
                                                   "ticket_number": ticket,
                                                   "to_cabin": "First"}, key())
        assert r.status_code == 422 and r.json()["code"] == "not-enough-miles"
        assert r.json()["params"] == {"balance": held, "miles": 75_000}
    assert balance(live_server, number) == held
    with live_server.settings.engine.connect() as conn:
        assert conn.execute(select(db.segments.c.cabin).where(
            db.segments.c.ticket_number == ticket)).scalar_one() == "Economy"


def test_a_departed_flight_is_not_quoted_nor_upgraded_the_next_one_is(live_server, token,
                                                                      tickets):
    """The measured bug, for upgrades: at 23:28 the 07:07 flight of the same day is gone."""
    number = demo_member_number(MEMBER)
    fund(live_server, number, 200_000)
    with server_clock(live_server) as clock:
        clock(local("23:28"))
        before = balance(live_server, number)
        # The one-way ticket's only flight has left: nothing to quote or upgrade.
        assert_departed(quote(live_server, token, ONE_WAY, "First"), "LH9717", "07:07")
        assert_departed(upgrade(live_server, token, ONE_WAY, "First"), "LH9717", "07:07")
        assert balance(live_server, number) == before
        # The return trip at 12:00: out (07:07) has left, back (19:40) is the next flight.
        clock(local("12:00"))
        q = quote(live_server, token, RETURN_TRIP, "Premium Economy").json()
        assert q["flight"]["flight_number"] == "LH9728" and q["flight"]["origin"] == "LHR"
        # 19:40 in London is 20:40 in Frankfurt: at 20:41 Frankfurt time it has left too.
        clock(local("20:41"))
        assert_departed(quote(live_server, token, RETURN_TRIP, "Premium Economy"),
                        "LH9728", "19:40")
        r = upgrade(live_server, token, RETURN_TRIP, "Premium Economy")
        assert_departed(r, "LH9728", "19:40")
        assert balance(live_server, number) == before
        clock(local("20:39"))  # a minute before it leaves: still upgradable
        r = upgrade(live_server, token, RETURN_TRIP, "Premium Economy")
        assert r.status_code == 201, r.text
    assert cabin_of(live_server, RETURN_TRIP, 1) == "Economy"  # the flown one stays
    assert cabin_of(live_server, RETURN_TRIP, 2) == "Premium Economy"


@pytest.mark.parametrize(("params", "status", "field"), [
    ({"ticket_number": "220999073100"}, 422, "ticket_number"),
    ({"member_number": "992000000000019"}, 422, "member_number"),
    ({"to_cabin": "Cargo"}, 422, "to_cabin"),
    ({"to_cabin": "Economy"}, 422, "to_cabin"),  # no upgrade: the booked cabin or lower
])
def test_a_quote_of_bad_input_says_which_field(live_server, token, tickets, params, status,
                                               field):
    base = {"member_number": demo_member_number(MEMBER), "ticket_number": RETURN_TRIP,
            "to_cabin": "Business"}
    with server_clock(live_server) as clock:
        clock(local("05:00"))
        r = requests.get(f"{live_server.url}{API}/upgrades/quote", headers=auth(token),
                         params={**base, **params}, timeout=30)
    assert r.status_code == status, r.text
    assert field in {e["field"] for e in r.json()["errors"]}


def test_another_members_ticket_is_not_quoted(live_server, token, tickets):
    r = quote(live_server, token, ONE_WAY, number=demo_member_number(MEMBER + 1))
    assert r.status_code == 404 and r.json()["code"] == "ticket-not-found"
    assert "balance" not in r.text
