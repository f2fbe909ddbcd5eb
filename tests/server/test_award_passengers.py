"""A flight award names its passengers as on the ticket: one name per seat, each part under the
ticket-name rule (domain.limits.TICKET_NAME), refused with a 422 that names the field, stored
with the award and answered with it — also when it was booked by route (a provisional booking
confirmed later)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from supportdesk.domain import limits
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.domain.text import TextProblem
from supportdesk.server import db

from ..helpers.awards import fund, inventory, names, set_seats, utc_day
from ..helpers.http import key, login, post
from ..helpers.ledger import balance


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent5")


def stored_names(live_server, code: str) -> list[tuple[int, str, str]]:
    b, p = db.award_bookings, db.award_passengers
    with live_server.settings.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(p.c.seq, p.c.given_name, p.c.surname).join(b, b.c.id == p.c.booking_id)
            .where(b.c.code == code).order_by(p.c.seq))]


# The rule, in the core: what the form checks as the agent types and the server enforces.

@pytest.mark.parametrize(("typed", "kept"), [
    ("Anna", "Anna"), ("  Marie   Claire ", "Marie Claire"), ("O'Brien", "O'Brien"),
    ("d’Arcy", "d’Arcy"), ("Müller-Lüdenscheidt", "Müller-Lüdenscheidt"), ("Ng", "Ng"),
    ("Łucja", "Łucja"), ("José", "José"), ("Ångström", "Ångström"),
])
def test_a_ticket_name_keeps_letters_spaces_hyphens_and_apostrophes(typed, kept):
    assert limits.TICKET_NAME.clean(typed) == kept


@pytest.mark.parametrize(("typed", "code"), [
    ("", "blank"), ("   ", "blank"), ("Anna2", "name-digits"), ("R2D2", "name-digits"),
    ("Anna@home", "name-characters"), ("Anna.", "name-characters"), ("--", "name-characters"),
    ("Anna\u202eeve", "control-characters"), ("A" * 41, "too-long"),
    ("Schmidt/Anna", "name-characters"),
])
def test_a_ticket_name_refuses_digits_symbols_and_lengths(typed, code):
    with pytest.raises(TextProblem) as refused:
        limits.TICKET_NAME.clean(typed)
    assert refused.value.code == code


# The server: required, checked, stored, answered.

def body(number: str, inventory_id: int, count: int = 1, **changes) -> dict:  # noqa: ANN003
    return {"member_number": number, "inventory_id": inventory_id, "passengers": count,
            "passenger_names": names(count), **changes}


def test_an_award_without_passenger_names_is_refused_naming_the_field(live_server, token):
    number = demo_member_number(721)
    seat = inventory(live_server, "FRA", "JFK", utc_day(9), "Business")
    before = balance(live_server, number)
    without = body(number, seat)
    del without["passenger_names"]
    for sent, field in [(without, "passenger_names"),
                        (body(number, seat, passenger_names=[]), "passenger_names"),
                        # two seats, one name: every traveller is named
                        (body(number, seat, 1, passengers=2), "passenger_names")]:
        r = post(live_server, token, "/awards", sent, key())
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert field in {e["field"] for e in r.json()["errors"]}, r.json()
        assert r.json()["detail"]
    assert balance(live_server, number) == before


@pytest.mark.parametrize(("given", "surname", "field", "code"), [
    ("Anna2", "Schmidt", "passenger_names.0.given_name", "name-digits"),
    ("Anna", "Schm!dt", "passenger_names.0.surname", "name-characters"),
    ("", "Schmidt", "passenger_names.0.given_name", "too-short"),
    ("Anna", "S" * 41, "passenger_names.0.surname", "too-long"),
    ("Anna", "Sch\u200bmidt", "passenger_names.0.surname", "control-characters"),
])
def test_each_name_is_checked_by_the_ticket_name_rule(live_server, token, given, surname,
                                                      field, code):
    number = demo_member_number(722)
    seat = inventory(live_server, "FRA", "JFK", utc_day(9), "Business")
    sent = body(number, seat, passenger_names=[{"given_name": given, "surname": surname}])
    r = post(live_server, token, "/awards", sent, key())
    assert r.status_code == 422, r.text
    errors = {e["field"]: e for e in r.json()["errors"]}
    assert field in errors, r.json()
    assert errors[field]["code"] == code


def test_the_names_are_stored_with_the_award_and_answered(live_server, token):
    number = demo_member_number(723)
    fund(live_server, number)
    seat = inventory(live_server, "FRA", "JFK", utc_day(9), "Business")
    set_seats(live_server, seat, 4)
    typed = [{"given_name": " Seán ", "surname": "O'Brien"},
             {"given_name": "Marie  Claire", "surname": "d’Arcy-Müller"}]
    op = key()
    r = post(live_server, token, "/awards", body(number, seat, 2, passenger_names=typed), op)
    assert r.status_code == 201, r.text
    booking = r.json()
    kept = [{"given_name": "Seán", "surname": "O'Brien"},
            {"given_name": "Marie Claire", "surname": "d’Arcy-Müller"}]
    assert booking["passenger_names"] == kept and booking["passengers"] == 2
    assert stored_names(live_server, booking["code"]) == [
        (1, "Seán", "O'Brien"), (2, "Marie Claire", "d’Arcy-Müller")]
    # The ledger, where the member page lists the awards, names them too.
    with live_server.settings.engine.connect() as conn:
        description = conn.execute(select(db.ledger.c.description).where(
            db.ledger.c.reference == booking["code"],
            db.ledger.c.kind == "award_redemption")).scalar_one()
    assert description.endswith("2 pax: Seán O'Brien, Marie Claire d’Arcy-Müller")
    # A replay answers the same booking, names included; nothing is booked twice.
    again = post(live_server, token, "/awards", body(number, seat, 2, passenger_names=typed), op)
    assert again.json() == booking
    assert len(stored_names(live_server, booking["code"])) == 2
    # The cancellation's answer still names them.
    r = post(live_server, token, f"/awards/{booking['code']}/cancel",
             {"member_number": number, "reason": "Plans changed"})
    assert r.status_code == 200 and r.json()["passenger_names"] == kept


def test_a_booking_by_route_carries_the_names_and_is_checked_by_the_same_rules(
        live_server, token):
    """What a provisional booking sends when the backend is back: its names are judged then."""
    number = demo_member_number(724)
    fund(live_server, number)
    day = utc_day(11)
    set_seats(live_server, inventory(live_server, "FRA", "JFK", day, "Economy"), 2)
    route = {"member_number": number, "origin": "FRA", "destination": "JFK",
             "date": day.isoformat(), "cabin": "Economy", "passengers": 1}
    r = post(live_server, token, "/awards",
             {**route, "passenger_names": [{"given_name": "Anna", "surname": "Sch3midt"}]})
    assert r.status_code == 422
    assert "passenger_names.0.surname" in {e["field"] for e in r.json()["errors"]}
    r = post(live_server, token, "/awards", {**route, "passenger_names": names(1)})
    assert r.status_code == 201, r.text
    assert r.json()["passenger_names"] == names(1)
    assert stored_names(live_server, r.json()["code"]) == [(1, "Anna", "Schmidt")]
    assert dt.date.fromisoformat(r.json()["flight"]["date"]) == day
