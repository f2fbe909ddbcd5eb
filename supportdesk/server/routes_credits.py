"""Miles credits with four-eyes approval, and reversals of ledger entries.

Limits are the server's: above an agent's per-credit or daily limit a credit is *pending*
until a supervisor who is not the requester approves exactly the proposed payload.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection, func, insert, select, update

from ..domain import limits
from ..domain.identifiers import InvalidIdentifier, parse_member_number
from . import audit, db
from .answers import CreditList, CreditOut, ProposedCredit, ReversalOut
from .auth import Agent, CurrentAgent, Supervisor, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import MemberNumber, TicketNumber, text_field
from .idempotency import run_write
from .maintenance import capability
from .problems import ApiError

router = APIRouter(tags=["credits"])

KIND_LABELS = {"retro_claim": "Retro claim", "goodwill": "Goodwill", "correction": "Correction"}


class RetroFlight(BaseModel):
    ticket_number: TicketNumber
    flight_number: str = Field(pattern=r"^[A-Z0-9]{2}\d{1,4}$")
    flight_date: dt.date
    booking_class: str = Field(pattern=r"^[A-Z]$")
    origin: str = Field(pattern=r"^[A-Za-z]{3}$")
    destination: str = Field(pattern=r"^[A-Za-z]{3}$")


class CreditIn(BaseModel):
    member_number: MemberNumber
    miles: int | None = Field(default=None, ge=1, le=limits.MAX_CREDIT_MILES)
    kind: Literal["retro_claim", "goodwill", "correction"]
    reason: text_field(limits.CREDIT_REASON)
    reference: text_field(limits.CREDIT_REFERENCE) | None = None
    flight: RetroFlight | None = None


class Decision(BaseModel):
    note: text_field(limits.APPROVAL_NOTE) | None = None


class Rejection(BaseModel):
    note: text_field(limits.REJECTION_NOTE)


class ReversalIn(BaseModel):
    member_number: MemberNumber  # whose entry it must be: a mistyped id reverses nothing
    reason: text_field(limits.REVERSAL_REASON)


def _field_error(field: str, message: str, status: int = 422, code: str = "invalid-input",
                 **extra: object) -> ApiError:
    return ApiError(status, code, message, errors=[{"field": field, "message": message}],
                    **extra)


def _member(conn: Connection, number: str) -> Any:
    row = conn.execute(select(db.members.c.id, db.members.c.member_number, db.members.c.status,
                              db.members.c.tier)
                       .where(db.members.c.member_number == number)).first()
    if row is None:
        raise ApiError(404, "member-not-found", f"There is no member {number}.")
    return row


def _applied_today(conn: Connection, agent_id: int, now: dt.datetime) -> int:
    """Miles this agent applied on their own authority today (UTC); approvals excluded."""
    start = db.iso(now.replace(hour=0, minute=0, second=0, microsecond=0))
    return int(conn.execute(
        select(func.coalesce(func.sum(db.credits.c.miles), 0)).where(
            db.credits.c.requested_by == agent_id,
            db.credits.c.status == "applied",
            db.credits.c.decided_by.is_(None),
            db.credits.c.requested_at >= start,
        )).scalar_one())


def _post_credit(conn: Connection, operation_id: str, member_id: int, miles: int, kind: str,
                 reason: str, reference: str | None, agent_id: int) -> int:
    """The ledger row of a credit; `operation_id` is unique, so it can be posted only once."""
    return conn.execute(insert(db.ledger).values(
        member_id=member_id, posted_at=db.iso(db.utcnow()), kind="credit", miles=miles,
        description=f"{KIND_LABELS[kind]}: {reason}"[:300], reference=reference,
        operation_id=operation_id, agent_id=agent_id,
    )).inserted_primary_key[0]


def credit_json(conn: Connection, credit_id: int) -> dict[str, Any]:
    requester = db.agents.alias("requester")
    decider = db.agents.alias("decider")
    row = conn.execute(
        select(db.credits, db.members.c.member_number,
               requester.c.name.label("requested_by_name"),
               decider.c.name.label("decided_by_name"))
        .join(db.members, db.members.c.id == db.credits.c.member_id)
        .join(requester, requester.c.id == db.credits.c.requested_by)
        .outerjoin(decider, decider.c.id == db.credits.c.decided_by)
        .where(db.credits.c.id == credit_id)).one()
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


def _retro_miles(conn: Connection, body: CreditIn, member: Any, now: dt.datetime) -> tuple[int, str, str]:
    """Miles for a retro claim from the calculator, or refuse with the reason."""
    from ..domain.mileage import calculate

    flight = body.flight
    if flight is None:
        raise _field_error("flight", "A retro claim needs the flight: ticket, flight number, "
                                     "date, booking class, origin and destination.")
    if flight.flight_date > now.date():
        raise _field_error("flight.flight_date", "The flight date is in the future.")
    if now.date() - flight.flight_date > limits.RETRO_CLAIM_MAX_AGE:
        raise _field_error("flight.flight_date",
                           "Flights older than 6 months cannot be claimed retroactively.",
                           params={"max_age_days": limits.RETRO_CLAIM_MAX_AGE.days})
    claim_key = f"{flight.ticket_number}:{flight.flight_number}:{flight.flight_date}"
    if conn.execute(select(db.credits.c.id).where(db.credits.c.claim_key == claim_key,
                                                  db.credits.c.status != "rejected")).first():
        raise _field_error("flight", "This flight was already claimed for this ticket.",
                           status=409, code="already-claimed")
    credited = conn.execute(select(db.ledger.c.id).where(
        db.ledger.c.member_id == member.id, db.ledger.c.kind == "accrual",
        db.ledger.c.reference.in_((flight.ticket_number, flight.flight_number)),
        func.substr(db.ledger.c.posted_at, 1, 10) == flight.flight_date.isoformat())).first()
    if credited:
        raise _field_error("flight", "This flight was already credited to the account.",
                           status=409, code="already-credited")
    try:
        result = calculate(flight.origin.upper(), flight.destination.upper(),
                           flight.booking_class, member.tier)
    except InvalidIdentifier as exc:
        raise _field_error(f"flight.{exc.field}", exc.message) from None
    reference = f"{flight.flight_number} {flight.flight_date} {flight.ticket_number}"
    return result.total_miles, reference, claim_key


@router.post("/credits", dependencies=[capability("credits")],
             **write(ProposedCredit, 404, 409, MAINTENANCE, status=201))
def propose_credit(body: CreditIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        now = db.utcnow()
        member = _member(conn, body.member_number)
        if member.status != "active":
            raise _field_error("member_number", "The account is closed; it cannot be credited.")
        miles, reference, claim_key = body.miles, body.reference, None
        if body.kind == "retro_claim":
            miles, reference, claim_key = _retro_miles(conn, body, member, now)
        elif miles is None:
            raise _field_error("miles", f"Enter the miles to credit (1 to "
                                        f"{limits.MAX_CREDIT_MILES:,}).")
        over_single = miles > agent.per_credit_limit
        over_daily = _applied_today(conn, agent.id, now) + miles > agent.daily_limit
        status = "pending" if over_single or over_daily else "applied"
        credit_id = conn.execute(insert(db.credits).values(
            member_id=member.id, miles=miles, kind=body.kind, reason=body.reason,
            reference=reference, status=status, requested_by=agent.id,
            requested_at=db.iso(now), operation_id=request.state.operation_id,
            claim_key=claim_key,
        )).inserted_primary_key[0]
        if status == "applied":
            ledger_id = _post_credit(conn, request.state.operation_id, member.id, miles,
                                     body.kind, body.reason, reference, agent.id)
            conn.execute(update(db.credits).where(db.credits.c.id == credit_id)
                         .values(ledger_id=ledger_id))
        audit.append(conn, agent_id=agent.id, action=f"credit_{status}",
                     member_number=member.member_number,
                     detail={"credit_id": credit_id, "miles": miles, "kind": body.kind},
                     request_id=request.state.request_id)
        answer = credit_json(conn, credit_id)
        if status == "pending":
            answer["pending_reason"] = (
                f"Above your limit of {agent.per_credit_limit:,} miles per credit"
                if over_single else f"Above your daily limit of {agent.daily_limit:,} miles")
        return 201, answer

    return run_write(request, agent, body.model_dump(mode="json"), handler)


@router.get("/credits", dependencies=[capability("credits")],
            **declare(CreditList, 422, MAINTENANCE))
def list_credits(
    agent: CurrentAgent,
    request: Request,
    status: Annotated[Literal["pending", "applied", "rejected"] | None, Query()] = None,
    member_number: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=limits.MAX_CREDITS_PAGE)] = 100,
) -> dict[str, Any]:
    stmt = select(db.credits.c.id).order_by(db.credits.c.requested_at.desc(),
                                            db.credits.c.id.desc())
    if status:
        stmt = stmt.where(db.credits.c.status == status)
    if not agent.is_supervisor:
        stmt = stmt.where(db.credits.c.requested_by == agent.id)  # agents see their own
    with settings_of(request).engine.connect() as conn:
        if member_number is not None:
            try:
                number = parse_member_number(member_number)
            except InvalidIdentifier as exc:
                raise _field_error("member_number", exc.message) from None
            stmt = stmt.join(db.members, db.members.c.id == db.credits.c.member_id).where(
                db.members.c.member_number == number)
        ids = conn.execute(stmt.limit(limit)).scalars().all()
        return {"credits": [credit_json(conn, i) for i in ids]}


def _pending_for_decision(conn: Connection, credit_id: int, agent: Agent) -> Any:
    row = conn.execute(select(db.credits).where(db.credits.c.id == credit_id)).first()
    if row is None:
        raise ApiError(404, "credit-not-found", f"There is no credit {credit_id}.")
    if row.status != "pending":
        who = conn.execute(select(db.agents.c.name).where(
            db.agents.c.id == row.decided_by)).scalar_one_or_none()
        done = f" by {who}" if who else ""
        raise ApiError(409, "credit-not-pending",
                       f"This credit is already {row.status}{done}; nothing was changed.")
    if row.requested_by == agent.id:
        raise ApiError(403, "own-credit",
                       "You cannot decide on your own credit; another supervisor must.")
    return row


@router.post("/credits/{credit_id}/approve", dependencies=[capability("credits")],
             **write(CreditOut, 403, 404, 409, MAINTENANCE))
def approve_credit(credit_id: int, body: Decision, agent: Supervisor, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        row = _pending_for_decision(conn, credit_id, agent)
        member_number = conn.execute(select(db.members.c.member_number).where(
            db.members.c.id == row.member_id)).scalar_one()
        ledger_id = _post_credit(conn, f"credit:{row.id}", row.member_id, row.miles, row.kind,
                                 row.reason, row.reference, row.requested_by)
        conn.execute(update(db.credits).where(db.credits.c.id == row.id).values(
            status="applied", decided_by=agent.id, decided_at=db.iso(db.utcnow()),
            decision_note=body.note, ledger_id=ledger_id))
        audit.append(conn, agent_id=agent.id, action="credit_approved",
                     member_number=member_number,
                     detail={"credit_id": row.id, "miles": row.miles},
                     request_id=request.state.request_id)
        return 200, credit_json(conn, row.id)

    return run_write(request, agent, {"credit": credit_id, **body.model_dump()}, handler)


@router.post("/credits/{credit_id}/reject", dependencies=[capability("credits")],
             **write(CreditOut, 403, 404, 409, MAINTENANCE))
def reject_credit(credit_id: int, body: Rejection, agent: Supervisor, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        row = _pending_for_decision(conn, credit_id, agent)
        conn.execute(update(db.credits).where(db.credits.c.id == row.id).values(
            status="rejected", decided_by=agent.id, decided_at=db.iso(db.utcnow()),
            decision_note=body.note))
        audit.append(conn, agent_id=agent.id, action="credit_rejected",
                     detail={"credit_id": row.id, "note": body.note},
                     request_id=request.state.request_id)
        return 200, credit_json(conn, row.id)

    return run_write(request, agent, {"credit": credit_id, **body.model_dump()}, handler)


@router.post("/transactions/{entry_id}/reversal", dependencies=[capability("reversals")],
             **write(ReversalOut, 403, 404, 409, MAINTENANCE, status=201))
def reverse_entry(entry_id: int, body: ReversalIn, agent: Supervisor, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        entry = conn.execute(select(db.ledger, db.members.c.member_number)
                             .join(db.members, db.members.c.id == db.ledger.c.member_id)
                             .where(db.ledger.c.id == entry_id)).first()
        if entry is None or entry.member_number != body.member_number:
            raise ApiError(404, "entry-not-found", f"Member {body.member_number} has no ledger "
                                                   f"entry {entry_id}; nothing was reversed.")
        if entry.kind == "reversal":
            raise ApiError(422, "reversal-of-reversal",
                           "A reversal cannot itself be reversed; propose a correction credit.")
        earlier = conn.execute(select(db.ledger.c.id).where(
            db.ledger.c.reverses_id == entry_id)).scalar_one_or_none()
        if earlier is not None:
            raise ApiError(409, "already-reversed",
                           f"Entry {entry_id} was already reversed by entry {earlier}.")
        balance = conn.execute(select(func.coalesce(func.sum(db.ledger.c.miles), 0)).where(
            db.ledger.c.member_id == entry.member_id)).scalar_one()
        if balance - entry.miles < 0:
            raise ApiError(422, "balance-negative",
                           f"Reversing {entry.miles:,} miles would leave the balance at "
                           f"{balance - entry.miles:,}; the miles were already spent.",
                           params={"balance": int(balance), "miles": entry.miles})
        new_id = conn.execute(insert(db.ledger).values(
            member_id=entry.member_id, posted_at=db.iso(db.utcnow()), kind="reversal",
            miles=-entry.miles, description=f"Reversal of #{entry_id}: {body.reason}"[:300],
            reference=str(entry_id), reverses_id=entry_id,
            operation_id=request.state.operation_id, agent_id=agent.id,
        )).inserted_primary_key[0]
        audit.append(conn, agent_id=agent.id, action="reversal",
                     member_number=entry.member_number,
                     detail={"entry_id": entry_id, "reversal_id": new_id, "miles": -entry.miles,
                             "reason": body.reason},
                     request_id=request.state.request_id)
        return 201, {"id": new_id, "member_number": entry.member_number,
                     "reverses_id": entry_id, "miles": -entry.miles,
                     "balance": int(balance - entry.miles)}

    return run_write(request, agent, {"entry": entry_id, **body.model_dump()}, handler)
