"""The refund and rebooking queue, and the check that does the reasoning for the agent:
flight status, fare rules, duplicates, and the EU 261/2004 entitlement with its reasons."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import Connection, func, insert, select, update

from ..domain import limits
from ..domain.airports import great_circle_km
from ..domain.eu261 import Disruption, Rerouting, assess_flight
from ..domain.fares import rules_for
from . import audit, db
from .answers import RequestDetail, RequestList
from .auth import Agent, CurrentAgent, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import text_field
from .idempotency import run_write
from .maintenance import capability
from .problems import ApiError

router = APIRouter(prefix="/requests", tags=["requests"], dependencies=[capability("requests")])

OPEN_STATUSES = ("new", "in_review", "needs_info", "escalated")
STATUSES = OPEN_STATUSES + ("approved", "rejected")
DECISION_STATUS = {"approve": "approved", "reject": "rejected", "needs_info": "needs_info",
                   "escalate": "escalated"}

assignee = db.agents.alias("assignee")
other = db.requests.alias("other")


class DecisionIn(BaseModel):
    decision: Literal["approve", "reject", "needs_info", "escalate"]
    note: text_field(limits.REQUEST_NOTE)
    customer_reply: text_field(limits.CUSTOMER_REPLY) | None = None


def _summary_select():  # noqa: ANN202
    r, f, m = db.requests, db.flights, db.members
    duplicates = (select(func.count()).select_from(other)
                  .where(other.c.ticket_number == r.c.ticket_number)
                  .scalar_subquery())
    return (select(r, f.c.flight_number, f.c.departure_date, f.c.origin, f.c.destination,
                   f.c.status.label("flight_status"), f.c.arrival_delay_minutes,
                   m.c.member_number, m.c.first_name, m.c.last_name,
                   assignee.c.name.label("assignee_name"), duplicates.label("same_ticket"))
            .join(f, f.c.id == r.c.flight_id)
            .join(m, m.c.id == r.c.member_id)
            .outerjoin(assignee, assignee.c.id == r.c.assignee_id))


def _summary(row: Any, now: str) -> dict[str, Any]:
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


@router.get("", **declare(RequestList, 422, MAINTENANCE))
def list_requests(
    agent: CurrentAgent,
    request: Request,
    status: Annotated[list[Literal[STATUSES]] | None, Query()] = None,  # type: ignore[valid-type]
    type: Annotated[Literal["refund", "rebooking"] | None, Query()] = None,  # noqa: A002
    assigned: Annotated[Literal["me", "unassigned", "others", "any"], Query()] = "any",
    overdue: Annotated[bool | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=limits.MAX_REQUESTS_PAGE)] = 200,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    r = db.requests
    now = db.iso(db.utcnow())
    stmt = _summary_select()
    stmt = stmt.where(r.c.status.in_(status or OPEN_STATUSES))
    if type:
        stmt = stmt.where(r.c.type == type)
    if assigned == "me":
        stmt = stmt.where(r.c.assignee_id == agent.id)
    elif assigned == "unassigned":
        stmt = stmt.where(r.c.assignee_id.is_(None))
    elif assigned == "others":
        stmt = stmt.where(r.c.assignee_id.is_not(None), r.c.assignee_id != agent.id)
    if overdue is not None:
        stmt = stmt.where((r.c.sla_due < now) if overdue else (r.c.sla_due >= now))
    with settings_of(request).engine.connect() as conn:
        rows = conn.execute(stmt.order_by(r.c.sla_due, r.c.id).limit(limit + 1)
                            .offset(offset)).all()
    return {"requests": [_summary(row, now) for row in rows[:limit]],
            "more": len(rows) > limit}


def _load(conn: Connection, request_id: int) -> Any:
    row = conn.execute(_summary_select().where(db.requests.c.id == request_id)).first()
    if row is None:
        raise ApiError(404, "request-not-found", f"There is no request {request_id}.")
    return row


def _check(conn: Connection, row: Any) -> dict[str, Any]:
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
    reasons = list(entitlement.reasons)
    if flight.extraordinary:
        reasons.insert(1, f"Recorded circumstance: {flight.extraordinary}")
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
                 "lines": list(fare.summary())},
        "duplicates": [{"id": o.id, "status": o.status, "channel": o.channel,
                        "created_at": o.created_at} for o in others],
        "eu261": {"amount_eur": entitlement.amount_eur, "band": entitlement.band.name.lower(),
                  "reduced": entitlement.reduced, "reasons": reasons},
    }


def _detail(conn: Connection, request_id: int) -> dict[str, Any]:
    row = _load(conn, request_id)
    notes = conn.execute(select(db.request_notes, db.agents.c.name)
                         .join(db.agents, db.agents.c.id == db.request_notes.c.agent_id)
                         .where(db.request_notes.c.request_id == request_id)
                         .order_by(db.request_notes.c.id)).all()
    return {**_summary(row, db.iso(db.utcnow())),
            "customer_message": row.customer_message, "customer_reply": row.customer_reply,
            "decided_at": row.decided_at,
            "notes": [{"at": n.at, "agent": n.name, "kind": n.kind, "text": n.text}
                      for n in notes],
            "check": _check(conn, row)}


@router.get("/{request_id}", **declare(RequestDetail, 404, 422, MAINTENANCE))
def get_request(request_id: int, agent: CurrentAgent, request: Request) -> dict[str, Any]:
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        detail = _detail(conn, request_id)
    audit.record(settings.engine, agent_id=agent.id, action="request_read",
                 member_number=detail["member_number"], detail={"request_id": request_id},
                 request_id=request.state.request_id)
    return detail


def _note(conn: Connection, request_id: int, agent: Agent, kind: str, text: str) -> None:
    conn.execute(insert(db.request_notes).values(request_id=request_id, agent_id=agent.id,
                                                 at=db.iso(db.utcnow()), kind=kind, text=text))


@router.post("/{request_id}/claim", **write(RequestDetail, 404, 409, MAINTENANCE))
def claim_request(request_id: int, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        row = _load(conn, request_id)
        if row.status not in OPEN_STATUSES:
            raise ApiError(409, "request-closed", f"This request is already {row.status}.")
        if row.assignee_id not in (None, agent.id):
            raise ApiError(409, "claimed-by-other",
                           f"{row.assignee_name} is already working on this request.")
        conn.execute(update(db.requests).where(db.requests.c.id == request_id).values(
            assignee_id=agent.id, status="in_review" if row.status == "new" else row.status))
        _note(conn, request_id, agent, "claim", f"Claimed by {agent.name}")
        audit.append(conn, agent_id=agent.id, action="request_claim",
                     member_number=row.member_number, detail={"request_id": request_id},
                     request_id=request.state.request_id)
        return 200, _detail(conn, request_id)

    return run_write(request, agent, {"claim": request_id}, handler)


@router.post("/{request_id}/decision", **write(RequestDetail, 403, 404, 409, MAINTENANCE))
def decide_request(request_id: int, body: DecisionIn, agent: CurrentAgent,  # noqa: ANN201
                   request: Request):
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        row = _load(conn, request_id)
        if row.status in ("approved", "rejected"):
            raise ApiError(409, "request-closed",
                           f"This request was already {row.status}; nothing was changed.")
        if row.assignee_id != agent.id and not agent.is_supervisor:
            owner = row.assignee_name or "nobody"
            raise ApiError(403, "not-assignee",
                           f"Claim the request first (assigned to {owner}).")
        if row.status == "escalated" and not agent.is_supervisor:
            raise ApiError(403, "escalated", "An escalated request is decided by a supervisor.")
        if body.decision in ("approve", "reject", "needs_info") and not body.customer_reply:
            raise ApiError(422, "invalid-input", "Write the reply to the customer.",
                           errors=[{"field": "customer_reply",
                                    "message": "Write the reply to the customer."}])
        status = DECISION_STATUS[body.decision]
        now = db.iso(db.utcnow())
        conn.execute(update(db.requests).where(db.requests.c.id == request_id).values(
            status=status, customer_reply=body.customer_reply or row.customer_reply,
            decided_by=agent.id if status in ("approved", "rejected") else None,
            decided_at=now if status in ("approved", "rejected") else None,
            assignee_id=row.assignee_id or agent.id))
        _note(conn, request_id, agent, "decision", f"{body.decision}: {body.note}")
        audit.append(conn, agent_id=agent.id, action=f"request_{body.decision}",
                     member_number=row.member_number,
                     detail={"request_id": request_id, "note": body.note},
                     request_id=request.state.request_id)
        return 200, _detail(conn, request_id)

    return run_write(request, agent, {"request": request_id, **body.model_dump()}, handler)



