"""Miles credits with four-eyes approval, and reversals of ledger entries.

Limits are the server's: above an agent's per-credit or daily limit a credit is *pending*
until a supervisor who is not the requester approves exactly the proposed payload.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from ...domain import ledger_text, limits
from ...domain.credits import Approval, approval_needed
from ...domain.identifiers import InvalidIdentifier
from ...domain.mileage import calculate
from .. import audit, db
from ..inputs import CreditIn, DecidedCredit, Decision, Rejection, ReversalIn
from ..problems import ApiError, field_error
from ..views import balance, credit_json
from . import Actor, locks


def _applied_today(conn: Connection, agent_id: int, now: dt.datetime) -> int:
    """Miles this agent applied on their own authority today (UTC); approvals excluded: the
    day's running total (schema 15), one row whatever the day's credits."""
    days = db.agent_days
    return int(conn.execute(select(days.c.applied_miles).where(
        days.c.agent_id == agent_id, days.c.day == _day(now))).scalar_one_or_none() or 0)


def _add_applied(conn: Connection, agent_id: int, now: dt.datetime, miles: int) -> None:
    """Add a credit applied on the agent's own authority to the day's total."""
    conn.execute(text(
        "INSERT INTO agent_days (agent_id, day, applied_miles) VALUES (:agent, :day, :miles)"
        " ON CONFLICT (agent_id, day) DO UPDATE"
        " SET applied_miles = agent_days.applied_miles + excluded.applied_miles"),
        {"agent": agent_id, "day": _day(now), "miles": miles})


def _day(now: dt.datetime) -> str:
    return db.iso(now)[:10]  # the UTC date, as credits' requested_at begins


def _post_credit(conn: Connection, operation_id: str, member_id: int, miles: int, kind: str,
                 reason: str, reference: str | None, agent_id: int) -> int:
    """The ledger row of a credit; `operation_id` is unique, so it can be posted only once."""
    return conn.execute(insert(db.ledger).values(
        member_id=member_id, posted_at=db.iso(db.utcnow()), kind="credit", miles=miles,
        description=ledger_text.text(ledger_text.CREDIT_KINDS[kind], reason=reason),
        reference=reference,
        operation_id=operation_id, agent_id=agent_id,
    )).inserted_primary_key[0]


def _retro_miles(conn: Connection, body: CreditIn, member: Any,
                 now: dt.datetime) -> tuple[int, str, str]:
    """Miles for a retro claim from the calculator, or refuse with the reason. The claim key
    is unique among credits: of two claims of one flight at once, the second insert fails."""
    flight = body.flight
    if flight is None:
        raise field_error("flight", "A retro claim needs the flight: ticket, flight number, "
                                    "date, booking class, origin and destination.")
    if flight.flight_date > now.date():
        raise field_error("flight.flight_date", "The flight date is in the future.")
    if now.date() - flight.flight_date > limits.RETRO_CLAIM_MAX_AGE:
        raise field_error("flight.flight_date",
                          "Flights older than 6 months cannot be claimed retroactively.",
                          params={"max_age_days": limits.RETRO_CLAIM_MAX_AGE.days})
    claim_key = f"{flight.ticket_number}:{flight.flight_number}:{flight.flight_date}"
    if conn.execute(select(db.credits.c.id).where(db.credits.c.claim_key == claim_key,
                                                  db.credits.c.status != "rejected")).first():
        raise field_error("flight", "This flight was already claimed for this ticket.",
                          status=409, code="already-claimed")
    credited = conn.execute(select(db.ledger.c.id).where(
        db.ledger.c.member_id == member.id, db.ledger.c.kind == "accrual",
        db.ledger.c.reference.in_((flight.ticket_number, flight.flight_number)),
        func.substr(db.ledger.c.posted_at, 1, 10) == flight.flight_date.isoformat())).first()
    if credited:
        raise field_error("flight", "This flight was already credited to the account.",
                          status=409, code="already-credited")
    try:
        result = calculate(flight.origin.upper(), flight.destination.upper(),
                           flight.booking_class, member.tier)
    except InvalidIdentifier as exc:
        raise field_error(f"flight.{exc.field}", exc.message) from None
    reference = f"{flight.flight_number} {flight.flight_date} {flight.ticket_number}"
    return result.total_miles, reference, claim_key


def propose_credit(conn: Connection, actor: Actor, body: CreditIn) -> dict[str, Any]:
    """Apply a credit within the agent's limits, else file it as pending for a supervisor.

    Lock: the agent's row (`locks.agent_for_limits`), so that what the agent applied today
    is summed and added to by one credit at a time; the limits are read from that row, not
    from the cached sign-in."""
    agent = actor.agent
    now = db.utcnow()
    per_credit, daily = locks.agent_for_limits(conn, agent.id)
    member = locks.member(conn, body.member_number, db.members.c.id,
                          db.members.c.member_number, db.members.c.status, db.members.c.tier)
    if member.status != "active":
        raise field_error("member_number", "The account is closed; it cannot be credited.")
    miles, reference, claim_key = body.miles, body.reference, None
    if body.kind == "retro_claim":
        miles, reference, claim_key = _retro_miles(conn, body, member, now)
    elif miles is None:
        raise field_error("miles", f"Enter the miles to credit (1 to "
                                   f"{limits.MAX_CREDIT_MILES:,}).",
                          params={"max": limits.MAX_CREDIT_MILES})
    waits = approval_needed(miles, per_credit_limit=per_credit, daily_limit=daily,
                            applied_today=_applied_today(conn, agent.id, now))
    status = "applied" if waits is None else "pending"
    credit_id = conn.execute(insert(db.credits).values(
        member_id=member.id, miles=miles, kind=body.kind, reason=body.reason,
        reference=reference, status=status, requested_by=agent.id,
        requested_at=db.iso(now), operation_id=actor.operation_id, claim_key=claim_key,
    )).inserted_primary_key[0]
    if status == "applied":
        _add_applied(conn, agent.id, now, miles)
        ledger_id = _post_credit(conn, actor.operation_id, member.id, miles, body.kind,
                                 body.reason, reference, agent.id)
        conn.execute(update(db.credits).where(db.credits.c.id == credit_id)
                     .values(ledger_id=ledger_id))
    audit.append(conn, agent_id=agent.id, action=f"credit_{status}",
                 member_number=member.member_number,
                 detail={"credit_id": credit_id, "miles": miles, "kind": body.kind},
                 request_id=actor.request_id, workstation=actor.workstation)
    answer = credit_json(conn, credit_id)
    if status == "pending":
        answer["pending_reason"] = (
            f"Above your limit of {per_credit:,} miles per credit"
            if waits is Approval.OVER_CREDIT_LIMIT
            else f"Above your daily limit of {daily:,} miles")
    return answer


def _pending_for_decision(conn: Connection, credit_id: int, actor: Actor,
                          body: DecidedCredit) -> tuple[Any, str]:
    """The credit, locked (`locks.credit`) and still pending, decided by someone else, and
    exactly the one the supervisor saw (member and miles); with its member's number."""
    row = locks.credit(conn, credit_id)
    if row is None:
        raise ApiError(404, "credit-not-found", f"There is no credit {credit_id}.")
    if row.status != "pending":
        who = conn.execute(select(db.agents.c.name).where(
            db.agents.c.id == row.decided_by)).scalar_one_or_none()
        done = f" by {who}" if who else ""
        raise ApiError(409, "credit-not-pending",
                       f"This credit is already {row.status}{done}; nothing was changed.")
    if row.requested_by == actor.agent.id:
        raise ApiError(403, "own-credit",
                       "You cannot decide on your own credit; another supervisor must.")
    member_number = conn.execute(select(db.members.c.member_number).where(
        db.members.c.id == row.member_id)).scalar_one()
    if (member_number, row.miles) != (body.member_number, body.miles):
        raise ApiError(409, "credit-mismatch",
                       f"Credit {row.id} is not {body.miles:,} miles for member "
                       f"{body.member_number}; nothing was changed. Look at it again.",
                       params={"credit_id": row.id, "member_number": body.member_number,
                               "miles": body.miles})
    return row, member_number


def _decide(conn: Connection, row: Any, actor: Actor, **values: Any) -> None:
    """Write the decision only if the credit is still pending: the row count is the proof
    that no one else decided it in between (a second approval changes nothing)."""
    done = conn.execute(update(db.credits).where(db.credits.c.id == row.id,
                                                 db.credits.c.status == "pending")
                        .values(decided_by=actor.agent.id, decided_at=db.iso(db.utcnow()),
                                **values)).rowcount
    if done != 1:
        raise ApiError(409, "credit-not-pending",
                       "This credit was decided meanwhile; nothing was changed.")


def approve_credit(conn: Connection, actor: Actor, credit_id: int,
                   body: Decision) -> dict[str, Any]:
    """Apply a pending credit. Lock: the credit's row, then a conditional update on its
    state; its ledger row's operation id (credit:<id>) is unique besides."""
    row, member_number = _pending_for_decision(conn, credit_id, actor, body)
    ledger_id = _post_credit(conn, f"credit:{row.id}", row.member_id, row.miles, row.kind,
                             row.reason, row.reference, row.requested_by)
    _decide(conn, row, actor, status="applied", decision_note=body.note, ledger_id=ledger_id)
    audit.append(conn, agent_id=actor.agent.id, action="credit_approved",
                 member_number=member_number,
                 detail={"credit_id": row.id, "miles": row.miles, "before": {"status": "pending"},
                         "after": {"status": "applied", "ledger_id": ledger_id}},
                 request_id=actor.request_id, workstation=actor.workstation)
    return credit_json(conn, row.id)


def reject_credit(conn: Connection, actor: Actor, credit_id: int,
                  body: Rejection) -> dict[str, Any]:
    """Refuse a pending credit. Lock: as `approve_credit`."""
    row, member_number = _pending_for_decision(conn, credit_id, actor, body)
    _decide(conn, row, actor, status="rejected", decision_note=body.note)
    audit.append(conn, agent_id=actor.agent.id, action="credit_rejected",
                 member_number=member_number,
                 detail={"credit_id": row.id, "note": body.note, "before": {"status": "pending"},
                         "after": {"status": "rejected"}},
                 request_id=actor.request_id, workstation=actor.workstation)
    return credit_json(conn, row.id)


def reverse_entry(conn: Connection, actor: Actor, entry_id: int,
                  body: ReversalIn) -> dict[str, Any]:
    """Post the opposite of a ledger entry, once, if the balance stays at or above zero.

    Lock: the member's row, so the balance read is the balance written against; an entry
    is reversed once because `reverses_id` is unique."""
    not_found = ApiError(404, "entry-not-found", f"Member {body.member_number} has no ledger "
                                                 f"entry {entry_id}; nothing was reversed.")
    member = locks.member(conn, body.member_number, db.members.c.id,
                          db.members.c.member_number, missing=not_found)
    entry = conn.execute(select(db.ledger).where(db.ledger.c.id == entry_id,
                                                 db.ledger.c.member_id == member.id)).first()
    if entry is None:
        raise not_found
    if entry.kind == "reversal":
        raise ApiError(422, "reversal-of-reversal",
                       "A reversal cannot itself be reversed; propose a correction credit.")
    earlier = conn.execute(select(db.ledger.c.id).where(
        db.ledger.c.reverses_id == entry_id)).scalar_one_or_none()
    if earlier is not None:
        raise ApiError(409, "already-reversed",
                       f"Entry {entry_id} was already reversed by entry {earlier}.",
                       params={"reversal_id": earlier})
    miles_now = balance(conn, member.id)
    if miles_now - entry.miles < 0:
        raise ApiError(422, "balance-negative",
                       f"Reversing {entry.miles:,} miles would leave the balance at "
                       f"{miles_now - entry.miles:,}; the miles were already spent.",
                       params={"balance": miles_now, "miles": entry.miles})
    new_id = conn.execute(insert(db.ledger).values(
        member_id=member.id, posted_at=db.iso(db.utcnow()), kind="reversal",
        miles=-entry.miles,
        description=ledger_text.text(ledger_text.REVERSAL_STORED, entry=entry_id,
                                     reason=body.reason),
        reference=str(entry_id), reverses_id=entry_id,
        operation_id=actor.operation_id, agent_id=actor.agent.id,
    )).inserted_primary_key[0]
    audit.append(conn, agent_id=actor.agent.id, action="reversal",
                 member_number=member.member_number,
                 detail={"entry_id": entry_id, "reversal_id": new_id, "miles": -entry.miles,
                         "reason": body.reason,
                         "before": {"balance": miles_now, "reversed_by": None},
                         "after": {"balance": miles_now - entry.miles, "reversed_by": new_id}},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {"id": new_id, "member_number": member.member_number, "reverses_id": entry_id,
            "miles": -entry.miles, "balance": miles_now - entry.miles}
