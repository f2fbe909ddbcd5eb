"""Claiming and deciding refund and rebooking requests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, insert, or_, select, update

from ...domain.requests import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    REPLY_REQUIRED,
    Refusal,
    claim_refusal,
    decide_refusal,
)
from .. import audit, db
from ..auth import Agent
from ..inputs import DecisionIn
from ..problems import ApiError, field_error
from ..views import load_request, request_detail
from . import Actor

DECISION_STATUS = {"approve": "approved", "reject": "rejected", "needs_info": "needs_info",
                   "escalate": "escalated"}


def _refused(refusal: Refusal, row: Any) -> ApiError:
    """The problem for a rule of domain.requests that said no."""
    if refusal is Refusal.CLOSED:
        return ApiError(409, refusal.value,
                        f"This request was already {row.status}; nothing was changed.",
                        params={"status": row.status})
    if refusal is Refusal.CLAIMED_BY_OTHER:
        return ApiError(409, refusal.value,
                        f"{row.assignee_name} is already working on this request.",
                        params={"assignee": row.assignee_name})
    if refusal is Refusal.NOT_ASSIGNEE:
        owner = row.assignee_name or "nobody"
        return ApiError(403, refusal.value, f"Claim the request first (assigned to {owner}).",
                        params={"assignee": row.assignee_name})
    return ApiError(403, refusal.value, "An escalated request is decided by a supervisor.")


def _note(conn: Connection, request_id: int, agent: Agent, kind: str, text: str) -> None:
    conn.execute(insert(db.request_notes).values(request_id=request_id, agent_id=agent.id,
                                                 at=db.iso(db.utcnow()), kind=kind, text=text))


def claim_request(conn: Connection, actor: Actor, request_id: int) -> dict[str, Any]:
    """Take an open request that nobody else has.

    Lock: one conditional UPDATE (open, and unassigned or already mine) whose row count says
    whether this claim won; of two agents claiming at once, the second is told who has it."""
    agent, r = actor.agent, db.requests
    won = conn.execute(update(r).where(
        r.c.id == request_id, r.c.status.in_(OPEN_STATUSES),
        or_(r.c.assignee_id.is_(None), r.c.assignee_id == agent.id),
    ).values(assignee_id=agent.id,
             status=case((r.c.status == "new", "in_review"), else_=r.c.status))).rowcount
    row = load_request(conn, request_id)  # 404 when there is no such request
    if won != 1:
        raise _refused(claim_refusal(row.status, row.assignee_id, agent.id)
                       or Refusal.CLAIMED_BY_OTHER, row)
    _note(conn, request_id, agent, "claim", f"Claimed by {agent.name}")
    audit.append(conn, agent_id=agent.id, action="request_claim",
                 member_number=row.member_number, detail={"request_id": request_id},
                 request_id=actor.request_id, workstation=actor.workstation)
    return request_detail(conn, request_id)


def decide_request(conn: Connection, actor: Actor, request_id: int,
                   body: DecisionIn) -> dict[str, Any]:
    """Approve, reject, ask for information or escalate, by the assignee (or a supervisor).

    Lock: the request's row (`SELECT … FOR UPDATE`) before its state and assignee are
    checked, so the decision is written against the state it was allowed on."""
    agent = actor.agent
    conn.execute(select(db.requests.c.id).where(db.requests.c.id == request_id)
                 .with_for_update())
    row = load_request(conn, request_id)
    refusal = decide_refusal(row.status, row.assignee_id, agent.id,
                             supervisor=agent.is_supervisor)
    if refusal is not None:
        raise _refused(refusal, row)
    if body.decision in REPLY_REQUIRED and not body.customer_reply:
        raise field_error("customer_reply", "Write the reply to the customer.")
    status = DECISION_STATUS[body.decision]
    now = db.iso(db.utcnow())
    conn.execute(update(db.requests).where(db.requests.c.id == request_id).values(
        status=status, customer_reply=body.customer_reply or row.customer_reply,
        decided_by=agent.id if status in CLOSED_STATUSES else None,
        decided_at=now if status in CLOSED_STATUSES else None,
        assignee_id=row.assignee_id or agent.id))
    _note(conn, request_id, agent, "decision", f"{body.decision}: {body.note}")
    audit.append(conn, agent_id=agent.id, action=f"request_{body.decision}",
                 member_number=row.member_number,
                 detail={"request_id": request_id, "note": body.note,
                         "before": {"status": row.status, "assignee_id": row.assignee_id},
                         "after": {"status": status,
                                   "assignee_id": row.assignee_id or agent.id}},
                 request_id=actor.request_id, workstation=actor.workstation)
    return request_detail(conn, request_id)
