"""The answers the actions and the reads build from rows: a credit, an award booking, a
request with its check. Plain data (the JSON of answers.py's models)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from ..domain.airports import great_circle_km
from ..domain.eu261 import RECORDED_CIRCUMSTANCE, Disruption, Rerouting, assess_flight
from ..domain.fares import rules_for
from ..domain.requests import OPEN_STATUSES
from ..domain.wording import Line, render
from . import db
from .problems import ApiError

assignee = db.agents.alias("assignee")
other = db.requests.alias("other")


requester = db.agents.alias("requester")
decider = db.agents.alias("decider")


def credit_select(*extra: Any):  # noqa: ANN201
    """A credit with its member's number, requester and decider (+ `extra` columns): one
    row per credit, so a list of them is one query."""
    c = db.credits
    return (select(c, db.members.c.member_number, requester.c.name.label("requested_by_name"),
                   decider.c.name.label("decided_by_name"), *extra)
            .join(db.members, db.members.c.id == c.c.member_id)
            .join(requester, requester.c.id == c.c.requested_by)
            .outerjoin(decider, decider.c.id == c.c.decided_by))


def _credit(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "member_number": row.member_number, "miles": row.miles, "kind": row.kind,
        "reason": row.reason, "reference": row.reference, "status": row.status,
        "requested_by": {"id": row.requested_by, "name": row.requested_by_name},
        "requested_at": row.requested_at,
        "decided_by": ({"id": row.decided_by, "name": row.decided_by_name}
                       if row.decided_by else None),
        "decided_at": row.decided_at, "decision_note": row.decision_note,
        "ledger_id": row.ledger_id,
    }


def credit_json(conn: Connection, credit_id: int) -> dict[str, Any]:
    return _credit(conn.execute(credit_select().where(db.credits.c.id == credit_id)).one())


def listed_credits_select():  # noqa: ANN201
    """Credits as the list shows them (`listed_credit`): the member's name and tier, the
    balance now (a correlated sum over ix_ledger_member) and the requester's username."""
    miles_now = (select(func.coalesce(func.sum(db.ledger.c.miles), 0))
                 .where(db.ledger.c.member_id == db.credits.c.member_id)
                 .scalar_subquery())
    m = db.members.c
    return credit_select(m.first_name, m.last_name, m.tier,
                         requester.c.username.label("requested_by_username"),
                         miles_now.label("member_balance"))


def listed_credit(row: Any) -> dict[str, Any]:
    answer = _credit(row)
    answer["requested_by"]["username"] = row.requested_by_username
    answer.update(member_name=f"{row.first_name} {row.last_name}", member_tier=row.tier,
                  member_balance=int(row.member_balance))
    return answer


def balance(conn: Connection, member_id: int) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(db.ledger.c.miles), 0))
                            .where(db.ledger.c.member_id == member_id)).scalar_one())


def booking_json(conn: Connection, booking_id: int) -> dict[str, Any]:
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
            "passenger_names": passenger_names(conn, row.id),
            "balance": balance(conn, row.member_id), "created_at": row.created_at}


def passenger_names(conn: Connection, booking_id: int) -> list[dict[str, str]]:
    """The travellers of a flight award as on the ticket, in order (none for an upgrade)."""
    p = db.award_passengers
    return [{"given_name": r.given_name, "surname": r.surname}
            for r in conn.execute(select(p.c.given_name, p.c.surname)
                                  .where(p.c.booking_id == booking_id).order_by(p.c.seq))]


def summary_select():  # noqa: ANN202
    r, f, m = db.requests, db.flights, db.members
    duplicates = (select(func.count()).select_from(other)
                  .where(other.c.ticket_number == r.c.ticket_number)
                  .scalar_subquery())
    return (select(r, f.c.flight_number, f.c.departure_date, f.c.origin, f.c.destination,
                   f.c.status.label("flight_status"), f.c.arrival_delay_minutes,
                   m.c.member_number, m.c.first_name, m.c.last_name,
                   m.c.language.label("member_language"),
                   assignee.c.name.label("assignee_name"), duplicates.label("same_ticket"))
            .join(f, f.c.id == r.c.flight_id)
            .join(m, m.c.id == r.c.member_id)
            .outerjoin(assignee, assignee.c.id == r.c.assignee_id))


def summary(row: Any, now: str) -> dict[str, Any]:
    return {
        "id": row.id, "type": row.type, "channel": row.channel, "status": row.status,
        "member_number": row.member_number, "member_name": f"{row.first_name} {row.last_name}",
        "booking_code": row.booking_code, "ticket_number": row.ticket_number,
        "booking_class": row.booking_class,
        "flight": {"flight_number": row.flight_number, "date": row.departure_date,
                   "origin": row.origin, "destination": row.destination,
                   "status": row.flight_status, "arrival_delay_minutes":
                       row.arrival_delay_minutes},
        "created_at": row.created_at, "sla_due": row.sla_due,
        "overdue": row.status in OPEN_STATUSES and row.sla_due < now,
        "assignee": {"id": row.assignee_id, "name": row.assignee_name}
        if row.assignee_id else None,
        "duplicates": int(row.same_ticket) - 1,
    }


def load_request(conn: Connection, request_id: int) -> Any:
    row = conn.execute(summary_select().where(db.requests.c.id == request_id)).first()
    if row is None:
        raise ApiError(404, "request-not-found", f"There is no request {request_id}.")
    return row


def request_check(conn: Connection, row: Any) -> dict[str, Any]:
    flight = conn.execute(select(db.flights).where(db.flights.c.id == row.flight_id)).one()
    fare = rules_for(row.booking_class)
    if flight.status == "cancelled":
        rerouting = None
        if flight.rerouting_arrival_minutes is not None:
            rerouting = Rerouting(flight.rerouting_departure_minutes or 0,
                                  flight.rerouting_arrival_minutes)
        circumstances = dict(disruption=Disruption.CANCELLATION,
                             notice_days=flight.notice_days or 0, rerouting=rerouting)
    else:
        circumstances = dict(disruption=Disruption.DELAY,
                             arrival_delay_minutes=flight.arrival_delay_minutes or 0)
    entitlement = assess_flight(flight.origin, flight.destination,
                                extraordinary_circumstances=bool(flight.extraordinary),
                                **circumstances)
    wording = list(entitlement.all_lines)  # Art. 7 reasoning, then the Art. 8 right
    if flight.extraordinary:
        wording.insert(1, Line(RECORDED_CIRCUMSTANCE, {"circumstance": flight.extraordinary}))
    others = conn.execute(select(db.requests.c.id, db.requests.c.status, db.requests.c.channel,
                                 db.requests.c.created_at)
                          .where(db.requests.c.ticket_number == row.ticket_number,
                                 db.requests.c.id != row.id)
                          .order_by(db.requests.c.created_at)).all()
    return {
        "flight": {
            "flight_number": flight.flight_number, "date": flight.departure_date,
            "origin": flight.origin, "destination": flight.destination,
            "status": flight.status, "arrival_delay_minutes": flight.arrival_delay_minutes,
            "notice_days": flight.notice_days,
            "rerouting_departure_minutes": flight.rerouting_departure_minutes,
            "rerouting_arrival_minutes": flight.rerouting_arrival_minutes,
            "extraordinary": flight.extraordinary,
            "distance_km": round(great_circle_km(flight.origin, flight.destination)),
        },
        "fare": {"family": fare.family, "cabin": fare.cabin.value,
                 "refundable": fare.refundable,
                 "refund_fee_eur": str(fare.refund_fee_eur) if fare.refund_fee_eur is not None
                 else None,
                 "changeable": fare.changeable,
                 "change_fee_eur": str(fare.change_fee_eur) if fare.change_fee_eur is not None
                 else None,
                 "lines": list(fare.summary()),
                 "wording": [line.as_json() for line in fare.summary_lines()]},
        "duplicates": [{"id": o.id, "status": o.status, "channel": o.channel,
                        "created_at": o.created_at} for o in others],
        "eu261": {"amount_eur": entitlement.amount_eur, "band": entitlement.band.name.lower(),
                  "reduced": entitlement.reduced,
                  "reasons": [render(line) for line in wording],
                  "wording": [line.as_json() for line in wording],
                  "refund_right": entitlement.refund_right.value},
    }


def request_detail(conn: Connection, request_id: int) -> dict[str, Any]:
    row = load_request(conn, request_id)
    notes = conn.execute(select(db.request_notes, db.agents.c.name)
                         .join(db.agents, db.agents.c.id == db.request_notes.c.agent_id)
                         .where(db.request_notes.c.request_id == request_id)
                         .order_by(db.request_notes.c.id)).all()
    return {**summary(row, db.iso(db.utcnow())),
            "customer_message": row.customer_message, "customer_reply": row.customer_reply,
            "member_language": row.member_language,
            "decided_at": row.decided_at,
            "notes": [{"at": n.at, "agent": n.name, "kind": n.kind, "text": n.text}
                      for n in notes],
            "check": request_check(conn, row)}
